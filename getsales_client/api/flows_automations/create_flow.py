from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_flow_body import CreateFlowBody
from ...models.flow import Flow
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: CreateFlowBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/flows",
        "extensions": {OPERATION_EXTENSION: "create_flow"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Flow:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_201 = Flow.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = (
            f"a body that is not the documented Flow ({type(exc).__name__}: {exc})"
        )
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_201


def _build_response(response: httpx.Response) -> Response[Flow]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFlowBody,
) -> Response[Flow]:
    """Create a flow (automation)

     Creates an automation. It always starts in `draft` status and has no steps yet: save a node tree and
    contact sources with the flow-version endpoints, then call start to activate it.

    The `schedule` says when the automation may perform actions. It holds a `timezone` and a list of
    `timeblocks`; each block gives a day of the week in `dow` (0 is Sunday, 6 is Saturday) and a window
    in minutes after midnight in `min` and `max` (540 is 09:00, 1020 is 17:00). The keys are
    `min`/`max`, not `from`/`to`.

    Other published documentation of this API marks `name`, `use_sender_schedule` and `schedule` as
    required and gives a default `priority` of 2; the schema follows that. Returns the new Flow with
    status 201, or 422 when validation fails.

    `POST /flows/api/flows` (createFlow).
    Args:
        body (CreateFlowBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[Flow]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFlowBody,
) -> Flow:
    """Create a flow (automation)

     Creates an automation. It always starts in `draft` status and has no steps yet: save a node tree and
    contact sources with the flow-version endpoints, then call start to activate it.

    The `schedule` says when the automation may perform actions. It holds a `timezone` and a list of
    `timeblocks`; each block gives a day of the week in `dow` (0 is Sunday, 6 is Saturday) and a window
    in minutes after midnight in `min` and `max` (540 is 09:00, 1020 is 17:00). The keys are
    `min`/`max`, not `from`/`to`.

    Other published documentation of this API marks `name`, `use_sender_schedule` and `schedule` as
    required and gives a default `priority` of 2; the schema follows that. Returns the new Flow with
    status 201, or 422 when validation fails.

    `POST /flows/api/flows` (createFlow).
    Args:
        body (CreateFlowBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Flow
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFlowBody,
) -> Response[Flow]:
    """Create a flow (automation)

     Creates an automation. It always starts in `draft` status and has no steps yet: save a node tree and
    contact sources with the flow-version endpoints, then call start to activate it.

    The `schedule` says when the automation may perform actions. It holds a `timezone` and a list of
    `timeblocks`; each block gives a day of the week in `dow` (0 is Sunday, 6 is Saturday) and a window
    in minutes after midnight in `min` and `max` (540 is 09:00, 1020 is 17:00). The keys are
    `min`/`max`, not `from`/`to`.

    Other published documentation of this API marks `name`, `use_sender_schedule` and `schedule` as
    required and gives a default `priority` of 2; the schema follows that. Returns the new Flow with
    status 201, or 422 when validation fails.

    `POST /flows/api/flows` (createFlow).
    Args:
        body (CreateFlowBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[Flow]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFlowBody,
) -> Flow:
    """Create a flow (automation)

     Creates an automation. It always starts in `draft` status and has no steps yet: save a node tree and
    contact sources with the flow-version endpoints, then call start to activate it.

    The `schedule` says when the automation may perform actions. It holds a `timezone` and a list of
    `timeblocks`; each block gives a day of the week in `dow` (0 is Sunday, 6 is Saturday) and a window
    in minutes after midnight in `min` and `max` (540 is 09:00, 1020 is 17:00). The keys are
    `min`/`max`, not `from`/`to`.

    Other published documentation of this API marks `name`, `use_sender_schedule` and `schedule` as
    required and gives a default `priority` of 2; the schema follows that. Returns the new Flow with
    status 201, or 422 when validation fails.

    `POST /flows/api/flows` (createFlow).
    Args:
        body (CreateFlowBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Flow
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
