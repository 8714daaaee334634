from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ai_template import AiTemplate
from ...models.create_ai_template_body import CreateAiTemplateBody
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: CreateAiTemplateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/ai-templates",
        "extensions": {OPERATION_EXTENSION: "create_ai_template"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> AiTemplate:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_201 = AiTemplate.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented AiTemplate ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_201


def _build_response(response: httpx.Response) -> Response[AiTemplate]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAiTemplateBody,
) -> Response[AiTemplate]:
    """Create AI Template

     Creates an AI template for the team. Templates fill in `{{variables}}`, can have an LLM write part
    of the message and check it, and can fall back to a fixed message; they work across several
    channels. Answers 201 with the new AiTemplate, or 422 on validation errors.

    `name`, `type` and `is_public` are required. Leaving out `is_public` has been reported to give a
    server error rather than a 422.

    `POST /flows/api/ai-templates` (createAiTemplate).
    Args:
        body (CreateAiTemplateBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[AiTemplate]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAiTemplateBody,
) -> AiTemplate:
    """Create AI Template

     Creates an AI template for the team. Templates fill in `{{variables}}`, can have an LLM write part
    of the message and check it, and can fall back to a fixed message; they work across several
    channels. Answers 201 with the new AiTemplate, or 422 on validation errors.

    `name`, `type` and `is_public` are required. Leaving out `is_public` has been reported to give a
    server error rather than a 422.

    `POST /flows/api/ai-templates` (createAiTemplate).
    Args:
        body (CreateAiTemplateBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        AiTemplate
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAiTemplateBody,
) -> Response[AiTemplate]:
    """Create AI Template

     Creates an AI template for the team. Templates fill in `{{variables}}`, can have an LLM write part
    of the message and check it, and can fall back to a fixed message; they work across several
    channels. Answers 201 with the new AiTemplate, or 422 on validation errors.

    `name`, `type` and `is_public` are required. Leaving out `is_public` has been reported to give a
    server error rather than a 422.

    `POST /flows/api/ai-templates` (createAiTemplate).
    Args:
        body (CreateAiTemplateBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[AiTemplate]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAiTemplateBody,
) -> AiTemplate:
    """Create AI Template

     Creates an AI template for the team. Templates fill in `{{variables}}`, can have an LLM write part
    of the message and check it, and can fall back to a fixed message; they work across several
    channels. Answers 201 with the new AiTemplate, or 422 on validation errors.

    `name`, `type` and `is_public` are required. Leaving out `is_public` has been reported to give a
    server error rather than a 422.

    `POST /flows/api/ai-templates` (createAiTemplate).
    Args:
        body (CreateAiTemplateBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        AiTemplate
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
