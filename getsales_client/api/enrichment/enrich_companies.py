from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enrich_companies_body import EnrichCompaniesBody
from ...models.enrich_companies_response_200 import EnrichCompaniesResponse200
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: EnrichCompaniesBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/leads/api/companies/advanced-enrichment",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EnrichCompaniesResponse200 | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = EnrichCompaniesResponse200.from_dict(response.json())

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
) -> Response[EnrichCompaniesResponse200 | ErrorEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EnrichCompaniesBody,
) -> Response[EnrichCompaniesResponse200 | ErrorEnvelope]:
    """Enrich companies

     Queues companies for LinkedIn enrichment: GetSales reads every selected
    company's LinkedIn page and refreshes things like its description, industry,
    head count, specialties, headquarters and logo.

    The flow matches contact enrichment: choose companies with `filter` or
    `uuids`, the credits are checked, then the companies enter the queue.
    Contacts and companies spend credits from one shared monthly allowance; too few credits gives
    **402**. The answer
    reports how many companies were queued as `count`.

    Args:
        body (EnrichCompaniesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrichCompaniesResponse200 | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: EnrichCompaniesBody,
) -> EnrichCompaniesResponse200 | ErrorEnvelope | None:
    """Enrich companies

     Queues companies for LinkedIn enrichment: GetSales reads every selected
    company's LinkedIn page and refreshes things like its description, industry,
    head count, specialties, headquarters and logo.

    The flow matches contact enrichment: choose companies with `filter` or
    `uuids`, the credits are checked, then the companies enter the queue.
    Contacts and companies spend credits from one shared monthly allowance; too few credits gives
    **402**. The answer
    reports how many companies were queued as `count`.

    Args:
        body (EnrichCompaniesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrichCompaniesResponse200 | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EnrichCompaniesBody,
) -> Response[EnrichCompaniesResponse200 | ErrorEnvelope]:
    """Enrich companies

     Queues companies for LinkedIn enrichment: GetSales reads every selected
    company's LinkedIn page and refreshes things like its description, industry,
    head count, specialties, headquarters and logo.

    The flow matches contact enrichment: choose companies with `filter` or
    `uuids`, the credits are checked, then the companies enter the queue.
    Contacts and companies spend credits from one shared monthly allowance; too few credits gives
    **402**. The answer
    reports how many companies were queued as `count`.

    Args:
        body (EnrichCompaniesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EnrichCompaniesResponse200 | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EnrichCompaniesBody,
) -> EnrichCompaniesResponse200 | ErrorEnvelope | None:
    """Enrich companies

     Queues companies for LinkedIn enrichment: GetSales reads every selected
    company's LinkedIn page and refreshes things like its description, industry,
    head count, specialties, headquarters and logo.

    The flow matches contact enrichment: choose companies with `filter` or
    `uuids`, the credits are checked, then the companies enter the queue.
    Contacts and companies spend credits from one shared monthly allowance; too few credits gives
    **402**. The answer
    reports how many companies were queued as `count`.

    Args:
        body (EnrichCompaniesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EnrichCompaniesResponse200 | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
