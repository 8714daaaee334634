from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.check_proxy_body import CheckProxyBody
from ...models.error_envelope import ErrorEnvelope
from ...models.proxy_check_result import ProxyCheckResult
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: CheckProxyBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/browsers/api/linkedin-browsers/check-proxy",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ProxyCheckResult | None:
    if response.status_code == 200:
        response_200 = ProxyCheckResult.from_dict(response.json())

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
) -> Response[ErrorEnvelope | ProxyCheckResult]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CheckProxyBody,
) -> Response[ErrorEnvelope | ProxyCheckResult]:
    """Check proxy connectivity

     Tests a proxy by trying to connect through it, and returns the proxy's details when the connection
    works. Nothing is stored.

    The request and response fields are not published; the body is assumed to carry the proxy to test in
    the same `custom_proxy_config` shape used elsewhere.

    Args:
        body (CheckProxyBody): The proxy to test. Field names are inferred.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ProxyCheckResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CheckProxyBody,
) -> ErrorEnvelope | ProxyCheckResult | None:
    """Check proxy connectivity

     Tests a proxy by trying to connect through it, and returns the proxy's details when the connection
    works. Nothing is stored.

    The request and response fields are not published; the body is assumed to carry the proxy to test in
    the same `custom_proxy_config` shape used elsewhere.

    Args:
        body (CheckProxyBody): The proxy to test. Field names are inferred.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ProxyCheckResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CheckProxyBody,
) -> Response[ErrorEnvelope | ProxyCheckResult]:
    """Check proxy connectivity

     Tests a proxy by trying to connect through it, and returns the proxy's details when the connection
    works. Nothing is stored.

    The request and response fields are not published; the body is assumed to carry the proxy to test in
    the same `custom_proxy_config` shape used elsewhere.

    Args:
        body (CheckProxyBody): The proxy to test. Field names are inferred.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ProxyCheckResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CheckProxyBody,
) -> ErrorEnvelope | ProxyCheckResult | None:
    """Check proxy connectivity

     Tests a proxy by trying to connect through it, and returns the proxy's details when the connection
    works. Nothing is stored.

    The request and response fields are not published; the body is assumed to carry the proxy to test in
    the same `custom_proxy_config` shape used elsewhere.

    Args:
        body (CheckProxyBody): The proxy to test. Field names are inferred.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ProxyCheckResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
