from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.team import Team
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    path_segment,
    status_code_of,
)


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/id/api/teams/{id}".format(
            id=path_segment(id, "id", "getTeam"),
        ),
        "extensions": {OPERATION_EXTENSION: "get_team"},
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> Team:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = Team.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = (
            f"a body that is not the documented Team ({type(exc).__name__}: {exc})"
        )
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[Team]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Team]:
    """Get team details

     Fetches a single team by its numeric ID, with its feature limits, its credit
    balances (for example `credits.advanced_enrichment`, the monthly enrichment
    allowance) and its configuration.

    Only accepted members of the team may read it: anyone else gets **403**.
    Another published description of this endpoint answers **404** when the team
    does not exist, so be ready for either status when the ID is wrong.

    `GET /id/api/teams/{id}` (getTeam).
    Args:
        id (int): Numeric ID of the team.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[Team]
    """

    kwargs = _get_kwargs(
        id=id,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Team:
    """Get team details

     Fetches a single team by its numeric ID, with its feature limits, its credit
    balances (for example `credits.advanced_enrichment`, the monthly enrichment
    allowance) and its configuration.

    Only accepted members of the team may read it: anyone else gets **403**.
    Another published description of this endpoint answers **404** when the team
    does not exist, so be ready for either status when the ID is wrong.

    `GET /id/api/teams/{id}` (getTeam).
    Args:
        id (int): Numeric ID of the team.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Team
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Team]:
    """Get team details

     Fetches a single team by its numeric ID, with its feature limits, its credit
    balances (for example `credits.advanced_enrichment`, the monthly enrichment
    allowance) and its configuration.

    Only accepted members of the team may read it: anyone else gets **403**.
    Another published description of this endpoint answers **404** when the team
    does not exist, so be ready for either status when the ID is wrong.

    `GET /id/api/teams/{id}` (getTeam).
    Args:
        id (int): Numeric ID of the team.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[Team]
    """

    kwargs = _get_kwargs(
        id=id,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Team:
    """Get team details

     Fetches a single team by its numeric ID, with its feature limits, its credit
    balances (for example `credits.advanced_enrichment`, the monthly enrichment
    allowance) and its configuration.

    Only accepted members of the team may read it: anyone else gets **403**.
    Another published description of this endpoint answers **404** when the team
    does not exist, so be ready for either status when the ID is wrong.

    `GET /id/api/teams/{id}` (getTeam).
    Args:
        id (int): Numeric ID of the team.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Team
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
