from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_leads_body import CreateLeadsBody
from ...models.lead import Lead
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: CreateLeadsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/leads",
        "extensions": {OPERATION_EXTENSION: "create_leads"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> list[Lead]:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        response_200 = []
        _response_200 = data
        for response_200_item_data in _response_200:
            response_200_item = Lead.from_dict(response_200_item_data)

            response_200.append(response_200_item)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented list[Lead] ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[list[Lead]]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLeadsBody,
) -> Response[list[Lead]]:
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

    `POST /leads/api/leads` (createLeads).
    Args:
        body (CreateLeadsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[list[Lead]]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLeadsBody,
) -> list[Lead]:
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

    `POST /leads/api/leads` (createLeads).
    Args:
        body (CreateLeadsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        list[Lead]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLeadsBody,
) -> Response[list[Lead]]:
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

    `POST /leads/api/leads` (createLeads).
    Args:
        body (CreateLeadsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[list[Lead]]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLeadsBody,
) -> list[Lead]:
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

    `POST /leads/api/leads` (createLeads).
    Args:
        body (CreateLeadsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        list[Lead]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
