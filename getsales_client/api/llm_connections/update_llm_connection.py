from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.llm_connection import LlmConnection
from ...models.update_llm_connection_body import UpdateLlmConnectionBody
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
    body: UpdateLlmConnectionBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/integrations/api/llms/{uuid}".format(
            uuid=path_segment(uuid, "uuid", "updateLlmConnection"),
        ),
        "extensions": {OPERATION_EXTENSION: "update_llm_connection"},
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
        response_200 = LlmConnection.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented LlmConnection ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[LlmConnection]:
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
    body: UpdateLlmConnectionBody,
) -> Response[LlmConnection]:
    """Update an LLM connection

     Renames an LLM connection and/or replaces its API token. A new token is checked against the provider
    before the change is saved. Returns the updated LlmConnection.

    `PUT /integrations/api/llms/{uuid}` (updateLlmConnection).
    Args:
        uuid (str): UUID of the LLM connection.
        body (UpdateLlmConnectionBody):

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
        uuid=uuid,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateLlmConnectionBody,
) -> LlmConnection:
    """Update an LLM connection

     Renames an LLM connection and/or replaces its API token. A new token is checked against the provider
    before the change is saved. Returns the updated LlmConnection.

    `PUT /integrations/api/llms/{uuid}` (updateLlmConnection).
    Args:
        uuid (str): UUID of the LLM connection.
        body (UpdateLlmConnectionBody):

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
        uuid=uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateLlmConnectionBody,
) -> Response[LlmConnection]:
    """Update an LLM connection

     Renames an LLM connection and/or replaces its API token. A new token is checked against the provider
    before the change is saved. Returns the updated LlmConnection.

    `PUT /integrations/api/llms/{uuid}` (updateLlmConnection).
    Args:
        uuid (str): UUID of the LLM connection.
        body (UpdateLlmConnectionBody):

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
        uuid=uuid,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateLlmConnectionBody,
) -> LlmConnection:
    """Update an LLM connection

     Renames an LLM connection and/or replaces its API token. A new token is checked against the provider
    before the change is saved. Returns the updated LlmConnection.

    `PUT /integrations/api/llms/{uuid}` (updateLlmConnection).
    Args:
        uuid (str): UUID of the LLM connection.
        body (UpdateLlmConnectionBody):

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
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
