from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.flow import Flow
from ...models.flow_list import FlowList
from ...models.flow_status import FlowStatus
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
    filter_status: FlowStatus | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
    filter_flow_workspace_uuid: str | Unset = UNSET,
    filter_flow_version_uuid: str | Unset = UNSET,
    filter_is_public: str | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
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

    json_filter_status: str | Unset = UNSET
    if not isinstance(filter_status, Unset):
        json_filter_status = filter_status.value

    params["filter[status]"] = json_filter_status

    params["filter[uuid]"] = filter_uuid

    params["filter[flow_workspace_uuid]"] = filter_flow_workspace_uuid

    params["filter[flow_version_uuid]"] = filter_flow_version_uuid

    params["filter[is_public]"] = filter_is_public

    params["filter[user_id]"] = filter_user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/flows/api/flows",
        "params": params,
        "extensions": {OPERATION_EXTENSION: "list_flows"},
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> FlowList:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = FlowList.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = (
            f"a body that is not the documented FlowList ({type(exc).__name__}: {exc})"
        )
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[FlowList]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def _parse_item(data: Any) -> Flow:
    if not isinstance(data, dict):
        raise TypeError(f"expected an object, got {type(data).__name__}")
    data_type_0_item = Flow.from_dict(data)

    return data_type_0_item


# The largest `limit` this operation accepts (the spec's maximum): `paginate`'s page size.
MAX_PAGE_SIZE: int = 100


def build_page_request(
    arguments: Mapping[str, Any], offset: int, limit: int
) -> dict[str, Any]:
    """The request for one page: this operation's keyword `arguments` with `offset` and `limit`."""
    return _get_kwargs(**{**arguments, "limit": limit, "offset": offset})


