from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sort_direction import SortDirection
from ...models.task import Task
from ...models.task_automation import TaskAutomation
from ...models.task_list import TaskList
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
    filter_flow_uuid: str | Unset = UNSET,
    filter_status: str | Unset = UNSET,
    filter_type: str | Unset = UNSET,
    filter_automation: TaskAutomation | Unset = UNSET,
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
        "extensions": {OPERATION_EXTENSION: "list_tasks"},
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> TaskList:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = TaskList.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = (
            f"a body that is not the documented TaskList ({type(exc).__name__}: {exc})"
        )
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[TaskList]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def _parse_item(data: Any) -> Task:
    if not isinstance(data, dict):
        raise TypeError(f"expected an object, got {type(data).__name__}")
    data_type_0_item = Task.from_dict(data)

    return data_type_0_item


# The largest `limit` this operation accepts (the spec's maximum): `paginate`'s page size.
MAX_PAGE_SIZE: int = 100


def build_page_request(
    arguments: Mapping[str, Any], offset: int, limit: int
) -> dict[str, Any]:
    """The request for one page: this operation's keyword `arguments` with `offset` and `limit`."""
    return _get_kwargs(**{**arguments, "limit": limit, "offset": offset})


def parse_page(response: httpx.Response) -> ListPage[Task]:
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
    filter_flow_uuid: str | Unset = UNSET,
    filter_status: str | Unset = UNSET,
    filter_type: str | Unset = UNSET,
    filter_automation: TaskAutomation | Unset = UNSET,
    filter_lead_uuid: str | Unset = UNSET,
    filter_sender_profile_uuid: str | Unset = UNSET,
    filter_flow_node_id: int | Unset = UNSET,
    filter_executed_at: str | Unset = UNSET,
    filter_schedule_at: str | Unset = UNSET,
) -> Response[TaskList]:
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

    `GET /flows/api/tasks` (listTasks). A list:
    `getsales_extras.paginate` walks all of its pages.
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
        filter_automation (TaskAutomation | Unset): Whether a task was created by hand or by an
            automation.
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
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[TaskList]
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
    return _build_response(response)


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
    filter_automation: TaskAutomation | Unset = UNSET,
    filter_lead_uuid: str | Unset = UNSET,
    filter_sender_profile_uuid: str | Unset = UNSET,
    filter_flow_node_id: int | Unset = UNSET,
    filter_executed_at: str | Unset = UNSET,
    filter_schedule_at: str | Unset = UNSET,
) -> TaskList:
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

    `GET /flows/api/tasks` (listTasks). A list:
    `getsales_extras.paginate` walks all of its pages.
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
        filter_automation (TaskAutomation | Unset): Whether a task was created by hand or by an
            automation.
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
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        TaskList
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
    filter_automation: TaskAutomation | Unset = UNSET,
    filter_lead_uuid: str | Unset = UNSET,
    filter_sender_profile_uuid: str | Unset = UNSET,
    filter_flow_node_id: int | Unset = UNSET,
    filter_executed_at: str | Unset = UNSET,
    filter_schedule_at: str | Unset = UNSET,
) -> Response[TaskList]:
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

    `GET /flows/api/tasks` (listTasks). A list:
    `getsales_extras.paginate` walks all of its pages.
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
        filter_automation (TaskAutomation | Unset): Whether a task was created by hand or by an
            automation.
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
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[TaskList]
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
    return _build_response(response)


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
    filter_automation: TaskAutomation | Unset = UNSET,
    filter_lead_uuid: str | Unset = UNSET,
    filter_sender_profile_uuid: str | Unset = UNSET,
    filter_flow_node_id: int | Unset = UNSET,
    filter_executed_at: str | Unset = UNSET,
    filter_schedule_at: str | Unset = UNSET,
) -> TaskList:
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

    `GET /flows/api/tasks` (listTasks). A list:
    `getsales_extras.paginate` walks all of its pages.
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
        filter_automation (TaskAutomation | Unset): Whether a task was created by hand or by an
            automation.
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
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        TaskList
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
