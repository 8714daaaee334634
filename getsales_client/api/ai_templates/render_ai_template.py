from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ai_template_render import AiTemplateRender
from ...models.error_envelope import ErrorEnvelope
from ...models.render_ai_template_body import RenderAiTemplateBody
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: RenderAiTemplateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/ai-templates/render",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AiTemplateRender | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AiTemplateRender.from_dict(response.json())

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
) -> Response[AiTemplateRender | ErrorEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RenderAiTemplateBody,
) -> Response[AiTemplateRender | ErrorEnvelope]:
    """Render AI Template

     Renders an AI template for a given contact and sender, either a saved one by `uuid` or one defined
    inline in the request, so you can preview it before using it. Nothing is stored.

    The answer carries the interpolated text and, when enabled, the AI-generated content, the validation
    outcome and the fallback handling: `llm_instructions`, `rendered_body`, `ai_generated_body`,
    `fallback_body`, `handling_error` and `validation_history`. Validation errors give 422.

    Args:
        body (RenderAiTemplateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiTemplateRender | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RenderAiTemplateBody,
) -> AiTemplateRender | ErrorEnvelope | None:
    """Render AI Template

     Renders an AI template for a given contact and sender, either a saved one by `uuid` or one defined
    inline in the request, so you can preview it before using it. Nothing is stored.

    The answer carries the interpolated text and, when enabled, the AI-generated content, the validation
    outcome and the fallback handling: `llm_instructions`, `rendered_body`, `ai_generated_body`,
    `fallback_body`, `handling_error` and `validation_history`. Validation errors give 422.

    Args:
        body (RenderAiTemplateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiTemplateRender | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RenderAiTemplateBody,
) -> Response[AiTemplateRender | ErrorEnvelope]:
    """Render AI Template

     Renders an AI template for a given contact and sender, either a saved one by `uuid` or one defined
    inline in the request, so you can preview it before using it. Nothing is stored.

    The answer carries the interpolated text and, when enabled, the AI-generated content, the validation
    outcome and the fallback handling: `llm_instructions`, `rendered_body`, `ai_generated_body`,
    `fallback_body`, `handling_error` and `validation_history`. Validation errors give 422.

    Args:
        body (RenderAiTemplateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AiTemplateRender | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RenderAiTemplateBody,
) -> AiTemplateRender | ErrorEnvelope | None:
    """Render AI Template

     Renders an AI template for a given contact and sender, either a saved one by `uuid` or one defined
    inline in the request, so you can preview it before using it. Nothing is stored.

    The answer carries the interpolated text and, when enabled, the AI-generated content, the validation
    outcome and the fallback handling: `llm_instructions`, `rendered_body`, `ai_generated_body`,
    `fallback_body`, `handling_error` and `validation_history`. Validation errors give 422.

    Args:
        body (RenderAiTemplateBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AiTemplateRender | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
