from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.export_leads_body import ExportLeadsBody
from ...models.file_export import FileExport
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: ExportLeadsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/file-exports/leads",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | FileExport | None:
    if response.status_code == 200:
        response_200 = FileExport.from_dict(response.json())

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
) -> Response[ErrorEnvelope | FileExport]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExportLeadsBody,
) -> Response[ErrorEnvelope | FileExport]:
    """Export contacts to CSV

     Starts a CSV export of the contacts selected by `filter`. The file is built
    in the background, 1,000 rows at a time; the answer is the export record
    (type `contact_export_csv`, status `queued` at first).

    `filter` has the same form as in bulk actions, so you can export everything
    (`{all: true}`), one list, whatever a search query finds, or just the UUIDs
    you name. Without a filter the call fails with **422**.

    Once the export has finished, pass the file name from its result to the
    download endpoint to get the CSV.

    Args:
        body (ExportLeadsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FileExport]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ExportLeadsBody,
) -> ErrorEnvelope | FileExport | None:
    """Export contacts to CSV

     Starts a CSV export of the contacts selected by `filter`. The file is built
    in the background, 1,000 rows at a time; the answer is the export record
    (type `contact_export_csv`, status `queued` at first).

    `filter` has the same form as in bulk actions, so you can export everything
    (`{all: true}`), one list, whatever a search query finds, or just the UUIDs
    you name. Without a filter the call fails with **422**.

    Once the export has finished, pass the file name from its result to the
    download endpoint to get the CSV.

    Args:
        body (ExportLeadsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FileExport
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExportLeadsBody,
) -> Response[ErrorEnvelope | FileExport]:
    """Export contacts to CSV

     Starts a CSV export of the contacts selected by `filter`. The file is built
    in the background, 1,000 rows at a time; the answer is the export record
    (type `contact_export_csv`, status `queued` at first).

    `filter` has the same form as in bulk actions, so you can export everything
    (`{all: true}`), one list, whatever a search query finds, or just the UUIDs
    you name. Without a filter the call fails with **422**.

    Once the export has finished, pass the file name from its result to the
    download endpoint to get the CSV.

    Args:
        body (ExportLeadsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FileExport]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ExportLeadsBody,
) -> ErrorEnvelope | FileExport | None:
    """Export contacts to CSV

     Starts a CSV export of the contacts selected by `filter`. The file is built
    in the background, 1,000 rows at a time; the answer is the export record
    (type `contact_export_csv`, status `queued` at first).

    `filter` has the same form as in bulk actions, so you can export everything
    (`{all: true}`), one list, whatever a search query finds, or just the UUIDs
    you name. Without a filter the call fails with **422**.

    Once the export has finished, pass the file name from its result to the
    download endpoint to get the CSV.

    Args:
        body (ExportLeadsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FileExport
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
