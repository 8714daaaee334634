from collections.abc import Mapping
from typing import Any

import httpx
from attrs import evolve

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.flow_lead import FlowLead
from ...models.flow_lead_list import FlowLeadList
from ...models.list_flow_leads_body import ListFlowLeadsBody
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    ListPage,
    Response,
    decode_json,
    read_page,
    status_code_of,
)


def _get_kwargs(
    *,
    body: ListFlowLeadsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/flows-leads/list",
        "extensions": {OPERATION_EXTENSION: "list_flow_leads"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> FlowLeadList:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = FlowLeadList.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented FlowLeadList ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[FlowLeadList]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def _parse_item(data: Any) -> FlowLead:
    if not isinstance(data, dict):
        raise TypeError(f"expected an object, got {type(data).__name__}")
    data_type_0_item = FlowLead.from_dict(data)

    return data_type_0_item


# The largest `limit` this operation accepts (the spec's maximum): `paginate`'s page size.
MAX_PAGE_SIZE: int = 100


def build_page_request(
    arguments: Mapping[str, Any], offset: int, limit: int
) -> dict[str, Any]:
    """The request for one page: this operation's keyword `arguments` with `offset` and `limit`."""
    body = arguments.get("body")
    if body is None:
        body = ListFlowLeadsBody()
    return _get_kwargs(
        **{**arguments, "body": evolve(body, limit=limit, offset=offset)}
    )


def parse_page(response: httpx.Response) -> ListPage[FlowLead]:
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
    body: ListFlowLeadsBody,
) -> Response[FlowLeadList]:
    """List flow contacts

     Lists automation enrolment records: one per contact and automation, with its status, current node
    and timing. Filter by automation, contact, status (for example active, finished or failed contacts)
    or by sender profile to see what one sender is working on.

    Filter values are lists. Unknown filter keys (for instance the plural `flow_uuids`) have been
    reported to cause a server error rather than being ignored, so use exactly the keys below. Statuses
    seen in practice include `in_progress`, `finished`, `failed`, `canceled` and `restarted`.

    Paging goes in the request body; the answer is the paginated envelope `{data, limit, offset, total,
    has_more}`. Nothing is changed.

    `POST /flows/api/flows-leads/list` (listFlowLeads). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        body (ListFlowLeadsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[FlowLeadList]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ListFlowLeadsBody,
) -> FlowLeadList:
    """List flow contacts

     Lists automation enrolment records: one per contact and automation, with its status, current node
    and timing. Filter by automation, contact, status (for example active, finished or failed contacts)
    or by sender profile to see what one sender is working on.

    Filter values are lists. Unknown filter keys (for instance the plural `flow_uuids`) have been
    reported to cause a server error rather than being ignored, so use exactly the keys below. Statuses
    seen in practice include `in_progress`, `finished`, `failed`, `canceled` and `restarted`.

    Paging goes in the request body; the answer is the paginated envelope `{data, limit, offset, total,
    has_more}`. Nothing is changed.

    `POST /flows/api/flows-leads/list` (listFlowLeads). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        body (ListFlowLeadsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        FlowLeadList
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListFlowLeadsBody,
) -> Response[FlowLeadList]:
    """List flow contacts

     Lists automation enrolment records: one per contact and automation, with its status, current node
    and timing. Filter by automation, contact, status (for example active, finished or failed contacts)
    or by sender profile to see what one sender is working on.

    Filter values are lists. Unknown filter keys (for instance the plural `flow_uuids`) have been
    reported to cause a server error rather than being ignored, so use exactly the keys below. Statuses
    seen in practice include `in_progress`, `finished`, `failed`, `canceled` and `restarted`.

    Paging goes in the request body; the answer is the paginated envelope `{data, limit, offset, total,
    has_more}`. Nothing is changed.

    `POST /flows/api/flows-leads/list` (listFlowLeads). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        body (ListFlowLeadsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[FlowLeadList]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListFlowLeadsBody,
) -> FlowLeadList:
    """List flow contacts

     Lists automation enrolment records: one per contact and automation, with its status, current node
    and timing. Filter by automation, contact, status (for example active, finished or failed contacts)
    or by sender profile to see what one sender is working on.

    Filter values are lists. Unknown filter keys (for instance the plural `flow_uuids`) have been
    reported to cause a server error rather than being ignored, so use exactly the keys below. Statuses
    seen in practice include `in_progress`, `finished`, `failed`, `canceled` and `restarted`.

    Paging goes in the request body; the answer is the paginated envelope `{data, limit, offset, total,
    has_more}`. Nothing is changed.

    `POST /flows/api/flows-leads/list` (listFlowLeads). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        body (ListFlowLeadsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        FlowLeadList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
