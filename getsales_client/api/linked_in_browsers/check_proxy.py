from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.check_proxy_body import CheckProxyBody
from ...models.proxy_check_result import ProxyCheckResult
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: CheckProxyBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/browsers/api/linkedin-browsers/check-proxy",
        "extensions": {OPERATION_EXTENSION: "check_proxy"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ProxyCheckResult:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = ProxyCheckResult.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented ProxyCheckResult ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[ProxyCheckResult]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CheckProxyBody,
) -> Response[ProxyCheckResult]:
    """Check proxy connectivity

     Tests a proxy by trying to connect through it, and returns the proxy's details when the connection
    works. Nothing is stored.

    The request and response fields are not published; the body is assumed to carry the proxy to test in
    the same `custom_proxy_config` shape used elsewhere.

    `POST /browsers/api/linkedin-browsers/check-proxy` (checkProxy).
    Args:
        body (CheckProxyBody): The proxy to test. Field names are inferred.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[ProxyCheckResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CheckProxyBody,
) -> ProxyCheckResult:
    """Check proxy connectivity

     Tests a proxy by trying to connect through it, and returns the proxy's details when the connection
    works. Nothing is stored.

    The request and response fields are not published; the body is assumed to carry the proxy to test in
    the same `custom_proxy_config` shape used elsewhere.

    `POST /browsers/api/linkedin-browsers/check-proxy` (checkProxy).
    Args:
        body (CheckProxyBody): The proxy to test. Field names are inferred.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        ProxyCheckResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CheckProxyBody,
) -> Response[ProxyCheckResult]:
    """Check proxy connectivity

     Tests a proxy by trying to connect through it, and returns the proxy's details when the connection
    works. Nothing is stored.

    The request and response fields are not published; the body is assumed to carry the proxy to test in
    the same `custom_proxy_config` shape used elsewhere.

    `POST /browsers/api/linkedin-browsers/check-proxy` (checkProxy).
    Args:
        body (CheckProxyBody): The proxy to test. Field names are inferred.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[ProxyCheckResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CheckProxyBody,
) -> ProxyCheckResult:
    """Check proxy connectivity

     Tests a proxy by trying to connect through it, and returns the proxy's details when the connection
    works. Nothing is stored.

    The request and response fields are not published; the body is assumed to carry the proxy to test in
    the same `custom_proxy_config` shape used elsewhere.

    `POST /browsers/api/linkedin-browsers/check-proxy` (checkProxy).
    Args:
        body (CheckProxyBody): The proxy to test. Field names are inferred.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        ProxyCheckResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
