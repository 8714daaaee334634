from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ai_agent import AiAgent
from ...models.create_ai_agent_body import CreateAiAgentBody
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: CreateAiAgentBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/ai-agents",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AiAgent | ErrorEnvelope | None:
    if response.status_code == 201:
        response_201 = AiAgent.from_dict(response.json())

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
) -> Response[AiAgent | ErrorEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAiAgentBody,
) -> Response[AiAgent | ErrorEnvelope]:
    """Create AI Agent

     Creates an AI agent for the team. The agent uses the configured LLM to classify incoming contacts
    and to write replies that fit the context. Every classification falls into one of four outcomes:
    positive, negative, neutral or fallback. Answers 201 with the new AiAgent, or 422 on validation
    errors.

    Args:
        body (CreateAiAgentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiAgent | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAiAgentBody,
) -> AiAgent | ErrorEnvelope | None:
    """Create AI Agent

     Creates an AI agent for the team. The agent uses the configured LLM to classify incoming contacts
    and to write replies that fit the context. Every classification falls into one of four outcomes:
    positive, negative, neutral or fallback. Answers 201 with the new AiAgent, or 422 on validation
    errors.

    Args:
        body (CreateAiAgentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiAgent | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAiAgentBody,
) -> Response[AiAgent | ErrorEnvelope]:
    """Create AI Agent

     Creates an AI agent for the team. The agent uses the configured LLM to classify incoming contacts
    and to write replies that fit the context. Every classification falls into one of four outcomes:
    positive, negative, neutral or fallback. Answers 201 with the new AiAgent, or 422 on validation
    errors.

    Args:
        body (CreateAiAgentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiAgent | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAiAgentBody,
) -> AiAgent | ErrorEnvelope | None:
    """Create AI Agent

     Creates an AI agent for the team. The agent uses the configured LLM to classify incoming contacts
    and to write replies that fit the context. Every classification falls into one of four outcomes:
    positive, negative, neutral or fallback. Answers 201 with the new AiAgent, or 422 on validation
    errors.

    Args:
        body (CreateAiAgentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiAgent | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
