from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_leads_body import CreateLeadsBody
from ...models.error_envelope import ErrorEnvelope
from ...models.lead import Lead
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: CreateLeadsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/leads",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | list[Lead] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Lead.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorEnvelope | list[Lead]]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLeadsBody,
) -> Response[ErrorEnvelope | list[Lead]]:
    """Create contacts in a list (legacy bulk create)

     **Deprecated:** use the upsert endpoint (`POST /leads/api/leads/upsert`)
    instead, which the current getting-started guide points to as well. This older
    call is kept for integrations that still rely on it.

    Creates several contacts in one request, all placed in the list given by
    `list_uuid` (contacts cannot exist outside a list; the list ID can be copied
    from the list's menu in the web app). Each entry of `leads` describes one
    contact; its `custom_fields` are keyed by custom field *name*, for example
    `Gender` or `Connection_Message`.

    Unlike most endpoints, the answer is a bare JSON array of the created
    contacts, not a paginated envelope.

    Args:
        body (CreateLeadsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | list[Lead]]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLeadsBody,
) -> ErrorEnvelope | list[Lead] | None:
    """Create contacts in a list (legacy bulk create)

     **Deprecated:** use the upsert endpoint (`POST /leads/api/leads/upsert`)
    instead, which the current getting-started guide points to as well. This older
    call is kept for integrations that still rely on it.

    Creates several contacts in one request, all placed in the list given by
    `list_uuid` (contacts cannot exist outside a list; the list ID can be copied
    from the list's menu in the web app). Each entry of `leads` describes one
    contact; its `custom_fields` are keyed by custom field *name*, for example
    `Gender` or `Connection_Message`.

    Unlike most endpoints, the answer is a bare JSON array of the created
    contacts, not a paginated envelope.

    Args:
        body (CreateLeadsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | list[Lead]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLeadsBody,
) -> Response[ErrorEnvelope | list[Lead]]:
    """Create contacts in a list (legacy bulk create)

     **Deprecated:** use the upsert endpoint (`POST /leads/api/leads/upsert`)
    instead, which the current getting-started guide points to as well. This older
    call is kept for integrations that still rely on it.

    Creates several contacts in one request, all placed in the list given by
    `list_uuid` (contacts cannot exist outside a list; the list ID can be copied
    from the list's menu in the web app). Each entry of `leads` describes one
    contact; its `custom_fields` are keyed by custom field *name*, for example
    `Gender` or `Connection_Message`.

    Unlike most endpoints, the answer is a bare JSON array of the created
    contacts, not a paginated envelope.

    Args:
        body (CreateLeadsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | list[Lead]]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLeadsBody,
) -> ErrorEnvelope | list[Lead] | None:
    """Create contacts in a list (legacy bulk create)

     **Deprecated:** use the upsert endpoint (`POST /leads/api/leads/upsert`)
    instead, which the current getting-started guide points to as well. This older
    call is kept for integrations that still rely on it.

    Creates several contacts in one request, all placed in the list given by
    `list_uuid` (contacts cannot exist outside a list; the list ID can be copied
    from the list's menu in the web app). Each entry of `leads` describes one
    contact; its `custom_fields` are keyed by custom field *name*, for example
    `Gender` or `Connection_Message`.

    Unlike most endpoints, the answer is a bare JSON array of the created
    contacts, not a paginated envelope.

    Args:
        body (CreateLeadsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | list[Lead]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
