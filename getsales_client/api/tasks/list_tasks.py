from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.list_tasks_filter_automation import ListTasksFilterAutomation
from ...models.sort_direction import SortDirection
from ...models.task_list import TaskList
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_flow_uuid: str | Unset = UNSET,
    filter_status: str | Unset = UNSET,
    filter_type: str | Unset = UNSET,
    filter_automation: ListTasksFilterAutomation | Unset = UNSET,
    filter_lead_uuid: str | Unset = UNSET,
    filter_sender_profile_uuid: str | Unset = UNSET,
    filter_flow_node_id: int | Unset = UNSET,
    filter_executed_at: str | Unset = UNSET,
    filter_schedule_at: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["limit"] = limit

    params["offset"] = offset

    params["order_field"] = order_field

    json_order_type: str | Unset = UNSET
    if not isinstance(order_type, Unset):
        json_order_type = order_type.value

    params["order_type"] = json_order_type

    params["filter[flow_uuid]"] = filter_flow_uuid

    params["filter[status]"] = filter_status

    params["filter[type]"] = filter_type

    json_filter_automation: str | Unset = UNSET
    if not isinstance(filter_automation, Unset):
        json_filter_automation = filter_automation.value

    params["filter[automation]"] = json_filter_automation

    params["filter[lead_uuid]"] = filter_lead_uuid

    params["filter[sender_profile_uuid]"] = filter_sender_profile_uuid

    params["filter[flow_node_id]"] = filter_flow_node_id

    params["filter[executed_at]"] = filter_executed_at

    params["filter[schedule_at]"] = filter_schedule_at

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/flows/api/tasks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | TaskList | None:
    if response.status_code == 200:
        response_200 = TaskList.from_dict(response.json())

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
) -> Response[ErrorEnvelope | TaskList]:
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
    filter_flow_uuid: str | Unset = UNSET,
    filter_status: str | Unset = UNSET,
    filter_type: str | Unset = UNSET,
    filter_automation: ListTasksFilterAutomation | Unset = UNSET,
    filter_lead_uuid: str | Unset = UNSET,
    filter_sender_profile_uuid: str | Unset = UNSET,
    filter_flow_node_id: int | Unset = UNSET,
    filter_executed_at: str | Unset = UNSET,
    filter_schedule_at: str | Unset = UNSET,
) -> Response[ErrorEnvelope | TaskList]:
    """List tasks

     Lists the team's tasks with filters and paging. A task is one action inside an automation: a
    LinkedIn action (connection request, message, profile visit), an email, a phone call, a CRM update,
    a delay, a condition or a custom step.

    Useful filters: `status` (in progress, done, failed, skipped), `type` for one kind of action,
    `flow_uuid` for one automation, and `lead_uuid` or `sender_profile_uuid` for a contact or a sender.
    Filters work only in the `filter[key]=value` form; plain query parameters are reportedly ignored
    without an error.

    The response envelope carries `data`, `limit`, `offset` and `total`; `has_more` may be missing.
    Calling with `limit=1` and reading `total` is a cheap way to count tasks.

    **Sort order:** the current (1.0.0) API documentation gives `desc` as the default `order_type`,
    other documentation `asc`; set it explicitly when order matters.

    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_flow_uuid (str | Unset): Only tasks of this automation (or these automations).

            Sent as `filter[flow_uuid]`. Example: fdf934db-5ee6-5b7c-b5c7-e0ca4b36a2db.
        filter_status (str | Unset): Task status: `in_progress`, `closed` (executed), `canceled`,
            `failed` or `skipped`.

            Sent as `filter[status]`.
        filter_type (str | Unset): Task type, e.g. `linkedin_send_message`,
            `linkedin_send_connection_request` or `email_send_message`.

            Sent as `filter[type]`.
        filter_automation (ListTasksFilterAutomation | Unset): Task origin: `auto` (created by an
            automation) or `manual`.

            Sent as `filter[automation]`.
        filter_lead_uuid (str | Unset): Only tasks for this contact (or these contacts).

            Sent as `filter[lead_uuid]`.
        filter_sender_profile_uuid (str | Unset): Only tasks of this sender profile (or these
            profiles).

            Sent as `filter[sender_profile_uuid]`.
        filter_flow_node_id (int | Unset): Only tasks created by this node of the automation tree.

            Sent as `filter[flow_node_id]`.
        filter_executed_at (str | Unset): Range on when the task actually ran, as an operator
            object.

            Sent as `filter[executed_at]`.
        filter_schedule_at (str | Unset): Range on when the task is due to run, as an operator
            object; often null once executed.

            Sent as `filter[schedule_at]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TaskList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_flow_uuid=filter_flow_uuid,
        filter_status=filter_status,
        filter_type=filter_type,
        filter_automation=filter_automation,
        filter_lead_uuid=filter_lead_uuid,
        filter_sender_profile_uuid=filter_sender_profile_uuid,
        filter_flow_node_id=filter_flow_node_id,
        filter_executed_at=filter_executed_at,
        filter_schedule_at=filter_schedule_at,
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
    filter_flow_uuid: str | Unset = UNSET,
    filter_status: str | Unset = UNSET,
    filter_type: str | Unset = UNSET,
    filter_automation: ListTasksFilterAutomation | Unset = UNSET,
    filter_lead_uuid: str | Unset = UNSET,
    filter_sender_profile_uuid: str | Unset = UNSET,
    filter_flow_node_id: int | Unset = UNSET,
    filter_executed_at: str | Unset = UNSET,
    filter_schedule_at: str | Unset = UNSET,
) -> ErrorEnvelope | TaskList | None:
    """List tasks

     Lists the team's tasks with filters and paging. A task is one action inside an automation: a
    LinkedIn action (connection request, message, profile visit), an email, a phone call, a CRM update,
    a delay, a condition or a custom step.

    Useful filters: `status` (in progress, done, failed, skipped), `type` for one kind of action,
    `flow_uuid` for one automation, and `lead_uuid` or `sender_profile_uuid` for a contact or a sender.
    Filters work only in the `filter[key]=value` form; plain query parameters are reportedly ignored
    without an error.

    The response envelope carries `data`, `limit`, `offset` and `total`; `has_more` may be missing.
    Calling with `limit=1` and reading `total` is a cheap way to count tasks.

    **Sort order:** the current (1.0.0) API documentation gives `desc` as the default `order_type`,
    other documentation `asc`; set it explicitly when order matters.

    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_flow_uuid (str | Unset): Only tasks of this automation (or these automations).

            Sent as `filter[flow_uuid]`. Example: fdf934db-5ee6-5b7c-b5c7-e0ca4b36a2db.
        filter_status (str | Unset): Task status: `in_progress`, `closed` (executed), `canceled`,
            `failed` or `skipped`.

            Sent as `filter[status]`.
        filter_type (str | Unset): Task type, e.g. `linkedin_send_message`,
            `linkedin_send_connection_request` or `email_send_message`.

            Sent as `filter[type]`.
        filter_automation (ListTasksFilterAutomation | Unset): Task origin: `auto` (created by an
            automation) or `manual`.

            Sent as `filter[automation]`.
        filter_lead_uuid (str | Unset): Only tasks for this contact (or these contacts).

            Sent as `filter[lead_uuid]`.
        filter_sender_profile_uuid (str | Unset): Only tasks of this sender profile (or these
            profiles).

            Sent as `filter[sender_profile_uuid]`.
        filter_flow_node_id (int | Unset): Only tasks created by this node of the automation tree.

            Sent as `filter[flow_node_id]`.
        filter_executed_at (str | Unset): Range on when the task actually ran, as an operator
            object.

            Sent as `filter[executed_at]`.
        filter_schedule_at (str | Unset): Range on when the task is due to run, as an operator
            object; often null once executed.

            Sent as `filter[schedule_at]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TaskList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_flow_uuid=filter_flow_uuid,
        filter_status=filter_status,
        filter_type=filter_type,
        filter_automation=filter_automation,
        filter_lead_uuid=filter_lead_uuid,
        filter_sender_profile_uuid=filter_sender_profile_uuid,
        filter_flow_node_id=filter_flow_node_id,
        filter_executed_at=filter_executed_at,
        filter_schedule_at=filter_schedule_at,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_flow_uuid: str | Unset = UNSET,
    filter_status: str | Unset = UNSET,
    filter_type: str | Unset = UNSET,
    filter_automation: ListTasksFilterAutomation | Unset = UNSET,
    filter_lead_uuid: str | Unset = UNSET,
    filter_sender_profile_uuid: str | Unset = UNSET,
    filter_flow_node_id: int | Unset = UNSET,
    filter_executed_at: str | Unset = UNSET,
    filter_schedule_at: str | Unset = UNSET,
) -> Response[ErrorEnvelope | TaskList]:
    """List tasks

     Lists the team's tasks with filters and paging. A task is one action inside an automation: a
    LinkedIn action (connection request, message, profile visit), an email, a phone call, a CRM update,
    a delay, a condition or a custom step.

    Useful filters: `status` (in progress, done, failed, skipped), `type` for one kind of action,
    `flow_uuid` for one automation, and `lead_uuid` or `sender_profile_uuid` for a contact or a sender.
    Filters work only in the `filter[key]=value` form; plain query parameters are reportedly ignored
    without an error.

    The response envelope carries `data`, `limit`, `offset` and `total`; `has_more` may be missing.
    Calling with `limit=1` and reading `total` is a cheap way to count tasks.

    **Sort order:** the current (1.0.0) API documentation gives `desc` as the default `order_type`,
    other documentation `asc`; set it explicitly when order matters.

    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_flow_uuid (str | Unset): Only tasks of this automation (or these automations).

            Sent as `filter[flow_uuid]`. Example: fdf934db-5ee6-5b7c-b5c7-e0ca4b36a2db.
        filter_status (str | Unset): Task status: `in_progress`, `closed` (executed), `canceled`,
            `failed` or `skipped`.

            Sent as `filter[status]`.
        filter_type (str | Unset): Task type, e.g. `linkedin_send_message`,
            `linkedin_send_connection_request` or `email_send_message`.

            Sent as `filter[type]`.
        filter_automation (ListTasksFilterAutomation | Unset): Task origin: `auto` (created by an
            automation) or `manual`.

            Sent as `filter[automation]`.
        filter_lead_uuid (str | Unset): Only tasks for this contact (or these contacts).

            Sent as `filter[lead_uuid]`.
        filter_sender_profile_uuid (str | Unset): Only tasks of this sender profile (or these
            profiles).

            Sent as `filter[sender_profile_uuid]`.
        filter_flow_node_id (int | Unset): Only tasks created by this node of the automation tree.

            Sent as `filter[flow_node_id]`.
        filter_executed_at (str | Unset): Range on when the task actually ran, as an operator
            object.

            Sent as `filter[executed_at]`.
        filter_schedule_at (str | Unset): Range on when the task is due to run, as an operator
            object; often null once executed.

            Sent as `filter[schedule_at]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | TaskList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_flow_uuid=filter_flow_uuid,
        filter_status=filter_status,
        filter_type=filter_type,
        filter_automation=filter_automation,
        filter_lead_uuid=filter_lead_uuid,
        filter_sender_profile_uuid=filter_sender_profile_uuid,
        filter_flow_node_id=filter_flow_node_id,
        filter_executed_at=filter_executed_at,
        filter_schedule_at=filter_schedule_at,
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
    filter_flow_uuid: str | Unset = UNSET,
    filter_status: str | Unset = UNSET,
    filter_type: str | Unset = UNSET,
    filter_automation: ListTasksFilterAutomation | Unset = UNSET,
    filter_lead_uuid: str | Unset = UNSET,
    filter_sender_profile_uuid: str | Unset = UNSET,
    filter_flow_node_id: int | Unset = UNSET,
    filter_executed_at: str | Unset = UNSET,
    filter_schedule_at: str | Unset = UNSET,
) -> ErrorEnvelope | TaskList | None:
    """List tasks

     Lists the team's tasks with filters and paging. A task is one action inside an automation: a
    LinkedIn action (connection request, message, profile visit), an email, a phone call, a CRM update,
    a delay, a condition or a custom step.

    Useful filters: `status` (in progress, done, failed, skipped), `type` for one kind of action,
    `flow_uuid` for one automation, and `lead_uuid` or `sender_profile_uuid` for a contact or a sender.
    Filters work only in the `filter[key]=value` form; plain query parameters are reportedly ignored
    without an error.

    The response envelope carries `data`, `limit`, `offset` and `total`; `has_more` may be missing.
    Calling with `limit=1` and reading `total` is a cheap way to count tasks.

    **Sort order:** the current (1.0.0) API documentation gives `desc` as the default `order_type`,
    other documentation `asc`; set it explicitly when order matters.

    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_flow_uuid (str | Unset): Only tasks of this automation (or these automations).

            Sent as `filter[flow_uuid]`. Example: fdf934db-5ee6-5b7c-b5c7-e0ca4b36a2db.
        filter_status (str | Unset): Task status: `in_progress`, `closed` (executed), `canceled`,
            `failed` or `skipped`.

            Sent as `filter[status]`.
        filter_type (str | Unset): Task type, e.g. `linkedin_send_message`,
            `linkedin_send_connection_request` or `email_send_message`.

            Sent as `filter[type]`.
        filter_automation (ListTasksFilterAutomation | Unset): Task origin: `auto` (created by an
            automation) or `manual`.

            Sent as `filter[automation]`.
        filter_lead_uuid (str | Unset): Only tasks for this contact (or these contacts).

            Sent as `filter[lead_uuid]`.
        filter_sender_profile_uuid (str | Unset): Only tasks of this sender profile (or these
            profiles).

            Sent as `filter[sender_profile_uuid]`.
        filter_flow_node_id (int | Unset): Only tasks created by this node of the automation tree.

            Sent as `filter[flow_node_id]`.
        filter_executed_at (str | Unset): Range on when the task actually ran, as an operator
            object.

            Sent as `filter[executed_at]`.
        filter_schedule_at (str | Unset): Range on when the task is due to run, as an operator
            object; often null once executed.

            Sent as `filter[schedule_at]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | TaskList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            order_field=order_field,
            order_type=order_type,
            filter_flow_uuid=filter_flow_uuid,
            filter_status=filter_status,
            filter_type=filter_type,
            filter_automation=filter_automation,
            filter_lead_uuid=filter_lead_uuid,
            filter_sender_profile_uuid=filter_sender_profile_uuid,
            filter_flow_node_id=filter_flow_node_id,
            filter_executed_at=filter_executed_at,
            filter_schedule_at=filter_schedule_at,
        )
    ).parsed
