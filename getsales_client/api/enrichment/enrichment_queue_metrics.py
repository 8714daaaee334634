from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enrichment_queue_metrics_response_200 import (
    EnrichmentQueueMetricsResponse200,
)
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, status_code_of


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/enrichment-queue/metrics",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnrichmentQueueMetricsResponse200 | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = EnrichmentQueueMetricsResponse200.from_dict(response.json())

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
) -> Response[EnrichmentQueueMetricsResponse200 | ErrorEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[EnrichmentQueueMetricsResponse200 | ErrorEnvelope]:
    """Get enrichment metrics

     Returns `this_month_count`, the number of enrichment entries processed in the
    current calendar month. Subtract it from the limit in the team's
    `credits.advanced_enrichment` to know what is left: with a plan of
    1,000 enrichments a month and a count of 350, 650 remain. Nothing is changed,
    despite the `POST` method.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrichmentQueueMetricsResponse200 | ErrorEnvelope]
    """

    kwargs = _get_kwargs()
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> EnrichmentQueueMetricsResponse200 | ErrorEnvelope | None:
    """Get enrichment metrics

     Returns `this_month_count`, the number of enrichment entries processed in the
    current calendar month. Subtract it from the limit in the team's
    `credits.advanced_enrichment` to know what is left: with a plan of
    1,000 enrichments a month and a count of 350, 650 remain. Nothing is changed,
    despite the `POST` method.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrichmentQueueMetricsResponse200 | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[EnrichmentQueueMetricsResponse200 | ErrorEnvelope]:
    """Get enrichment metrics

     Returns `this_month_count`, the number of enrichment entries processed in the
    current calendar month. Subtract it from the limit in the team's
    `credits.advanced_enrichment` to know what is left: with a plan of
    1,000 enrichments a month and a count of 350, 650 remain. Nothing is changed,
    despite the `POST` method.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrichmentQueueMetricsResponse200 | ErrorEnvelope]
    """

    kwargs = _get_kwargs()
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> EnrichmentQueueMetricsResponse200 | ErrorEnvelope | None:
    """Get enrichment metrics

     Returns `this_month_count`, the number of enrichment entries processed in the
    current calendar month. Subtract it from the limit in the team's
    `credits.advanced_enrichment` to know what is left: with a plan of
    1,000 enrichments a month and a count of 350, 650 remain. Nothing is changed,
    despite the `POST` method.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrichmentQueueMetricsResponse200 | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
