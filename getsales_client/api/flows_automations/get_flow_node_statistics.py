from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.flow_node_statistics import FlowNodeStatistics
from ...models.get_flow_node_statistics_body import GetFlowNodeStatisticsBody
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
    body: GetFlowNodeStatisticsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/flows/{uuid}/statistics/nodes".format(
            uuid=path_segment(uuid, "uuid", "getFlowNodeStatistics"),
        ),
        "extensions": {OPERATION_EXTENSION: "get_flow_node_statistics"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> FlowNodeStatistics:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = FlowNodeStatistics.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented FlowNodeStatistics ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[FlowNodeStatistics]:
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
    body: GetFlowNodeStatisticsBody,
) -> Response[FlowNodeStatistics]:
    """Get flow node statistics

     Returns statistics for each requested node of an automation: how many contacts are at the node,
    conversion outcomes (accepted, replied, opened, clicked, bounced) and, for condition nodes, how
    contacts split across branches.

    The response is a map keyed by node id. Each value holds `node_statuses` (task counts by status,
    e.g. `closed`, `skipped`, `canceled`, `failed`, `in_progress`, `restarted`), `node_conversions`
    (outcome counts; observed keys include `accepted`, `replied`, `opened`, `blocked`, and it is an
    empty array when the node has none) and, for rule and trigger nodes, `node_branches`. Omitting
    `node_ids` gives 422.

    `POST /flows/api/flows/{uuid}/statistics/nodes` (getFlowNodeStatistics).
    Args:
        uuid (str): UUID of the automation.
        body (GetFlowNodeStatisticsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[FlowNodeStatistics]
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
    body: GetFlowNodeStatisticsBody,
) -> FlowNodeStatistics:
    """Get flow node statistics

     Returns statistics for each requested node of an automation: how many contacts are at the node,
    conversion outcomes (accepted, replied, opened, clicked, bounced) and, for condition nodes, how
    contacts split across branches.

    The response is a map keyed by node id. Each value holds `node_statuses` (task counts by status,
    e.g. `closed`, `skipped`, `canceled`, `failed`, `in_progress`, `restarted`), `node_conversions`
    (outcome counts; observed keys include `accepted`, `replied`, `opened`, `blocked`, and it is an
    empty array when the node has none) and, for rule and trigger nodes, `node_branches`. Omitting
    `node_ids` gives 422.

    `POST /flows/api/flows/{uuid}/statistics/nodes` (getFlowNodeStatistics).
    Args:
        uuid (str): UUID of the automation.
        body (GetFlowNodeStatisticsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        FlowNodeStatistics
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
    body: GetFlowNodeStatisticsBody,
) -> Response[FlowNodeStatistics]:
    """Get flow node statistics

     Returns statistics for each requested node of an automation: how many contacts are at the node,
    conversion outcomes (accepted, replied, opened, clicked, bounced) and, for condition nodes, how
    contacts split across branches.

    The response is a map keyed by node id. Each value holds `node_statuses` (task counts by status,
    e.g. `closed`, `skipped`, `canceled`, `failed`, `in_progress`, `restarted`), `node_conversions`
    (outcome counts; observed keys include `accepted`, `replied`, `opened`, `blocked`, and it is an
    empty array when the node has none) and, for rule and trigger nodes, `node_branches`. Omitting
    `node_ids` gives 422.

    `POST /flows/api/flows/{uuid}/statistics/nodes` (getFlowNodeStatistics).
    Args:
        uuid (str): UUID of the automation.
        body (GetFlowNodeStatisticsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[FlowNodeStatistics]
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
    body: GetFlowNodeStatisticsBody,
) -> FlowNodeStatistics:
    """Get flow node statistics

     Returns statistics for each requested node of an automation: how many contacts are at the node,
    conversion outcomes (accepted, replied, opened, clicked, bounced) and, for condition nodes, how
    contacts split across branches.

    The response is a map keyed by node id. Each value holds `node_statuses` (task counts by status,
    e.g. `closed`, `skipped`, `canceled`, `failed`, `in_progress`, `restarted`), `node_conversions`
    (outcome counts; observed keys include `accepted`, `replied`, `opened`, `blocked`, and it is an
    empty array when the node has none) and, for rule and trigger nodes, `node_branches`. Omitting
    `node_ids` gives 422.

    `POST /flows/api/flows/{uuid}/statistics/nodes` (getFlowNodeStatistics).
    Args:
        uuid (str): UUID of the automation.
        body (GetFlowNodeStatisticsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        FlowNodeStatistics
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
