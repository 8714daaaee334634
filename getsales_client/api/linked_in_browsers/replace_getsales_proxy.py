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
        "method": "post",
        "url": "/browsers/api/linkedin-browsers/{id}/replace-getsales-proxy".format(
            id=path_segment(id, "id", "replaceGetsalesProxy"),
        ),
        "extensions": {OPERATION_EXTENSION: "replace_getsales_proxy"},
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
    """Replace GetSales proxy

     Swaps the browser's GetSales-managed proxy for a fresh one in the same country. Only works for
    browsers on a managed proxy (`linkedin_proxy_id` set); a browser with a custom proxy gets **400**.
    The success response is not documented.

    `POST /browsers/api/linkedin-browsers/{id}/replace-getsales-proxy` (replaceGetsalesProxy).
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
    """Replace GetSales proxy

     Swaps the browser's GetSales-managed proxy for a fresh one in the same country. Only works for
    browsers on a managed proxy (`linkedin_proxy_id` set); a browser with a custom proxy gets **400**.
    The success response is not documented.

    `POST /browsers/api/linkedin-browsers/{id}/replace-getsales-proxy` (replaceGetsalesProxy).
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
    """Replace GetSales proxy

     Swaps the browser's GetSales-managed proxy for a fresh one in the same country. Only works for
    browsers on a managed proxy (`linkedin_proxy_id` set); a browser with a custom proxy gets **400**.
    The success response is not documented.

    `POST /browsers/api/linkedin-browsers/{id}/replace-getsales-proxy` (replaceGetsalesProxy).
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
    """Replace GetSales proxy

     Swaps the browser's GetSales-managed proxy for a fresh one in the same country. Only works for
    browsers on a managed proxy (`linkedin_proxy_id` set); a browser with a custom proxy gets **400**.
    The success response is not documented.

    `POST /browsers/api/linkedin-browsers/{id}/replace-getsales-proxy` (replaceGetsalesProxy).
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
