from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.share_browser_body import ShareBrowserBody
from ...types import (
    OPERATION_EXTENSION,
    Response,
    path_segment,
    status_code_of,
)


def _get_kwargs(
    id: int,
    *,
    body: ShareBrowserBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/browsers/api/linkedin-browsers/{id}/share".format(
            id=path_segment(id, "id", "shareBrowser"),
        ),
        "extensions": {OPERATION_EXTENSION: "share_browser"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    body: ShareBrowserBody,
) -> Response[None]:
    """Share browser profile

     Shares the browser's GoLogin profile with more people by email. Every recipient must already have a
    GoLogin account. Answers 200; the body is not documented.

    `POST /browsers/api/linkedin-browsers/{id}/share` (shareBrowser).
    Args:
        id (int): Numeric id of the browser.
        body (ShareBrowserBody):

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
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ShareBrowserBody,
) -> None:
    """Share browser profile

     Shares the browser's GoLogin profile with more people by email. Every recipient must already have a
    GoLogin account. Answers 200; the body is not documented.

    `POST /browsers/api/linkedin-browsers/{id}/share` (shareBrowser).
    Args:
        id (int): Numeric id of the browser.
        body (ShareBrowserBody):

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
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ShareBrowserBody,
) -> Response[None]:
    """Share browser profile

     Shares the browser's GoLogin profile with more people by email. Every recipient must already have a
    GoLogin account. Answers 200; the body is not documented.

    `POST /browsers/api/linkedin-browsers/{id}/share` (shareBrowser).
    Args:
        id (int): Numeric id of the browser.
        body (ShareBrowserBody):

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
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: ShareBrowserBody,
) -> None:
    """Share browser profile

     Shares the browser's GoLogin profile with more people by email. Every recipient must already have a
    GoLogin account. Answers 200; the body is not documented.

    `POST /browsers/api/linkedin-browsers/{id}/share` (shareBrowser).
    Args:
        id (int): Numeric id of the browser.
        body (ShareBrowserBody):

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
            body=body,
        )
    ).parsed
