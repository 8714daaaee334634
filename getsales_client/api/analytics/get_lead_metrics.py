from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_lead_metrics_body import GetLeadMetricsBody
from ...models.get_lead_metrics_response_200 import GetLeadMetricsResponse200
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: GetLeadMetricsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/leads/metrics",
        "extensions": {OPERATION_EXTENSION: "get_lead_metrics"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> GetLeadMetricsResponse200:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = GetLeadMetricsResponse200.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented GetLeadMetricsResponse200 ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[GetLeadMetricsResponse200]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetLeadMetricsBody,
) -> Response[GetLeadMetricsResponse200]:
    """Get lead engagement metrics

     Returns aggregated outreach and engagement numbers for the LinkedIn and email channels. The GetSales
    dashboard, the reports page, the automation performance columns and the inbox unread counters per
    sender profile all use this endpoint. Nothing is changed.

    List the metrics you want in `metrics`. Optionally limit the period with `period_from` /
    `period_to`, group the results with `group_by`, and narrow to particular automations or sender
    profiles.

    With `group_by` set, the answer holds `total` (figures for the whole workspace) plus `metrics`, a
    map keyed by the UUID of each group entity with that entity's figures. Without it, only `total` is
    returned, holding the requested metric names and their counts.

    The unread counters (`unread_count`, `unread_count_linkedin`, `unread_count_email`) are always live,
    per sender profile, and ignore the period.

    **Documented differences.** The current (1.0.0) API documentation treats the period as optional;
    other documentation requires `period_from`, `period_to` and `metrics`, says `filter` is ignored and
    `group_by` does not change the answer (only `total`), and leaves the unread counters out of its
    metric list. The schema requires only `metrics`, accepts the unread counters, and lets `metrics`
    appear in the answer when present.

    `POST /leads/api/leads/metrics` (getLeadMetrics).
    Args:
        body (GetLeadMetricsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[GetLeadMetricsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GetLeadMetricsBody,
) -> GetLeadMetricsResponse200:
    """Get lead engagement metrics

     Returns aggregated outreach and engagement numbers for the LinkedIn and email channels. The GetSales
    dashboard, the reports page, the automation performance columns and the inbox unread counters per
    sender profile all use this endpoint. Nothing is changed.

    List the metrics you want in `metrics`. Optionally limit the period with `period_from` /
    `period_to`, group the results with `group_by`, and narrow to particular automations or sender
    profiles.

    With `group_by` set, the answer holds `total` (figures for the whole workspace) plus `metrics`, a
    map keyed by the UUID of each group entity with that entity's figures. Without it, only `total` is
    returned, holding the requested metric names and their counts.

    The unread counters (`unread_count`, `unread_count_linkedin`, `unread_count_email`) are always live,
    per sender profile, and ignore the period.

    **Documented differences.** The current (1.0.0) API documentation treats the period as optional;
    other documentation requires `period_from`, `period_to` and `metrics`, says `filter` is ignored and
    `group_by` does not change the answer (only `total`), and leaves the unread counters out of its
    metric list. The schema requires only `metrics`, accepts the unread counters, and lets `metrics`
    appear in the answer when present.

    `POST /leads/api/leads/metrics` (getLeadMetrics).
    Args:
        body (GetLeadMetricsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        GetLeadMetricsResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetLeadMetricsBody,
) -> Response[GetLeadMetricsResponse200]:
    """Get lead engagement metrics

     Returns aggregated outreach and engagement numbers for the LinkedIn and email channels. The GetSales
    dashboard, the reports page, the automation performance columns and the inbox unread counters per
    sender profile all use this endpoint. Nothing is changed.

    List the metrics you want in `metrics`. Optionally limit the period with `period_from` /
    `period_to`, group the results with `group_by`, and narrow to particular automations or sender
    profiles.

    With `group_by` set, the answer holds `total` (figures for the whole workspace) plus `metrics`, a
    map keyed by the UUID of each group entity with that entity's figures. Without it, only `total` is
    returned, holding the requested metric names and their counts.

    The unread counters (`unread_count`, `unread_count_linkedin`, `unread_count_email`) are always live,
    per sender profile, and ignore the period.

    **Documented differences.** The current (1.0.0) API documentation treats the period as optional;
    other documentation requires `period_from`, `period_to` and `metrics`, says `filter` is ignored and
    `group_by` does not change the answer (only `total`), and leaves the unread counters out of its
    metric list. The schema requires only `metrics`, accepts the unread counters, and lets `metrics`
    appear in the answer when present.

    `POST /leads/api/leads/metrics` (getLeadMetrics).
    Args:
        body (GetLeadMetricsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[GetLeadMetricsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetLeadMetricsBody,
) -> GetLeadMetricsResponse200:
    """Get lead engagement metrics

     Returns aggregated outreach and engagement numbers for the LinkedIn and email channels. The GetSales
    dashboard, the reports page, the automation performance columns and the inbox unread counters per
    sender profile all use this endpoint. Nothing is changed.

    List the metrics you want in `metrics`. Optionally limit the period with `period_from` /
    `period_to`, group the results with `group_by`, and narrow to particular automations or sender
    profiles.

    With `group_by` set, the answer holds `total` (figures for the whole workspace) plus `metrics`, a
    map keyed by the UUID of each group entity with that entity's figures. Without it, only `total` is
    returned, holding the requested metric names and their counts.

    The unread counters (`unread_count`, `unread_count_linkedin`, `unread_count_email`) are always live,
    per sender profile, and ignore the period.

    **Documented differences.** The current (1.0.0) API documentation treats the period as optional;
    other documentation requires `period_from`, `period_to` and `metrics`, says `filter` is ignored and
    `group_by` does not change the answer (only `total`), and leaves the unread counters out of its
    metric list. The schema requires only `metrics`, accepts the unread counters, and lets `metrics`
    appear in the answer when present.

    `POST /leads/api/leads/metrics` (getLeadMetrics).
    Args:
        body (GetLeadMetricsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        GetLeadMetricsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