def parse_page(response: httpx.Response) -> ListPage[Flow]:
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
    filter_status: FlowStatus | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
    filter_flow_workspace_uuid: str | Unset = UNSET,
    filter_flow_version_uuid: str | Unset = UNSET,
    filter_is_public: str | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
) -> Response[FlowList]:
    """List flows (automations)

     Lists the team's automations (flows). An automation is a multi-step outreach sequence that chains
    LinkedIn actions, email sends, delays, conditions and CRM updates into one pipeline.

    Narrow the list with `filter[status]` (for example only running, paused or draft automations) or
    with `filter[flow_workspace_uuid]` to see one folder. Status values are `on` (running), `off`
    (paused), `draft` and `archived`.

    Filters go in `filter[key]=value` query parameters. Older documentation showed the same keys as
    plain query parameters (`status=...`); use the bracketed form.

    The result is the standard paginated envelope `{data, limit, offset, total, has_more}` of Flow
    objects.

    **Sort order:** the current (1.0.0) API documentation gives `desc` as the default `order_type`,
    while older pages state `asc`. Both values are accepted; pass `order_type` explicitly when the order
    matters.

    `GET /flows/api/flows` (listFlows). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_q (str | Unset): Free-text search on the automation name.

            Sent as `filter[q]`. Example: DACH.
        filter_status (FlowStatus | Unset): `on` running, `off` paused, `draft` never started,
            `archived` hidden.
        filter_uuid (str | Unset): Only the automation with this UUID.

            Sent as `filter[uuid]`.
        filter_flow_workspace_uuid (str | Unset): Only automations inside this folder (flow
            workspace).

            Sent as `filter[flow_workspace_uuid]`.
        filter_flow_version_uuid (str | Unset): Only the automation whose active version has this
            UUID.

            Sent as `filter[flow_version_uuid]`.
        filter_is_public (str | Unset): Only automations with this team-visibility flag.

            Sent as `filter[is_public]`.
        filter_user_id (str | Unset): Only automations created by this user.

            Sent as `filter[user_id]`.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[FlowList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_q=filter_q,
        filter_status=filter_status,
        filter_uuid=filter_uuid,
        filter_flow_workspace_uuid=filter_flow_workspace_uuid,
        filter_flow_version_uuid=filter_flow_version_uuid,
        filter_is_public=filter_is_public,
        filter_user_id=filter_user_id,
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
    filter_status: FlowStatus | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
    filter_flow_workspace_uuid: str | Unset = UNSET,
    filter_flow_version_uuid: str | Unset = UNSET,
    filter_is_public: str | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
) -> FlowList:
    """List flows (automations)

     Lists the team's automations (flows). An automation is a multi-step outreach sequence that chains
    LinkedIn actions, email sends, delays, conditions and CRM updates into one pipeline.

    Narrow the list with `filter[status]` (for example only running, paused or draft automations) or
    with `filter[flow_workspace_uuid]` to see one folder. Status values are `on` (running), `off`
    (paused), `draft` and `archived`.

    Filters go in `filter[key]=value` query parameters. Older documentation showed the same keys as
    plain query parameters (`status=...`); use the bracketed form.

    The result is the standard paginated envelope `{data, limit, offset, total, has_more}` of Flow
    objects.

    **Sort order:** the current (1.0.0) API documentation gives `desc` as the default `order_type`,
    while older pages state `asc`. Both values are accepted; pass `order_type` explicitly when the order
    matters.

    `GET /flows/api/flows` (listFlows). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_q (str | Unset): Free-text search on the automation name.

            Sent as `filter[q]`. Example: DACH.
        filter_status (FlowStatus | Unset): `on` running, `off` paused, `draft` never started,
            `archived` hidden.
        filter_uuid (str | Unset): Only the automation with this UUID.

            Sent as `filter[uuid]`.
        filter_flow_workspace_uuid (str | Unset): Only automations inside this folder (flow
            workspace).

            Sent as `filter[flow_workspace_uuid]`.
        filter_flow_version_uuid (str | Unset): Only the automation whose active version has this
            UUID.

            Sent as `filter[flow_version_uuid]`.
        filter_is_public (str | Unset): Only automations with this team-visibility flag.

            Sent as `filter[is_public]`.
        filter_user_id (str | Unset): Only automations created by this user.

            Sent as `filter[user_id]`.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        FlowList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_q=filter_q,
        filter_status=filter_status,
        filter_uuid=filter_uuid,
        filter_flow_workspace_uuid=filter_flow_workspace_uuid,
        filter_flow_version_uuid=filter_flow_version_uuid,
        filter_is_public=filter_is_public,
        filter_user_id=filter_user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_q: str | Unset = UNSET,
    filter_status: FlowStatus | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
    filter_flow_workspace_uuid: str | Unset = UNSET,
    filter_flow_version_uuid: str | Unset = UNSET,
    filter_is_public: str | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
) -> Response[FlowList]:
    """List flows (automations)

     Lists the team's automations (flows). An automation is a multi-step outreach sequence that chains
    LinkedIn actions, email sends, delays, conditions and CRM updates into one pipeline.

    Narrow the list with `filter[status]` (for example only running, paused or draft automations) or
    with `filter[flow_workspace_uuid]` to see one folder. Status values are `on` (running), `off`
    (paused), `draft` and `archived`.

    Filters go in `filter[key]=value` query parameters. Older documentation showed the same keys as
    plain query parameters (`status=...`); use the bracketed form.

    The result is the standard paginated envelope `{data, limit, offset, total, has_more}` of Flow
    objects.

    **Sort order:** the current (1.0.0) API documentation gives `desc` as the default `order_type`,
    while older pages state `asc`. Both values are accepted; pass `order_type` explicitly when the order
    matters.

    `GET /flows/api/flows` (listFlows). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_q (str | Unset): Free-text search on the automation name.

            Sent as `filter[q]`. Example: DACH.
        filter_status (FlowStatus | Unset): `on` running, `off` paused, `draft` never started,
            `archived` hidden.
        filter_uuid (str | Unset): Only the automation with this UUID.

            Sent as `filter[uuid]`.
        filter_flow_workspace_uuid (str | Unset): Only automations inside this folder (flow
            workspace).

            Sent as `filter[flow_workspace_uuid]`.
        filter_flow_version_uuid (str | Unset): Only the automation whose active version has this
            UUID.

            Sent as `filter[flow_version_uuid]`.
        filter_is_public (str | Unset): Only automations with this team-visibility flag.

            Sent as `filter[is_public]`.
        filter_user_id (str | Unset): Only automations created by this user.

            Sent as `filter[user_id]`.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[FlowList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_q=filter_q,
        filter_status=filter_status,
        filter_uuid=filter_uuid,
        filter_flow_workspace_uuid=filter_flow_workspace_uuid,
        filter_flow_version_uuid=filter_flow_version_uuid,
        filter_is_public=filter_is_public,
        filter_user_id=filter_user_id,
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
    filter_status: FlowStatus | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
    filter_flow_workspace_uuid: str | Unset = UNSET,
    filter_flow_version_uuid: str | Unset = UNSET,
    filter_is_public: str | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
) -> FlowList:
    """List flows (automations)

     Lists the team's automations (flows). An automation is a multi-step outreach sequence that chains
    LinkedIn actions, email sends, delays, conditions and CRM updates into one pipeline.

    Narrow the list with `filter[status]` (for example only running, paused or draft automations) or
    with `filter[flow_workspace_uuid]` to see one folder. Status values are `on` (running), `off`
    (paused), `draft` and `archived`.

    Filters go in `filter[key]=value` query parameters. Older documentation showed the same keys as
    plain query parameters (`status=...`); use the bracketed form.

    The result is the standard paginated envelope `{data, limit, offset, total, has_more}` of Flow
    objects.

    **Sort order:** the current (1.0.0) API documentation gives `desc` as the default `order_type`,
    while older pages state `asc`. Both values are accepted; pass `order_type` explicitly when the order
    matters.

    `GET /flows/api/flows` (listFlows). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_q (str | Unset): Free-text search on the automation name.

            Sent as `filter[q]`. Example: DACH.
        filter_status (FlowStatus | Unset): `on` running, `off` paused, `draft` never started,
            `archived` hidden.
        filter_uuid (str | Unset): Only the automation with this UUID.

            Sent as `filter[uuid]`.
        filter_flow_workspace_uuid (str | Unset): Only automations inside this folder (flow
            workspace).

            Sent as `filter[flow_workspace_uuid]`.
        filter_flow_version_uuid (str | Unset): Only the automation whose active version has this
            UUID.

            Sent as `filter[flow_version_uuid]`.
        filter_is_public (str | Unset): Only automations with this team-visibility flag.

            Sent as `filter[is_public]`.
        filter_user_id (str | Unset): Only automations created by this user.

            Sent as `filter[user_id]`.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        FlowList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            order_field=order_field,
            order_type=order_type,
            filter_q=filter_q,
            filter_status=filter_status,
            filter_uuid=filter_uuid,
            filter_flow_workspace_uuid=filter_flow_workspace_uuid,
            filter_flow_version_uuid=filter_flow_version_uuid,
            filter_is_public=filter_is_public,
            filter_user_id=filter_user_id,
        )
    ).parsed
