from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.export_leads_body import ExportLeadsBody
from ...models.file_export import FileExport
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: ExportLeadsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/file-exports/leads",
        "extensions": {OPERATION_EXTENSION: "export_leads"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> FileExport:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = FileExport.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented FileExport ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[FileExport]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExportLeadsBody,
) -> Response[FileExport]:
    """Export contacts to CSV

     Starts a CSV export of the contacts selected by `filter`. The file is built
    in the background, 1,000 rows at a time; the answer is the export record
    (type `contact_export_csv`, status `queued` at first).

    `filter` has the same form as in bulk actions, so you can export everything
    (`{all: true}`), one list, whatever a search query finds, or just the UUIDs
    you name. Without a filter the call fails with **422**.

    Once the export has finished, pass the file name from its result to the
    download endpoint to get the CSV.

    `POST /leads/api/file-exports/leads` (exportLeads).
    Args:
        body (ExportLeadsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[FileExport]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ExportLeadsBody,
) -> FileExport:
    """Export contacts to CSV

     Starts a CSV export of the contacts selected by `filter`. The file is built
    in the background, 1,000 rows at a time; the answer is the export record
    (type `contact_export_csv`, status `queued` at first).

    `filter` has the same form as in bulk actions, so you can export everything
    (`{all: true}`), one list, whatever a search query finds, or just the UUIDs
    you name. Without a filter the call fails with **422**.

    Once the export has finished, pass the file name from its result to the
    download endpoint to get the CSV.

    `POST /leads/api/file-exports/leads` (exportLeads).
    Args:
        body (ExportLeadsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        FileExport
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExportLeadsBody,
) -> Response[FileExport]:
    """Export contacts to CSV

     Starts a CSV export of the contacts selected by `filter`. The file is built
    in the background, 1,000 rows at a time; the answer is the export record
    (type `contact_export_csv`, status `queued` at first).

    `filter` has the same form as in bulk actions, so you can export everything
    (`{all: true}`), one list, whatever a search query finds, or just the UUIDs
    you name. Without a filter the call fails with **422**.

    Once the export has finished, pass the file name from its result to the
    download endpoint to get the CSV.

    `POST /leads/api/file-exports/leads` (exportLeads).
    Args:
        body (ExportLeadsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[FileExport]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ExportLeadsBody,
) -> FileExport:
    """Export contacts to CSV

     Starts a CSV export of the contacts selected by `filter`. The file is built
    in the background, 1,000 rows at a time; the answer is the export record
    (type `contact_export_csv`, status `queued` at first).

    `filter` has the same form as in bulk actions, so you can export everything
    (`{all: true}`), one list, whatever a search query finds, or just the UUIDs
    you name. Without a filter the call fails with **422**.

    Once the export has finished, pass the file name from its result to the
    download endpoint to get the CSV.

    `POST /leads/api/file-exports/leads` (exportLeads).
    Args:
        body (ExportLeadsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        FileExport
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
