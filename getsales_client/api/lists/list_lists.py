from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.list_list import ListList
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset, status_code_of


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
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ListList | None:
    if response.status_code == 200:
        response_200 = ListList.from_dict(response.json())

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
) -> Response[ErrorEnvelope | ListList]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
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
) -> Response[ErrorEnvelope | ListList]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ListList]
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
    return _build_response(client=client, response=response)


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
) -> ErrorEnvelope | ListList | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ListList
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
) -> Response[ErrorEnvelope | ListList]:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ListList]
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
    return _build_response(client=client, response=response)


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
) -> ErrorEnvelope | ListList | None:
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ListList
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
