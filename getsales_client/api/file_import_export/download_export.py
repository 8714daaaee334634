from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.download_export_body import DownloadExportBody
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: DownloadExportBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/file-exports/download",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | str | None:
    if response.status_code == 200:
        response_200 = response.text
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

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorEnvelope.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | str]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DownloadExportBody,
) -> Response[ErrorEnvelope | str]:
    """Download an exported file

     Downloads the CSV produced by a finished export. Send the `file_name` taken
    from the export's result; the answer is the raw CSV content.

    Downloading only works once the export is `done` and its `result.files`
    array is filled in (not `null`). **404** if the file
    does not exist. Nothing is changed by this call.

    Args:
        body (DownloadExportBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DownloadExportBody,
) -> ErrorEnvelope | str | None:
    """Download an exported file

     Downloads the CSV produced by a finished export. Send the `file_name` taken
    from the export's result; the answer is the raw CSV content.

    Downloading only works once the export is `done` and its `result.files`
    array is filled in (not `null`). **404** if the file
    does not exist. Nothing is changed by this call.

    Args:
        body (DownloadExportBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DownloadExportBody,
) -> Response[ErrorEnvelope | str]:
    """Download an exported file

     Downloads the CSV produced by a finished export. Send the `file_name` taken
    from the export's result; the answer is the raw CSV content.

    Downloading only works once the export is `done` and its `result.files`
    array is filled in (not `null`). **404** if the file
    does not exist. Nothing is changed by this call.

    Args:
        body (DownloadExportBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | str]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DownloadExportBody,
) -> ErrorEnvelope | str | None:
    """Download an exported file

     Downloads the CSV produced by a finished export. Send the `file_name` taken
    from the export's result; the answer is the raw CSV content.

    Downloading only works once the export is `done` and its `result.files`
    array is filled in (not `null`). **404** if the file
    does not exist. Nothing is changed by this call.

    Args:
        body (DownloadExportBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
