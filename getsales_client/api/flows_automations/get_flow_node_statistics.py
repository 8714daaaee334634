from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.flow_node_statistics import FlowNodeStatistics
from ...models.get_flow_node_statistics_body import GetFlowNodeStatisticsBody
from ...types import Response, status_code_of


def _get_kwargs(
    uuid: UUID,
    *,
    body: GetFlowNodeStatisticsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/flows/{uuid}/statistics/nodes".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | FlowNodeStatistics | None:
    if response.status_code == 200:
        response_200 = FlowNodeStatistics.from_dict(response.json())

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
) -> Response[ErrorEnvelope | FlowNodeStatistics]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: GetFlowNodeStatisticsBody,
) -> Response[ErrorEnvelope | FlowNodeStatistics]:
    """Get flow node statistics

     Returns statistics for each requested node of an automation: how many contacts are at the node,
    conversion outcomes (accepted, replied, opened, clicked, bounced) and, for condition nodes, how
    contacts split across branches.

    The response is a map keyed by node id. Each value holds `node_statuses` (task counts by status,
    e.g. `closed`, `skipped`, `canceled`, `failed`, `in_progress`, `restarted`), `node_conversions`
    (outcome counts; observed keys include `accepted`, `replied`, `opened`, `blocked`, and it is an
    empty array when the node has none) and, for rule and trigger nodes, `node_branches`. Omitting
    `node_ids` gives 422.

    Args:
        uuid (UUID): UUID of the automation.
        body (GetFlowNodeStatisticsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FlowNodeStatistics]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: GetFlowNodeStatisticsBody,
) -> ErrorEnvelope | FlowNodeStatistics | None:
    """Get flow node statistics

     Returns statistics for each requested node of an automation: how many contacts are at the node,
    conversion outcomes (accepted, replied, opened, clicked, bounced) and, for condition nodes, how
    contacts split across branches.

    The response is a map keyed by node id. Each value holds `node_statuses` (task counts by status,
    e.g. `closed`, `skipped`, `canceled`, `failed`, `in_progress`, `restarted`), `node_conversions`
    (outcome counts; observed keys include `accepted`, `replied`, `opened`, `blocked`, and it is an
    empty array when the node has none) and, for rule and trigger nodes, `node_branches`. Omitting
    `node_ids` gives 422.

    Args:
        uuid (UUID): UUID of the automation.
        body (GetFlowNodeStatisticsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FlowNodeStatistics
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: GetFlowNodeStatisticsBody,
) -> Response[ErrorEnvelope | FlowNodeStatistics]:
    """Get flow node statistics

     Returns statistics for each requested node of an automation: how many contacts are at the node,
    conversion outcomes (accepted, replied, opened, clicked, bounced) and, for condition nodes, how
    contacts split across branches.

    The response is a map keyed by node id. Each value holds `node_statuses` (task counts by status,
    e.g. `closed`, `skipped`, `canceled`, `failed`, `in_progress`, `restarted`), `node_conversions`
    (outcome counts; observed keys include `accepted`, `replied`, `opened`, `blocked`, and it is an
    empty array when the node has none) and, for rule and trigger nodes, `node_branches`. Omitting
    `node_ids` gives 422.

    Args:
        uuid (UUID): UUID of the automation.
        body (GetFlowNodeStatisticsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FlowNodeStatistics]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: GetFlowNodeStatisticsBody,
) -> ErrorEnvelope | FlowNodeStatistics | None:
    """Get flow node statistics

     Returns statistics for each requested node of an automation: how many contacts are at the node,
    conversion outcomes (accepted, replied, opened, clicked, bounced) and, for condition nodes, how
    contacts split across branches.

    The response is a map keyed by node id. Each value holds `node_statuses` (task counts by status,
    e.g. `closed`, `skipped`, `canceled`, `failed`, `in_progress`, `restarted`), `node_conversions`
    (outcome counts; observed keys include `accepted`, `replied`, `opened`, `blocked`, and it is an
    empty array when the node has none) and, for rule and trigger nodes, `node_branches`. Omitting
    `node_ids` gives 422.

    Args:
        uuid (UUID): UUID of the automation.
        body (GetFlowNodeStatisticsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FlowNodeStatistics
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
