from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.ai_template import AiTemplate
from ...models.update_ai_template_body import UpdateAiTemplateBody
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    path_segment,
    status_code_of,
)


def _get_kwargs(
    uuid: str,
    *,
    body: UpdateAiTemplateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/flows/api/ai-templates/{uuid}".format(
            uuid=path_segment(uuid, "uuid", "updateAiTemplate"),
        ),
        "extensions": {OPERATION_EXTENSION: "update_ai_template"},
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
        response_200 = AiTemplate.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented AiTemplate ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[AiTemplate]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAiTemplateBody,
) -> Response[AiTemplate]:
    """Update AI Template

     Changes an AI template: body, subject, LLM settings, validation rules or fallback messages. Only the
    fields sent are changed. Returns the updated AiTemplate; 404 when it does not exist, 422 on
    validation errors.

    `PUT /flows/api/ai-templates/{uuid}` (updateAiTemplate).
    Args:
        uuid (str): UUID of the AI template.
        body (UpdateAiTemplateBody):

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
        uuid=uuid,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAiTemplateBody,
) -> AiTemplate:
    """Update AI Template

     Changes an AI template: body, subject, LLM settings, validation rules or fallback messages. Only the
    fields sent are changed. Returns the updated AiTemplate; 404 when it does not exist, 422 on
    validation errors.

    `PUT /flows/api/ai-templates/{uuid}` (updateAiTemplate).
    Args:
        uuid (str): UUID of the AI template.
        body (UpdateAiTemplateBody):

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
        uuid=uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAiTemplateBody,
) -> Response[AiTemplate]:
    """Update AI Template

     Changes an AI template: body, subject, LLM settings, validation rules or fallback messages. Only the
    fields sent are changed. Returns the updated AiTemplate; 404 when it does not exist, 422 on
    validation errors.

    `PUT /flows/api/ai-templates/{uuid}` (updateAiTemplate).
    Args:
        uuid (str): UUID of the AI template.
        body (UpdateAiTemplateBody):

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
        uuid=uuid,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateAiTemplateBody,
) -> AiTemplate:
    """Update AI Template

     Changes an AI template: body, subject, LLM settings, validation rules or fallback messages. Only the
    fields sent are changed. Returns the updated AiTemplate; 404 when it does not exist, 422 on
    validation errors.

    `PUT /flows/api/ai-templates/{uuid}` (updateAiTemplate).
    Args:
        uuid (str): UUID of the AI template.
        body (UpdateAiTemplateBody):

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
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
