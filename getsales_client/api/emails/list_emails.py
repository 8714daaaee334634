from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.email import Email
from ...models.email_list import EmailList
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
    filter_type: str | Unset = UNSET,
    filter_status: str | Unset = UNSET,
    filter_mailbox_uuid: str | Unset = UNSET,
    filter_lead_uuid: str | Unset = UNSET,
    filter_sender_profile_uuid: str | Unset = UNSET,
    filter_flow_uuid: str | Unset = UNSET,
    filter_flow_node_id: int | Unset = UNSET,
    filter_thread_uuid: str | Unset = UNSET,
    filter_template_uuid: str | Unset = UNSET,
    filter_folder: str | Unset = UNSET,
    filter_from_email: str | Unset = UNSET,
    filter_from_name: str | Unset = UNSET,
    filter_to_email: str | Unset = UNSET,
    filter_to_name: str | Unset = UNSET,
    filter_subject: str | Unset = UNSET,
    filter_sent_at: str | Unset = UNSET,
    filter_created_at: str | Unset = UNSET,
    filter_updated_at: str | Unset = UNSET,
    filter_email_body_uuid: str | Unset = UNSET,
    filter_replied_to_uuid: str | Unset = UNSET,
    filter_bounced_by_uuid: str | Unset = UNSET,
    filter_task_pipeline_uuid: str | Unset = UNSET,
    filter_gpt_prompt_uuid: str | Unset = UNSET,
    filter_sending_attempts: str | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
    filter_team_id: str | Unset = UNSET,
    q: str | Unset = UNSET,
    uuid: str | Unset = UNSET,
    bounced_by_uuid: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    email_body_uuid: str | Unset = UNSET,
    flow_node_id: int | Unset = UNSET,
    flow_uuid: str | Unset = UNSET,
    from_email: str | Unset = UNSET,
    from_name: str | Unset = UNSET,
    gpt_prompt_uuid: str | Unset = UNSET,
    lead_uuid: str | Unset = UNSET,
    mailbox_uuid: str | Unset = UNSET,
    replied_to_uuid: str | Unset = UNSET,
    sender_profile_uuid: str | Unset = UNSET,
    sending_attempts: int | Unset = UNSET,
    sent_at: str | Unset = UNSET,
    status: str | Unset = UNSET,
    subject: str | Unset = UNSET,
    task_pipeline_uuid: str | Unset = UNSET,
    team_id: int | Unset = UNSET,
    template_uuid: str | Unset = UNSET,
    thread_uuid: str | Unset = UNSET,
    to_email: str | Unset = UNSET,
    to_name: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
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

    params["filter[type]"] = filter_type

    params["filter[status]"] = filter_status

    params["filter[mailbox_uuid]"] = filter_mailbox_uuid

    params["filter[lead_uuid]"] = filter_lead_uuid

    params["filter[sender_profile_uuid]"] = filter_sender_profile_uuid

    params["filter[flow_uuid]"] = filter_flow_uuid

    params["filter[flow_node_id]"] = filter_flow_node_id

    params["filter[thread_uuid]"] = filter_thread_uuid

    params["filter[template_uuid]"] = filter_template_uuid

    params["filter[folder]"] = filter_folder

    params["filter[from_email]"] = filter_from_email

    params["filter[from_name]"] = filter_from_name

    params["filter[to_email]"] = filter_to_email

    params["filter[to_name]"] = filter_to_name

    params["filter[subject]"] = filter_subject

    params["filter[sent_at]"] = filter_sent_at

    params["filter[created_at]"] = filter_created_at

    params["filter[updated_at]"] = filter_updated_at

    params["filter[email_body_uuid]"] = filter_email_body_uuid

    params["filter[replied_to_uuid]"] = filter_replied_to_uuid

    params["filter[bounced_by_uuid]"] = filter_bounced_by_uuid

    params["filter[task_pipeline_uuid]"] = filter_task_pipeline_uuid

    params["filter[gpt_prompt_uuid]"] = filter_gpt_prompt_uuid

    params["filter[sending_attempts]"] = filter_sending_attempts

    params["filter[user_id]"] = filter_user_id

    params["filter[team_id]"] = filter_team_id

    params["q"] = q

    params["uuid"] = uuid

    params["bounced_by_uuid"] = bounced_by_uuid

    params["created_at"] = created_at

    params["email_body_uuid"] = email_body_uuid

    params["flow_node_id"] = flow_node_id

    params["flow_uuid"] = flow_uuid

    params["from_email"] = from_email

    params["from_name"] = from_name

    params["gpt_prompt_uuid"] = gpt_prompt_uuid

    params["lead_uuid"] = lead_uuid

    params["mailbox_uuid"] = mailbox_uuid

    params["replied_to_uuid"] = replied_to_uuid

    params["sender_profile_uuid"] = sender_profile_uuid

    params["sending_attempts"] = sending_attempts

    params["sent_at"] = sent_at

    params["status"] = status

    params["subject"] = subject

    params["task_pipeline_uuid"] = task_pipeline_uuid

    params["team_id"] = team_id

    params["template_uuid"] = template_uuid

    params["thread_uuid"] = thread_uuid

    params["to_email"] = to_email

    params["to_name"] = to_name

    params["type"] = type_

    params["updated_at"] = updated_at

    params["user_id"] = user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/emails/api/emails",
        "params": params,
        "extensions": {OPERATION_EXTENSION: "list_emails"},
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> EmailList | list[Email]:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:

        def _parse_response_200(data: object) -> EmailList | list[Email]:
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = EmailList.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_1 = []
                _response_200_type_1 = data
                for response_200_type_1_item_data in _response_200_type_1:
                    response_200_type_1_item = Email.from_dict(
                        response_200_type_1_item_data
                    )

                    response_200_type_1.append(response_200_type_1_item)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"response_200: {type(data).__name__} is not EmailList | list[Email] ({problem!r})"
            )

        response_200 = _parse_response_200(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented EmailList | list[Email] ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[EmailList | list[Email]]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def _parse_item(data: Any) -> Email:
    if not isinstance(data, dict):
        raise TypeError(f"expected an object, got {type(data).__name__}")
    data_type_0_item = Email.from_dict(data)

    return data_type_0_item


# The largest `limit` this operation accepts (the spec's maximum): `paginate`'s page size.
MAX_PAGE_SIZE: int = 100


def build_page_request(
    arguments: Mapping[str, Any], offset: int, limit: int
) -> dict[str, Any]:
    """The request for one page: this operation's keyword `arguments` with `offset` and `limit`."""
    return _get_kwargs(**{**arguments, "limit": limit, "offset": offset})


def parse_page(response: httpx.Response) -> ListPage[Email]:
    """One page of this list; records that do not parse are listed in `rejected`."""
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return read_page(
        response,
        _parse_item,
        envelope=True,
        bare_array=True,
        nested_counters="pagination",
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
    filter_type: str | Unset = UNSET,
    filter_status: str | Unset = UNSET,
    filter_mailbox_uuid: str | Unset = UNSET,
    filter_lead_uuid: str | Unset = UNSET,
    filter_sender_profile_uuid: str | Unset = UNSET,
    filter_flow_uuid: str | Unset = UNSET,
    filter_flow_node_id: int | Unset = UNSET,
    filter_thread_uuid: str | Unset = UNSET,
    filter_template_uuid: str | Unset = UNSET,
    filter_folder: str | Unset = UNSET,
    filter_from_email: str | Unset = UNSET,
    filter_from_name: str | Unset = UNSET,
    filter_to_email: str | Unset = UNSET,
    filter_to_name: str | Unset = UNSET,
    filter_subject: str | Unset = UNSET,
    filter_sent_at: str | Unset = UNSET,
    filter_created_at: str | Unset = UNSET,
    filter_updated_at: str | Unset = UNSET,
    filter_email_body_uuid: str | Unset = UNSET,
    filter_replied_to_uuid: str | Unset = UNSET,
    filter_bounced_by_uuid: str | Unset = UNSET,
    filter_task_pipeline_uuid: str | Unset = UNSET,
    filter_gpt_prompt_uuid: str | Unset = UNSET,
    filter_sending_attempts: str | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
    filter_team_id: str | Unset = UNSET,
    q: str | Unset = UNSET,
    uuid: str | Unset = UNSET,
    bounced_by_uuid: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    email_body_uuid: str | Unset = UNSET,
    flow_node_id: int | Unset = UNSET,
    flow_uuid: str | Unset = UNSET,
    from_email: str | Unset = UNSET,
    from_name: str | Unset = UNSET,
    gpt_prompt_uuid: str | Unset = UNSET,
    lead_uuid: str | Unset = UNSET,
    mailbox_uuid: str | Unset = UNSET,
    replied_to_uuid: str | Unset = UNSET,
    sender_profile_uuid: str | Unset = UNSET,
    sending_attempts: int | Unset = UNSET,
    sent_at: str | Unset = UNSET,
    status: str | Unset = UNSET,
    subject: str | Unset = UNSET,
    task_pipeline_uuid: str | Unset = UNSET,
    team_id: int | Unset = UNSET,
    template_uuid: str | Unset = UNSET,
    thread_uuid: str | Unset = UNSET,
    to_email: str | Unset = UNSET,
    to_name: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Response[EmailList | list[Email]]:
    """List emails

     Lists emails with filters, paging and sorting. Filters cover direction (`inbox` / `outbox`), status,
    mailbox, contact, automation, sender and recipient addresses, and date ranges. Any field can be used
    for ordering, ascending or descending. Outbox mail includes messages sent by automations (status
    `sent`) and messages synced from the mailbox (status `sync`).

    **Two filter styles are documented.** The older page passes the filters as plain query parameters
    (`lead_uuid=...`); newer documentation uses `filter[lead_uuid]=...` and says plain parameters are
    ignored. Both sets are declared; prefer the bracketed form.

    **Two response shapes are documented.** The older page returns a bare JSON array of Email objects;
    the current (1.0.0) API documentation calls the endpoint paginated and other documentation shows
    `{data, limit, offset, total}`. The response schema accepts either.

    **Sort order:** older pages give `asc` as the default direction, the current (1.0.0) API
    documentation `desc`; set `order_type` explicitly when order matters.

    `GET /emails/api/emails` (listEmails). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_q (str | Unset): Full-text search.

            Sent as `filter[q]`.
        filter_uuid (str | Unset): Email UUID.

            Sent as `filter[uuid]`.
        filter_type (str | Unset): Direction: `outbox` (sent) or `inbox` (received).

            Sent as `filter[type]`. Example: outbox.
        filter_status (str | Unset): Email status, e.g. `sent` (sent by an automation) or `sync`
            (synced from the mailbox).

            Sent as `filter[status]`.
        filter_mailbox_uuid (str | Unset): Only emails of this mailbox (a value, a list, an
            operator object, or `is_null` / `is_not_null`).

            Sent as `filter[mailbox_uuid]`.
        filter_lead_uuid (str | Unset): Only emails with this contact.

            Sent as `filter[lead_uuid]`.
        filter_sender_profile_uuid (str | Unset): Sender profile UUID.

            Sent as `filter[sender_profile_uuid]`.
        filter_flow_uuid (str | Unset): Automation the email belongs to; empty for mail synced
            from the mailbox.

            Sent as `filter[flow_uuid]`.
        filter_flow_node_id (int | Unset): Node of the automation tree that produced the email.

            Sent as `filter[flow_node_id]`.
        filter_thread_uuid (str | Unset): Only emails of this thread.

            Sent as `filter[thread_uuid]`.
        filter_template_uuid (str | Unset): Only emails built from this template.

            Sent as `filter[template_uuid]`.
        filter_folder (str | Unset): Only emails in this mailbox folder.

            Sent as `filter[folder]`.
        filter_from_email (str | Unset): Only emails from this address.

            Sent as `filter[from_email]`.
        filter_from_name (str | Unset): Sender name.

            Sent as `filter[from_name]`.
        filter_to_email (str | Unset): Only emails to this address.

            Sent as `filter[to_email]`.
        filter_to_name (str | Unset): Recipient name.

            Sent as `filter[to_name]`.
        filter_subject (str | Unset): Subject.

            Sent as `filter[subject]`.
        filter_sent_at (str | Unset): Range on the sending time, as an operator object.

            Sent as `filter[sent_at]`.
        filter_created_at (str | Unset): Creation time.

            Sent as `filter[created_at]`.
        filter_updated_at (str | Unset): Last change.

            Sent as `filter[updated_at]`.
        filter_email_body_uuid (str | Unset): Body UUID.

            Sent as `filter[email_body_uuid]`.
        filter_replied_to_uuid (str | Unset): Email replied to.

            Sent as `filter[replied_to_uuid]`.
        filter_bounced_by_uuid (str | Unset): Bounce email UUID.

            Sent as `filter[bounced_by_uuid]`.
        filter_task_pipeline_uuid (str | Unset): Task UUID.

            Sent as `filter[task_pipeline_uuid]`.
        filter_gpt_prompt_uuid (str | Unset): Prompt UUID.

            Sent as `filter[gpt_prompt_uuid]`.
        filter_sending_attempts (str | Unset): Send attempts.

            Sent as `filter[sending_attempts]`.
        filter_user_id (str | Unset): User id.

            Sent as `filter[user_id]`.
        filter_team_id (str | Unset): Team id.

            Sent as `filter[team_id]`.
        q (str | Unset): Plain-parameter form: free-text search.
        uuid (str | Unset): Plain-parameter form: email UUID.
        bounced_by_uuid (str | Unset): Plain-parameter form: UUID of the bounce message.
        created_at (str | Unset): Plain-parameter form: creation time.
        email_body_uuid (str | Unset): Plain-parameter form: UUID of the email body.
        flow_node_id (int | Unset): Plain-parameter form: automation node id.
        flow_uuid (str | Unset): Plain-parameter form: automation UUID.
        from_email (str | Unset): Plain-parameter form: sender address.
        from_name (str | Unset): Plain-parameter form: sender name.
        gpt_prompt_uuid (str | Unset): Plain-parameter form: UUID of the AI prompt used.
        lead_uuid (str | Unset): Plain-parameter form: contact UUID.
        mailbox_uuid (str | Unset): Plain-parameter form: mailbox UUID.
        replied_to_uuid (str | Unset): Plain-parameter form: UUID of the email this one answers.
        sender_profile_uuid (str | Unset): Plain-parameter form: sender profile UUID.
        sending_attempts (int | Unset): Plain-parameter form: number of sending attempts.
        sent_at (str | Unset): Plain-parameter form: sending time.
        status (str | Unset): Plain-parameter form: email status.
        subject (str | Unset): Plain-parameter form: subject line.
        task_pipeline_uuid (str | Unset): Plain-parameter form: UUID of the task that sent it.
        team_id (int | Unset): Plain-parameter form: team id.
        template_uuid (str | Unset): Plain-parameter form: template UUID.
        thread_uuid (str | Unset): Plain-parameter form: thread UUID.
        to_email (str | Unset): Plain-parameter form: recipient address.
        to_name (str | Unset): Plain-parameter form: recipient name.
        type_ (str | Unset): Plain-parameter form: direction, `inbox` or `outbox`.
        updated_at (str | Unset): Plain-parameter form: last update time.
        user_id (int | Unset): Plain-parameter form: user id.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[EmailList | list[Email]]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_q=filter_q,
        filter_uuid=filter_uuid,
        filter_type=filter_type,
        filter_status=filter_status,
        filter_mailbox_uuid=filter_mailbox_uuid,
        filter_lead_uuid=filter_lead_uuid,
        filter_sender_profile_uuid=filter_sender_profile_uuid,
        filter_flow_uuid=filter_flow_uuid,
        filter_flow_node_id=filter_flow_node_id,
        filter_thread_uuid=filter_thread_uuid,
        filter_template_uuid=filter_template_uuid,
        filter_folder=filter_folder,
        filter_from_email=filter_from_email,
        filter_from_name=filter_from_name,
        filter_to_email=filter_to_email,
        filter_to_name=filter_to_name,
        filter_subject=filter_subject,
        filter_sent_at=filter_sent_at,
        filter_created_at=filter_created_at,
        filter_updated_at=filter_updated_at,
        filter_email_body_uuid=filter_email_body_uuid,
        filter_replied_to_uuid=filter_replied_to_uuid,
        filter_bounced_by_uuid=filter_bounced_by_uuid,
        filter_task_pipeline_uuid=filter_task_pipeline_uuid,
        filter_gpt_prompt_uuid=filter_gpt_prompt_uuid,
        filter_sending_attempts=filter_sending_attempts,
        filter_user_id=filter_user_id,
        filter_team_id=filter_team_id,
        q=q,
        uuid=uuid,
        bounced_by_uuid=bounced_by_uuid,
        created_at=created_at,
        email_body_uuid=email_body_uuid,
        flow_node_id=flow_node_id,
        flow_uuid=flow_uuid,
        from_email=from_email,
        from_name=from_name,
        gpt_prompt_uuid=gpt_prompt_uuid,
        lead_uuid=lead_uuid,
        mailbox_uuid=mailbox_uuid,
        replied_to_uuid=replied_to_uuid,
        sender_profile_uuid=sender_profile_uuid,
        sending_attempts=sending_attempts,
        sent_at=sent_at,
        status=status,
        subject=subject,
        task_pipeline_uuid=task_pipeline_uuid,
        team_id=team_id,
        template_uuid=template_uuid,
        thread_uuid=thread_uuid,
        to_email=to_email,
        to_name=to_name,
        type_=type_,
        updated_at=updated_at,
        user_id=user_id,
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
    filter_type: str | Unset = UNSET,
    filter_status: str | Unset = UNSET,
    filter_mailbox_uuid: str | Unset = UNSET,
    filter_lead_uuid: str | Unset = UNSET,
    filter_sender_profile_uuid: str | Unset = UNSET,
    filter_flow_uuid: str | Unset = UNSET,
    filter_flow_node_id: int | Unset = UNSET,
    filter_thread_uuid: str | Unset = UNSET,
    filter_template_uuid: str | Unset = UNSET,
    filter_folder: str | Unset = UNSET,
    filter_from_email: str | Unset = UNSET,
    filter_from_name: str | Unset = UNSET,
    filter_to_email: str | Unset = UNSET,
    filter_to_name: str | Unset = UNSET,
    filter_subject: str | Unset = UNSET,
    filter_sent_at: str | Unset = UNSET,
    filter_created_at: str | Unset = UNSET,
    filter_updated_at: str | Unset = UNSET,
    filter_email_body_uuid: str | Unset = UNSET,
    filter_replied_to_uuid: str | Unset = UNSET,
    filter_bounced_by_uuid: str | Unset = UNSET,
    filter_task_pipeline_uuid: str | Unset = UNSET,
    filter_gpt_prompt_uuid: str | Unset = UNSET,
    filter_sending_attempts: str | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
    filter_team_id: str | Unset = UNSET,
    q: str | Unset = UNSET,
    uuid: str | Unset = UNSET,
    bounced_by_uuid: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    email_body_uuid: str | Unset = UNSET,
    flow_node_id: int | Unset = UNSET,
    flow_uuid: str | Unset = UNSET,
    from_email: str | Unset = UNSET,
    from_name: str | Unset = UNSET,
    gpt_prompt_uuid: str | Unset = UNSET,
    lead_uuid: str | Unset = UNSET,
    mailbox_uuid: str | Unset = UNSET,
    replied_to_uuid: str | Unset = UNSET,
    sender_profile_uuid: str | Unset = UNSET,
    sending_attempts: int | Unset = UNSET,
    sent_at: str | Unset = UNSET,
    status: str | Unset = UNSET,
    subject: str | Unset = UNSET,
    task_pipeline_uuid: str | Unset = UNSET,
    team_id: int | Unset = UNSET,
    template_uuid: str | Unset = UNSET,
    thread_uuid: str | Unset = UNSET,
    to_email: str | Unset = UNSET,
    to_name: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> EmailList | list[Email]:
    """List emails

     Lists emails with filters, paging and sorting. Filters cover direction (`inbox` / `outbox`), status,
    mailbox, contact, automation, sender and recipient addresses, and date ranges. Any field can be used
    for ordering, ascending or descending. Outbox mail includes messages sent by automations (status
    `sent`) and messages synced from the mailbox (status `sync`).

    **Two filter styles are documented.** The older page passes the filters as plain query parameters
    (`lead_uuid=...`); newer documentation uses `filter[lead_uuid]=...` and says plain parameters are
    ignored. Both sets are declared; prefer the bracketed form.

    **Two response shapes are documented.** The older page returns a bare JSON array of Email objects;
    the current (1.0.0) API documentation calls the endpoint paginated and other documentation shows
    `{data, limit, offset, total}`. The response schema accepts either.

    **Sort order:** older pages give `asc` as the default direction, the current (1.0.0) API
    documentation `desc`; set `order_type` explicitly when order matters.

    `GET /emails/api/emails` (listEmails). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_q (str | Unset): Full-text search.

            Sent as `filter[q]`.
        filter_uuid (str | Unset): Email UUID.

            Sent as `filter[uuid]`.
        filter_type (str | Unset): Direction: `outbox` (sent) or `inbox` (received).

            Sent as `filter[type]`. Example: outbox.
        filter_status (str | Unset): Email status, e.g. `sent` (sent by an automation) or `sync`
            (synced from the mailbox).

            Sent as `filter[status]`.
        filter_mailbox_uuid (str | Unset): Only emails of this mailbox (a value, a list, an
            operator object, or `is_null` / `is_not_null`).

            Sent as `filter[mailbox_uuid]`.
        filter_lead_uuid (str | Unset): Only emails with this contact.

            Sent as `filter[lead_uuid]`.
        filter_sender_profile_uuid (str | Unset): Sender profile UUID.

            Sent as `filter[sender_profile_uuid]`.
        filter_flow_uuid (str | Unset): Automation the email belongs to; empty for mail synced
            from the mailbox.

            Sent as `filter[flow_uuid]`.
        filter_flow_node_id (int | Unset): Node of the automation tree that produced the email.

            Sent as `filter[flow_node_id]`.
        filter_thread_uuid (str | Unset): Only emails of this thread.

            Sent as `filter[thread_uuid]`.
        filter_template_uuid (str | Unset): Only emails built from this template.

            Sent as `filter[template_uuid]`.
        filter_folder (str | Unset): Only emails in this mailbox folder.

            Sent as `filter[folder]`.
        filter_from_email (str | Unset): Only emails from this address.

            Sent as `filter[from_email]`.
        filter_from_name (str | Unset): Sender name.

            Sent as `filter[from_name]`.
        filter_to_email (str | Unset): Only emails to this address.

            Sent as `filter[to_email]`.
        filter_to_name (str | Unset): Recipient name.

            Sent as `filter[to_name]`.
        filter_subject (str | Unset): Subject.

            Sent as `filter[subject]`.
        filter_sent_at (str | Unset): Range on the sending time, as an operator object.

            Sent as `filter[sent_at]`.
        filter_created_at (str | Unset): Creation time.

            Sent as `filter[created_at]`.
        filter_updated_at (str | Unset): Last change.

            Sent as `filter[updated_at]`.
        filter_email_body_uuid (str | Unset): Body UUID.

            Sent as `filter[email_body_uuid]`.
        filter_replied_to_uuid (str | Unset): Email replied to.

            Sent as `filter[replied_to_uuid]`.
        filter_bounced_by_uuid (str | Unset): Bounce email UUID.

            Sent as `filter[bounced_by_uuid]`.
        filter_task_pipeline_uuid (str | Unset): Task UUID.

            Sent as `filter[task_pipeline_uuid]`.
        filter_gpt_prompt_uuid (str | Unset): Prompt UUID.

            Sent as `filter[gpt_prompt_uuid]`.
        filter_sending_attempts (str | Unset): Send attempts.

            Sent as `filter[sending_attempts]`.
        filter_user_id (str | Unset): User id.

            Sent as `filter[user_id]`.
        filter_team_id (str | Unset): Team id.

            Sent as `filter[team_id]`.
        q (str | Unset): Plain-parameter form: free-text search.
        uuid (str | Unset): Plain-parameter form: email UUID.
        bounced_by_uuid (str | Unset): Plain-parameter form: UUID of the bounce message.
        created_at (str | Unset): Plain-parameter form: creation time.
        email_body_uuid (str | Unset): Plain-parameter form: UUID of the email body.
        flow_node_id (int | Unset): Plain-parameter form: automation node id.
        flow_uuid (str | Unset): Plain-parameter form: automation UUID.
        from_email (str | Unset): Plain-parameter form: sender address.
        from_name (str | Unset): Plain-parameter form: sender name.
        gpt_prompt_uuid (str | Unset): Plain-parameter form: UUID of the AI prompt used.
        lead_uuid (str | Unset): Plain-parameter form: contact UUID.
        mailbox_uuid (str | Unset): Plain-parameter form: mailbox UUID.
        replied_to_uuid (str | Unset): Plain-parameter form: UUID of the email this one answers.
        sender_profile_uuid (str | Unset): Plain-parameter form: sender profile UUID.
        sending_attempts (int | Unset): Plain-parameter form: number of sending attempts.
        sent_at (str | Unset): Plain-parameter form: sending time.
        status (str | Unset): Plain-parameter form: email status.
        subject (str | Unset): Plain-parameter form: subject line.
        task_pipeline_uuid (str | Unset): Plain-parameter form: UUID of the task that sent it.
        team_id (int | Unset): Plain-parameter form: team id.
        template_uuid (str | Unset): Plain-parameter form: template UUID.
        thread_uuid (str | Unset): Plain-parameter form: thread UUID.
        to_email (str | Unset): Plain-parameter form: recipient address.
        to_name (str | Unset): Plain-parameter form: recipient name.
        type_ (str | Unset): Plain-parameter form: direction, `inbox` or `outbox`.
        updated_at (str | Unset): Plain-parameter form: last update time.
        user_id (int | Unset): Plain-parameter form: user id.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        EmailList | list[Email]
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_q=filter_q,
        filter_uuid=filter_uuid,
        filter_type=filter_type,
        filter_status=filter_status,
        filter_mailbox_uuid=filter_mailbox_uuid,
        filter_lead_uuid=filter_lead_uuid,
        filter_sender_profile_uuid=filter_sender_profile_uuid,
        filter_flow_uuid=filter_flow_uuid,
        filter_flow_node_id=filter_flow_node_id,
        filter_thread_uuid=filter_thread_uuid,
        filter_template_uuid=filter_template_uuid,
        filter_folder=filter_folder,
        filter_from_email=filter_from_email,
        filter_from_name=filter_from_name,
        filter_to_email=filter_to_email,
        filter_to_name=filter_to_name,
        filter_subject=filter_subject,
        filter_sent_at=filter_sent_at,
        filter_created_at=filter_created_at,
        filter_updated_at=filter_updated_at,
        filter_email_body_uuid=filter_email_body_uuid,
        filter_replied_to_uuid=filter_replied_to_uuid,
        filter_bounced_by_uuid=filter_bounced_by_uuid,
        filter_task_pipeline_uuid=filter_task_pipeline_uuid,
        filter_gpt_prompt_uuid=filter_gpt_prompt_uuid,
        filter_sending_attempts=filter_sending_attempts,
        filter_user_id=filter_user_id,
        filter_team_id=filter_team_id,
        q=q,
        uuid=uuid,
        bounced_by_uuid=bounced_by_uuid,
        created_at=created_at,
        email_body_uuid=email_body_uuid,
        flow_node_id=flow_node_id,
        flow_uuid=flow_uuid,
        from_email=from_email,
        from_name=from_name,
        gpt_prompt_uuid=gpt_prompt_uuid,
        lead_uuid=lead_uuid,
        mailbox_uuid=mailbox_uuid,
        replied_to_uuid=replied_to_uuid,
        sender_profile_uuid=sender_profile_uuid,
        sending_attempts=sending_attempts,
        sent_at=sent_at,
        status=status,
        subject=subject,
        task_pipeline_uuid=task_pipeline_uuid,
        team_id=team_id,
        template_uuid=template_uuid,
        thread_uuid=thread_uuid,
        to_email=to_email,
        to_name=to_name,
        type_=type_,
        updated_at=updated_at,
        user_id=user_id,
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
    filter_type: str | Unset = UNSET,
    filter_status: str | Unset = UNSET,
    filter_mailbox_uuid: str | Unset = UNSET,
    filter_lead_uuid: str | Unset = UNSET,
    filter_sender_profile_uuid: str | Unset = UNSET,
    filter_flow_uuid: str | Unset = UNSET,
    filter_flow_node_id: int | Unset = UNSET,
    filter_thread_uuid: str | Unset = UNSET,
    filter_template_uuid: str | Unset = UNSET,
    filter_folder: str | Unset = UNSET,
    filter_from_email: str | Unset = UNSET,
    filter_from_name: str | Unset = UNSET,
    filter_to_email: str | Unset = UNSET,
    filter_to_name: str | Unset = UNSET,
    filter_subject: str | Unset = UNSET,
    filter_sent_at: str | Unset = UNSET,
    filter_created_at: str | Unset = UNSET,
    filter_updated_at: str | Unset = UNSET,
    filter_email_body_uuid: str | Unset = UNSET,
    filter_replied_to_uuid: str | Unset = UNSET,
    filter_bounced_by_uuid: str | Unset = UNSET,
    filter_task_pipeline_uuid: str | Unset = UNSET,
    filter_gpt_prompt_uuid: str | Unset = UNSET,
    filter_sending_attempts: str | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
    filter_team_id: str | Unset = UNSET,
    q: str | Unset = UNSET,
    uuid: str | Unset = UNSET,
    bounced_by_uuid: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    email_body_uuid: str | Unset = UNSET,
    flow_node_id: int | Unset = UNSET,
    flow_uuid: str | Unset = UNSET,
    from_email: str | Unset = UNSET,
    from_name: str | Unset = UNSET,
    gpt_prompt_uuid: str | Unset = UNSET,
    lead_uuid: str | Unset = UNSET,
    mailbox_uuid: str | Unset = UNSET,
    replied_to_uuid: str | Unset = UNSET,
    sender_profile_uuid: str | Unset = UNSET,
    sending_attempts: int | Unset = UNSET,
    sent_at: str | Unset = UNSET,
    status: str | Unset = UNSET,
    subject: str | Unset = UNSET,
    task_pipeline_uuid: str | Unset = UNSET,
    team_id: int | Unset = UNSET,
    template_uuid: str | Unset = UNSET,
    thread_uuid: str | Unset = UNSET,
    to_email: str | Unset = UNSET,
    to_name: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> Response[EmailList | list[Email]]:
    """List emails

     Lists emails with filters, paging and sorting. Filters cover direction (`inbox` / `outbox`), status,
    mailbox, contact, automation, sender and recipient addresses, and date ranges. Any field can be used
    for ordering, ascending or descending. Outbox mail includes messages sent by automations (status
    `sent`) and messages synced from the mailbox (status `sync`).

    **Two filter styles are documented.** The older page passes the filters as plain query parameters
    (`lead_uuid=...`); newer documentation uses `filter[lead_uuid]=...` and says plain parameters are
    ignored. Both sets are declared; prefer the bracketed form.

    **Two response shapes are documented.** The older page returns a bare JSON array of Email objects;
    the current (1.0.0) API documentation calls the endpoint paginated and other documentation shows
    `{data, limit, offset, total}`. The response schema accepts either.

    **Sort order:** older pages give `asc` as the default direction, the current (1.0.0) API
    documentation `desc`; set `order_type` explicitly when order matters.

    `GET /emails/api/emails` (listEmails). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_q (str | Unset): Full-text search.

            Sent as `filter[q]`.
        filter_uuid (str | Unset): Email UUID.

            Sent as `filter[uuid]`.
        filter_type (str | Unset): Direction: `outbox` (sent) or `inbox` (received).

            Sent as `filter[type]`. Example: outbox.
        filter_status (str | Unset): Email status, e.g. `sent` (sent by an automation) or `sync`
            (synced from the mailbox).

            Sent as `filter[status]`.
        filter_mailbox_uuid (str | Unset): Only emails of this mailbox (a value, a list, an
            operator object, or `is_null` / `is_not_null`).

            Sent as `filter[mailbox_uuid]`.
        filter_lead_uuid (str | Unset): Only emails with this contact.

            Sent as `filter[lead_uuid]`.
        filter_sender_profile_uuid (str | Unset): Sender profile UUID.

            Sent as `filter[sender_profile_uuid]`.
        filter_flow_uuid (str | Unset): Automation the email belongs to; empty for mail synced
            from the mailbox.

            Sent as `filter[flow_uuid]`.
        filter_flow_node_id (int | Unset): Node of the automation tree that produced the email.

            Sent as `filter[flow_node_id]`.
        filter_thread_uuid (str | Unset): Only emails of this thread.

            Sent as `filter[thread_uuid]`.
        filter_template_uuid (str | Unset): Only emails built from this template.

            Sent as `filter[template_uuid]`.
        filter_folder (str | Unset): Only emails in this mailbox folder.

            Sent as `filter[folder]`.
        filter_from_email (str | Unset): Only emails from this address.

            Sent as `filter[from_email]`.
        filter_from_name (str | Unset): Sender name.

            Sent as `filter[from_name]`.
        filter_to_email (str | Unset): Only emails to this address.

            Sent as `filter[to_email]`.
        filter_to_name (str | Unset): Recipient name.

            Sent as `filter[to_name]`.
        filter_subject (str | Unset): Subject.

            Sent as `filter[subject]`.
        filter_sent_at (str | Unset): Range on the sending time, as an operator object.

            Sent as `filter[sent_at]`.
        filter_created_at (str | Unset): Creation time.

            Sent as `filter[created_at]`.
        filter_updated_at (str | Unset): Last change.

            Sent as `filter[updated_at]`.
        filter_email_body_uuid (str | Unset): Body UUID.

            Sent as `filter[email_body_uuid]`.
        filter_replied_to_uuid (str | Unset): Email replied to.

            Sent as `filter[replied_to_uuid]`.
        filter_bounced_by_uuid (str | Unset): Bounce email UUID.

            Sent as `filter[bounced_by_uuid]`.
        filter_task_pipeline_uuid (str | Unset): Task UUID.

            Sent as `filter[task_pipeline_uuid]`.
        filter_gpt_prompt_uuid (str | Unset): Prompt UUID.

            Sent as `filter[gpt_prompt_uuid]`.
        filter_sending_attempts (str | Unset): Send attempts.

            Sent as `filter[sending_attempts]`.
        filter_user_id (str | Unset): User id.

            Sent as `filter[user_id]`.
        filter_team_id (str | Unset): Team id.

            Sent as `filter[team_id]`.
        q (str | Unset): Plain-parameter form: free-text search.
        uuid (str | Unset): Plain-parameter form: email UUID.
        bounced_by_uuid (str | Unset): Plain-parameter form: UUID of the bounce message.
        created_at (str | Unset): Plain-parameter form: creation time.
        email_body_uuid (str | Unset): Plain-parameter form: UUID of the email body.
        flow_node_id (int | Unset): Plain-parameter form: automation node id.
        flow_uuid (str | Unset): Plain-parameter form: automation UUID.
        from_email (str | Unset): Plain-parameter form: sender address.
        from_name (str | Unset): Plain-parameter form: sender name.
        gpt_prompt_uuid (str | Unset): Plain-parameter form: UUID of the AI prompt used.
        lead_uuid (str | Unset): Plain-parameter form: contact UUID.
        mailbox_uuid (str | Unset): Plain-parameter form: mailbox UUID.
        replied_to_uuid (str | Unset): Plain-parameter form: UUID of the email this one answers.
        sender_profile_uuid (str | Unset): Plain-parameter form: sender profile UUID.
        sending_attempts (int | Unset): Plain-parameter form: number of sending attempts.
        sent_at (str | Unset): Plain-parameter form: sending time.
        status (str | Unset): Plain-parameter form: email status.
        subject (str | Unset): Plain-parameter form: subject line.
        task_pipeline_uuid (str | Unset): Plain-parameter form: UUID of the task that sent it.
        team_id (int | Unset): Plain-parameter form: team id.
        template_uuid (str | Unset): Plain-parameter form: template UUID.
        thread_uuid (str | Unset): Plain-parameter form: thread UUID.
        to_email (str | Unset): Plain-parameter form: recipient address.
        to_name (str | Unset): Plain-parameter form: recipient name.
        type_ (str | Unset): Plain-parameter form: direction, `inbox` or `outbox`.
        updated_at (str | Unset): Plain-parameter form: last update time.
        user_id (int | Unset): Plain-parameter form: user id.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[EmailList | list[Email]]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_q=filter_q,
        filter_uuid=filter_uuid,
        filter_type=filter_type,
        filter_status=filter_status,
        filter_mailbox_uuid=filter_mailbox_uuid,
        filter_lead_uuid=filter_lead_uuid,
        filter_sender_profile_uuid=filter_sender_profile_uuid,
        filter_flow_uuid=filter_flow_uuid,
        filter_flow_node_id=filter_flow_node_id,
        filter_thread_uuid=filter_thread_uuid,
        filter_template_uuid=filter_template_uuid,
        filter_folder=filter_folder,
        filter_from_email=filter_from_email,
        filter_from_name=filter_from_name,
        filter_to_email=filter_to_email,
        filter_to_name=filter_to_name,
        filter_subject=filter_subject,
        filter_sent_at=filter_sent_at,
        filter_created_at=filter_created_at,
        filter_updated_at=filter_updated_at,
        filter_email_body_uuid=filter_email_body_uuid,
        filter_replied_to_uuid=filter_replied_to_uuid,
        filter_bounced_by_uuid=filter_bounced_by_uuid,
        filter_task_pipeline_uuid=filter_task_pipeline_uuid,
        filter_gpt_prompt_uuid=filter_gpt_prompt_uuid,
        filter_sending_attempts=filter_sending_attempts,
        filter_user_id=filter_user_id,
        filter_team_id=filter_team_id,
        q=q,
        uuid=uuid,
        bounced_by_uuid=bounced_by_uuid,
        created_at=created_at,
        email_body_uuid=email_body_uuid,
        flow_node_id=flow_node_id,
        flow_uuid=flow_uuid,
        from_email=from_email,
        from_name=from_name,
        gpt_prompt_uuid=gpt_prompt_uuid,
        lead_uuid=lead_uuid,
        mailbox_uuid=mailbox_uuid,
        replied_to_uuid=replied_to_uuid,
        sender_profile_uuid=sender_profile_uuid,
        sending_attempts=sending_attempts,
        sent_at=sent_at,
        status=status,
        subject=subject,
        task_pipeline_uuid=task_pipeline_uuid,
        team_id=team_id,
        template_uuid=template_uuid,
        thread_uuid=thread_uuid,
        to_email=to_email,
        to_name=to_name,
        type_=type_,
        updated_at=updated_at,
        user_id=user_id,
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
    filter_type: str | Unset = UNSET,
    filter_status: str | Unset = UNSET,
    filter_mailbox_uuid: str | Unset = UNSET,
    filter_lead_uuid: str | Unset = UNSET,
    filter_sender_profile_uuid: str | Unset = UNSET,
    filter_flow_uuid: str | Unset = UNSET,
    filter_flow_node_id: int | Unset = UNSET,
    filter_thread_uuid: str | Unset = UNSET,
    filter_template_uuid: str | Unset = UNSET,
    filter_folder: str | Unset = UNSET,
    filter_from_email: str | Unset = UNSET,
    filter_from_name: str | Unset = UNSET,
    filter_to_email: str | Unset = UNSET,
    filter_to_name: str | Unset = UNSET,
    filter_subject: str | Unset = UNSET,
    filter_sent_at: str | Unset = UNSET,
    filter_created_at: str | Unset = UNSET,
    filter_updated_at: str | Unset = UNSET,
    filter_email_body_uuid: str | Unset = UNSET,
    filter_replied_to_uuid: str | Unset = UNSET,
    filter_bounced_by_uuid: str | Unset = UNSET,
    filter_task_pipeline_uuid: str | Unset = UNSET,
    filter_gpt_prompt_uuid: str | Unset = UNSET,
    filter_sending_attempts: str | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
    filter_team_id: str | Unset = UNSET,
    q: str | Unset = UNSET,
    uuid: str | Unset = UNSET,
    bounced_by_uuid: str | Unset = UNSET,
    created_at: str | Unset = UNSET,
    email_body_uuid: str | Unset = UNSET,
    flow_node_id: int | Unset = UNSET,
    flow_uuid: str | Unset = UNSET,
    from_email: str | Unset = UNSET,
    from_name: str | Unset = UNSET,
    gpt_prompt_uuid: str | Unset = UNSET,
    lead_uuid: str | Unset = UNSET,
    mailbox_uuid: str | Unset = UNSET,
    replied_to_uuid: str | Unset = UNSET,
    sender_profile_uuid: str | Unset = UNSET,
    sending_attempts: int | Unset = UNSET,
    sent_at: str | Unset = UNSET,
    status: str | Unset = UNSET,
    subject: str | Unset = UNSET,
    task_pipeline_uuid: str | Unset = UNSET,
    team_id: int | Unset = UNSET,
    template_uuid: str | Unset = UNSET,
    thread_uuid: str | Unset = UNSET,
    to_email: str | Unset = UNSET,
    to_name: str | Unset = UNSET,
    type_: str | Unset = UNSET,
    updated_at: str | Unset = UNSET,
    user_id: int | Unset = UNSET,
) -> EmailList | list[Email]:
    """List emails

     Lists emails with filters, paging and sorting. Filters cover direction (`inbox` / `outbox`), status,
    mailbox, contact, automation, sender and recipient addresses, and date ranges. Any field can be used
    for ordering, ascending or descending. Outbox mail includes messages sent by automations (status
    `sent`) and messages synced from the mailbox (status `sync`).

    **Two filter styles are documented.** The older page passes the filters as plain query parameters
    (`lead_uuid=...`); newer documentation uses `filter[lead_uuid]=...` and says plain parameters are
    ignored. Both sets are declared; prefer the bracketed form.

    **Two response shapes are documented.** The older page returns a bare JSON array of Email objects;
    the current (1.0.0) API documentation calls the endpoint paginated and other documentation shows
    `{data, limit, offset, total}`. The response schema accepts either.

    **Sort order:** older pages give `asc` as the default direction, the current (1.0.0) API
    documentation `desc`; set `order_type` explicitly when order matters.

    `GET /emails/api/emails` (listEmails). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_q (str | Unset): Full-text search.

            Sent as `filter[q]`.
        filter_uuid (str | Unset): Email UUID.

            Sent as `filter[uuid]`.
        filter_type (str | Unset): Direction: `outbox` (sent) or `inbox` (received).

            Sent as `filter[type]`. Example: outbox.
        filter_status (str | Unset): Email status, e.g. `sent` (sent by an automation) or `sync`
            (synced from the mailbox).

            Sent as `filter[status]`.
        filter_mailbox_uuid (str | Unset): Only emails of this mailbox (a value, a list, an
            operator object, or `is_null` / `is_not_null`).

            Sent as `filter[mailbox_uuid]`.
        filter_lead_uuid (str | Unset): Only emails with this contact.

            Sent as `filter[lead_uuid]`.
        filter_sender_profile_uuid (str | Unset): Sender profile UUID.

            Sent as `filter[sender_profile_uuid]`.
        filter_flow_uuid (str | Unset): Automation the email belongs to; empty for mail synced
            from the mailbox.

            Sent as `filter[flow_uuid]`.
        filter_flow_node_id (int | Unset): Node of the automation tree that produced the email.

            Sent as `filter[flow_node_id]`.
        filter_thread_uuid (str | Unset): Only emails of this thread.

            Sent as `filter[thread_uuid]`.
        filter_template_uuid (str | Unset): Only emails built from this template.

            Sent as `filter[template_uuid]`.
        filter_folder (str | Unset): Only emails in this mailbox folder.

            Sent as `filter[folder]`.
        filter_from_email (str | Unset): Only emails from this address.

            Sent as `filter[from_email]`.
        filter_from_name (str | Unset): Sender name.

            Sent as `filter[from_name]`.
        filter_to_email (str | Unset): Only emails to this address.

            Sent as `filter[to_email]`.
        filter_to_name (str | Unset): Recipient name.

            Sent as `filter[to_name]`.
        filter_subject (str | Unset): Subject.

            Sent as `filter[subject]`.
        filter_sent_at (str | Unset): Range on the sending time, as an operator object.

            Sent as `filter[sent_at]`.
        filter_created_at (str | Unset): Creation time.

            Sent as `filter[created_at]`.
        filter_updated_at (str | Unset): Last change.

            Sent as `filter[updated_at]`.
        filter_email_body_uuid (str | Unset): Body UUID.

            Sent as `filter[email_body_uuid]`.
        filter_replied_to_uuid (str | Unset): Email replied to.

            Sent as `filter[replied_to_uuid]`.
        filter_bounced_by_uuid (str | Unset): Bounce email UUID.

            Sent as `filter[bounced_by_uuid]`.
        filter_task_pipeline_uuid (str | Unset): Task UUID.

            Sent as `filter[task_pipeline_uuid]`.
        filter_gpt_prompt_uuid (str | Unset): Prompt UUID.

            Sent as `filter[gpt_prompt_uuid]`.
        filter_sending_attempts (str | Unset): Send attempts.

            Sent as `filter[sending_attempts]`.
        filter_user_id (str | Unset): User id.

            Sent as `filter[user_id]`.
        filter_team_id (str | Unset): Team id.

            Sent as `filter[team_id]`.
        q (str | Unset): Plain-parameter form: free-text search.
        uuid (str | Unset): Plain-parameter form: email UUID.
        bounced_by_uuid (str | Unset): Plain-parameter form: UUID of the bounce message.
        created_at (str | Unset): Plain-parameter form: creation time.
        email_body_uuid (str | Unset): Plain-parameter form: UUID of the email body.
        flow_node_id (int | Unset): Plain-parameter form: automation node id.
        flow_uuid (str | Unset): Plain-parameter form: automation UUID.
        from_email (str | Unset): Plain-parameter form: sender address.
        from_name (str | Unset): Plain-parameter form: sender name.
        gpt_prompt_uuid (str | Unset): Plain-parameter form: UUID of the AI prompt used.
        lead_uuid (str | Unset): Plain-parameter form: contact UUID.
        mailbox_uuid (str | Unset): Plain-parameter form: mailbox UUID.
        replied_to_uuid (str | Unset): Plain-parameter form: UUID of the email this one answers.
        sender_profile_uuid (str | Unset): Plain-parameter form: sender profile UUID.
        sending_attempts (int | Unset): Plain-parameter form: number of sending attempts.
        sent_at (str | Unset): Plain-parameter form: sending time.
        status (str | Unset): Plain-parameter form: email status.
        subject (str | Unset): Plain-parameter form: subject line.
        task_pipeline_uuid (str | Unset): Plain-parameter form: UUID of the task that sent it.
        team_id (int | Unset): Plain-parameter form: team id.
        template_uuid (str | Unset): Plain-parameter form: template UUID.
        thread_uuid (str | Unset): Plain-parameter form: thread UUID.
        to_email (str | Unset): Plain-parameter form: recipient address.
        to_name (str | Unset): Plain-parameter form: recipient name.
        type_ (str | Unset): Plain-parameter form: direction, `inbox` or `outbox`.
        updated_at (str | Unset): Plain-parameter form: last update time.
        user_id (int | Unset): Plain-parameter form: user id.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        EmailList | list[Email]
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
            filter_type=filter_type,
            filter_status=filter_status,
            filter_mailbox_uuid=filter_mailbox_uuid,
            filter_lead_uuid=filter_lead_uuid,
            filter_sender_profile_uuid=filter_sender_profile_uuid,
            filter_flow_uuid=filter_flow_uuid,
            filter_flow_node_id=filter_flow_node_id,
            filter_thread_uuid=filter_thread_uuid,
            filter_template_uuid=filter_template_uuid,
            filter_folder=filter_folder,
            filter_from_email=filter_from_email,
            filter_from_name=filter_from_name,
            filter_to_email=filter_to_email,
            filter_to_name=filter_to_name,
            filter_subject=filter_subject,
            filter_sent_at=filter_sent_at,
            filter_created_at=filter_created_at,
            filter_updated_at=filter_updated_at,
            filter_email_body_uuid=filter_email_body_uuid,
            filter_replied_to_uuid=filter_replied_to_uuid,
            filter_bounced_by_uuid=filter_bounced_by_uuid,
            filter_task_pipeline_uuid=filter_task_pipeline_uuid,
            filter_gpt_prompt_uuid=filter_gpt_prompt_uuid,
            filter_sending_attempts=filter_sending_attempts,
            filter_user_id=filter_user_id,
            filter_team_id=filter_team_id,
            q=q,
            uuid=uuid,
            bounced_by_uuid=bounced_by_uuid,
            created_at=created_at,
            email_body_uuid=email_body_uuid,
            flow_node_id=flow_node_id,
            flow_uuid=flow_uuid,
            from_email=from_email,
            from_name=from_name,
            gpt_prompt_uuid=gpt_prompt_uuid,
            lead_uuid=lead_uuid,
            mailbox_uuid=mailbox_uuid,
            replied_to_uuid=replied_to_uuid,
            sender_profile_uuid=sender_profile_uuid,
            sending_attempts=sending_attempts,
            sent_at=sent_at,
            status=status,
            subject=subject,
            task_pipeline_uuid=task_pipeline_uuid,
            team_id=team_id,
            template_uuid=template_uuid,
            thread_uuid=thread_uuid,
            to_email=to_email,
            to_name=to_name,
            type_=type_,
            updated_at=updated_at,
            user_id=user_id,
        )
    ).parsed
