from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_flow_version_body import CreateFlowVersionBody
from ...models.flow_version import FlowVersion
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    path_segment,
    status_code_of,
)


def _get_kwargs(
    flow_uuid: str,
    *,
    body: CreateFlowVersionBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/flows/{flow_uuid}/flow-versions".format(
            flow_uuid=path_segment(flow_uuid, "flowUuid", "createFlowVersion"),
        ),
        "extensions": {OPERATION_EXTENSION: "create_flow_version"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> FlowVersion:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_201 = FlowVersion.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented FlowVersion ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_201


def _build_response(response: httpx.Response) -> Response[FlowVersion]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    flow_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateFlowVersionBody,
) -> Response[FlowVersion]:
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

    `POST /flows/api/flows/{flowUuid}/flow-versions` (createFlowVersion).
    Args:
        flow_uuid (str): UUID of the automation.
        body (CreateFlowVersionBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[FlowVersion]
    """

    kwargs = _get_kwargs(
        flow_uuid=flow_uuid,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    flow_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateFlowVersionBody,
) -> FlowVersion:
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

    `POST /flows/api/flows/{flowUuid}/flow-versions` (createFlowVersion).
    Args:
        flow_uuid (str): UUID of the automation.
        body (CreateFlowVersionBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        FlowVersion
    """

    return sync_detailed(
        flow_uuid=flow_uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    flow_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateFlowVersionBody,
) -> Response[FlowVersion]:
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

    `POST /flows/api/flows/{flowUuid}/flow-versions` (createFlowVersion).
    Args:
        flow_uuid (str): UUID of the automation.
        body (CreateFlowVersionBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[FlowVersion]
    """

    kwargs = _get_kwargs(
        flow_uuid=flow_uuid,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    flow_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateFlowVersionBody,
) -> FlowVersion:
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

    `POST /flows/api/flows/{flowUuid}/flow-versions` (createFlowVersion).
    Args:
        flow_uuid (str): UUID of the automation.
        body (CreateFlowVersionBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        FlowVersion
    """

    return (
        await asyncio_detailed(
            flow_uuid=flow_uuid,
            client=client,
            body=body,
        )
    ).parsed
