from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.file_import import FileImport
from ...models.import_companies_from_file_body import ImportCompaniesFromFileBody
from ...types import Response, status_code_of


def _get_kwargs(
    uuid: UUID,
    *,
    body: ImportCompaniesFromFileBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/file-imports/{uuid}/import-companies".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ImportCompaniesFromFileBody,
) -> Response[ErrorEnvelope | FileImport]:
    """Import companies from uploaded file

     Starts importing companies from a CSV uploaded earlier. The upload must be of
    type `csv_accounts`, and at least `linkedin_id` or `name` must be mapped to a
    column.

    `columns` works as for the contact import: either an object of field name to
    0-based column number (1.0.0 documentation) or an ordered array of
    `{source, target}` pairs (another description); both are accepted.

    The rows are handled in the background, 1,000 per batch. **422** on
    validation failure.

    Args:
        uuid (UUID): UUID of the uploaded file.
        body (ImportCompaniesFromFileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FileImport]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ImportCompaniesFromFileBody,
) -> ErrorEnvelope | FileImport | None:
    """Import companies from uploaded file

     Starts importing companies from a CSV uploaded earlier. The upload must be of
    type `csv_accounts`, and at least `linkedin_id` or `name` must be mapped to a
    column.

    `columns` works as for the contact import: either an object of field name to
    0-based column number (1.0.0 documentation) or an ordered array of
    `{source, target}` pairs (another description); both are accepted.

    The rows are handled in the background, 1,000 per batch. **422** on
    validation failure.

    Args:
        uuid (UUID): UUID of the uploaded file.
        body (ImportCompaniesFromFileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FileImport
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ImportCompaniesFromFileBody,
) -> Response[ErrorEnvelope | FileImport]:
    """Import companies from uploaded file

     Starts importing companies from a CSV uploaded earlier. The upload must be of
    type `csv_accounts`, and at least `linkedin_id` or `name` must be mapped to a
    column.

    `columns` works as for the contact import: either an object of field name to
    0-based column number (1.0.0 documentation) or an ordered array of
    `{source, target}` pairs (another description); both are accepted.

    The rows are handled in the background, 1,000 per batch. **422** on
    validation failure.

    Args:
        uuid (UUID): UUID of the uploaded file.
        body (ImportCompaniesFromFileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FileImport]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ImportCompaniesFromFileBody,
) -> ErrorEnvelope | FileImport | None:
    """Import companies from uploaded file

     Starts importing companies from a CSV uploaded earlier. The upload must be of
    type `csv_accounts`, and at least `linkedin_id` or `name` must be mapped to a
    column.

    `columns` works as for the contact import: either an object of field name to
    0-based column number (1.0.0 documentation) or an ordered array of
    `{source, target}` pairs (another description); both are accepted.

    The rows are handled in the background, 1,000 per batch. **422** on
    validation failure.

    Args:
        uuid (UUID): UUID of the uploaded file.
        body (ImportCompaniesFromFileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FileImport
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
