from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_company_to_blacklist_body import AddCompanyToBlacklistBody
from ...models.company_blacklist_entry import CompanyBlacklistEntry
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: AddCompanyToBlacklistBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/companies-blacklist",
        "extensions": {OPERATION_EXTENSION: "add_company_to_blacklist"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CompanyBlacklistEntry:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_201 = CompanyBlacklistEntry.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented CompanyBlacklistEntry ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_201


def _build_response(response: httpx.Response) -> Response[CompanyBlacklistEntry]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddCompanyToBlacklistBody,
) -> Response[CompanyBlacklistEntry]:
    """Add company to blacklist

     Puts a company on the blacklist. A matching company that already exists is
    given the blacklisted status. When `domain` is set, a background job also
    deletes every contact whose work email uses that domain.

    Send at least one of `name`, `domain`, `linkedin` or `ln_id` (one description
    leaves `ln_id` out of that list). Answers **201** with the entry; **422** on
    validation failure.

    `POST /leads/api/companies-blacklist` (addCompanyToBlacklist).
    Args:
        body (AddCompanyToBlacklistBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[CompanyBlacklistEntry]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: AddCompanyToBlacklistBody,
) -> CompanyBlacklistEntry:
    """Add company to blacklist

     Puts a company on the blacklist. A matching company that already exists is
    given the blacklisted status. When `domain` is set, a background job also
    deletes every contact whose work email uses that domain.

    Send at least one of `name`, `domain`, `linkedin` or `ln_id` (one description
    leaves `ln_id` out of that list). Answers **201** with the entry; **422** on
    validation failure.

    `POST /leads/api/companies-blacklist` (addCompanyToBlacklist).
    Args:
        body (AddCompanyToBlacklistBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        CompanyBlacklistEntry
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: AddCompanyToBlacklistBody,
) -> Response[CompanyBlacklistEntry]:
    """Add company to blacklist

     Puts a company on the blacklist. A matching company that already exists is
    given the blacklisted status. When `domain` is set, a background job also
    deletes every contact whose work email uses that domain.

    Send at least one of `name`, `domain`, `linkedin` or `ln_id` (one description
    leaves `ln_id` out of that list). Answers **201** with the entry; **422** on
    validation failure.

    `POST /leads/api/companies-blacklist` (addCompanyToBlacklist).
    Args:
        body (AddCompanyToBlacklistBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[CompanyBlacklistEntry]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: AddCompanyToBlacklistBody,
) -> CompanyBlacklistEntry:
    """Add company to blacklist

     Puts a company on the blacklist. A matching company that already exists is
    given the blacklisted status. When `domain` is set, a background job also
    deletes every contact whose work email uses that domain.

    Send at least one of `name`, `domain`, `linkedin` or `ln_id` (one description
    leaves `ln_id` out of that list). Answers **201** with the entry; **422** on
    validation failure.

    `POST /leads/api/companies-blacklist` (addCompanyToBlacklist).
    Args:
        body (AddCompanyToBlacklistBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        CompanyBlacklistEntry
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
