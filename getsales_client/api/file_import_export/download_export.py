from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.download_export_body import DownloadExportBody
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    status_code_of,
)


def _get_kwargs(
    *,
    body: DownloadExportBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/file-exports/download",
        "extensions": {OPERATION_EXTENSION: "download_export"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> str:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = response.text
    try:
        response_200 = data

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented str ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[str]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DownloadExportBody,
) -> Response[str]:
    """Download an exported file

     Downloads the CSV produced by a finished export. Send the `file_name` taken
    from the export's result; the answer is the raw CSV content.

    Downloading only works once the export is `done` and its `result.files`
    array is filled in (not `null`). **404** if the file
    does not exist. Nothing is changed by this call.

    `POST /leads/api/file-exports/download` (downloadExport).
    Args:
        body (DownloadExportBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DownloadExportBody,
) -> str:
    """Download an exported file

     Downloads the CSV produced by a finished export. Send the `file_name` taken
    from the export's result; the answer is the raw CSV content.

    Downloading only works once the export is `done` and its `result.files`
    array is filled in (not `null`). **404** if the file
    does not exist. Nothing is changed by this call.

    `POST /leads/api/file-exports/download` (downloadExport).
    Args:
        body (DownloadExportBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DownloadExportBody,
) -> Response[str]:
    """Download an exported file

     Downloads the CSV produced by a finished export. Send the `file_name` taken
    from the export's result; the answer is the raw CSV content.

    Downloading only works once the export is `done` and its `result.files`
    array is filled in (not `null`). **404** if the file
    does not exist. Nothing is changed by this call.

    `POST /leads/api/file-exports/download` (downloadExport).
    Args:
        body (DownloadExportBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[str]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DownloadExportBody,
) -> str:
    """Download an exported file

     Downloads the CSV produced by a finished export. Send the `file_name` taken
    from the export's result; the answer is the raw CSV content.

    Downloading only works once the export is `done` and its `result.files`
    array is filled in (not `null`). **404** if the file
    does not exist. Nothing is changed by this call.

    `POST /leads/api/file-exports/download` (downloadExport).
    Args:
        body (DownloadExportBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
