from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.file_import import FileImport
from ...models.upload_csv_body import UploadCsvBody
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: UploadCsvBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/file-imports/upload-csv",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | FileImport | None:
    if response.status_code == 200:
        response_200 = FileImport.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = ErrorEnvelope.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = ErrorEnvelope.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = ErrorEnvelope.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = ErrorEnvelope.from_dict(response.json())

        return response_403

    if response.status_code == 422:
        response_422 = ErrorEnvelope.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | FileImport]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadCsvBody,
) -> Response[ErrorEnvelope | FileImport]:
    """Upload a CSV file

     Uploads a CSV file (as `multipart/form-data`) and answers with a preview and
    a suggested column mapping. Importing a file takes two steps:

    1. **Upload**: send the file and its import type here. The answer holds
       `csv_headers` (the columns found), `csv_preview` (the first 10 rows) and
       `matches` (the mapping the server guessed).
    2. **Import**: send the mapping you approve to the contact or company import
       endpoint, which then processes the file in the background.

    Files may be up to 15 MB. The delimiter (comma, semicolon or pipe) is
    detected automatically.

    Another description accepts only `csv_leads` as `type` and lists the answer
    fields `uuid`, `team_id`, `type`, `payload` and `status` rather than the
    preview fields; the answer may contain either set. **422** on validation
    failure.

    Args:
        body (UploadCsvBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FileImport]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UploadCsvBody,
) -> ErrorEnvelope | FileImport | None:
    """Upload a CSV file

     Uploads a CSV file (as `multipart/form-data`) and answers with a preview and
    a suggested column mapping. Importing a file takes two steps:

    1. **Upload**: send the file and its import type here. The answer holds
       `csv_headers` (the columns found), `csv_preview` (the first 10 rows) and
       `matches` (the mapping the server guessed).
    2. **Import**: send the mapping you approve to the contact or company import
       endpoint, which then processes the file in the background.

    Files may be up to 15 MB. The delimiter (comma, semicolon or pipe) is
    detected automatically.

    Another description accepts only `csv_leads` as `type` and lists the answer
    fields `uuid`, `team_id`, `type`, `payload` and `status` rather than the
    preview fields; the answer may contain either set. **422** on validation
    failure.

    Args:
        body (UploadCsvBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FileImport
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadCsvBody,
) -> Response[ErrorEnvelope | FileImport]:
    """Upload a CSV file

     Uploads a CSV file (as `multipart/form-data`) and answers with a preview and
    a suggested column mapping. Importing a file takes two steps:

    1. **Upload**: send the file and its import type here. The answer holds
       `csv_headers` (the columns found), `csv_preview` (the first 10 rows) and
       `matches` (the mapping the server guessed).
    2. **Import**: send the mapping you approve to the contact or company import
       endpoint, which then processes the file in the background.

    Files may be up to 15 MB. The delimiter (comma, semicolon or pipe) is
    detected automatically.

    Another description accepts only `csv_leads` as `type` and lists the answer
    fields `uuid`, `team_id`, `type`, `payload` and `status` rather than the
    preview fields; the answer may contain either set. **422** on validation
    failure.

    Args:
        body (UploadCsvBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FileImport]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UploadCsvBody,
) -> ErrorEnvelope | FileImport | None:
    """Upload a CSV file

     Uploads a CSV file (as `multipart/form-data`) and answers with a preview and
    a suggested column mapping. Importing a file takes two steps:

    1. **Upload**: send the file and its import type here. The answer holds
       `csv_headers` (the columns found), `csv_preview` (the first 10 rows) and
       `matches` (the mapping the server guessed).
    2. **Import**: send the mapping you approve to the contact or company import
       endpoint, which then processes the file in the background.

    Files may be up to 15 MB. The delimiter (comma, semicolon or pipe) is
    detected automatically.

    Another description accepts only `csv_leads` as `type` and lists the answer
    fields `uuid`, `team_id`, `type`, `payload` and `status` rather than the
    preview fields; the answer may contain either set. **422** on validation
    failure.

    Args:
        body (UploadCsvBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FileImport
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
