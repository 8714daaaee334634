from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.count_leads_body import CountLeadsBody
from ...models.count_leads_response_200 import CountLeadsResponse200
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: CountLeadsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/leads/count",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CountLeadsResponse200 | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CountLeadsResponse200.from_dict(response.json())

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
) -> Response[CountLeadsResponse200 | ErrorEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CountLeadsBody,
) -> Response[CountLeadsResponse200 | ErrorEnvelope]:
    """Count contacts

     Tells how many contacts match a selection, as `{total}`, without sending the
    contacts themselves. Useful for dashboards, or to check a filter before using
    it in a bulk action.

    Select contacts with explicit `ids`, with `all: true` (every contact in the
    team; `ids` is then ignored), and optionally narrow them with a `filter` shaped
    like the one of the search endpoint.

    Args:
        body (CountLeadsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CountLeadsResponse200 | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CountLeadsBody,
) -> CountLeadsResponse200 | ErrorEnvelope | None:
    """Count contacts

     Tells how many contacts match a selection, as `{total}`, without sending the
    contacts themselves. Useful for dashboards, or to check a filter before using
    it in a bulk action.

    Select contacts with explicit `ids`, with `all: true` (every contact in the
    team; `ids` is then ignored), and optionally narrow them with a `filter` shaped
    like the one of the search endpoint.

    Args:
        body (CountLeadsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CountLeadsResponse200 | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CountLeadsBody,
) -> Response[CountLeadsResponse200 | ErrorEnvelope]:
    """Count contacts

     Tells how many contacts match a selection, as `{total}`, without sending the
    contacts themselves. Useful for dashboards, or to check a filter before using
    it in a bulk action.

    Select contacts with explicit `ids`, with `all: true` (every contact in the
    team; `ids` is then ignored), and optionally narrow them with a `filter` shaped
    like the one of the search endpoint.

    Args:
        body (CountLeadsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CountLeadsResponse200 | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CountLeadsBody,
) -> CountLeadsResponse200 | ErrorEnvelope | None:
    """Count contacts

     Tells how many contacts match a selection, as `{total}`, without sending the
    contacts themselves. Useful for dashboards, or to check a filter before using
    it in a bulk action.

    Select contacts with explicit `ids`, with `all: true` (every contact in the
    team; `ids` is then ignored), and optionally narrow them with a `filter` shaped
    like the one of the search endpoint.

    Args:
        body (CountLeadsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CountLeadsResponse200 | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
