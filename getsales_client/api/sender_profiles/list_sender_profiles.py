from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.list_sender_profiles_filter_status import ListSenderProfilesFilterStatus
from ...models.sender_profile_list import SenderProfileList
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_q: str | Unset = UNSET,
    filter_status: ListSenderProfilesFilterStatus | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
    filter_linkedin_browser_id: str | Unset = UNSET,
    filter_linkedin_account_uuid: str | Unset = UNSET,
    filter_mailbox_uuid: str | Unset = UNSET,
    filter_assignee_user_id: str | Unset = UNSET,
    filter_first_name: str | Unset = UNSET,
    filter_last_name: str | Unset = UNSET,
    filter_label: str | Unset = UNSET,
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

    params["filter[linkedin_browser_id]"] = filter_linkedin_browser_id

    params["filter[linkedin_account_uuid]"] = filter_linkedin_account_uuid

    params["filter[mailbox_uuid]"] = filter_mailbox_uuid

    params["filter[assignee_user_id]"] = filter_assignee_user_id

    params["filter[first_name]"] = filter_first_name

    params["filter[last_name]"] = filter_last_name

    params["filter[label]"] = filter_label

    params["filter[user_id]"] = filter_user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/flows/api/sender-profiles",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SenderProfileList | None:
    if response.status_code == 200:
        response_200 = SenderProfileList.from_dict(response.json())

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
) -> Response[ErrorEnvelope | SenderProfileList]:
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
    filter_status: ListSenderProfilesFilterStatus | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
    filter_linkedin_browser_id: str | Unset = UNSET,
    filter_linkedin_account_uuid: str | Unset = UNSET,
    filter_mailbox_uuid: str | Unset = UNSET,
    filter_assignee_user_id: str | Unset = UNSET,
    filter_first_name: str | Unset = UNSET,
    filter_last_name: str | Unset = UNSET,
    filter_label: str | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | SenderProfileList]:
    """List sender profiles

     Lists the team's sender profiles. A sender profile stands for a person, usually an SDR or AE, who
    sends outreach for the team. It links a LinkedIn account and/or email mailboxes and has its own
    daily limits and schedule. Sender profiles are assigned to automation contact sources so outreach is
    spread over several senders.

    Filters use `filter[key]=value`. The older documentation page names only the text search (`q`) as
    supported, but its example request also carries the other keys below (as plain query parameters);
    they are declared here in bracket form.

    Returns the paginated envelope `{data, limit, offset, total, has_more}` of SenderProfile objects.

    **Sort order:** the current (1.0.0) API documentation gives `desc` as the default `order_type`,
    older pages `asc`; set it explicitly when order matters.

    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_q (str | Unset): Free-text search over the sender profiles.

            Sent as `filter[q]`. Example: John.
        filter_status (ListSenderProfilesFilterStatus | Unset): Profile status (`enabled` or
            `disabled`); a value, a list, an operator object, or `is_null` / `is_not_null`.

            Sent as `filter[status]`.
        filter_uuid (str | Unset): Only the profile with this UUID.

            Sent as `filter[uuid]`.
        filter_linkedin_browser_id (str | Unset): Only the profile using this LinkedIn browser.

            Sent as `filter[linkedin_browser_id]`.
        filter_linkedin_account_uuid (str | Unset): Only the profile linked to this LinkedIn
            account.

            Sent as `filter[linkedin_account_uuid]`.
        filter_mailbox_uuid (str | Unset): Only the profile linked to this mailbox.

            Sent as `filter[mailbox_uuid]`.
        filter_assignee_user_id (str | Unset): Only profiles assigned to this user.

            Sent as `filter[assignee_user_id]`.
        filter_first_name (str | Unset): Match on first name.

            Sent as `filter[first_name]`.
        filter_last_name (str | Unset): Match on last name.

            Sent as `filter[last_name]`.
        filter_label (str | Unset): Match on label.

            Sent as `filter[label]`.
        filter_user_id (str | Unset): Only profiles created by this user.

            Sent as `filter[user_id]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SenderProfileList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_q=filter_q,
        filter_status=filter_status,
        filter_uuid=filter_uuid,
        filter_linkedin_browser_id=filter_linkedin_browser_id,
        filter_linkedin_account_uuid=filter_linkedin_account_uuid,
        filter_mailbox_uuid=filter_mailbox_uuid,
        filter_assignee_user_id=filter_assignee_user_id,
        filter_first_name=filter_first_name,
        filter_last_name=filter_last_name,
        filter_label=filter_label,
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
    filter_status: ListSenderProfilesFilterStatus | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
    filter_linkedin_browser_id: str | Unset = UNSET,
    filter_linkedin_account_uuid: str | Unset = UNSET,
    filter_mailbox_uuid: str | Unset = UNSET,
    filter_assignee_user_id: str | Unset = UNSET,
    filter_first_name: str | Unset = UNSET,
    filter_last_name: str | Unset = UNSET,
    filter_label: str | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
) -> ErrorEnvelope | SenderProfileList | None:
    """List sender profiles

     Lists the team's sender profiles. A sender profile stands for a person, usually an SDR or AE, who
    sends outreach for the team. It links a LinkedIn account and/or email mailboxes and has its own
    daily limits and schedule. Sender profiles are assigned to automation contact sources so outreach is
    spread over several senders.

    Filters use `filter[key]=value`. The older documentation page names only the text search (`q`) as
    supported, but its example request also carries the other keys below (as plain query parameters);
    they are declared here in bracket form.

    Returns the paginated envelope `{data, limit, offset, total, has_more}` of SenderProfile objects.

    **Sort order:** the current (1.0.0) API documentation gives `desc` as the default `order_type`,
    older pages `asc`; set it explicitly when order matters.

    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_q (str | Unset): Free-text search over the sender profiles.

            Sent as `filter[q]`. Example: John.
        filter_status (ListSenderProfilesFilterStatus | Unset): Profile status (`enabled` or
            `disabled`); a value, a list, an operator object, or `is_null` / `is_not_null`.

            Sent as `filter[status]`.
        filter_uuid (str | Unset): Only the profile with this UUID.

            Sent as `filter[uuid]`.
        filter_linkedin_browser_id (str | Unset): Only the profile using this LinkedIn browser.

            Sent as `filter[linkedin_browser_id]`.
        filter_linkedin_account_uuid (str | Unset): Only the profile linked to this LinkedIn
            account.

            Sent as `filter[linkedin_account_uuid]`.
        filter_mailbox_uuid (str | Unset): Only the profile linked to this mailbox.

            Sent as `filter[mailbox_uuid]`.
        filter_assignee_user_id (str | Unset): Only profiles assigned to this user.

            Sent as `filter[assignee_user_id]`.
        filter_first_name (str | Unset): Match on first name.

            Sent as `filter[first_name]`.
        filter_last_name (str | Unset): Match on last name.

            Sent as `filter[last_name]`.
        filter_label (str | Unset): Match on label.

            Sent as `filter[label]`.
        filter_user_id (str | Unset): Only profiles created by this user.

            Sent as `filter[user_id]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SenderProfileList
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
        filter_linkedin_browser_id=filter_linkedin_browser_id,
        filter_linkedin_account_uuid=filter_linkedin_account_uuid,
        filter_mailbox_uuid=filter_mailbox_uuid,
        filter_assignee_user_id=filter_assignee_user_id,
        filter_first_name=filter_first_name,
        filter_last_name=filter_last_name,
        filter_label=filter_label,
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
    filter_status: ListSenderProfilesFilterStatus | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
    filter_linkedin_browser_id: str | Unset = UNSET,
    filter_linkedin_account_uuid: str | Unset = UNSET,
    filter_mailbox_uuid: str | Unset = UNSET,
    filter_assignee_user_id: str | Unset = UNSET,
    filter_first_name: str | Unset = UNSET,
    filter_last_name: str | Unset = UNSET,
    filter_label: str | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
) -> Response[ErrorEnvelope | SenderProfileList]:
    """List sender profiles

     Lists the team's sender profiles. A sender profile stands for a person, usually an SDR or AE, who
    sends outreach for the team. It links a LinkedIn account and/or email mailboxes and has its own
    daily limits and schedule. Sender profiles are assigned to automation contact sources so outreach is
    spread over several senders.

    Filters use `filter[key]=value`. The older documentation page names only the text search (`q`) as
    supported, but its example request also carries the other keys below (as plain query parameters);
    they are declared here in bracket form.

    Returns the paginated envelope `{data, limit, offset, total, has_more}` of SenderProfile objects.

    **Sort order:** the current (1.0.0) API documentation gives `desc` as the default `order_type`,
    older pages `asc`; set it explicitly when order matters.

    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_q (str | Unset): Free-text search over the sender profiles.

            Sent as `filter[q]`. Example: John.
        filter_status (ListSenderProfilesFilterStatus | Unset): Profile status (`enabled` or
            `disabled`); a value, a list, an operator object, or `is_null` / `is_not_null`.

            Sent as `filter[status]`.
        filter_uuid (str | Unset): Only the profile with this UUID.

            Sent as `filter[uuid]`.
        filter_linkedin_browser_id (str | Unset): Only the profile using this LinkedIn browser.

            Sent as `filter[linkedin_browser_id]`.
        filter_linkedin_account_uuid (str | Unset): Only the profile linked to this LinkedIn
            account.

            Sent as `filter[linkedin_account_uuid]`.
        filter_mailbox_uuid (str | Unset): Only the profile linked to this mailbox.

            Sent as `filter[mailbox_uuid]`.
        filter_assignee_user_id (str | Unset): Only profiles assigned to this user.

            Sent as `filter[assignee_user_id]`.
        filter_first_name (str | Unset): Match on first name.

            Sent as `filter[first_name]`.
        filter_last_name (str | Unset): Match on last name.

            Sent as `filter[last_name]`.
        filter_label (str | Unset): Match on label.

            Sent as `filter[label]`.
        filter_user_id (str | Unset): Only profiles created by this user.

            Sent as `filter[user_id]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SenderProfileList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_q=filter_q,
        filter_status=filter_status,
        filter_uuid=filter_uuid,
        filter_linkedin_browser_id=filter_linkedin_browser_id,
        filter_linkedin_account_uuid=filter_linkedin_account_uuid,
        filter_mailbox_uuid=filter_mailbox_uuid,
        filter_assignee_user_id=filter_assignee_user_id,
        filter_first_name=filter_first_name,
        filter_last_name=filter_last_name,
        filter_label=filter_label,
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
    filter_status: ListSenderProfilesFilterStatus | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
    filter_linkedin_browser_id: str | Unset = UNSET,
    filter_linkedin_account_uuid: str | Unset = UNSET,
    filter_mailbox_uuid: str | Unset = UNSET,
    filter_assignee_user_id: str | Unset = UNSET,
    filter_first_name: str | Unset = UNSET,
    filter_last_name: str | Unset = UNSET,
    filter_label: str | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
) -> ErrorEnvelope | SenderProfileList | None:
    """List sender profiles

     Lists the team's sender profiles. A sender profile stands for a person, usually an SDR or AE, who
    sends outreach for the team. It links a LinkedIn account and/or email mailboxes and has its own
    daily limits and schedule. Sender profiles are assigned to automation contact sources so outreach is
    spread over several senders.

    Filters use `filter[key]=value`. The older documentation page names only the text search (`q`) as
    supported, but its example request also carries the other keys below (as plain query parameters);
    they are declared here in bracket form.

    Returns the paginated envelope `{data, limit, offset, total, has_more}` of SenderProfile objects.

    **Sort order:** the current (1.0.0) API documentation gives `desc` as the default `order_type`,
    older pages `asc`; set it explicitly when order matters.

    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_q (str | Unset): Free-text search over the sender profiles.

            Sent as `filter[q]`. Example: John.
        filter_status (ListSenderProfilesFilterStatus | Unset): Profile status (`enabled` or
            `disabled`); a value, a list, an operator object, or `is_null` / `is_not_null`.

            Sent as `filter[status]`.
        filter_uuid (str | Unset): Only the profile with this UUID.

            Sent as `filter[uuid]`.
        filter_linkedin_browser_id (str | Unset): Only the profile using this LinkedIn browser.

            Sent as `filter[linkedin_browser_id]`.
        filter_linkedin_account_uuid (str | Unset): Only the profile linked to this LinkedIn
            account.

            Sent as `filter[linkedin_account_uuid]`.
        filter_mailbox_uuid (str | Unset): Only the profile linked to this mailbox.

            Sent as `filter[mailbox_uuid]`.
        filter_assignee_user_id (str | Unset): Only profiles assigned to this user.

            Sent as `filter[assignee_user_id]`.
        filter_first_name (str | Unset): Match on first name.

            Sent as `filter[first_name]`.
        filter_last_name (str | Unset): Match on last name.

            Sent as `filter[last_name]`.
        filter_label (str | Unset): Match on label.

            Sent as `filter[label]`.
        filter_user_id (str | Unset): Only profiles created by this user.

            Sent as `filter[user_id]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SenderProfileList
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
            filter_linkedin_browser_id=filter_linkedin_browser_id,
            filter_linkedin_account_uuid=filter_linkedin_account_uuid,
            filter_mailbox_uuid=filter_mailbox_uuid,
            filter_assignee_user_id=filter_assignee_user_id,
            filter_first_name=filter_first_name,
            filter_last_name=filter_last_name,
            filter_label=filter_label,
            filter_user_id=filter_user_id,
        )
    ).parsed
