from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.llm_config_options import LlmConfigOptions
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/integrations/api/llms/llm-config-options",
        "extensions": {OPERATION_EXTENSION: "get_llm_config_options"},
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> LlmConfigOptions:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = LlmConfigOptions.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented LlmConfigOptions ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[LlmConfigOptions]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[LlmConfigOptions]:
    """Get available LLM configuration options

     Returns the supported LLM providers, the models each one offers and the limits of their settings
    (temperature range, maximum tokens and so on). Use it to check a model choice before creating a
    connection or configuring an agent or template. The exact response layout is not published.

    `GET /integrations/api/llms/llm-config-options` (getLlmConfigOptions).
    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[LlmConfigOptions]
    """

    kwargs = _get_kwargs()
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> LlmConfigOptions:
    """Get available LLM configuration options

     Returns the supported LLM providers, the models each one offers and the limits of their settings
    (temperature range, maximum tokens and so on). Use it to check a model choice before creating a
    connection or configuring an agent or template. The exact response layout is not published.

    `GET /integrations/api/llms/llm-config-options` (getLlmConfigOptions).
    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        LlmConfigOptions
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[LlmConfigOptions]:
    """Get available LLM configuration options

     Returns the supported LLM providers, the models each one offers and the limits of their settings
    (temperature range, maximum tokens and so on). Use it to check a model choice before creating a
    connection or configuring an agent or template. The exact response layout is not published.

    `GET /integrations/api/llms/llm-config-options` (getLlmConfigOptions).
    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[LlmConfigOptions]
    """

    kwargs = _get_kwargs()
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> LlmConfigOptions:
    """Get available LLM configuration options

     Returns the supported LLM providers, the models each one offers and the limits of their settings
    (temperature range, maximum tokens and so on). Use it to check a model choice before creating a
    connection or configuring an agent or template. The exact response layout is not published.

    `GET /integrations/api/llms/llm-config-options` (getLlmConfigOptions).
    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        LlmConfigOptions
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
