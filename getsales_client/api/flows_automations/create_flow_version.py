from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_flow_version_body import CreateFlowVersionBody
from ...models.error_envelope import ErrorEnvelope
from ...models.flow_version import FlowVersion
from ...types import Response, status_code_of


def _get_kwargs(
    flow_uuid: UUID,
    *,
    body: CreateFlowVersionBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/flows/{flow_uuid}/flow-versions".format(
            flow_uuid=quote(str(flow_uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | FlowVersion | None:
    if response.status_code == 201:
        response_201 = FlowVersion.from_dict(response.json())

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
) -> Response[ErrorEnvelope | FlowVersion]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    flow_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CreateFlowVersionBody,
) -> Response[ErrorEnvelope | FlowVersion]:
    """Create flow version (save node tree)

     Saves a new version of an automation's tree; this is the main way to build automations in code. A
    version is the complete graph: every step, connection, branching rule and contact source. It becomes
    the active version as soon as it is saved. Answers 201.

    **Node graph.** Nodes reference each other through `before[]` and `after[]` lists of `{node_id,
    branch_id}` edges. Branching nodes (`rule_filter`, `rule_ab_test`, `trigger_*`) give each branch its
    own `branch_id`, matching the branch definitions in the node's payload. There are more than 40 node
    types, each with its own payload.

    **Branch numbering is documented two ways.** The current (1.0.0) API documentation says `branch_id`
    is always 0 on linear flows. Other published documentation says linear steps use 1, `rule_filter`
    uses 1 for a match and 0 for the else branch, `rule_ab_test` uses 1 and 2, and triggers use 1 and 2.
    The schema accepts any integer; copy the numbering from a version read back from the API when in
    doubt.

    **Contact sources** decide how contacts enter the flow: which sender profiles are assigned,
    concurrency limits and the rotation strategy. At least one is required; an empty list gives 422
    ("The contact sources field is required.").

    Further documented requirements: every node carries `created_at` and `updated_at`, and branching
    trees should set `first_common_node_id` so the web editor can draw them.

    Args:
        flow_uuid (UUID): UUID of the automation.
        body (CreateFlowVersionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FlowVersion]
    """

    kwargs = _get_kwargs(
        flow_uuid=flow_uuid,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    flow_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CreateFlowVersionBody,
) -> ErrorEnvelope | FlowVersion | None:
    """Create flow version (save node tree)

     Saves a new version of an automation's tree; this is the main way to build automations in code. A
    version is the complete graph: every step, connection, branching rule and contact source. It becomes
    the active version as soon as it is saved. Answers 201.

    **Node graph.** Nodes reference each other through `before[]` and `after[]` lists of `{node_id,
    branch_id}` edges. Branching nodes (`rule_filter`, `rule_ab_test`, `trigger_*`) give each branch its
    own `branch_id`, matching the branch definitions in the node's payload. There are more than 40 node
    types, each with its own payload.

    **Branch numbering is documented two ways.** The current (1.0.0) API documentation says `branch_id`
    is always 0 on linear flows. Other published documentation says linear steps use 1, `rule_filter`
    uses 1 for a match and 0 for the else branch, `rule_ab_test` uses 1 and 2, and triggers use 1 and 2.
    The schema accepts any integer; copy the numbering from a version read back from the API when in
    doubt.

    **Contact sources** decide how contacts enter the flow: which sender profiles are assigned,
    concurrency limits and the rotation strategy. At least one is required; an empty list gives 422
    ("The contact sources field is required.").

    Further documented requirements: every node carries `created_at` and `updated_at`, and branching
    trees should set `first_common_node_id` so the web editor can draw them.

    Args:
        flow_uuid (UUID): UUID of the automation.
        body (CreateFlowVersionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FlowVersion
    """

    return sync_detailed(
        flow_uuid=flow_uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    flow_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CreateFlowVersionBody,
) -> Response[ErrorEnvelope | FlowVersion]:
    """Create flow version (save node tree)

     Saves a new version of an automation's tree; this is the main way to build automations in code. A
    version is the complete graph: every step, connection, branching rule and contact source. It becomes
    the active version as soon as it is saved. Answers 201.

    **Node graph.** Nodes reference each other through `before[]` and `after[]` lists of `{node_id,
    branch_id}` edges. Branching nodes (`rule_filter`, `rule_ab_test`, `trigger_*`) give each branch its
    own `branch_id`, matching the branch definitions in the node's payload. There are more than 40 node
    types, each with its own payload.

    **Branch numbering is documented two ways.** The current (1.0.0) API documentation says `branch_id`
    is always 0 on linear flows. Other published documentation says linear steps use 1, `rule_filter`
    uses 1 for a match and 0 for the else branch, `rule_ab_test` uses 1 and 2, and triggers use 1 and 2.
    The schema accepts any integer; copy the numbering from a version read back from the API when in
    doubt.

    **Contact sources** decide how contacts enter the flow: which sender profiles are assigned,
    concurrency limits and the rotation strategy. At least one is required; an empty list gives 422
    ("The contact sources field is required.").

    Further documented requirements: every node carries `created_at` and `updated_at`, and branching
    trees should set `first_common_node_id` so the web editor can draw them.

    Args:
        flow_uuid (UUID): UUID of the automation.
        body (CreateFlowVersionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FlowVersion]
    """

    kwargs = _get_kwargs(
        flow_uuid=flow_uuid,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    flow_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CreateFlowVersionBody,
) -> ErrorEnvelope | FlowVersion | None:
    """Create flow version (save node tree)

     Saves a new version of an automation's tree; this is the main way to build automations in code. A
    version is the complete graph: every step, connection, branching rule and contact source. It becomes
    the active version as soon as it is saved. Answers 201.

    **Node graph.** Nodes reference each other through `before[]` and `after[]` lists of `{node_id,
    branch_id}` edges. Branching nodes (`rule_filter`, `rule_ab_test`, `trigger_*`) give each branch its
    own `branch_id`, matching the branch definitions in the node's payload. There are more than 40 node
    types, each with its own payload.

    **Branch numbering is documented two ways.** The current (1.0.0) API documentation says `branch_id`
    is always 0 on linear flows. Other published documentation says linear steps use 1, `rule_filter`
    uses 1 for a match and 0 for the else branch, `rule_ab_test` uses 1 and 2, and triggers use 1 and 2.
    The schema accepts any integer; copy the numbering from a version read back from the API when in
    doubt.

    **Contact sources** decide how contacts enter the flow: which sender profiles are assigned,
    concurrency limits and the rotation strategy. At least one is required; an empty list gives 422
    ("The contact sources field is required.").

    Further documented requirements: every node carries `created_at` and `updated_at`, and branching
    trees should set `first_common_node_id` so the web editor can draw them.

    Args:
        flow_uuid (UUID): UUID of the automation.
        body (CreateFlowVersionBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FlowVersion
    """

    return (
        await asyncio_detailed(
            flow_uuid=flow_uuid,
            client=client,
            body=body,
        )
    ).parsed
