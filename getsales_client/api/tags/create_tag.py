from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_tag_body import CreateTagBody
from ...models.error_envelope import ErrorEnvelope
from ...models.tag import Tag
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: CreateTagBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/tags",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | Tag | None:
    if response.status_code == 201:
        response_201 = Tag.from_dict(response.json())

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
) -> Response[ErrorEnvelope | Tag]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTagBody,
) -> Response[ErrorEnvelope | Tag]:
    """Create a tag

     Creates a tag. No other tag in the team may have the same name; a hex
    `color` is optional. Tags work on contacts and companies alike, for example
    to track where someone stands, to split a campaign, or for any grouping of
    your own. Answers **201**
    with the new tag.

    Args:
        body (CreateTagBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Tag]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTagBody,
) -> ErrorEnvelope | Tag | None:
    """Create a tag

     Creates a tag. No other tag in the team may have the same name; a hex
    `color` is optional. Tags work on contacts and companies alike, for example
    to track where someone stands, to split a campaign, or for any grouping of
    your own. Answers **201**
    with the new tag.

    Args:
        body (CreateTagBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Tag
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTagBody,
) -> Response[ErrorEnvelope | Tag]:
    """Create a tag

     Creates a tag. No other tag in the team may have the same name; a hex
    `color` is optional. Tags work on contacts and companies alike, for example
    to track where someone stands, to split a campaign, or for any grouping of
    your own. Answers **201**
    with the new tag.

    Args:
        body (CreateTagBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Tag]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateTagBody,
) -> ErrorEnvelope | Tag | None:
    """Create a tag

     Creates a tag. No other tag in the team may have the same name; a hex
    `color` is optional. Tags work on contacts and companies alike, for example
    to track where someone stands, to split a campaign, or for any grouping of
    your own. Answers **201**
    with the new tag.

    Args:
        body (CreateTagBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Tag
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
