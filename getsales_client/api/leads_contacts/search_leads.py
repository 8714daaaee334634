from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.lead_list import LeadList
from ...models.search_leads_body import SearchLeadsBody
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: SearchLeadsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/leads/search",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | LeadList | None:
    if response.status_code == 200:
        response_200 = LeadList.from_dict(response.json())

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
) -> Response[ErrorEnvelope | LeadList]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SearchLeadsBody,
) -> Response[ErrorEnvelope | LeadList]:
    """Search contacts

     Finds contacts with filters, paging and sorting, all sent in the request body.
    Matching contacts come back with their aggregation data unless
    `disable_aggregation` is `true`.

    Each key of `filter` targets one field: a plain value means *equals*, an array
    means *any of*, an object carries an operator, and the strings `is_null` /
    `is_not_null` test for a missing value. The special key `q` matches free
    text against name, email, position, headline and about.

    Some descriptions show the result envelope without `has_more`, so treat that
    key as optional. One third-party catalogue lists `0` and `1` as sort
    directions; the documented values are `asc` and `desc`, defaulting to `desc`.

    Args:
        body (SearchLeadsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LeadList]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SearchLeadsBody,
) -> ErrorEnvelope | LeadList | None:
    """Search contacts

     Finds contacts with filters, paging and sorting, all sent in the request body.
    Matching contacts come back with their aggregation data unless
    `disable_aggregation` is `true`.

    Each key of `filter` targets one field: a plain value means *equals*, an array
    means *any of*, an object carries an operator, and the strings `is_null` /
    `is_not_null` test for a missing value. The special key `q` matches free
    text against name, email, position, headline and about.

    Some descriptions show the result envelope without `has_more`, so treat that
    key as optional. One third-party catalogue lists `0` and `1` as sort
    directions; the documented values are `asc` and `desc`, defaulting to `desc`.

    Args:
        body (SearchLeadsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LeadList
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SearchLeadsBody,
) -> Response[ErrorEnvelope | LeadList]:
    """Search contacts

     Finds contacts with filters, paging and sorting, all sent in the request body.
    Matching contacts come back with their aggregation data unless
    `disable_aggregation` is `true`.

    Each key of `filter` targets one field: a plain value means *equals*, an array
    means *any of*, an object carries an operator, and the strings `is_null` /
    `is_not_null` test for a missing value. The special key `q` matches free
    text against name, email, position, headline and about.

    Some descriptions show the result envelope without `has_more`, so treat that
    key as optional. One third-party catalogue lists `0` and `1` as sort
    directions; the documented values are `asc` and `desc`, defaulting to `desc`.

    Args:
        body (SearchLeadsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LeadList]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SearchLeadsBody,
) -> ErrorEnvelope | LeadList | None:
    """Search contacts

     Finds contacts with filters, paging and sorting, all sent in the request body.
    Matching contacts come back with their aggregation data unless
    `disable_aggregation` is `true`.

    Each key of `filter` targets one field: a plain value means *equals*, an array
    means *any of*, an object carries an operator, and the strings `is_null` /
    `is_not_null` test for a missing value. The special key `q` matches free
    text against name, email, position, headline and about.

    Some descriptions show the result envelope without `has_more`, so treat that
    key as optional. One third-party catalogue lists `0` and `1` as sort
    directions; the documented values are `asc` and `desc`, defaulting to `desc`.

    Args:
        body (SearchLeadsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LeadList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
