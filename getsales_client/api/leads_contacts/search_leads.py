from collections.abc import Mapping
from typing import Any

import httpx
from attrs import evolve

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lead_aggregation import LeadAggregation
from ...models.lead_list import LeadList
from ...models.search_leads_body import SearchLeadsBody
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    ListPage,
    Response,
    decode_json,
    read_page,
    status_code_of,
    unwrapped_records,
)


def _get_kwargs(
    *,
    body: SearchLeadsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/leads/search",
        "extensions": {OPERATION_EXTENSION: "search_leads"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> LeadList:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        data = unwrapped_records(data, "lead")
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = LeadList.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = (
            f"a body that is not the documented LeadList ({type(exc).__name__}: {exc})"
        )
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[LeadList]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def _parse_item(data: Any) -> LeadAggregation:
    if not isinstance(data, dict):
        raise TypeError(f"expected an object, got {type(data).__name__}")
    data_type_0_item = LeadAggregation.from_dict(data)

    return data_type_0_item


# The largest `limit` this operation accepts (the spec's maximum): `paginate`'s page size.
MAX_PAGE_SIZE: int = 100


def build_page_request(
    arguments: Mapping[str, Any], offset: int, limit: int
) -> dict[str, Any]:
    """The request for one page: this operation's keyword `arguments` with `offset` and `limit`."""
    body = arguments.get("body")
    if body is None:
        body = SearchLeadsBody()
    return _get_kwargs(
        **{**arguments, "body": evolve(body, limit=limit, offset=offset)}
    )


def parse_page(response: httpx.Response) -> ListPage[LeadAggregation]:
    """One page of this list; records that do not parse are listed in `rejected`."""
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return read_page(
        response,
        _parse_item,
        envelope=True,
        bare_array=False,
        nested_counters=None,
        unwrap="lead",
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SearchLeadsBody,
) -> Response[LeadList]:
    """Search contacts

     Finds contacts with filters, paging and sorting, all sent in the request body.
    Matching contacts come back with their aggregation data unless
    `disable_aggregation` is `true`.

    Each key of `filter` targets one field: a plain value means *equals*, an array
    means *any of*, an object carries an operator, and the strings `is_null` /
    `is_not_null` test for a missing value. The special key `q` matches free
    text against name, email, position, headline and about.

    Some descriptions show the result envelope without `has_more`, so treat that
    key as optional. One third-party catalogue lists `0` and `1` as sort
    directions; the documented values are `asc` and `desc`, defaulting to `desc`.

    `POST /leads/api/leads/search` (searchLeads). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        body (SearchLeadsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[LeadList]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SearchLeadsBody,
) -> LeadList:
    """Search contacts

     Finds contacts with filters, paging and sorting, all sent in the request body.
    Matching contacts come back with their aggregation data unless
    `disable_aggregation` is `true`.

    Each key of `filter` targets one field: a plain value means *equals*, an array
    means *any of*, an object carries an operator, and the strings `is_null` /
    `is_not_null` test for a missing value. The special key `q` matches free
    text against name, email, position, headline and about.

    Some descriptions show the result envelope without `has_more`, so treat that
    key as optional. One third-party catalogue lists `0` and `1` as sort
    directions; the documented values are `asc` and `desc`, defaulting to `desc`.

    `POST /leads/api/leads/search` (searchLeads). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        body (SearchLeadsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        LeadList
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SearchLeadsBody,
) -> Response[LeadList]:
    """Search contacts

     Finds contacts with filters, paging and sorting, all sent in the request body.
    Matching contacts come back with their aggregation data unless
    `disable_aggregation` is `true`.

    Each key of `filter` targets one field: a plain value means *equals*, an array
    means *any of*, an object carries an operator, and the strings `is_null` /
    `is_not_null` test for a missing value. The special key `q` matches free
    text against name, email, position, headline and about.

    Some descriptions show the result envelope without `has_more`, so treat that
    key as optional. One third-party catalogue lists `0` and `1` as sort
    directions; the documented values are `asc` and `desc`, defaulting to `desc`.

    `POST /leads/api/leads/search` (searchLeads). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        body (SearchLeadsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[LeadList]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SearchLeadsBody,
) -> LeadList:
    """Search contacts

     Finds contacts with filters, paging and sorting, all sent in the request body.
    Matching contacts come back with their aggregation data unless
    `disable_aggregation` is `true`.

    Each key of `filter` targets one field: a plain value means *equals*, an array
    means *any of*, an object carries an operator, and the strings `is_null` /
    `is_not_null` test for a missing value. The special key `q` matches free
    text against name, email, position, headline and about.

    Some descriptions show the result envelope without `has_more`, so treat that
    key as optional. One third-party catalogue lists `0` and `1` as sort
    directions; the documented values are `asc` and `desc`, defaulting to `desc`.

    `POST /leads/api/leads/search` (searchLeads). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        body (SearchLeadsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        LeadList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
