from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_lead_to_blacklist_body import AddLeadToBlacklistBody
from ...models.lead_blacklist_entry import LeadBlacklistEntry
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: AddLeadToBlacklistBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/leads-blacklist",
        "extensions": {OPERATION_EXTENSION: "add_lead_to_blacklist"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> LeadBlacklistEntry:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_201 = LeadBlacklistEntry.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented LeadBlacklistEntry ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_201


def _build_response(response: httpx.Response) -> Response[LeadBlacklistEntry]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddLeadToBlacklistBody,
) -> Response[LeadBlacklistEntry]:
    """Add contact to blacklist

     Puts a contact on the blacklist. Should the CRM already hold a matching
    contact, a background job deletes it.

    Give at least one identifier: `linkedin`, `ln_id`, `work_email` or
    `personal_email`, or else `name` and `company_name` together.

    Another description uses a single `email` field and asks for one of
    `linkedin`, `email` or `name`; both spellings are accepted. Answers **201**
    with the entry; **422** on validation failure.

    `POST /leads/api/leads-blacklist` (addLeadToBlacklist).
    Args:
        body (AddLeadToBlacklistBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[LeadBlacklistEntry]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AddLeadToBlacklistBody,
) -> LeadBlacklistEntry:
    """Add contact to blacklist

     Puts a contact on the blacklist. Should the CRM already hold a matching
    contact, a background job deletes it.

    Give at least one identifier: `linkedin`, `ln_id`, `work_email` or
    `personal_email`, or else `name` and `company_name` together.

    Another description uses a single `email` field and asks for one of
    `linkedin`, `email` or `name`; both spellings are accepted. Answers **201**
    with the entry; **422** on validation failure.

    `POST /leads/api/leads-blacklist` (addLeadToBlacklist).
    Args:
        body (AddLeadToBlacklistBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        LeadBlacklistEntry
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddLeadToBlacklistBody,
) -> Response[LeadBlacklistEntry]:
    """Add contact to blacklist

     Puts a contact on the blacklist. Should the CRM already hold a matching
    contact, a background job deletes it.

    Give at least one identifier: `linkedin`, `ln_id`, `work_email` or
    `personal_email`, or else `name` and `company_name` together.

    Another description uses a single `email` field and asks for one of
    `linkedin`, `email` or `name`; both spellings are accepted. Answers **201**
    with the entry; **422** on validation failure.

    `POST /leads/api/leads-blacklist` (addLeadToBlacklist).
    Args:
        body (AddLeadToBlacklistBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[LeadBlacklistEntry]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AddLeadToBlacklistBody,
) -> LeadBlacklistEntry:
    """Add contact to blacklist

     Puts a contact on the blacklist. Should the CRM already hold a matching
    contact, a background job deletes it.

    Give at least one identifier: `linkedin`, `ln_id`, `work_email` or
    `personal_email`, or else `name` and `company_name` together.

    Another description uses a single `email` field and asks for one of
    `linkedin`, `email` or `name`; both spellings are accepted. Answers **201**
    with the entry; **422** on validation failure.

    `POST /leads/api/leads-blacklist` (addLeadToBlacklist).
    Args:
        body (AddLeadToBlacklistBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        LeadBlacklistEntry
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
