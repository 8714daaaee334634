from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_pipeline_stage_body import CreatePipelineStageBody
from ...models.pipeline_stage import PipelineStage
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: CreatePipelineStageBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/pipeline-stages",
        "extensions": {OPERATION_EXTENSION: "create_pipeline_stage"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> PipelineStage:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_201 = PipelineStage.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented PipelineStage ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_201


def _build_response(response: httpx.Response) -> Response[PipelineStage]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePipelineStageBody,
) -> Response[PipelineStage]:
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

    `POST /leads/api/pipeline-stages` (createPipelineStage).
    Args:
        body (CreatePipelineStageBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[PipelineStage]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePipelineStageBody,
) -> PipelineStage:
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

    `POST /leads/api/pipeline-stages` (createPipelineStage).
    Args:
        body (CreatePipelineStageBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        PipelineStage
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePipelineStageBody,
) -> Response[PipelineStage]:
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

    `POST /leads/api/pipeline-stages` (createPipelineStage).
    Args:
        body (CreatePipelineStageBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[PipelineStage]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreatePipelineStageBody,
) -> PipelineStage:
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

    `POST /leads/api/pipeline-stages` (createPipelineStage).
    Args:
        body (CreatePipelineStageBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        PipelineStage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
