from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_company_to_blacklist_body import AddCompanyToBlacklistBody
from ...models.company_blacklist_entry import CompanyBlacklistEntry
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: AddCompanyToBlacklistBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/companies-blacklist",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompanyBlacklistEntry | ErrorEnvelope | None:
    if response.status_code == 201:
        response_201 = CompanyBlacklistEntry.from_dict(response.json())

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
) -> Response[CompanyBlacklistEntry | ErrorEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddCompanyToBlacklistBody,
) -> Response[CompanyBlacklistEntry | ErrorEnvelope]:
    """Add company to blacklist

     Puts a company on the blacklist. A matching company that already exists is
    given the blacklisted status. When `domain` is set, a background job also
    deletes every contact whose work email uses that domain.

    Send at least one of `name`, `domain`, `linkedin` or `ln_id` (one description
    leaves `ln_id` out of that list). Answers **201** with the entry; **422** on
    validation failure.

    Args:
        body (AddCompanyToBlacklistBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyBlacklistEntry | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AddCompanyToBlacklistBody,
) -> CompanyBlacklistEntry | ErrorEnvelope | None:
    """Add company to blacklist

     Puts a company on the blacklist. A matching company that already exists is
    given the blacklisted status. When `domain` is set, a background job also
    deletes every contact whose work email uses that domain.

    Send at least one of `name`, `domain`, `linkedin` or `ln_id` (one description
    leaves `ln_id` out of that list). Answers **201** with the entry; **422** on
    validation failure.

    Args:
        body (AddCompanyToBlacklistBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyBlacklistEntry | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddCompanyToBlacklistBody,
) -> Response[CompanyBlacklistEntry | ErrorEnvelope]:
    """Add company to blacklist

     Puts a company on the blacklist. A matching company that already exists is
    given the blacklisted status. When `domain` is set, a background job also
    deletes every contact whose work email uses that domain.

    Send at least one of `name`, `domain`, `linkedin` or `ln_id` (one description
    leaves `ln_id` out of that list). Answers **201** with the entry; **422** on
    validation failure.

    Args:
        body (AddCompanyToBlacklistBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyBlacklistEntry | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AddCompanyToBlacklistBody,
) -> CompanyBlacklistEntry | ErrorEnvelope | None:
    """Add company to blacklist

     Puts a company on the blacklist. A matching company that already exists is
    given the blacklisted status. When `domain` is set, a background job also
    deletes every contact whose work email uses that domain.

    Send at least one of `name`, `domain`, `linkedin` or `ln_id` (one description
    leaves `ln_id` out of that list). Answers **201** with the entry; **422** on
    validation failure.

    Args:
        body (AddCompanyToBlacklistBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyBlacklistEntry | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
