from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_pipeline_stage_body import CreatePipelineStageBody
from ...models.error_envelope import ErrorEnvelope
from ...models.pipeline_stage import PipelineStage
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: CreatePipelineStageBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/pipeline-stages",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | PipelineStage | None:
    if response.status_code == 201:
        response_201 = PipelineStage.from_dict(response.json())

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
) -> Response[ErrorEnvelope | PipelineStage]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePipelineStageBody,
) -> Response[ErrorEnvelope | PipelineStage]:
    """Create a pipeline stage

     Adds a custom pipeline stage for contacts or companies. The stage is placed
    after all existing ones; use the update endpoint to move it.

    The category decides the funnel phase and whether moving a record into this
    stage counts as progress or as a step back:

    - `cold`: not contacted yet
    - `engaging`: outreach under way
    - `positive`: interested or converted
    - `negative`: declined or lost

    Answers **201** with the new stage.

    Args:
        body (CreatePipelineStageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PipelineStage]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePipelineStageBody,
) -> ErrorEnvelope | PipelineStage | None:
    """Create a pipeline stage

     Adds a custom pipeline stage for contacts or companies. The stage is placed
    after all existing ones; use the update endpoint to move it.

    The category decides the funnel phase and whether moving a record into this
    stage counts as progress or as a step back:

    - `cold`: not contacted yet
    - `engaging`: outreach under way
    - `positive`: interested or converted
    - `negative`: declined or lost

    Answers **201** with the new stage.

    Args:
        body (CreatePipelineStageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PipelineStage
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePipelineStageBody,
) -> Response[ErrorEnvelope | PipelineStage]:
    """Create a pipeline stage

     Adds a custom pipeline stage for contacts or companies. The stage is placed
    after all existing ones; use the update endpoint to move it.

    The category decides the funnel phase and whether moving a record into this
    stage counts as progress or as a step back:

    - `cold`: not contacted yet
    - `engaging`: outreach under way
    - `positive`: interested or converted
    - `negative`: declined or lost

    Answers **201** with the new stage.

    Args:
        body (CreatePipelineStageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PipelineStage]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePipelineStageBody,
) -> ErrorEnvelope | PipelineStage | None:
    """Create a pipeline stage

     Adds a custom pipeline stage for contacts or companies. The stage is placed
    after all existing ones; use the update endpoint to move it.

    The category decides the funnel phase and whether moving a record into this
    stage counts as progress or as a step back:

    - `cold`: not contacted yet
    - `engaging`: outreach under way
    - `positive`: interested or converted
    - `negative`: declined or lost

    Answers **201** with the new stage.

    Args:
        body (CreatePipelineStageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PipelineStage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
