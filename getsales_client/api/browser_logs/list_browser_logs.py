from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.browser_log_list import BrowserLogList
from ...models.error_envelope import ErrorEnvelope
from ...models.list_browser_logs_body import ListBrowserLogsBody
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: ListBrowserLogsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/browsers/api/linkedin-browser-logs/list",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BrowserLogList | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = BrowserLogList.from_dict(response.json())

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
) -> Response[BrowserLogList | ErrorEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListBrowserLogsBody,
) -> Response[BrowserLogList | ErrorEnvelope]:
    """List browser logs

     Lists automation log entries with paging. Each entry is an `info` or `error` event reported by the
    automation server. Filter on `linkedin_browser_id` to see one browser's log. This is the main tool
    for diagnosing automation trouble such as failed logins and proxy errors. Nothing is changed.

    The entry fields are not published; the response is presumed to be the standard paginated envelope.

    Args:
        body (ListBrowserLogsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BrowserLogList | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ListBrowserLogsBody,
) -> BrowserLogList | ErrorEnvelope | None:
    """List browser logs

     Lists automation log entries with paging. Each entry is an `info` or `error` event reported by the
    automation server. Filter on `linkedin_browser_id` to see one browser's log. This is the main tool
    for diagnosing automation trouble such as failed logins and proxy errors. Nothing is changed.

    The entry fields are not published; the response is presumed to be the standard paginated envelope.

    Args:
        body (ListBrowserLogsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BrowserLogList | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListBrowserLogsBody,
) -> Response[BrowserLogList | ErrorEnvelope]:
    """List browser logs

     Lists automation log entries with paging. Each entry is an `info` or `error` event reported by the
    automation server. Filter on `linkedin_browser_id` to see one browser's log. This is the main tool
    for diagnosing automation trouble such as failed logins and proxy errors. Nothing is changed.

    The entry fields are not published; the response is presumed to be the standard paginated envelope.

    Args:
        body (ListBrowserLogsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BrowserLogList | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListBrowserLogsBody,
) -> BrowserLogList | ErrorEnvelope | None:
    """List browser logs

     Lists automation log entries with paging. Each entry is an `info` or `error` event reported by the
    automation server. Filter on `linkedin_browser_id` to see one browser's log. This is the main tool
    for diagnosing automation trouble such as failed logins and proxy errors. Nothing is changed.

    The entry fields are not published; the response is presumed to be the standard paginated envelope.

    Args:
        body (ListBrowserLogsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BrowserLogList | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
