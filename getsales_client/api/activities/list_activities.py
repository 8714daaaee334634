from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activity import Activity
from ...models.activity_list import ActivityList
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
    filter_lead_uuid: str | Unset = UNSET,
    filter_company_uuid: str | Unset = UNSET,
    filter_type: str | Unset = UNSET,
    filter_created_at: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["limit"] = limit

    params["offset"] = offset

    params["order_field"] = order_field

    json_order_type: str | Unset = UNSET
    if not isinstance(order_type, Unset):
        json_order_type = order_type.value

    params["order_type"] = json_order_type

    params["filter[lead_uuid]"] = filter_lead_uuid

    params["filter[company_uuid]"] = filter_company_uuid

    params["filter[type]"] = filter_type

    params["filter[created_at]"] = filter_created_at

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/leads/api/activities",
        "params": params,
        "extensions": {OPERATION_EXTENSION: "list_activities"},
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> ActivityList:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = ActivityList.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented ActivityList ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[ActivityList]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def _parse_item(data: Any) -> Activity:
    if not isinstance(data, dict):
        raise TypeError(f"expected an object, got {type(data).__name__}")
    data_type_0_item = Activity.from_dict(data)

    return data_type_0_item


# The largest `limit` this operation accepts (the spec's maximum): `paginate`'s page size.
MAX_PAGE_SIZE: int = 100


def build_page_request(
    arguments: Mapping[str, Any], offset: int, limit: int
) -> dict[str, Any]:
    """The request for one page: this operation's keyword `arguments` with `offset` and `limit`."""
    return _get_kwargs(**{**arguments, "limit": limit, "offset": offset})


