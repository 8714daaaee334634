from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.flow_list import FlowList
from ...models.list_flows_filter_status import ListFlowsFilterStatus
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_q: str | Unset = UNSET,
    filter_status: ListFlowsFilterStatus | Unset = UNSET,
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
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | FlowList | None:
    if response.status_code == 200:
        response_200 = FlowList.from_dict(response.json())

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
) -> Response[ErrorEnvelope | FlowList]:
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
    filter_status: ListFlowsFilterStatus | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
    filter_flow_workspace_uuid: str | Unset = UNSET,
    filter_flow_version_uuid: str | Unset = UNSET,
    filter_is_public: str | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | FlowList]:
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
        filter_status (ListFlowsFilterStatus | Unset): Automation status (`on`, `off`, `draft`,
            `archived`); a single value, a list (match any), an operator object, or `is_null` /
            `is_not_null`.

            Sent as `filter[status]`.
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FlowList]
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
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_q: str | Unset = UNSET,
    filter_status: ListFlowsFilterStatus | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
    filter_flow_workspace_uuid: str | Unset = UNSET,
    filter_flow_version_uuid: str | Unset = UNSET,
    filter_is_public: str | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
) -> ErrorEnvelope | FlowList | None:
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
        filter_status (ListFlowsFilterStatus | Unset): Automation status (`on`, `off`, `draft`,
            `archived`); a single value, a list (match any), an operator object, or `is_null` /
            `is_not_null`.

            Sent as `filter[status]`.
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FlowList
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
    filter_status: ListFlowsFilterStatus | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
    filter_flow_workspace_uuid: str | Unset = UNSET,
    filter_flow_version_uuid: str | Unset = UNSET,
    filter_is_public: str | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | FlowList]:
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
        filter_status (ListFlowsFilterStatus | Unset): Automation status (`on`, `off`, `draft`,
            `archived`); a single value, a list (match any), an operator object, or `is_null` /
            `is_not_null`.

            Sent as `filter[status]`.
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FlowList]
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
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_q: str | Unset = UNSET,
    filter_status: ListFlowsFilterStatus | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
    filter_flow_workspace_uuid: str | Unset = UNSET,
    filter_flow_version_uuid: str | Unset = UNSET,
    filter_is_public: str | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
) -> ErrorEnvelope | FlowList | None:
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
        filter_status (ListFlowsFilterStatus | Unset): Automation status (`on`, `off`, `draft`,
            `archived`); a single value, a list (match any), an operator object, or `is_null` /
            `is_not_null`.

            Sent as `filter[status]`.
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
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FlowList
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
