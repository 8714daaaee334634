from collections.abc import Mapping
from typing import Any

import httpx
from attrs import evolve

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.browser_log import BrowserLog
from ...models.browser_log_list import BrowserLogList
from ...models.list_browser_logs_body import ListBrowserLogsBody
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    ListPage,
    Response,
    decode_json,
    read_page,
    status_code_of,
)


def _get_kwargs(
    *,
    body: ListBrowserLogsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/browsers/api/linkedin-browser-logs/list",
        "extensions": {OPERATION_EXTENSION: "list_browser_logs"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> BrowserLogList:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = BrowserLogList.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented BrowserLogList ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[BrowserLogList]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def _parse_item(data: Any) -> BrowserLog:
    if not isinstance(data, dict):
        raise TypeError(f"expected an object, got {type(data).__name__}")
    data_type_0_item = BrowserLog.from_dict(data)

    return data_type_0_item


# The largest `limit` this operation accepts (the spec's maximum): `paginate`'s page size.
MAX_PAGE_SIZE: int = 100


def build_page_request(
    arguments: Mapping[str, Any], offset: int, limit: int
) -> dict[str, Any]:
    """The request for one page: this operation's keyword `arguments` with `offset` and `limit`."""
    body = arguments.get("body")
    if body is None:
        body = ListBrowserLogsBody()
    return _get_kwargs(
        **{**arguments, "body": evolve(body, limit=limit, offset=offset)}
    )


def parse_page(response: httpx.Response) -> ListPage[BrowserLog]:
    """One page of this list; records that do not parse are listed in `rejected`."""
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return read_page(
        response,
        _parse_item,
        envelope=True,
        bare_array=False,
        nested_counters=None,
        unwrap=None,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListBrowserLogsBody,
) -> Response[BrowserLogList]:
    """List browser logs

     Lists automation log entries with paging. Each entry is an `info` or `error` event reported by the
    automation server. Filter on `linkedin_browser_id` to see one browser's log. This is the main tool
    for diagnosing automation trouble such as failed logins and proxy errors. Nothing is changed.

    The entry fields are not published; the response is presumed to be the standard paginated envelope.

    `POST /browsers/api/linkedin-browser-logs/list` (listBrowserLogs). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        body (ListBrowserLogsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[BrowserLogList]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ListBrowserLogsBody,
) -> BrowserLogList:
    """List browser logs

     Lists automation log entries with paging. Each entry is an `info` or `error` event reported by the
    automation server. Filter on `linkedin_browser_id` to see one browser's log. This is the main tool
    for diagnosing automation trouble such as failed logins and proxy errors. Nothing is changed.

    The entry fields are not published; the response is presumed to be the standard paginated envelope.

    `POST /browsers/api/linkedin-browser-logs/list` (listBrowserLogs). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        body (ListBrowserLogsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        BrowserLogList
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListBrowserLogsBody,
) -> Response[BrowserLogList]:
    """List browser logs

     Lists automation log entries with paging. Each entry is an `info` or `error` event reported by the
    automation server. Filter on `linkedin_browser_id` to see one browser's log. This is the main tool
    for diagnosing automation trouble such as failed logins and proxy errors. Nothing is changed.

    The entry fields are not published; the response is presumed to be the standard paginated envelope.

    `POST /browsers/api/linkedin-browser-logs/list` (listBrowserLogs). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        body (ListBrowserLogsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[BrowserLogList]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListBrowserLogsBody,
) -> BrowserLogList:
    """List browser logs

     Lists automation log entries with paging. Each entry is an `info` or `error` event reported by the
    automation server. Filter on `linkedin_browser_id` to see one browser's log. This is the main tool
    for diagnosing automation trouble such as failed logins and proxy errors. Nothing is changed.

    The entry fields are not published; the response is presumed to be the standard paginated envelope.

    `POST /browsers/api/linkedin-browser-logs/list` (listBrowserLogs). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        body (ListBrowserLogsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        BrowserLogList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
