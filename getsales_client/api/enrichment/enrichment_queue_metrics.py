from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enrichment_queue_metrics_response_200 import (
    EnrichmentQueueMetricsResponse200,
)
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/enrichment-queue/metrics",
        "extensions": {OPERATION_EXTENSION: "enrichment_queue_metrics"},
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> EnrichmentQueueMetricsResponse200:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = EnrichmentQueueMetricsResponse200.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented EnrichmentQueueMetricsResponse200 ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(
    response: httpx.Response,
) -> Response[EnrichmentQueueMetricsResponse200]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[EnrichmentQueueMetricsResponse200]:
    """Get enrichment metrics

     Returns `this_month_count`, the number of enrichment entries processed in the
    current calendar month. Subtract it from the limit in the team's
    `credits.advanced_enrichment` to know what is left: with a plan of
    1,000 enrichments a month and a count of 350, 650 remain. Nothing is changed,
    despite the `POST` method.

    `POST /leads/api/enrichment-queue/metrics` (enrichmentQueueMetrics).
    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[EnrichmentQueueMetricsResponse200]
    """

    kwargs = _get_kwargs()
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> EnrichmentQueueMetricsResponse200:
    """Get enrichment metrics

     Returns `this_month_count`, the number of enrichment entries processed in the
    current calendar month. Subtract it from the limit in the team's
    `credits.advanced_enrichment` to know what is left: with a plan of
    1,000 enrichments a month and a count of 350, 650 remain. Nothing is changed,
    despite the `POST` method.

    `POST /leads/api/enrichment-queue/metrics` (enrichmentQueueMetrics).
    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        EnrichmentQueueMetricsResponse200
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[EnrichmentQueueMetricsResponse200]:
    """Get enrichment metrics

     Returns `this_month_count`, the number of enrichment entries processed in the
    current calendar month. Subtract it from the limit in the team's
    `credits.advanced_enrichment` to know what is left: with a plan of
    1,000 enrichments a month and a count of 350, 650 remain. Nothing is changed,
    despite the `POST` method.

    `POST /leads/api/enrichment-queue/metrics` (enrichmentQueueMetrics).
    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[EnrichmentQueueMetricsResponse200]
    """

    kwargs = _get_kwargs()
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> EnrichmentQueueMetricsResponse200:
    """Get enrichment metrics

     Returns `this_month_count`, the number of enrichment entries processed in the
    current calendar month. Subtract it from the limit in the team's
    `credits.advanced_enrichment` to know what is left: with a plan of
    1,000 enrichments a month and a count of 350, 650 remain. Nothing is changed,
    despite the `POST` method.

    `POST /leads/api/enrichment-queue/metrics` (enrichmentQueueMetrics).
    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        EnrichmentQueueMetricsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
