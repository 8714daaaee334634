from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_first_linkedin_browser_body import GetFirstLinkedinBrowserBody
from ...models.linked_in_browser import LinkedInBrowser
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: GetFirstLinkedinBrowserBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/browsers/api/linkedin-browsers/first",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | LinkedInBrowser | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> LinkedInBrowser | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = LinkedInBrowser.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LinkedInBrowser | None, data)

        response_200 = _parse_response_200(response.json())

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
) -> Response[ErrorEnvelope | LinkedInBrowser | None]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetFirstLinkedinBrowserBody,
) -> Response[ErrorEnvelope | LinkedInBrowser | None]:
    """Get first matching browser

     Returns the first browser that matches the filter, without paging; handy for finding the browser of
    one sender profile or by id. Nothing is changed.

    Args:
        body (GetFirstLinkedinBrowserBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LinkedInBrowser | None]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GetFirstLinkedinBrowserBody,
) -> ErrorEnvelope | LinkedInBrowser | None:
    """Get first matching browser

     Returns the first browser that matches the filter, without paging; handy for finding the browser of
    one sender profile or by id. Nothing is changed.

    Args:
        body (GetFirstLinkedinBrowserBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LinkedInBrowser | None
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetFirstLinkedinBrowserBody,
) -> Response[ErrorEnvelope | LinkedInBrowser | None]:
    """Get first matching browser

     Returns the first browser that matches the filter, without paging; handy for finding the browser of
    one sender profile or by id. Nothing is changed.

    Args:
        body (GetFirstLinkedinBrowserBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LinkedInBrowser | None]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetFirstLinkedinBrowserBody,
) -> ErrorEnvelope | LinkedInBrowser | None:
    """Get first matching browser

     Returns the first browser that matches the filter, without paging; handy for finding the browser of
    one sender profile or by id. Nothing is changed.

    Args:
        body (GetFirstLinkedinBrowserBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LinkedInBrowser | None
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
