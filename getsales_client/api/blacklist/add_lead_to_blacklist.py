from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_lead_to_blacklist_body import AddLeadToBlacklistBody
from ...models.error_envelope import ErrorEnvelope
from ...models.lead_blacklist_entry import LeadBlacklistEntry
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: AddLeadToBlacklistBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/leads-blacklist",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | LeadBlacklistEntry | None:
    if response.status_code == 201:
        response_201 = LeadBlacklistEntry.from_dict(response.json())

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
) -> Response[ErrorEnvelope | LeadBlacklistEntry]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddLeadToBlacklistBody,
) -> Response[ErrorEnvelope | LeadBlacklistEntry]:
    """Add contact to blacklist

     Puts a contact on the blacklist. Should the CRM already hold a matching
    contact, a background job deletes it.

    Give at least one identifier: `linkedin`, `ln_id`, `work_email` or
    `personal_email`, or else `name` and `company_name` together.

    Another description uses a single `email` field and asks for one of
    `linkedin`, `email` or `name`; both spellings are accepted. Answers **201**
    with the entry; **422** on validation failure.

    Args:
        body (AddLeadToBlacklistBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LeadBlacklistEntry]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AddLeadToBlacklistBody,
) -> ErrorEnvelope | LeadBlacklistEntry | None:
    """Add contact to blacklist

     Puts a contact on the blacklist. Should the CRM already hold a matching
    contact, a background job deletes it.

    Give at least one identifier: `linkedin`, `ln_id`, `work_email` or
    `personal_email`, or else `name` and `company_name` together.

    Another description uses a single `email` field and asks for one of
    `linkedin`, `email` or `name`; both spellings are accepted. Answers **201**
    with the entry; **422** on validation failure.

    Args:
        body (AddLeadToBlacklistBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LeadBlacklistEntry
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddLeadToBlacklistBody,
) -> Response[ErrorEnvelope | LeadBlacklistEntry]:
    """Add contact to blacklist

     Puts a contact on the blacklist. Should the CRM already hold a matching
    contact, a background job deletes it.

    Give at least one identifier: `linkedin`, `ln_id`, `work_email` or
    `personal_email`, or else `name` and `company_name` together.

    Another description uses a single `email` field and asks for one of
    `linkedin`, `email` or `name`; both spellings are accepted. Answers **201**
    with the entry; **422** on validation failure.

    Args:
        body (AddLeadToBlacklistBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LeadBlacklistEntry]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AddLeadToBlacklistBody,
) -> ErrorEnvelope | LeadBlacklistEntry | None:
    """Add contact to blacklist

     Puts a contact on the blacklist. Should the CRM already hold a matching
    contact, a background job deletes it.

    Give at least one identifier: `linkedin`, `ln_id`, `work_email` or
    `personal_email`, or else `name` and `company_name` together.

    Another description uses a single `email` field and asks for one of
    `linkedin`, `email` or `name`; both spellings are accepted. Answers **201**
    with the entry; **422** on validation failure.

    Args:
        body (AddLeadToBlacklistBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LeadBlacklistEntry
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
