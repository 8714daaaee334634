from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enrichment_queue_entry import EnrichmentQueueEntry
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    path_segment,
    status_code_of,
)


def _get_kwargs(
    id: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/leads/api/enrichment-queue/{id}".format(
            id=path_segment(id, "id", "getEnrichmentQueueEntry"),
        ),
        "extensions": {OPERATION_EXTENSION: "get_enrichment_queue_entry"},
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> EnrichmentQueueEntry:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = EnrichmentQueueEntry.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented EnrichmentQueueEntry ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[EnrichmentQueueEntry]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EnrichmentQueueEntry]:
    """Get enrichment queue entry

     Fetches a single entry of the enrichment queue, by ID, to see how far that
    one task has got (`waiting`, `processing` or `done`).

    `GET /leads/api/enrichment-queue/{id}` (getEnrichmentQueueEntry).
    Args:
        id (str): ID of the queue entry.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[EnrichmentQueueEntry]
    """

    kwargs = _get_kwargs(
        id=id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> EnrichmentQueueEntry:
    """Get enrichment queue entry

     Fetches a single entry of the enrichment queue, by ID, to see how far that
    one task has got (`waiting`, `processing` or `done`).

    `GET /leads/api/enrichment-queue/{id}` (getEnrichmentQueueEntry).
    Args:
        id (str): ID of the queue entry.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        EnrichmentQueueEntry
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[EnrichmentQueueEntry]:
    """Get enrichment queue entry

     Fetches a single entry of the enrichment queue, by ID, to see how far that
    one task has got (`waiting`, `processing` or `done`).

    `GET /leads/api/enrichment-queue/{id}` (getEnrichmentQueueEntry).
    Args:
        id (str): ID of the queue entry.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[EnrichmentQueueEntry]
    """

    kwargs = _get_kwargs(
        id=id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> EnrichmentQueueEntry:
    """Get enrichment queue entry

     Fetches a single entry of the enrichment queue, by ID, to see how far that
    one task has got (`waiting`, `processing` or `done`).

    `GET /leads/api/enrichment-queue/{id}` (getEnrichmentQueueEntry).
    Args:
        id (str): ID of the queue entry.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        EnrichmentQueueEntry
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
