from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.linked_in_message import LinkedInMessage
from ...models.linked_in_message_list import LinkedInMessageList
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
    filter_lead_uuid: str | Unset = UNSET,
    filter_sender_profile_uuid: str | Unset = UNSET,
    filter_type: str | Unset = UNSET,
    filter_linkedin_type: str | Unset = UNSET,
    filter_status: str | Unset = UNSET,
    filter_automation: str | Unset = UNSET,
    filter_linkedin_account_uuid: str | Unset = UNSET,
    filter_linkedin_conversation_uuid: str | Unset = UNSET,
    filter_message_hash: str | Unset = UNSET,
    filter_task_pipeline_uuid: str | Unset = UNSET,
    filter_template_uuid: str | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
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

    params["filter[lead_uuid]"] = filter_lead_uuid

    params["filter[sender_profile_uuid]"] = filter_sender_profile_uuid

    params["filter[type]"] = filter_type

    params["filter[linkedin_type]"] = filter_linkedin_type

    params["filter[status]"] = filter_status

    params["filter[automation]"] = filter_automation

    params["filter[linkedin_account_uuid]"] = filter_linkedin_account_uuid

    params["filter[linkedin_conversation_uuid]"] = filter_linkedin_conversation_uuid

    params["filter[message_hash]"] = filter_message_hash

    params["filter[task_pipeline_uuid]"] = filter_task_pipeline_uuid

    params["filter[template_uuid]"] = filter_template_uuid

    params["filter[user_id]"] = filter_user_id

    params["filter[uuid]"] = filter_uuid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/flows/api/linkedin-messages",
        "params": params,
        "extensions": {OPERATION_EXTENSION: "list_linkedin_messages"},
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> LinkedInMessageList:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = LinkedInMessageList.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented LinkedInMessageList ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[LinkedInMessageList]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def _parse_item(data: Any) -> LinkedInMessage:
    if not isinstance(data, dict):
        raise TypeError(f"expected an object, got {type(data).__name__}")
    data_type_0_item = LinkedInMessage.from_dict(data)

    return data_type_0_item


# The largest `limit` this operation accepts (the spec's maximum): `paginate`'s page size.
MAX_PAGE_SIZE: int = 100


def build_page_request(
    arguments: Mapping[str, Any], offset: int, limit: int
) -> dict[str, Any]:
    """The request for one page: this operation's keyword `arguments` with `offset` and `limit`."""
    return _get_kwargs(**{**arguments, "limit": limit, "offset": offset})


