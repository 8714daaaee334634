from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enrich_leads_body import EnrichLeadsBody
from ...models.enrich_leads_response_200 import EnrichLeadsResponse200
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: EnrichLeadsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/leads/api/leads/advanced-enrichment",
        "extensions": {OPERATION_EXTENSION: "enrich_leads"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> EnrichLeadsResponse200:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = EnrichLeadsResponse200.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented EnrichLeadsResponse200 ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[EnrichLeadsResponse200]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EnrichLeadsBody,
) -> Response[EnrichLeadsResponse200]:
    """Enrich contacts

     Queues contacts for LinkedIn enrichment: GetSales reads every selected
    contact's LinkedIn profile and refreshes the contact from it, e.g. name,
    position, company, skills, education and location.

    Step by step:

    1. You choose the contacts, with `filter` or with `uuids`.
    2. The server makes sure the team still has enough enrichment credits.
    3. The contacts enter the enrichment queue.
    4. One of the team's LinkedIn browsers opens the profiles one by one and
       writes the fresh data back.

    **Credits.** One queued contact costs one credit; usage is tallied by
    calendar month. The enrichment metrics endpoint
    (`POST /leads/api/enrichment-queue/metrics`) shows this month's usage, and
    the team endpoint (`GET /id/api/teams/{id}`) shows the limit in
    `credits.advanced_enrichment`. Too few credits gives **402**.

    `filter` has the same form as in search and bulk actions; `uuids` lists
    specific contacts. Provide one of them (otherwise **422**), and at least one
    contact must match. The body of the success answer is not documented.

    `PUT /leads/api/leads/advanced-enrichment` (enrichLeads).
    Args:
        body (EnrichLeadsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[EnrichLeadsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: EnrichLeadsBody,
) -> EnrichLeadsResponse200:
    """Enrich contacts

     Queues contacts for LinkedIn enrichment: GetSales reads every selected
    contact's LinkedIn profile and refreshes the contact from it, e.g. name,
    position, company, skills, education and location.

    Step by step:

    1. You choose the contacts, with `filter` or with `uuids`.
    2. The server makes sure the team still has enough enrichment credits.
    3. The contacts enter the enrichment queue.
    4. One of the team's LinkedIn browsers opens the profiles one by one and
       writes the fresh data back.

    **Credits.** One queued contact costs one credit; usage is tallied by
    calendar month. The enrichment metrics endpoint
    (`POST /leads/api/enrichment-queue/metrics`) shows this month's usage, and
    the team endpoint (`GET /id/api/teams/{id}`) shows the limit in
    `credits.advanced_enrichment`. Too few credits gives **402**.

    `filter` has the same form as in search and bulk actions; `uuids` lists
    specific contacts. Provide one of them (otherwise **422**), and at least one
    contact must match. The body of the success answer is not documented.

    `PUT /leads/api/leads/advanced-enrichment` (enrichLeads).
    Args:
        body (EnrichLeadsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        EnrichLeadsResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EnrichLeadsBody,
) -> Response[EnrichLeadsResponse200]:
    """Enrich contacts

     Queues contacts for LinkedIn enrichment: GetSales reads every selected
    contact's LinkedIn profile and refreshes the contact from it, e.g. name,
    position, company, skills, education and location.

    Step by step:

    1. You choose the contacts, with `filter` or with `uuids`.
    2. The server makes sure the team still has enough enrichment credits.
    3. The contacts enter the enrichment queue.
    4. One of the team's LinkedIn browsers opens the profiles one by one and
       writes the fresh data back.

    **Credits.** One queued contact costs one credit; usage is tallied by
    calendar month. The enrichment metrics endpoint
    (`POST /leads/api/enrichment-queue/metrics`) shows this month's usage, and
    the team endpoint (`GET /id/api/teams/{id}`) shows the limit in
    `credits.advanced_enrichment`. Too few credits gives **402**.

    `filter` has the same form as in search and bulk actions; `uuids` lists
    specific contacts. Provide one of them (otherwise **422**), and at least one
    contact must match. The body of the success answer is not documented.

    `PUT /leads/api/leads/advanced-enrichment` (enrichLeads).
    Args:
        body (EnrichLeadsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[EnrichLeadsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EnrichLeadsBody,
) -> EnrichLeadsResponse200:
    """Enrich contacts

     Queues contacts for LinkedIn enrichment: GetSales reads every selected
    contact's LinkedIn profile and refreshes the contact from it, e.g. name,
    position, company, skills, education and location.

    Step by step:

    1. You choose the contacts, with `filter` or with `uuids`.
    2. The server makes sure the team still has enough enrichment credits.
    3. The contacts enter the enrichment queue.
    4. One of the team's LinkedIn browsers opens the profiles one by one and
       writes the fresh data back.

    **Credits.** One queued contact costs one credit; usage is tallied by
    calendar month. The enrichment metrics endpoint
    (`POST /leads/api/enrichment-queue/metrics`) shows this month's usage, and
    the team endpoint (`GET /id/api/teams/{id}`) shows the limit in
    `credits.advanced_enrichment`. Too few credits gives **402**.

    `filter` has the same form as in search and bulk actions; `uuids` lists
    specific contacts. Provide one of them (otherwise **422**), and at least one
    contact must match. The body of the success answer is not documented.

    `PUT /leads/api/leads/advanced-enrichment` (enrichLeads).
    Args:
        body (EnrichLeadsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        EnrichLeadsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
