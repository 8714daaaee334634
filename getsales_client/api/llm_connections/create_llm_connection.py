from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_llm_connection_body import CreateLlmConnectionBody
from ...models.llm_connection import LlmConnection
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: CreateLlmConnectionBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/integrations/api/llms",
        "extensions": {OPERATION_EXTENSION: "create_llm_connection"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> LlmConnection:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_201 = LlmConnection.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented LlmConnection ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_201


def _build_response(response: httpx.Response) -> Response[LlmConnection]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLlmConnectionBody,
) -> Response[LlmConnection]:
    """Create a new LLM connection

     Adds a connection to an LLM provider such as OpenAI, Anthropic, Google, DeepSeek or xAI. The API
    token is checked with the provider when the connection is created, then stored encrypted. The field
    list and the success status are not published beyond the provider, a name and the token.

    `POST /integrations/api/llms` (createLlmConnection).
    Args:
        body (CreateLlmConnectionBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[LlmConnection]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLlmConnectionBody,
) -> LlmConnection:
    """Create a new LLM connection

     Adds a connection to an LLM provider such as OpenAI, Anthropic, Google, DeepSeek or xAI. The API
    token is checked with the provider when the connection is created, then stored encrypted. The field
    list and the success status are not published beyond the provider, a name and the token.

    `POST /integrations/api/llms` (createLlmConnection).
    Args:
        body (CreateLlmConnectionBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        LlmConnection
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLlmConnectionBody,
) -> Response[LlmConnection]:
    """Create a new LLM connection

     Adds a connection to an LLM provider such as OpenAI, Anthropic, Google, DeepSeek or xAI. The API
    token is checked with the provider when the connection is created, then stored encrypted. The field
    list and the success status are not published beyond the provider, a name and the token.

    `POST /integrations/api/llms` (createLlmConnection).
    Args:
        body (CreateLlmConnectionBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[LlmConnection]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLlmConnectionBody,
) -> LlmConnection:
    """Create a new LLM connection

     Adds a connection to an LLM provider such as OpenAI, Anthropic, Google, DeepSeek or xAI. The API
    token is checked with the provider when the connection is created, then stored encrypted. The field
    list and the success status are not published beyond the provider, a name and the token.

    `POST /integrations/api/llms` (createLlmConnection).
    Args:
        body (CreateLlmConnectionBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        LlmConnection
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