def parse_page(response: httpx.Response) -> ListPage[LinkedInMessage]:
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
    filter_lead_uuid: str | Unset = UNSET,
    filter_sender_profile_uuid: str | Unset = UNSET,
    filter_type: str | Unset = UNSET,
    filter_linkedin_type: str | Unset = UNSET,
    filter_status: str | Unset = UNSET,
    filter_automation: str | Unset = UNSET,
    filter_linkedin_account_uuid: str | Unset = UNSET,
    filter_linkedin_conversation_uuid: str | Unset = UNSET,
    filter_message_hash: str | Unset = UNSET,
    filter_task_pipeline_uuid: str | Unset = UNSET,
    filter_template_uuid: str | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
) -> Response[LinkedInMessageList]:
    """List LinkedIn messages

     Lists the team's LinkedIn messages, both received (inbox) and sent (outbox), with paging. Newest
    first by default: the default sort is `sent_at` descending.

    Filters use `filter[key]=value`, for example `filter[lead_uuid]=...` for one contact's conversation.
    The current (1.0.0) API documentation mentions filtering by message kind (connection note, message,
    InMail), by status (new, in progress, done, failed) and by automation mode. In the message object
    the direction is in `type` (`inbox` / `outbox`) and the kind in `linkedin_type` (`connection_note`,
    `message`, `InMail`); `automation` is `auto`, `manual` or `synced`.

    Returns the paginated envelope `{data, limit, offset, total, has_more}` of LinkedinMessage objects.

    The quick start spells the sort parameters `order-field` and `order-type`; the parameters are
    `order_field` and `order_type`. Older pages give `asc` as the default direction; set `order_type`
    explicitly when order matters.

    `GET /flows/api/linkedin-messages` (listLinkedinMessages). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_q (str | Unset): Free-text search in the messages.

            Sent as `filter[q]`.
        filter_lead_uuid (str | Unset): Only messages exchanged with this contact.

            Sent as `filter[lead_uuid]`. Example: 0b3090a6-0285-56c2-9a4c-2e5778d802ba.
        filter_sender_profile_uuid (str | Unset): Only messages of this sender profile.

            Sent as `filter[sender_profile_uuid]`.
        filter_type (str | Unset): Direction: `inbox` or `outbox`.

            Sent as `filter[type]`.
        filter_linkedin_type (str | Unset): `connection_note`, `message` or `InMail`.

            Sent as `filter[linkedin_type]`.
        filter_status (str | Unset): Delivery status: `new`, `in_progress`, `done` or `failed`.

            Sent as `filter[status]`.
        filter_automation (str | Unset): Origin: `auto`, `manual` or `synced`.

            Sent as `filter[automation]`.
        filter_linkedin_account_uuid (str | Unset): Only messages of this LinkedIn account.

            Sent as `filter[linkedin_account_uuid]`.
        filter_linkedin_conversation_uuid (str | Unset): Only messages in this conversation.

            Sent as `filter[linkedin_conversation_uuid]`.
        filter_message_hash (str | Unset): Only the message with this LinkedIn message hash.

            Sent as `filter[message_hash]`.
        filter_task_pipeline_uuid (str | Unset): Only messages sent by this task.

            Sent as `filter[task_pipeline_uuid]`.
        filter_template_uuid (str | Unset): Only messages built from this template.

            Sent as `filter[template_uuid]`.
        filter_user_id (str | Unset): Only messages sent by this user.

            Sent as `filter[user_id]`.
        filter_uuid (str | Unset): Only the message with this UUID.

            Sent as `filter[uuid]`.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[LinkedInMessageList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_q=filter_q,
        filter_lead_uuid=filter_lead_uuid,
        filter_sender_profile_uuid=filter_sender_profile_uuid,
        filter_type=filter_type,
        filter_linkedin_type=filter_linkedin_type,
        filter_status=filter_status,
        filter_automation=filter_automation,
        filter_linkedin_account_uuid=filter_linkedin_account_uuid,
        filter_linkedin_conversation_uuid=filter_linkedin_conversation_uuid,
        filter_message_hash=filter_message_hash,
        filter_task_pipeline_uuid=filter_task_pipeline_uuid,
        filter_template_uuid=filter_template_uuid,
        filter_user_id=filter_user_id,
        filter_uuid=filter_uuid,
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
    filter_lead_uuid: str | Unset = UNSET,
    filter_sender_profile_uuid: str | Unset = UNSET,
    filter_type: str | Unset = UNSET,
    filter_linkedin_type: str | Unset = UNSET,
    filter_status: str | Unset = UNSET,
    filter_automation: str | Unset = UNSET,
    filter_linkedin_account_uuid: str | Unset = UNSET,
    filter_linkedin_conversation_uuid: str | Unset = UNSET,
    filter_message_hash: str | Unset = UNSET,
    filter_task_pipeline_uuid: str | Unset = UNSET,
    filter_template_uuid: str | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
) -> LinkedInMessageList:
    """List LinkedIn messages

     Lists the team's LinkedIn messages, both received (inbox) and sent (outbox), with paging. Newest
    first by default: the default sort is `sent_at` descending.

    Filters use `filter[key]=value`, for example `filter[lead_uuid]=...` for one contact's conversation.
    The current (1.0.0) API documentation mentions filtering by message kind (connection note, message,
    InMail), by status (new, in progress, done, failed) and by automation mode. In the message object
    the direction is in `type` (`inbox` / `outbox`) and the kind in `linkedin_type` (`connection_note`,
    `message`, `InMail`); `automation` is `auto`, `manual` or `synced`.

    Returns the paginated envelope `{data, limit, offset, total, has_more}` of LinkedinMessage objects.

    The quick start spells the sort parameters `order-field` and `order-type`; the parameters are
    `order_field` and `order_type`. Older pages give `asc` as the default direction; set `order_type`
    explicitly when order matters.

    `GET /flows/api/linkedin-messages` (listLinkedinMessages). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_q (str | Unset): Free-text search in the messages.

            Sent as `filter[q]`.
        filter_lead_uuid (str | Unset): Only messages exchanged with this contact.

            Sent as `filter[lead_uuid]`. Example: 0b3090a6-0285-56c2-9a4c-2e5778d802ba.
        filter_sender_profile_uuid (str | Unset): Only messages of this sender profile.

            Sent as `filter[sender_profile_uuid]`.
        filter_type (str | Unset): Direction: `inbox` or `outbox`.

            Sent as `filter[type]`.
        filter_linkedin_type (str | Unset): `connection_note`, `message` or `InMail`.

            Sent as `filter[linkedin_type]`.
        filter_status (str | Unset): Delivery status: `new`, `in_progress`, `done` or `failed`.

            Sent as `filter[status]`.
        filter_automation (str | Unset): Origin: `auto`, `manual` or `synced`.

            Sent as `filter[automation]`.
        filter_linkedin_account_uuid (str | Unset): Only messages of this LinkedIn account.

            Sent as `filter[linkedin_account_uuid]`.
        filter_linkedin_conversation_uuid (str | Unset): Only messages in this conversation.

            Sent as `filter[linkedin_conversation_uuid]`.
        filter_message_hash (str | Unset): Only the message with this LinkedIn message hash.

            Sent as `filter[message_hash]`.
        filter_task_pipeline_uuid (str | Unset): Only messages sent by this task.

            Sent as `filter[task_pipeline_uuid]`.
        filter_template_uuid (str | Unset): Only messages built from this template.

            Sent as `filter[template_uuid]`.
        filter_user_id (str | Unset): Only messages sent by this user.

            Sent as `filter[user_id]`.
        filter_uuid (str | Unset): Only the message with this UUID.

            Sent as `filter[uuid]`.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        LinkedInMessageList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_q=filter_q,
        filter_lead_uuid=filter_lead_uuid,
        filter_sender_profile_uuid=filter_sender_profile_uuid,
        filter_type=filter_type,
        filter_linkedin_type=filter_linkedin_type,
        filter_status=filter_status,
        filter_automation=filter_automation,
        filter_linkedin_account_uuid=filter_linkedin_account_uuid,
        filter_linkedin_conversation_uuid=filter_linkedin_conversation_uuid,
        filter_message_hash=filter_message_hash,
        filter_task_pipeline_uuid=filter_task_pipeline_uuid,
        filter_template_uuid=filter_template_uuid,
        filter_user_id=filter_user_id,
        filter_uuid=filter_uuid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_q: str | Unset = UNSET,
    filter_lead_uuid: str | Unset = UNSET,
    filter_sender_profile_uuid: str | Unset = UNSET,
    filter_type: str | Unset = UNSET,
    filter_linkedin_type: str | Unset = UNSET,
    filter_status: str | Unset = UNSET,
    filter_automation: str | Unset = UNSET,
    filter_linkedin_account_uuid: str | Unset = UNSET,
    filter_linkedin_conversation_uuid: str | Unset = UNSET,
    filter_message_hash: str | Unset = UNSET,
    filter_task_pipeline_uuid: str | Unset = UNSET,
    filter_template_uuid: str | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
) -> Response[LinkedInMessageList]:
    """List LinkedIn messages

     Lists the team's LinkedIn messages, both received (inbox) and sent (outbox), with paging. Newest
    first by default: the default sort is `sent_at` descending.

    Filters use `filter[key]=value`, for example `filter[lead_uuid]=...` for one contact's conversation.
    The current (1.0.0) API documentation mentions filtering by message kind (connection note, message,
    InMail), by status (new, in progress, done, failed) and by automation mode. In the message object
    the direction is in `type` (`inbox` / `outbox`) and the kind in `linkedin_type` (`connection_note`,
    `message`, `InMail`); `automation` is `auto`, `manual` or `synced`.

    Returns the paginated envelope `{data, limit, offset, total, has_more}` of LinkedinMessage objects.

    The quick start spells the sort parameters `order-field` and `order-type`; the parameters are
    `order_field` and `order_type`. Older pages give `asc` as the default direction; set `order_type`
    explicitly when order matters.

    `GET /flows/api/linkedin-messages` (listLinkedinMessages). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_q (str | Unset): Free-text search in the messages.

            Sent as `filter[q]`.
        filter_lead_uuid (str | Unset): Only messages exchanged with this contact.

            Sent as `filter[lead_uuid]`. Example: 0b3090a6-0285-56c2-9a4c-2e5778d802ba.
        filter_sender_profile_uuid (str | Unset): Only messages of this sender profile.

            Sent as `filter[sender_profile_uuid]`.
        filter_type (str | Unset): Direction: `inbox` or `outbox`.

            Sent as `filter[type]`.
        filter_linkedin_type (str | Unset): `connection_note`, `message` or `InMail`.

            Sent as `filter[linkedin_type]`.
        filter_status (str | Unset): Delivery status: `new`, `in_progress`, `done` or `failed`.

            Sent as `filter[status]`.
        filter_automation (str | Unset): Origin: `auto`, `manual` or `synced`.

            Sent as `filter[automation]`.
        filter_linkedin_account_uuid (str | Unset): Only messages of this LinkedIn account.

            Sent as `filter[linkedin_account_uuid]`.
        filter_linkedin_conversation_uuid (str | Unset): Only messages in this conversation.

            Sent as `filter[linkedin_conversation_uuid]`.
        filter_message_hash (str | Unset): Only the message with this LinkedIn message hash.

            Sent as `filter[message_hash]`.
        filter_task_pipeline_uuid (str | Unset): Only messages sent by this task.

            Sent as `filter[task_pipeline_uuid]`.
        filter_template_uuid (str | Unset): Only messages built from this template.

            Sent as `filter[template_uuid]`.
        filter_user_id (str | Unset): Only messages sent by this user.

            Sent as `filter[user_id]`.
        filter_uuid (str | Unset): Only the message with this UUID.

            Sent as `filter[uuid]`.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[LinkedInMessageList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_q=filter_q,
        filter_lead_uuid=filter_lead_uuid,
        filter_sender_profile_uuid=filter_sender_profile_uuid,
        filter_type=filter_type,
        filter_linkedin_type=filter_linkedin_type,
        filter_status=filter_status,
        filter_automation=filter_automation,
        filter_linkedin_account_uuid=filter_linkedin_account_uuid,
        filter_linkedin_conversation_uuid=filter_linkedin_conversation_uuid,
        filter_message_hash=filter_message_hash,
        filter_task_pipeline_uuid=filter_task_pipeline_uuid,
        filter_template_uuid=filter_template_uuid,
        filter_user_id=filter_user_id,
        filter_uuid=filter_uuid,
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
    filter_lead_uuid: str | Unset = UNSET,
    filter_sender_profile_uuid: str | Unset = UNSET,
    filter_type: str | Unset = UNSET,
    filter_linkedin_type: str | Unset = UNSET,
    filter_status: str | Unset = UNSET,
    filter_automation: str | Unset = UNSET,
    filter_linkedin_account_uuid: str | Unset = UNSET,
    filter_linkedin_conversation_uuid: str | Unset = UNSET,
    filter_message_hash: str | Unset = UNSET,
    filter_task_pipeline_uuid: str | Unset = UNSET,
    filter_template_uuid: str | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
) -> LinkedInMessageList:
    """List LinkedIn messages

     Lists the team's LinkedIn messages, both received (inbox) and sent (outbox), with paging. Newest
    first by default: the default sort is `sent_at` descending.

    Filters use `filter[key]=value`, for example `filter[lead_uuid]=...` for one contact's conversation.
    The current (1.0.0) API documentation mentions filtering by message kind (connection note, message,
    InMail), by status (new, in progress, done, failed) and by automation mode. In the message object
    the direction is in `type` (`inbox` / `outbox`) and the kind in `linkedin_type` (`connection_note`,
    `message`, `InMail`); `automation` is `auto`, `manual` or `synced`.

    Returns the paginated envelope `{data, limit, offset, total, has_more}` of LinkedinMessage objects.

    The quick start spells the sort parameters `order-field` and `order-type`; the parameters are
    `order_field` and `order_type`. Older pages give `asc` as the default direction; set `order_type`
    explicitly when order matters.

    `GET /flows/api/linkedin-messages` (listLinkedinMessages). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_q (str | Unset): Free-text search in the messages.

            Sent as `filter[q]`.
        filter_lead_uuid (str | Unset): Only messages exchanged with this contact.

            Sent as `filter[lead_uuid]`. Example: 0b3090a6-0285-56c2-9a4c-2e5778d802ba.
        filter_sender_profile_uuid (str | Unset): Only messages of this sender profile.

            Sent as `filter[sender_profile_uuid]`.
        filter_type (str | Unset): Direction: `inbox` or `outbox`.

            Sent as `filter[type]`.
        filter_linkedin_type (str | Unset): `connection_note`, `message` or `InMail`.

            Sent as `filter[linkedin_type]`.
        filter_status (str | Unset): Delivery status: `new`, `in_progress`, `done` or `failed`.

            Sent as `filter[status]`.
        filter_automation (str | Unset): Origin: `auto`, `manual` or `synced`.

            Sent as `filter[automation]`.
        filter_linkedin_account_uuid (str | Unset): Only messages of this LinkedIn account.

            Sent as `filter[linkedin_account_uuid]`.
        filter_linkedin_conversation_uuid (str | Unset): Only messages in this conversation.

            Sent as `filter[linkedin_conversation_uuid]`.
        filter_message_hash (str | Unset): Only the message with this LinkedIn message hash.

            Sent as `filter[message_hash]`.
        filter_task_pipeline_uuid (str | Unset): Only messages sent by this task.

            Sent as `filter[task_pipeline_uuid]`.
        filter_template_uuid (str | Unset): Only messages built from this template.

            Sent as `filter[template_uuid]`.
        filter_user_id (str | Unset): Only messages sent by this user.

            Sent as `filter[user_id]`.
        filter_uuid (str | Unset): Only the message with this UUID.

            Sent as `filter[uuid]`.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        LinkedInMessageList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            order_field=order_field,
            order_type=order_type,
            filter_q=filter_q,
            filter_lead_uuid=filter_lead_uuid,
            filter_sender_profile_uuid=filter_sender_profile_uuid,
            filter_type=filter_type,
            filter_linkedin_type=filter_linkedin_type,
            filter_status=filter_status,
            filter_automation=filter_automation,
            filter_linkedin_account_uuid=filter_linkedin_account_uuid,
            filter_linkedin_conversation_uuid=filter_linkedin_conversation_uuid,
            filter_message_hash=filter_message_hash,
            filter_task_pipeline_uuid=filter_task_pipeline_uuid,
            filter_template_uuid=filter_template_uuid,
            filter_user_id=filter_user_id,
            filter_uuid=filter_uuid,
        )
    ).parsed
