from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_lead_metrics_body import GetLeadMetricsBody
from ...models.get_lead_metrics_response_200 import GetLeadMetricsResponse200
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: GetLeadMetricsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/leads/metrics",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | GetLeadMetricsResponse200 | None:
    if response.status_code == 200:
        response_200 = GetLeadMetricsResponse200.from_dict(response.json())

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
) -> Response[ErrorEnvelope | GetLeadMetricsResponse200]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetLeadMetricsBody,
) -> Response[ErrorEnvelope | GetLeadMetricsResponse200]:
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

    Args:
        body (GetLeadMetricsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetLeadMetricsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GetLeadMetricsBody,
) -> ErrorEnvelope | GetLeadMetricsResponse200 | None:
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

    Args:
        body (GetLeadMetricsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetLeadMetricsResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetLeadMetricsBody,
) -> Response[ErrorEnvelope | GetLeadMetricsResponse200]:
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

    Args:
        body (GetLeadMetricsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetLeadMetricsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetLeadMetricsBody,
) -> ErrorEnvelope | GetLeadMetricsResponse200 | None:
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

    Args:
        body (GetLeadMetricsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetLeadMetricsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
