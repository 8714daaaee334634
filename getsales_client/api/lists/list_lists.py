from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_ import List
from ...models.list_list import ListList
from ...models.sort_direction import SortDirection
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    UNSET,
    ListPage,
    Response,
    Unset,
    decode_json,
    read_page,
    status_code_of,
)


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_q: str | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
    filter_name: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["limit"] = limit

    params["offset"] = offset

    params["order_field"] = order_field

    json_order_type: str | Unset = UNSET
    if not isinstance(order_type, Unset):
        json_order_type = order_type.value

    params["order_type"] = json_order_type

    params["filter[q]"] = filter_q

    params["filter[uuid]"] = filter_uuid

    params["filter[name]"] = filter_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/leads/api/lists",
        "params": params,
        "extensions": {OPERATION_EXTENSION: "list_lists"},
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ListList:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = ListList.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = (
            f"a body that is not the documented ListList ({type(exc).__name__}: {exc})"
        )
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[ListList]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def _parse_item(data: Any) -> List:
    if not isinstance(data, dict):
        raise TypeError(f"expected an object, got {type(data).__name__}")
    data_type_0_item = List.from_dict(data)

    return data_type_0_item


# The largest `limit` this operation accepts (the spec's maximum): `paginate`'s page size.
MAX_PAGE_SIZE: int = 100


def build_page_request(
    arguments: Mapping[str, Any], offset: int, limit: int
) -> dict[str, Any]:
    """The request for one page: this operation's keyword `arguments` with `offset` and `limit`."""
    return _get_kwargs(**{**arguments, "limit": limit, "offset": offset})


def parse_page(response: httpx.Response) -> ListPage[List]:
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
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_q: str | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
    filter_name: str | Unset = UNSET,
) -> Response[ListList]:
    """List all lists

     Returns the team's contact lists, page by page. Lists are the main way to
    split contacts into segments for outreach; at any moment a contact sits in
    one list and only one.

    Search by name with `filter[q]`, or pick particular lists with `filter[uuid]`
    or `filter[name]` (a single value, an array meaning *any of*, an operator
    object, or `is_null` / `is_not_null`).

    The general pagination rules give `desc` as the default sort direction, while
    an older description of this endpoint says `asc`; send `order_type` when the
    order matters. Some descriptions omit `has_more` from the envelope.

    `GET /leads/api/lists` (listLists). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_q (str | Unset): Search lists by name.

            Sent as `filter[q]`. Example: CMO.
        filter_uuid (str | Unset): Only these list UUIDs: value, array, operator object, `is_null`
            or `is_not_null`.

            Sent as `filter[uuid]`.
        filter_name (str | Unset): Match on list name: value, array, operator object, `is_null` or
            `is_not_null`.

            Sent as `filter[name]`.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[ListList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_q=filter_q,
        filter_uuid=filter_uuid,
        filter_name=filter_name,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_q: str | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
    filter_name: str | Unset = UNSET,
) -> ListList:
    """List all lists

     Returns the team's contact lists, page by page. Lists are the main way to
    split contacts into segments for outreach; at any moment a contact sits in
    one list and only one.

    Search by name with `filter[q]`, or pick particular lists with `filter[uuid]`
    or `filter[name]` (a single value, an array meaning *any of*, an operator
    object, or `is_null` / `is_not_null`).

    The general pagination rules give `desc` as the default sort direction, while
    an older description of this endpoint says `asc`; send `order_type` when the
    order matters. Some descriptions omit `has_more` from the envelope.

    `GET /leads/api/lists` (listLists). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_q (str | Unset): Search lists by name.

            Sent as `filter[q]`. Example: CMO.
        filter_uuid (str | Unset): Only these list UUIDs: value, array, operator object, `is_null`
            or `is_not_null`.

            Sent as `filter[uuid]`.
        filter_name (str | Unset): Match on list name: value, array, operator object, `is_null` or
            `is_not_null`.

            Sent as `filter[name]`.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        ListList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_q=filter_q,
        filter_uuid=filter_uuid,
        filter_name=filter_name,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_q: str | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
    filter_name: str | Unset = UNSET,
) -> Response[ListList]:
    """List all lists

     Returns the team's contact lists, page by page. Lists are the main way to
    split contacts into segments for outreach; at any moment a contact sits in
    one list and only one.

    Search by name with `filter[q]`, or pick particular lists with `filter[uuid]`
    or `filter[name]` (a single value, an array meaning *any of*, an operator
    object, or `is_null` / `is_not_null`).

    The general pagination rules give `desc` as the default sort direction, while
    an older description of this endpoint says `asc`; send `order_type` when the
    order matters. Some descriptions omit `has_more` from the envelope.

    `GET /leads/api/lists` (listLists). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_q (str | Unset): Search lists by name.

            Sent as `filter[q]`. Example: CMO.
        filter_uuid (str | Unset): Only these list UUIDs: value, array, operator object, `is_null`
            or `is_not_null`.

            Sent as `filter[uuid]`.
        filter_name (str | Unset): Match on list name: value, array, operator object, `is_null` or
            `is_not_null`.

            Sent as `filter[name]`.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[ListList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_q=filter_q,
        filter_uuid=filter_uuid,
        filter_name=filter_name,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_q: str | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
    filter_name: str | Unset = UNSET,
) -> ListList:
    """List all lists

     Returns the team's contact lists, page by page. Lists are the main way to
    split contacts into segments for outreach; at any moment a contact sits in
    one list and only one.

    Search by name with `filter[q]`, or pick particular lists with `filter[uuid]`
    or `filter[name]` (a single value, an array meaning *any of*, an operator
    object, or `is_null` / `is_not_null`).

    The general pagination rules give `desc` as the default sort direction, while
    an older description of this endpoint says `asc`; send `order_type` when the
    order matters. Some descriptions omit `has_more` from the envelope.

    `GET /leads/api/lists` (listLists). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_q (str | Unset): Search lists by name.

            Sent as `filter[q]`. Example: CMO.
        filter_uuid (str | Unset): Only these list UUIDs: value, array, operator object, `is_null`
            or `is_not_null`.

            Sent as `filter[uuid]`.
        filter_name (str | Unset): Match on list name: value, array, operator object, `is_null` or
            `is_not_null`.

            Sent as `filter[name]`.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        ListList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            order_field=order_field,
            order_type=order_type,
            filter_q=filter_q,
            filter_uuid=filter_uuid,
            filter_name=filter_name,
        )
    ).parsed
