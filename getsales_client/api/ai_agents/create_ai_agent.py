from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ai_agent import AiAgent
from ...models.create_ai_agent_body import CreateAiAgentBody
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: CreateAiAgentBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/ai-agents",
        "extensions": {OPERATION_EXTENSION: "create_ai_agent"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AiAgent:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_201 = AiAgent.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = (
            f"a body that is not the documented AiAgent ({type(exc).__name__}: {exc})"
        )
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_201


def _build_response(response: httpx.Response) -> Response[AiAgent]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAiAgentBody,
) -> Response[AiAgent]:
    """Create AI Agent

     Creates an AI agent for the team. The agent uses the configured LLM to classify incoming contacts
    and to write replies that fit the context. Every classification falls into one of four outcomes:
    positive, negative, neutral or fallback. Answers 201 with the new AiAgent, or 422 on validation
    errors.

    `POST /flows/api/ai-agents` (createAiAgent).
    Args:
        body (CreateAiAgentBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[AiAgent]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAiAgentBody,
) -> AiAgent:
    """Create AI Agent

     Creates an AI agent for the team. The agent uses the configured LLM to classify incoming contacts
    and to write replies that fit the context. Every classification falls into one of four outcomes:
    positive, negative, neutral or fallback. Answers 201 with the new AiAgent, or 422 on validation
    errors.

    `POST /flows/api/ai-agents` (createAiAgent).
    Args:
        body (CreateAiAgentBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        AiAgent
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAiAgentBody,
) -> Response[AiAgent]:
    """Create AI Agent

     Creates an AI agent for the team. The agent uses the configured LLM to classify incoming contacts
    and to write replies that fit the context. Every classification falls into one of four outcomes:
    positive, negative, neutral or fallback. Answers 201 with the new AiAgent, or 422 on validation
    errors.

    `POST /flows/api/ai-agents` (createAiAgent).
    Args:
        body (CreateAiAgentBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[AiAgent]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAiAgentBody,
) -> AiAgent:
    """Create AI Agent

     Creates an AI agent for the team. The agent uses the configured LLM to classify incoming contacts
    and to write replies that fit the context. Every classification falls into one of four outcomes:
    positive, negative, neutral or fallback. Answers 201 with the new AiAgent, or 422 on validation
    errors.

    `POST /flows/api/ai-agents` (createAiAgent).
    Args:
        body (CreateAiAgentBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        AiAgent
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
