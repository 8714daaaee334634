from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sender_profile import SenderProfile
from ...models.sender_profile_list import SenderProfileList
from ...models.sender_profile_status import SenderProfileStatus
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
    filter_status: SenderProfileStatus | Unset = UNSET,
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
        "extensions": {OPERATION_EXTENSION: "list_sender_profiles"},
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> SenderProfileList:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = SenderProfileList.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented SenderProfileList ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[SenderProfileList]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def _parse_item(data: Any) -> SenderProfile:
    if not isinstance(data, dict):
        raise TypeError(f"expected an object, got {type(data).__name__}")
    data_type_0_item = SenderProfile.from_dict(data)

    return data_type_0_item


# The largest `limit` this operation accepts (the spec's maximum): `paginate`'s page size.
MAX_PAGE_SIZE: int = 100


def build_page_request(
    arguments: Mapping[str, Any], offset: int, limit: int
) -> dict[str, Any]:
    """The request for one page: this operation's keyword `arguments` with `offset` and `limit`."""
    return _get_kwargs(**{**arguments, "limit": limit, "offset": offset})


def parse_page(response: httpx.Response) -> ListPage[SenderProfile]:
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
    filter_status: SenderProfileStatus | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
    filter_linkedin_browser_id: str | Unset = UNSET,
    filter_linkedin_account_uuid: str | Unset = UNSET,
    filter_mailbox_uuid: str | Unset = UNSET,
    filter_assignee_user_id: str | Unset = UNSET,
    filter_first_name: str | Unset = UNSET,
    filter_last_name: str | Unset = UNSET,
    filter_label: str | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
) -> Response[SenderProfileList]:
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

    `GET /flows/api/sender-profiles` (listSenderProfiles). A list:
    `getsales_extras.paginate` walks all of its pages.
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
        filter_status (SenderProfileStatus | Unset): Whether a sender profile may send.
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
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[SenderProfileList]
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
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_q: str | Unset = UNSET,
    filter_status: SenderProfileStatus | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
    filter_linkedin_browser_id: str | Unset = UNSET,
    filter_linkedin_account_uuid: str | Unset = UNSET,
    filter_mailbox_uuid: str | Unset = UNSET,
    filter_assignee_user_id: str | Unset = UNSET,
    filter_first_name: str | Unset = UNSET,
    filter_last_name: str | Unset = UNSET,
    filter_label: str | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
) -> SenderProfileList:
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

    `GET /flows/api/sender-profiles` (listSenderProfiles). A list:
    `getsales_extras.paginate` walks all of its pages.
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
        filter_status (SenderProfileStatus | Unset): Whether a sender profile may send.
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
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        SenderProfileList
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
    filter_status: SenderProfileStatus | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
    filter_linkedin_browser_id: str | Unset = UNSET,
    filter_linkedin_account_uuid: str | Unset = UNSET,
    filter_mailbox_uuid: str | Unset = UNSET,
    filter_assignee_user_id: str | Unset = UNSET,
    filter_first_name: str | Unset = UNSET,
    filter_last_name: str | Unset = UNSET,
    filter_label: str | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
) -> Response[SenderProfileList]:
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

    `GET /flows/api/sender-profiles` (listSenderProfiles). A list:
    `getsales_extras.paginate` walks all of its pages.
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
        filter_status (SenderProfileStatus | Unset): Whether a sender profile may send.
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
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[SenderProfileList]
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
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_q: str | Unset = UNSET,
    filter_status: SenderProfileStatus | Unset = UNSET,
    filter_uuid: str | Unset = UNSET,
    filter_linkedin_browser_id: str | Unset = UNSET,
    filter_linkedin_account_uuid: str | Unset = UNSET,
    filter_mailbox_uuid: str | Unset = UNSET,
    filter_assignee_user_id: str | Unset = UNSET,
    filter_first_name: str | Unset = UNSET,
    filter_last_name: str | Unset = UNSET,
    filter_label: str | Unset = UNSET,
    filter_user_id: str | Unset = UNSET,
) -> SenderProfileList:
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

    `GET /flows/api/sender-profiles` (listSenderProfiles). A list:
    `getsales_extras.paginate` walks all of its pages.
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
        filter_status (SenderProfileStatus | Unset): Whether a sender profile may send.
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
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        SenderProfileList
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
