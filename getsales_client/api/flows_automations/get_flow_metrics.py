from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.flow_metrics import FlowMetrics
from ...models.get_flow_metrics_body import GetFlowMetricsBody
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: GetFlowMetricsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/flows/metrics",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | FlowMetrics | None:
    if response.status_code == 200:
        response_200 = FlowMetrics.from_dict(response.json())

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
) -> Response[ErrorEnvelope | FlowMetrics]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetFlowMetricsBody,
) -> Response[ErrorEnvelope | FlowMetrics]:
    """Get flow metrics

     Returns headline numbers for one or more automations: total contacts, contacts in progress, finished
    and failed.

    The response is a map keyed by automation UUID. Each value carries `leads_count`,
    `in_progress_leads_count`, `finished_leads_count`, `failed_leads_count` and `task_counts`, which
    holds the pending tasks per task type (the queue depth). Nothing is changed.

    Args:
        body (GetFlowMetricsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FlowMetrics]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GetFlowMetricsBody,
) -> ErrorEnvelope | FlowMetrics | None:
    """Get flow metrics

     Returns headline numbers for one or more automations: total contacts, contacts in progress, finished
    and failed.

    The response is a map keyed by automation UUID. Each value carries `leads_count`,
    `in_progress_leads_count`, `finished_leads_count`, `failed_leads_count` and `task_counts`, which
    holds the pending tasks per task type (the queue depth). Nothing is changed.

    Args:
        body (GetFlowMetricsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FlowMetrics
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetFlowMetricsBody,
) -> Response[ErrorEnvelope | FlowMetrics]:
    """Get flow metrics

     Returns headline numbers for one or more automations: total contacts, contacts in progress, finished
    and failed.

    The response is a map keyed by automation UUID. Each value carries `leads_count`,
    `in_progress_leads_count`, `finished_leads_count`, `failed_leads_count` and `task_counts`, which
    holds the pending tasks per task type (the queue depth). Nothing is changed.

    Args:
        body (GetFlowMetricsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FlowMetrics]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetFlowMetricsBody,
) -> ErrorEnvelope | FlowMetrics | None:
    """Get flow metrics

     Returns headline numbers for one or more automations: total contacts, contacts in progress, finished
    and failed.

    The response is a map keyed by automation UUID. Each value carries `leads_count`,
    `in_progress_leads_count`, `finished_leads_count`, `failed_leads_count` and `task_counts`, which
    holds the pending tasks per task type (the queue depth). Nothing is changed.

    Args:
        body (GetFlowMetricsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FlowMetrics
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
