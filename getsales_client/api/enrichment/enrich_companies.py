from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.enrich_companies_body import EnrichCompaniesBody
from ...models.enrich_companies_response_200 import EnrichCompaniesResponse200
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: EnrichCompaniesBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/leads/api/companies/advanced-enrichment",
        "extensions": {OPERATION_EXTENSION: "enrich_companies"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> EnrichCompaniesResponse200:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = EnrichCompaniesResponse200.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented EnrichCompaniesResponse200 ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[EnrichCompaniesResponse200]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EnrichCompaniesBody,
) -> Response[EnrichCompaniesResponse200]:
    """Enrich companies

     Queues companies for LinkedIn enrichment: GetSales reads every selected
    company's LinkedIn page and refreshes things like its description, industry,
    head count, specialties, headquarters and logo.

    The flow matches contact enrichment: choose companies with `filter` or
    `uuids`, the credits are checked, then the companies enter the queue.
    Contacts and companies spend credits from one shared monthly allowance; too few credits gives
    **402**. The answer
    reports how many companies were queued as `count`.

    `PUT /leads/api/companies/advanced-enrichment` (enrichCompanies).
    Args:
        body (EnrichCompaniesBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[EnrichCompaniesResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: EnrichCompaniesBody,
) -> EnrichCompaniesResponse200:
    """Enrich companies

     Queues companies for LinkedIn enrichment: GetSales reads every selected
    company's LinkedIn page and refreshes things like its description, industry,
    head count, specialties, headquarters and logo.

    The flow matches contact enrichment: choose companies with `filter` or
    `uuids`, the credits are checked, then the companies enter the queue.
    Contacts and companies spend credits from one shared monthly allowance; too few credits gives
    **402**. The answer
    reports how many companies were queued as `count`.

    `PUT /leads/api/companies/advanced-enrichment` (enrichCompanies).
    Args:
        body (EnrichCompaniesBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        EnrichCompaniesResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: EnrichCompaniesBody,
) -> Response[EnrichCompaniesResponse200]:
    """Enrich companies

     Queues companies for LinkedIn enrichment: GetSales reads every selected
    company's LinkedIn page and refreshes things like its description, industry,
    head count, specialties, headquarters and logo.

    The flow matches contact enrichment: choose companies with `filter` or
    `uuids`, the credits are checked, then the companies enter the queue.
    Contacts and companies spend credits from one shared monthly allowance; too few credits gives
    **402**. The answer
    reports how many companies were queued as `count`.

    `PUT /leads/api/companies/advanced-enrichment` (enrichCompanies).
    Args:
        body (EnrichCompaniesBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[EnrichCompaniesResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: EnrichCompaniesBody,
) -> EnrichCompaniesResponse200:
    """Enrich companies

     Queues companies for LinkedIn enrichment: GetSales reads every selected
    company's LinkedIn page and refreshes things like its description, industry,
    head count, specialties, headquarters and logo.

    The flow matches contact enrichment: choose companies with `filter` or
    `uuids`, the credits are checked, then the companies enter the queue.
    Contacts and companies spend credits from one shared monthly allowance; too few credits gives
    **402**. The answer
    reports how many companies were queued as `count`.

    `PUT /leads/api/companies/advanced-enrichment` (enrichCompanies).
    Args:
        body (EnrichCompaniesBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        EnrichCompaniesResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
