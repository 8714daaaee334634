from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import (
    OPERATION_EXTENSION,
    Response,
    path_segment,
    status_code_of,
)


def _get_kwargs(
    id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/browsers/api/linkedin-browsers/{id}".format(
            id=path_segment(id, "id", "deleteLinkedinBrowser"),
        ),
        "extensions": {OPERATION_EXTENSION: "delete_linkedin_browser"},
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(response: httpx.Response) -> Response[None]:
    _parse_response(response)
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[None]:
    """Delete browser

     Deletes a LinkedIn browser profile, stopping it first if it is running. The linked sender profile
    loses its `linkedin_browser_id` and `linkedin_account_uuid`. As a result all of that sender's
    pending LinkedIn tasks fail: it cannot send connection requests, messages, InMails or any other
    LinkedIn action until a new browser is connected. When GetSales owns the browser, the GoLogin
    profile is deleted too. Answers 204.

    `DELETE /browsers/api/linkedin-browsers/{id}` (deleteLinkedinBrowser).
    Args:
        id (int): Numeric id of the browser.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[None]
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
) -> None:
    """Delete browser

     Deletes a LinkedIn browser profile, stopping it first if it is running. The linked sender profile
    loses its `linkedin_browser_id` and `linkedin_account_uuid`. As a result all of that sender's
    pending LinkedIn tasks fail: it cannot send connection requests, messages, InMails or any other
    LinkedIn action until a new browser is connected. When GetSales owns the browser, the GoLogin
    profile is deleted too. Answers 204.

    `DELETE /browsers/api/linkedin-browsers/{id}` (deleteLinkedinBrowser).
    Args:
        id (int): Numeric id of the browser.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        None
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
) -> Response[None]:
    """Delete browser

     Deletes a LinkedIn browser profile, stopping it first if it is running. The linked sender profile
    loses its `linkedin_browser_id` and `linkedin_account_uuid`. As a result all of that sender's
    pending LinkedIn tasks fail: it cannot send connection requests, messages, InMails or any other
    LinkedIn action until a new browser is connected. When GetSales owns the browser, the GoLogin
    profile is deleted too. Answers 204.

    `DELETE /browsers/api/linkedin-browsers/{id}` (deleteLinkedinBrowser).
    Args:
        id (int): Numeric id of the browser.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[None]
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
) -> None:
    """Delete browser

     Deletes a LinkedIn browser profile, stopping it first if it is running. The linked sender profile
    loses its `linkedin_browser_id` and `linkedin_account_uuid`. As a result all of that sender's
    pending LinkedIn tasks fail: it cannot send connection requests, messages, InMails or any other
    LinkedIn action until a new browser is connected. When GetSales owns the browser, the GoLogin
    profile is deleted too. Answers 204.

    `DELETE /browsers/api/linkedin-browsers/{id}` (deleteLinkedinBrowser).
    Args:
        id (int): Numeric id of the browser.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
