from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_linkedin_browser_body import CreateLinkedinBrowserBody
from ...models.error_envelope import ErrorEnvelope
from ...models.linked_in_browser import LinkedInBrowser
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: CreateLinkedinBrowserBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/browsers/api/linkedin-browsers",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | LinkedInBrowser | None:
    if response.status_code == 201:
        response_201 = LinkedInBrowser.from_dict(response.json())

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
) -> Response[ErrorEnvelope | LinkedInBrowser]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLinkedinBrowserBody,
) -> Response[ErrorEnvelope | LinkedInBrowser]:
    """Create browser

     Creates a LinkedIn browser profile and attaches it to a sender profile. Either pass `external_id` to
    use a GoLogin profile you already have, or let GetSales create one by giving `proxy_country_code` (a
    managed proxy) or `custom_proxy_config` (your own proxy). Answers 201 with the new LinkedinBrowser.

    Other documentation notes that the new browser starts out stopped and should not be run before the
    LinkedIn login has been set up.

    Args:
        body (CreateLinkedinBrowserBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LinkedInBrowser]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLinkedinBrowserBody,
) -> ErrorEnvelope | LinkedInBrowser | None:
    """Create browser

     Creates a LinkedIn browser profile and attaches it to a sender profile. Either pass `external_id` to
    use a GoLogin profile you already have, or let GetSales create one by giving `proxy_country_code` (a
    managed proxy) or `custom_proxy_config` (your own proxy). Answers 201 with the new LinkedinBrowser.

    Other documentation notes that the new browser starts out stopped and should not be run before the
    LinkedIn login has been set up.

    Args:
        body (CreateLinkedinBrowserBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LinkedInBrowser
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLinkedinBrowserBody,
) -> Response[ErrorEnvelope | LinkedInBrowser]:
    """Create browser

     Creates a LinkedIn browser profile and attaches it to a sender profile. Either pass `external_id` to
    use a GoLogin profile you already have, or let GetSales create one by giving `proxy_country_code` (a
    managed proxy) or `custom_proxy_config` (your own proxy). Answers 201 with the new LinkedinBrowser.

    Other documentation notes that the new browser starts out stopped and should not be run before the
    LinkedIn login has been set up.

    Args:
        body (CreateLinkedinBrowserBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LinkedInBrowser]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLinkedinBrowserBody,
) -> ErrorEnvelope | LinkedInBrowser | None:
    """Create browser

     Creates a LinkedIn browser profile and attaches it to a sender profile. Either pass `external_id` to
    use a GoLogin profile you already have, or let GetSales create one by giving `proxy_country_code` (a
    managed proxy) or `custom_proxy_config` (your own proxy). Answers 201 with the new LinkedinBrowser.

    Other documentation notes that the new browser starts out stopped and should not be run before the
    LinkedIn login has been set up.

    Args:
        body (CreateLinkedinBrowserBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LinkedInBrowser
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
