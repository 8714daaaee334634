from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.flow_lead_list import FlowLeadList
from ...models.list_flow_leads_body import ListFlowLeadsBody
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: ListFlowLeadsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/flows-leads/list",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | FlowLeadList | None:
    if response.status_code == 200:
        response_200 = FlowLeadList.from_dict(response.json())

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
) -> Response[ErrorEnvelope | FlowLeadList]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListFlowLeadsBody,
) -> Response[ErrorEnvelope | FlowLeadList]:
    """List flow contacts

     Lists automation enrolment records: one per contact and automation, with its status, current node
    and timing. Filter by automation, contact, status (for example active, finished or failed contacts)
    or by sender profile to see what one sender is working on.

    Filter values are lists. Unknown filter keys (for instance the plural `flow_uuids`) have been
    reported to cause a server error rather than being ignored, so use exactly the keys below. Statuses
    seen in practice include `in_progress`, `finished`, `failed`, `canceled` and `restarted`.

    Paging goes in the request body; the answer is the paginated envelope `{data, limit, offset, total,
    has_more}`. Nothing is changed.

    Args:
        body (ListFlowLeadsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FlowLeadList]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ListFlowLeadsBody,
) -> ErrorEnvelope | FlowLeadList | None:
    """List flow contacts

     Lists automation enrolment records: one per contact and automation, with its status, current node
    and timing. Filter by automation, contact, status (for example active, finished or failed contacts)
    or by sender profile to see what one sender is working on.

    Filter values are lists. Unknown filter keys (for instance the plural `flow_uuids`) have been
    reported to cause a server error rather than being ignored, so use exactly the keys below. Statuses
    seen in practice include `in_progress`, `finished`, `failed`, `canceled` and `restarted`.

    Paging goes in the request body; the answer is the paginated envelope `{data, limit, offset, total,
    has_more}`. Nothing is changed.

    Args:
        body (ListFlowLeadsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FlowLeadList
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListFlowLeadsBody,
) -> Response[ErrorEnvelope | FlowLeadList]:
    """List flow contacts

     Lists automation enrolment records: one per contact and automation, with its status, current node
    and timing. Filter by automation, contact, status (for example active, finished or failed contacts)
    or by sender profile to see what one sender is working on.

    Filter values are lists. Unknown filter keys (for instance the plural `flow_uuids`) have been
    reported to cause a server error rather than being ignored, so use exactly the keys below. Statuses
    seen in practice include `in_progress`, `finished`, `failed`, `canceled` and `restarted`.

    Paging goes in the request body; the answer is the paginated envelope `{data, limit, offset, total,
    has_more}`. Nothing is changed.

    Args:
        body (ListFlowLeadsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FlowLeadList]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListFlowLeadsBody,
) -> ErrorEnvelope | FlowLeadList | None:
    """List flow contacts

     Lists automation enrolment records: one per contact and automation, with its status, current node
    and timing. Filter by automation, contact, status (for example active, finished or failed contacts)
    or by sender profile to see what one sender is working on.

    Filter values are lists. Unknown filter keys (for instance the plural `flow_uuids`) have been
    reported to cause a server error rather than being ignored, so use exactly the keys below. Statuses
    seen in practice include `in_progress`, `finished`, `failed`, `canceled` and `restarted`.

    Paging goes in the request body; the answer is the paginated envelope `{data, limit, offset, total,
    has_more}`. Nothing is changed.

    Args:
        body (ListFlowLeadsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FlowLeadList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
