from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ai_template_render import AiTemplateRender
from ...models.render_ai_template_body import RenderAiTemplateBody
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: RenderAiTemplateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/ai-templates/render",
        "extensions": {OPERATION_EXTENSION: "render_ai_template"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AiTemplateRender:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = AiTemplateRender.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented AiTemplateRender ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[AiTemplateRender]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RenderAiTemplateBody,
) -> Response[AiTemplateRender]:
    """Render AI Template

     Renders an AI template for a given contact and sender, either a saved one by `uuid` or one defined
    inline in the request, so you can preview it before using it. Nothing is stored.

    The answer carries the interpolated text and, when enabled, the AI-generated content, the validation
    outcome and the fallback handling: `llm_instructions`, `rendered_body`, `ai_generated_body`,
    `fallback_body`, `handling_error` and `validation_history`. Validation errors give 422.

    `POST /flows/api/ai-templates/render` (renderAiTemplate).
    Args:
        body (RenderAiTemplateBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[AiTemplateRender]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: RenderAiTemplateBody,
) -> AiTemplateRender:
    """Render AI Template

     Renders an AI template for a given contact and sender, either a saved one by `uuid` or one defined
    inline in the request, so you can preview it before using it. Nothing is stored.

    The answer carries the interpolated text and, when enabled, the AI-generated content, the validation
    outcome and the fallback handling: `llm_instructions`, `rendered_body`, `ai_generated_body`,
    `fallback_body`, `handling_error` and `validation_history`. Validation errors give 422.

    `POST /flows/api/ai-templates/render` (renderAiTemplate).
    Args:
        body (RenderAiTemplateBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        AiTemplateRender
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: RenderAiTemplateBody,
) -> Response[AiTemplateRender]:
    """Render AI Template

     Renders an AI template for a given contact and sender, either a saved one by `uuid` or one defined
    inline in the request, so you can preview it before using it. Nothing is stored.

    The answer carries the interpolated text and, when enabled, the AI-generated content, the validation
    outcome and the fallback handling: `llm_instructions`, `rendered_body`, `ai_generated_body`,
    `fallback_body`, `handling_error` and `validation_history`. Validation errors give 422.

    `POST /flows/api/ai-templates/render` (renderAiTemplate).
    Args:
        body (RenderAiTemplateBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[AiTemplateRender]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: RenderAiTemplateBody,
) -> AiTemplateRender:
    """Render AI Template

     Renders an AI template for a given contact and sender, either a saved one by `uuid` or one defined
    inline in the request, so you can preview it before using it. Nothing is stored.

    The answer carries the interpolated text and, when enabled, the AI-generated content, the validation
    outcome and the fallback handling: `llm_instructions`, `rendered_body`, `ai_generated_body`,
    `fallback_body`, `handling_error` and `validation_history`. Validation errors give 422.

    `POST /flows/api/ai-templates/render` (renderAiTemplate).
    Args:
        body (RenderAiTemplateBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        AiTemplateRender
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
