from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.flow_metrics import FlowMetrics
from ...models.get_flow_metrics_body import GetFlowMetricsBody
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: GetFlowMetricsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/flows/metrics",
        "extensions": {OPERATION_EXTENSION: "get_flow_metrics"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> FlowMetrics:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = FlowMetrics.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented FlowMetrics ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[FlowMetrics]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetFlowMetricsBody,
) -> Response[FlowMetrics]:
    """Get flow metrics

     Returns headline numbers for one or more automations: total contacts, contacts in progress, finished
    and failed.

    The response is a map keyed by automation UUID. Each value carries `leads_count`,
    `in_progress_leads_count`, `finished_leads_count`, `failed_leads_count` and `task_counts`, which
    holds the pending tasks per task type (the queue depth). Nothing is changed.

    `POST /flows/api/flows/metrics` (getFlowMetrics).
    Args:
        body (GetFlowMetricsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[FlowMetrics]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GetFlowMetricsBody,
) -> FlowMetrics:
    """Get flow metrics

     Returns headline numbers for one or more automations: total contacts, contacts in progress, finished
    and failed.

    The response is a map keyed by automation UUID. Each value carries `leads_count`,
    `in_progress_leads_count`, `finished_leads_count`, `failed_leads_count` and `task_counts`, which
    holds the pending tasks per task type (the queue depth). Nothing is changed.

    `POST /flows/api/flows/metrics` (getFlowMetrics).
    Args:
        body (GetFlowMetricsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        FlowMetrics
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetFlowMetricsBody,
) -> Response[FlowMetrics]:
    """Get flow metrics

     Returns headline numbers for one or more automations: total contacts, contacts in progress, finished
    and failed.

    The response is a map keyed by automation UUID. Each value carries `leads_count`,
    `in_progress_leads_count`, `finished_leads_count`, `failed_leads_count` and `task_counts`, which
    holds the pending tasks per task type (the queue depth). Nothing is changed.

    `POST /flows/api/flows/metrics` (getFlowMetrics).
    Args:
        body (GetFlowMetricsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[FlowMetrics]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetFlowMetricsBody,
) -> FlowMetrics:
    """Get flow metrics

     Returns headline numbers for one or more automations: total contacts, contacts in progress, finished
    and failed.

    The response is a map keyed by automation UUID. Each value carries `leads_count`,
    `in_progress_leads_count`, `finished_leads_count`, `failed_leads_count` and `task_counts`, which
    holds the pending tasks per task type (the queue depth). Nothing is changed.

    `POST /flows/api/flows/metrics` (getFlowMetrics).
    Args:
        body (GetFlowMetricsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        FlowMetrics
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