def parse_page(response: httpx.Response) -> ListPage[Activity]:
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
    filter_lead_uuid: str | Unset = UNSET,
    filter_company_uuid: str | Unset = UNSET,
    filter_type: str | Unset = UNSET,
    filter_created_at: str | Unset = UNSET,
) -> Response[ActivityList]:
    """List activities

     Returns the activity log of contacts and companies. Most entries are written
    by the system as things happen (an email goes out, a LinkedIn connection is
    accepted, a flow starts, ...); entries can also be logged by hand through a
    separate `POST` endpoint that this document does not cover.

    Use `filter[lead_uuid]` or `filter[company_uuid]` for the timeline of one
    record, and `filter[type]` to keep only certain events, for example every
    email open or every LinkedIn reply. Known types include
    `pipeline_stage_changed`, `linkedin_message_sent`, `linkedin_message_replied`,
    `linkedin_connection_request_sent`, `linkedin_connection_request_accepted`,
    `email_sent`, `email_replied`, `email_opened`, `email_clicked`,
    `email_bounced`, `contact_enriched` and `note_left`; the set is not closed.

    Another description requires `filter` as a JSON-encoded string and supports a
    `created_at` key with operators such as `{">=": "2026-01-01"}`. The bracketed
    keys are used here. The general pagination rules give `desc` as the default
    sort direction, an older description says `asc`; send `order_type` when it
    matters.

    `GET /leads/api/activities` (listActivities). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_lead_uuid (str | Unset): Only activities of this contact.

            Sent as `filter[lead_uuid]`. Example: 0b3090a6-0285-56c2-9a4c-2e5778d802ba.
        filter_company_uuid (str | Unset): Only activities of this company.

            Sent as `filter[company_uuid]`.
        filter_type (str | Unset): Only activities of this event type, e.g. `email_opened`.

            Sent as `filter[type]`.
        filter_created_at (str | Unset): Time condition on creation, e.g. an operator object like
            `{">=": "2026-01-01"}`.

            Sent as `filter[created_at]`.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[ActivityList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_lead_uuid=filter_lead_uuid,
        filter_company_uuid=filter_company_uuid,
        filter_type=filter_type,
        filter_created_at=filter_created_at,
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
    filter_lead_uuid: str | Unset = UNSET,
    filter_company_uuid: str | Unset = UNSET,
    filter_type: str | Unset = UNSET,
    filter_created_at: str | Unset = UNSET,
) -> ActivityList:
    """List activities

     Returns the activity log of contacts and companies. Most entries are written
    by the system as things happen (an email goes out, a LinkedIn connection is
    accepted, a flow starts, ...); entries can also be logged by hand through a
    separate `POST` endpoint that this document does not cover.

    Use `filter[lead_uuid]` or `filter[company_uuid]` for the timeline of one
    record, and `filter[type]` to keep only certain events, for example every
    email open or every LinkedIn reply. Known types include
    `pipeline_stage_changed`, `linkedin_message_sent`, `linkedin_message_replied`,
    `linkedin_connection_request_sent`, `linkedin_connection_request_accepted`,
    `email_sent`, `email_replied`, `email_opened`, `email_clicked`,
    `email_bounced`, `contact_enriched` and `note_left`; the set is not closed.

    Another description requires `filter` as a JSON-encoded string and supports a
    `created_at` key with operators such as `{">=": "2026-01-01"}`. The bracketed
    keys are used here. The general pagination rules give `desc` as the default
    sort direction, an older description says `asc`; send `order_type` when it
    matters.

    `GET /leads/api/activities` (listActivities). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_lead_uuid (str | Unset): Only activities of this contact.

            Sent as `filter[lead_uuid]`. Example: 0b3090a6-0285-56c2-9a4c-2e5778d802ba.
        filter_company_uuid (str | Unset): Only activities of this company.

            Sent as `filter[company_uuid]`.
        filter_type (str | Unset): Only activities of this event type, e.g. `email_opened`.

            Sent as `filter[type]`.
        filter_created_at (str | Unset): Time condition on creation, e.g. an operator object like
            `{">=": "2026-01-01"}`.

            Sent as `filter[created_at]`.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        ActivityList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_lead_uuid=filter_lead_uuid,
        filter_company_uuid=filter_company_uuid,
        filter_type=filter_type,
        filter_created_at=filter_created_at,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_lead_uuid: str | Unset = UNSET,
    filter_company_uuid: str | Unset = UNSET,
    filter_type: str | Unset = UNSET,
    filter_created_at: str | Unset = UNSET,
) -> Response[ActivityList]:
    """List activities

     Returns the activity log of contacts and companies. Most entries are written
    by the system as things happen (an email goes out, a LinkedIn connection is
    accepted, a flow starts, ...); entries can also be logged by hand through a
    separate `POST` endpoint that this document does not cover.

    Use `filter[lead_uuid]` or `filter[company_uuid]` for the timeline of one
    record, and `filter[type]` to keep only certain events, for example every
    email open or every LinkedIn reply. Known types include
    `pipeline_stage_changed`, `linkedin_message_sent`, `linkedin_message_replied`,
    `linkedin_connection_request_sent`, `linkedin_connection_request_accepted`,
    `email_sent`, `email_replied`, `email_opened`, `email_clicked`,
    `email_bounced`, `contact_enriched` and `note_left`; the set is not closed.

    Another description requires `filter` as a JSON-encoded string and supports a
    `created_at` key with operators such as `{">=": "2026-01-01"}`. The bracketed
    keys are used here. The general pagination rules give `desc` as the default
    sort direction, an older description says `asc`; send `order_type` when it
    matters.

    `GET /leads/api/activities` (listActivities). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_lead_uuid (str | Unset): Only activities of this contact.

            Sent as `filter[lead_uuid]`. Example: 0b3090a6-0285-56c2-9a4c-2e5778d802ba.
        filter_company_uuid (str | Unset): Only activities of this company.

            Sent as `filter[company_uuid]`.
        filter_type (str | Unset): Only activities of this event type, e.g. `email_opened`.

            Sent as `filter[type]`.
        filter_created_at (str | Unset): Time condition on creation, e.g. an operator object like
            `{">=": "2026-01-01"}`.

            Sent as `filter[created_at]`.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[ActivityList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_lead_uuid=filter_lead_uuid,
        filter_company_uuid=filter_company_uuid,
        filter_type=filter_type,
        filter_created_at=filter_created_at,
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
    filter_lead_uuid: str | Unset = UNSET,
    filter_company_uuid: str | Unset = UNSET,
    filter_type: str | Unset = UNSET,
    filter_created_at: str | Unset = UNSET,
) -> ActivityList:
    """List activities

     Returns the activity log of contacts and companies. Most entries are written
    by the system as things happen (an email goes out, a LinkedIn connection is
    accepted, a flow starts, ...); entries can also be logged by hand through a
    separate `POST` endpoint that this document does not cover.

    Use `filter[lead_uuid]` or `filter[company_uuid]` for the timeline of one
    record, and `filter[type]` to keep only certain events, for example every
    email open or every LinkedIn reply. Known types include
    `pipeline_stage_changed`, `linkedin_message_sent`, `linkedin_message_replied`,
    `linkedin_connection_request_sent`, `linkedin_connection_request_accepted`,
    `email_sent`, `email_replied`, `email_opened`, `email_clicked`,
    `email_bounced`, `contact_enriched` and `note_left`; the set is not closed.

    Another description requires `filter` as a JSON-encoded string and supports a
    `created_at` key with operators such as `{">=": "2026-01-01"}`. The bracketed
    keys are used here. The general pagination rules give `desc` as the default
    sort direction, an older description says `asc`; send `order_type` when it
    matters.

    `GET /leads/api/activities` (listActivities). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_lead_uuid (str | Unset): Only activities of this contact.

            Sent as `filter[lead_uuid]`. Example: 0b3090a6-0285-56c2-9a4c-2e5778d802ba.
        filter_company_uuid (str | Unset): Only activities of this company.

            Sent as `filter[company_uuid]`.
        filter_type (str | Unset): Only activities of this event type, e.g. `email_opened`.

            Sent as `filter[type]`.
        filter_created_at (str | Unset): Time condition on creation, e.g. an operator object like
            `{">=": "2026-01-01"}`.

            Sent as `filter[created_at]`.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        ActivityList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            order_field=order_field,
            order_type=order_type,
            filter_lead_uuid=filter_lead_uuid,
            filter_company_uuid=filter_company_uuid,
            filter_type=filter_type,
            filter_created_at=filter_created_at,
        )
    ).parsed
