from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_list_body import CreateListBody
from ...models.list_ import List
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: CreateListBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/lists",
        "extensions": {OPERATION_EXTENSION: "create_list"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> List:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_201 = List.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = (
            f"a body that is not the documented List ({type(exc).__name__}: {exc})"
        )
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_201


def _build_response(response: httpx.Response) -> Response[List]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateListBody,
) -> Response[List]:
    """Create a list

     Creates a contact list. No other list in the team may have the same name.

    To fill it, create contacts with the upsert endpoint and this list's
    `list_uuid`, or move existing contacts with the bulk action
    `contact_change_list`. Answers **201** with the new list.

    `POST /leads/api/lists` (createList).
    Args:
        body (CreateListBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[List]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateListBody,
) -> List:
    """Create a list

     Creates a contact list. No other list in the team may have the same name.

    To fill it, create contacts with the upsert endpoint and this list's
    `list_uuid`, or move existing contacts with the bulk action
    `contact_change_list`. Answers **201** with the new list.

    `POST /leads/api/lists` (createList).
    Args:
        body (CreateListBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        List
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateListBody,
) -> Response[List]:
    """Create a list

     Creates a contact list. No other list in the team may have the same name.

    To fill it, create contacts with the upsert endpoint and this list's
    `list_uuid`, or move existing contacts with the bulk action
    `contact_change_list`. Answers **201** with the new list.

    `POST /leads/api/lists` (createList).
    Args:
        body (CreateListBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[List]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateListBody,
) -> List:
    """Create a list

     Creates a contact list. No other list in the team may have the same name.

    To fill it, create contacts with the upsert endpoint and this list's
    `list_uuid`, or move existing contacts with the bulk action
    `contact_change_list`. Answers **201** with the new list.

    `POST /leads/api/lists` (createList).
    Args:
        body (CreateListBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        List
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
