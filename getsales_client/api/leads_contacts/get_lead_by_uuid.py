from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.lead_aggregation import LeadAggregation
from ...types import Response, status_code_of


def _get_kwargs(
    uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/leads/api/leads/{uuid}".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | LeadAggregation | None:
    if response.status_code == 200:
        response_200 = LeadAggregation.from_dict(response.json())

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
) -> Response[ErrorEnvelope | LeadAggregation]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | LeadAggregation]:
    """Get contact by ID

     Fetches one contact by UUID together with its aggregation data: activity
    markers, the flows it is currently active in, and its custom field values.

    The exact keys of the aggregated part are not published, and some descriptions
    show only the plain contact fields, so every aggregated key is optional.
    **404** if no contact has this UUID.

    Args:
        uuid (UUID): UUID of the contact.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LeadAggregation]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | LeadAggregation | None:
    """Get contact by ID

     Fetches one contact by UUID together with its aggregation data: activity
    markers, the flows it is currently active in, and its custom field values.

    The exact keys of the aggregated part are not published, and some descriptions
    show only the plain contact fields, so every aggregated key is optional.
    **404** if no contact has this UUID.

    Args:
        uuid (UUID): UUID of the contact.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LeadAggregation
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ErrorEnvelope | LeadAggregation]:
    """Get contact by ID

     Fetches one contact by UUID together with its aggregation data: activity
    markers, the flows it is currently active in, and its custom field values.

    The exact keys of the aggregated part are not published, and some descriptions
    show only the plain contact fields, so every aggregated key is optional.
    **404** if no contact has this UUID.

    Args:
        uuid (UUID): UUID of the contact.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LeadAggregation]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> ErrorEnvelope | LeadAggregation | None:
    """Get contact by ID

     Fetches one contact by UUID together with its aggregation data: activity
    markers, the flows it is currently active in, and its custom field values.

    The exact keys of the aggregated part are not published, and some descriptions
    show only the plain contact fields, so every aggregated key is optional.
    **404** if no contact has this UUID.

    Args:
        uuid (UUID): UUID of the contact.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LeadAggregation
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
        )
    ).parsed
