from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_flow_body import CreateFlowBody
from ...models.error_envelope import ErrorEnvelope
from ...models.flow import Flow
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: CreateFlowBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/flows",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | Flow | None:
    if response.status_code == 201:
        response_201 = Flow.from_dict(response.json())

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
) -> Response[ErrorEnvelope | Flow]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFlowBody,
) -> Response[ErrorEnvelope | Flow]:
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

    Args:
        body (CreateFlowBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Flow]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFlowBody,
) -> ErrorEnvelope | Flow | None:
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

    Args:
        body (CreateFlowBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Flow
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFlowBody,
) -> Response[ErrorEnvelope | Flow]:
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

    Args:
        body (CreateFlowBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Flow]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateFlowBody,
) -> ErrorEnvelope | Flow | None:
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

    Args:
        body (CreateFlowBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Flow
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
