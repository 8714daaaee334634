from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.linked_in_browser_list import LinkedInBrowserList
from ...models.list_linkedin_browsers_body import ListLinkedinBrowsersBody
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: ListLinkedinBrowsersBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/browsers/api/linkedin-browsers/list",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | LinkedInBrowserList | None:
    if response.status_code == 200:
        response_200 = LinkedInBrowserList.from_dict(response.json())

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
) -> Response[ErrorEnvelope | LinkedInBrowserList]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListLinkedinBrowsersBody,
) -> Response[ErrorEnvelope | LinkedInBrowserList]:
    """List LinkedIn browsers

     Lists the LinkedIn browser profiles of the workspace with paging; paging, sorting and filters go in
    the request body. Each browser is a GoLogin browser profile attached to a sender profile, which runs
    its LinkedIn automation. Filters narrow by status, sender profile or browser owner. Returns the
    paginated envelope of LinkedinBrowser objects. Nothing is changed.

    **Sort order:** documented defaults differ (`desc` in the current (1.0.0) API documentation, `asc`
    elsewhere); set `order_type` explicitly when order matters.

    Args:
        body (ListLinkedinBrowsersBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LinkedInBrowserList]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ListLinkedinBrowsersBody,
) -> ErrorEnvelope | LinkedInBrowserList | None:
    """List LinkedIn browsers

     Lists the LinkedIn browser profiles of the workspace with paging; paging, sorting and filters go in
    the request body. Each browser is a GoLogin browser profile attached to a sender profile, which runs
    its LinkedIn automation. Filters narrow by status, sender profile or browser owner. Returns the
    paginated envelope of LinkedinBrowser objects. Nothing is changed.

    **Sort order:** documented defaults differ (`desc` in the current (1.0.0) API documentation, `asc`
    elsewhere); set `order_type` explicitly when order matters.

    Args:
        body (ListLinkedinBrowsersBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LinkedInBrowserList
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListLinkedinBrowsersBody,
) -> Response[ErrorEnvelope | LinkedInBrowserList]:
    """List LinkedIn browsers

     Lists the LinkedIn browser profiles of the workspace with paging; paging, sorting and filters go in
    the request body. Each browser is a GoLogin browser profile attached to a sender profile, which runs
    its LinkedIn automation. Filters narrow by status, sender profile or browser owner. Returns the
    paginated envelope of LinkedinBrowser objects. Nothing is changed.

    **Sort order:** documented defaults differ (`desc` in the current (1.0.0) API documentation, `asc`
    elsewhere); set `order_type` explicitly when order matters.

    Args:
        body (ListLinkedinBrowsersBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LinkedInBrowserList]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListLinkedinBrowsersBody,
) -> ErrorEnvelope | LinkedInBrowserList | None:
    """List LinkedIn browsers

     Lists the LinkedIn browser profiles of the workspace with paging; paging, sorting and filters go in
    the request body. Each browser is a GoLogin browser profile attached to a sender profile, which runs
    its LinkedIn automation. Filters narrow by status, sender profile or browser owner. Returns the
    paginated envelope of LinkedinBrowser objects. Nothing is changed.

    **Sort order:** documented defaults differ (`desc` in the current (1.0.0) API documentation, `asc`
    elsewhere); set `order_type` explicitly when order matters.

    Args:
        body (ListLinkedinBrowsersBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LinkedInBrowserList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
