from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.file_import import FileImport
from ...models.upload_csv_body import UploadCsvBody
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: UploadCsvBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/file-imports/upload-csv",
        "extensions": {OPERATION_EXTENSION: "upload_csv"},
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> FileImport:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = FileImport.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented FileImport ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[FileImport]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadCsvBody,
) -> Response[FileImport]:
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

    `POST /leads/api/file-imports/upload-csv` (uploadCsv).
    Args:
        body (UploadCsvBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[FileImport]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UploadCsvBody,
) -> FileImport:
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

    `POST /leads/api/file-imports/upload-csv` (uploadCsv).
    Args:
        body (UploadCsvBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        FileImport
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadCsvBody,
) -> Response[FileImport]:
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

    `POST /leads/api/file-imports/upload-csv` (uploadCsv).
    Args:
        body (UploadCsvBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[FileImport]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UploadCsvBody,
) -> FileImport:
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

    `POST /leads/api/file-imports/upload-csv` (uploadCsv).
    Args:
        body (UploadCsvBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        FileImport
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
