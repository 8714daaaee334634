from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_list_body import CreateListBody
from ...models.error_envelope import ErrorEnvelope
from ...models.list_ import List
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: CreateListBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/lists",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | List | None:
    if response.status_code == 201:
        response_201 = List.from_dict(response.json())

        return response_201

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
) -> Response[ErrorEnvelope | List]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateListBody,
) -> Response[ErrorEnvelope | List]:
    """Create a list

     Creates a contact list. No other list in the team may have the same name.

    To fill it, create contacts with the upsert endpoint and this list's
    `list_uuid`, or move existing contacts with the bulk action
    `contact_change_list`. Answers **201** with the new list.

    Args:
        body (CreateListBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | List]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateListBody,
) -> ErrorEnvelope | List | None:
    """Create a list

     Creates a contact list. No other list in the team may have the same name.

    To fill it, create contacts with the upsert endpoint and this list's
    `list_uuid`, or move existing contacts with the bulk action
    `contact_change_list`. Answers **201** with the new list.

    Args:
        body (CreateListBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | List
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateListBody,
) -> Response[ErrorEnvelope | List]:
    """Create a list

     Creates a contact list. No other list in the team may have the same name.

    To fill it, create contacts with the upsert endpoint and this list's
    `list_uuid`, or move existing contacts with the bulk action
    `contact_change_list`. Answers **201** with the new list.

    Args:
        body (CreateListBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | List]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateListBody,
) -> ErrorEnvelope | List | None:
    """Create a list

     Creates a contact list. No other list in the team may have the same name.

    To fill it, create contacts with the upsert endpoint and this list's
    `list_uuid`, or move existing contacts with the bulk action
    `contact_change_list`. Answers **201** with the new list.

    Args:
        body (CreateListBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | List
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
