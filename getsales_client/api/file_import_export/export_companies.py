from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.export_companies_body import ExportCompaniesBody
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
    body: ExportCompaniesBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/file-exports/companies",
        "extensions": {OPERATION_EXTENSION: "export_companies"},
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
    body: ExportCompaniesBody,
) -> Response[FileExport]:
    """Export companies to CSV

     Starts a CSV export of the companies selected by `filter`. It works like the
    contact export: the file is built in the background batch by batch, and the
    answer is the export record (type `account_export_csv`, status `queued` at
    first). Fetch the file with the download endpoint when it is done. Without a filter the call
    fails with **422**.

    `POST /leads/api/file-exports/companies` (exportCompanies).
    Args:
        body (ExportCompaniesBody):

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
    body: ExportCompaniesBody,
) -> FileExport:
    """Export companies to CSV

     Starts a CSV export of the companies selected by `filter`. It works like the
    contact export: the file is built in the background batch by batch, and the
    answer is the export record (type `account_export_csv`, status `queued` at
    first). Fetch the file with the download endpoint when it is done. Without a filter the call
    fails with **422**.

    `POST /leads/api/file-exports/companies` (exportCompanies).
    Args:
        body (ExportCompaniesBody):

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
    body: ExportCompaniesBody,
) -> Response[FileExport]:
    """Export companies to CSV

     Starts a CSV export of the companies selected by `filter`. It works like the
    contact export: the file is built in the background batch by batch, and the
    answer is the export record (type `account_export_csv`, status `queued` at
    first). Fetch the file with the download endpoint when it is done. Without a filter the call
    fails with **422**.

    `POST /leads/api/file-exports/companies` (exportCompanies).
    Args:
        body (ExportCompaniesBody):

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
    body: ExportCompaniesBody,
) -> FileExport:
    """Export companies to CSV

     Starts a CSV export of the companies selected by `filter`. It works like the
    contact export: the file is built in the background batch by batch, and the
    answer is the export record (type `account_export_csv`, status `queued` at
    first). Fetch the file with the download endpoint when it is done. Without a filter the call
    fails with **422**.

    `POST /leads/api/file-exports/companies` (exportCompanies).
    Args:
        body (ExportCompaniesBody):

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
