from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.team import Team
from ...types import Response, status_code_of


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/id/api/teams/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | Team | None:
    if response.status_code == 200:
        response_200 = Team.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorEnvelope.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | Team]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | Team]:
    """Get team details

     Fetches a single team by its numeric ID, with its feature limits, its credit
    balances (for example `credits.advanced_enrichment`, the monthly enrichment
    allowance) and its configuration.

    Only accepted members of the team may read it: anyone else gets **403**.
    Another published description of this endpoint answers **404** when the team
    does not exist, so be ready for either status when the ID is wrong.

    Args:
        id (int): Numeric ID of the team.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Team]
    """

    kwargs = _get_kwargs(
        id=id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | Team | None:
    """Get team details

     Fetches a single team by its numeric ID, with its feature limits, its credit
    balances (for example `credits.advanced_enrichment`, the monthly enrichment
    allowance) and its configuration.

    Only accepted members of the team may read it: anyone else gets **403**.
    Another published description of this endpoint answers **404** when the team
    does not exist, so be ready for either status when the ID is wrong.

    Args:
        id (int): Numeric ID of the team.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Team
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | Team]:
    """Get team details

     Fetches a single team by its numeric ID, with its feature limits, its credit
    balances (for example `credits.advanced_enrichment`, the monthly enrichment
    allowance) and its configuration.

    Only accepted members of the team may read it: anyone else gets **403**.
    Another published description of this endpoint answers **404** when the team
    does not exist, so be ready for either status when the ID is wrong.

    Args:
        id (int): Numeric ID of the team.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Team]
    """

    kwargs = _get_kwargs(
        id=id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | Team | None:
    """Get team details

     Fetches a single team by its numeric ID, with its feature limits, its credit
    balances (for example `credits.advanced_enrichment`, the monthly enrichment
    allowance) and its configuration.

    Only accepted members of the team may read it: anyone else gets **403**.
    Another published description of this endpoint answers **404** when the team
    does not exist, so be ready for either status when the ID is wrong.

    Args:
        id (int): Numeric ID of the team.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Team
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
