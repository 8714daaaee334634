from collections.abc import Mapping
from typing import Any

import httpx
from attrs import evolve

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.linked_in_browser import LinkedInBrowser
from ...models.linked_in_browser_list import LinkedInBrowserList
from ...models.list_linkedin_browsers_body import ListLinkedinBrowsersBody
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
    body: ListLinkedinBrowsersBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/browsers/api/linkedin-browsers/list",
        "extensions": {OPERATION_EXTENSION: "list_linkedin_browsers"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> LinkedInBrowserList:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = LinkedInBrowserList.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented LinkedInBrowserList ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[LinkedInBrowserList]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def _parse_item(data: Any) -> LinkedInBrowser:
    if not isinstance(data, dict):
        raise TypeError(f"expected an object, got {type(data).__name__}")
    data_type_0_item = LinkedInBrowser.from_dict(data)

    return data_type_0_item


# The largest `limit` this operation accepts (the spec's maximum): `paginate`'s page size.
MAX_PAGE_SIZE: int = 100


def build_page_request(
    arguments: Mapping[str, Any], offset: int, limit: int
) -> dict[str, Any]:
    """The request for one page: this operation's keyword `arguments` with `offset` and `limit`."""
    body = arguments.get("body")
    if body is None:
        body = ListLinkedinBrowsersBody()
    return _get_kwargs(
        **{**arguments, "body": evolve(body, limit=limit, offset=offset)}
    )


def parse_page(response: httpx.Response) -> ListPage[LinkedInBrowser]:
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
    body: ListLinkedinBrowsersBody,
) -> Response[LinkedInBrowserList]:
    """List LinkedIn browsers

     Lists the LinkedIn browser profiles of the workspace with paging; paging, sorting and filters go in
    the request body. Each browser is a GoLogin browser profile attached to a sender profile, which runs
    its LinkedIn automation. Filters narrow by status, sender profile or browser owner. Returns the
    paginated envelope of LinkedinBrowser objects. Nothing is changed.

    **Sort order:** documented defaults differ (`desc` in the current (1.0.0) API documentation, `asc`
    elsewhere); set `order_type` explicitly when order matters.

    `POST /browsers/api/linkedin-browsers/list` (listLinkedinBrowsers). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        body (ListLinkedinBrowsersBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[LinkedInBrowserList]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ListLinkedinBrowsersBody,
) -> LinkedInBrowserList:
    """List LinkedIn browsers

     Lists the LinkedIn browser profiles of the workspace with paging; paging, sorting and filters go in
    the request body. Each browser is a GoLogin browser profile attached to a sender profile, which runs
    its LinkedIn automation. Filters narrow by status, sender profile or browser owner. Returns the
    paginated envelope of LinkedinBrowser objects. Nothing is changed.

    **Sort order:** documented defaults differ (`desc` in the current (1.0.0) API documentation, `asc`
    elsewhere); set `order_type` explicitly when order matters.

    `POST /browsers/api/linkedin-browsers/list` (listLinkedinBrowsers). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        body (ListLinkedinBrowsersBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        LinkedInBrowserList
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListLinkedinBrowsersBody,
) -> Response[LinkedInBrowserList]:
    """List LinkedIn browsers

     Lists the LinkedIn browser profiles of the workspace with paging; paging, sorting and filters go in
    the request body. Each browser is a GoLogin browser profile attached to a sender profile, which runs
    its LinkedIn automation. Filters narrow by status, sender profile or browser owner. Returns the
    paginated envelope of LinkedinBrowser objects. Nothing is changed.

    **Sort order:** documented defaults differ (`desc` in the current (1.0.0) API documentation, `asc`
    elsewhere); set `order_type` explicitly when order matters.

    `POST /browsers/api/linkedin-browsers/list` (listLinkedinBrowsers). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        body (ListLinkedinBrowsersBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[LinkedInBrowserList]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListLinkedinBrowsersBody,
) -> LinkedInBrowserList:
    """List LinkedIn browsers

     Lists the LinkedIn browser profiles of the workspace with paging; paging, sorting and filters go in
    the request body. Each browser is a GoLogin browser profile attached to a sender profile, which runs
    its LinkedIn automation. Filters narrow by status, sender profile or browser owner. Returns the
    paginated envelope of LinkedinBrowser objects. Nothing is changed.

    **Sort order:** documented defaults differ (`desc` in the current (1.0.0) API documentation, `asc`
    elsewhere); set `order_type` explicitly when order matters.

    `POST /browsers/api/linkedin-browsers/list` (listLinkedinBrowsers). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        body (ListLinkedinBrowsersBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        LinkedInBrowserList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
