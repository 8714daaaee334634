from typing import Any, cast
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.set_browser_proxy_body import SetBrowserProxyBody
from ...types import Response, status_code_of


def _get_kwargs(
    id: int,
    *,
    body: SetBrowserProxyBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/browsers/api/linkedin-browsers/{id}/set-proxy".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
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
) -> Response[Any | ErrorEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: SetBrowserProxyBody,
) -> Response[Any | ErrorEnvelope]:
    """Set browser proxy

     Changes the proxy a browser uses: either a GetSales-managed proxy in the country given by
    `proxy_country_code`, or your own proxy in `custom_proxy_config`. The proxy is checked before it is
    applied. Answers 200; the body is not documented.

    Args:
        id (int): Numeric id of the browser.
        body (SetBrowserProxyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: SetBrowserProxyBody,
) -> Any | ErrorEnvelope | None:
    """Set browser proxy

     Changes the proxy a browser uses: either a GetSales-managed proxy in the country given by
    `proxy_country_code`, or your own proxy in `custom_proxy_config`. The proxy is checked before it is
    applied. Answers 200; the body is not documented.

    Args:
        id (int): Numeric id of the browser.
        body (SetBrowserProxyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope
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
    body: SetBrowserProxyBody,
) -> Response[Any | ErrorEnvelope]:
    """Set browser proxy

     Changes the proxy a browser uses: either a GetSales-managed proxy in the country given by
    `proxy_country_code`, or your own proxy in `custom_proxy_config`. The proxy is checked before it is
    applied. Answers 200; the body is not documented.

    Args:
        id (int): Numeric id of the browser.
        body (SetBrowserProxyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: SetBrowserProxyBody,
) -> Any | ErrorEnvelope | None:
    """Set browser proxy

     Changes the proxy a browser uses: either a GetSales-managed proxy in the country given by
    `proxy_country_code`, or your own proxy in `custom_proxy_config`. The proxy is checked before it is
    applied. Answers 200; the body is not documented.

    Args:
        id (int): Numeric id of the browser.
        body (SetBrowserProxyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
