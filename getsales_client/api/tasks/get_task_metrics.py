from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_task_metrics_body import GetTaskMetricsBody
from ...models.get_task_metrics_response_200 import GetTaskMetricsResponse200
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: GetTaskMetricsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/tasks/metrics",
        "extensions": {OPERATION_EXTENSION: "get_task_metrics"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> GetTaskMetricsResponse200:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = GetTaskMetricsResponse200.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented GetTaskMetricsResponse200 ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[GetTaskMetricsResponse200]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetTaskMetricsBody,
) -> Response[GetTaskMetricsResponse200]:
    """Get task metrics

     Returns aggregated task figures: counts by status and by type plus performance numbers, for
    dashboards, reports and monitoring automations. Nothing is changed.

    The request fields and the response field names are not published, so both are described as free-
    form objects.

    `POST /flows/api/tasks/metrics` (getTaskMetrics).
    Args:
        body (GetTaskMetricsBody): Optional criteria; the accepted keys are not documented.
            Example: {}.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[GetTaskMetricsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GetTaskMetricsBody,
) -> GetTaskMetricsResponse200:
    """Get task metrics

     Returns aggregated task figures: counts by status and by type plus performance numbers, for
    dashboards, reports and monitoring automations. Nothing is changed.

    The request fields and the response field names are not published, so both are described as free-
    form objects.

    `POST /flows/api/tasks/metrics` (getTaskMetrics).
    Args:
        body (GetTaskMetricsBody): Optional criteria; the accepted keys are not documented.
            Example: {}.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        GetTaskMetricsResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetTaskMetricsBody,
) -> Response[GetTaskMetricsResponse200]:
    """Get task metrics

     Returns aggregated task figures: counts by status and by type plus performance numbers, for
    dashboards, reports and monitoring automations. Nothing is changed.

    The request fields and the response field names are not published, so both are described as free-
    form objects.

    `POST /flows/api/tasks/metrics` (getTaskMetrics).
    Args:
        body (GetTaskMetricsBody): Optional criteria; the accepted keys are not documented.
            Example: {}.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[GetTaskMetricsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetTaskMetricsBody,
) -> GetTaskMetricsResponse200:
    """Get task metrics

     Returns aggregated task figures: counts by status and by type plus performance numbers, for
    dashboards, reports and monitoring automations. Nothing is changed.

    The request fields and the response field names are not published, so both are described as free-
    form objects.

    `POST /flows/api/tasks/metrics` (getTaskMetrics).
    Args:
        body (GetTaskMetricsBody): Optional criteria; the accepted keys are not documented.
            Example: {}.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        GetTaskMetricsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
