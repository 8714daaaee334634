from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.classify_lead_body import ClassifyLeadBody
from ...models.classify_lead_response_200 import ClassifyLeadResponse200
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
    body: ClassifyLeadBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/ai-agents/{uuid}/classify".format(
            uuid=path_segment(uuid, "uuid", "classifyLead"),
        ),
        "extensions": {OPERATION_EXTENSION: "classify_lead"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> ClassifyLeadResponse200:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = ClassifyLeadResponse200.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented ClassifyLeadResponse200 ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[ClassifyLeadResponse200]:
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
    body: ClassifyLeadBody,
) -> Response[ClassifyLeadResponse200]:
    """Classify Lead

     Hands a contact's profile to the AI agent for classification. The agent sorts it into one of its
    configured outcomes (positive, negative, neutral or fallback). The work happens asynchronously: the
    call only acknowledges the request, and the agent's metrics update as results come in.

    The fields of the submitted profile and of the acknowledgement are not published; both are described
    as free-form objects.

    `POST /flows/api/ai-agents/{uuid}/classify` (classifyLead).
    Args:
        uuid (str): UUID of the AI agent.
        body (ClassifyLeadBody): The contact to classify. Field names are inferred.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[ClassifyLeadResponse200]
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
    body: ClassifyLeadBody,
) -> ClassifyLeadResponse200:
    """Classify Lead

     Hands a contact's profile to the AI agent for classification. The agent sorts it into one of its
    configured outcomes (positive, negative, neutral or fallback). The work happens asynchronously: the
    call only acknowledges the request, and the agent's metrics update as results come in.

    The fields of the submitted profile and of the acknowledgement are not published; both are described
    as free-form objects.

    `POST /flows/api/ai-agents/{uuid}/classify` (classifyLead).
    Args:
        uuid (str): UUID of the AI agent.
        body (ClassifyLeadBody): The contact to classify. Field names are inferred.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        ClassifyLeadResponse200
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
    body: ClassifyLeadBody,
) -> Response[ClassifyLeadResponse200]:
    """Classify Lead

     Hands a contact's profile to the AI agent for classification. The agent sorts it into one of its
    configured outcomes (positive, negative, neutral or fallback). The work happens asynchronously: the
    call only acknowledges the request, and the agent's metrics update as results come in.

    The fields of the submitted profile and of the acknowledgement are not published; both are described
    as free-form objects.

    `POST /flows/api/ai-agents/{uuid}/classify` (classifyLead).
    Args:
        uuid (str): UUID of the AI agent.
        body (ClassifyLeadBody): The contact to classify. Field names are inferred.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[ClassifyLeadResponse200]
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
    body: ClassifyLeadBody,
) -> ClassifyLeadResponse200:
    """Classify Lead

     Hands a contact's profile to the AI agent for classification. The agent sorts it into one of its
    configured outcomes (positive, negative, neutral or fallback). The work happens asynchronously: the
    call only acknowledges the request, and the agent's metrics update as results come in.

    The fields of the submitted profile and of the acknowledgement are not published; both are described
    as free-form objects.

    `POST /flows/api/ai-agents/{uuid}/classify` (classifyLead).
    Args:
        uuid (str): UUID of the AI agent.
        body (ClassifyLeadBody): The contact to classify. Field names are inferred.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        ClassifyLeadResponse200
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
