from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enrich_leads_body import EnrichLeadsBody
from ...models.enrich_leads_response_200 import EnrichLeadsResponse200
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: EnrichLeadsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/leads/api/leads/advanced-enrichment",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnrichLeadsResponse200 | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = EnrichLeadsResponse200.from_dict(response.json())

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
) -> Response[EnrichLeadsResponse200 | ErrorEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EnrichLeadsBody,
) -> Response[EnrichLeadsResponse200 | ErrorEnvelope]:
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

    Args:
        body (EnrichLeadsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrichLeadsResponse200 | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: EnrichLeadsBody,
) -> EnrichLeadsResponse200 | ErrorEnvelope | None:
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

    Args:
        body (EnrichLeadsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrichLeadsResponse200 | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EnrichLeadsBody,
) -> Response[EnrichLeadsResponse200 | ErrorEnvelope]:
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

    Args:
        body (EnrichLeadsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrichLeadsResponse200 | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EnrichLeadsBody,
) -> EnrichLeadsResponse200 | ErrorEnvelope | None:
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

    Args:
        body (EnrichLeadsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrichLeadsResponse200 | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
