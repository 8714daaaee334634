from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.validate_flow_node_body import ValidateFlowNodeBody
from ...types import (
    OPERATION_EXTENSION,
    Response,
    status_code_of,
)


def _get_kwargs(
    *,
    body: ValidateFlowNodeBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/flow-versions/validate-node",
        "extensions": {OPERATION_EXTENSION: "validate_flow_node"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(response: httpx.Response) -> Response[None]:
    _parse_response(response)
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ValidateFlowNodeBody,
) -> Response[None]:
    """Validate a flow node

     Checks one node's type and payload without saving anything, so flow builders can validate as the
    user edits. A valid node gets 204 with an empty body; an invalid one gets 422 with the validation
    messages.

    Send `before` and `after` even when empty (`[]`): requests without them have been reported to fail
    with a server error instead of a validation error.

    `POST /flows/api/flow-versions/validate-node` (validateFlowNode).
    Args:
        body (ValidateFlowNodeBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ValidateFlowNodeBody,
) -> None:
    """Validate a flow node

     Checks one node's type and payload without saving anything, so flow builders can validate as the
    user edits. A valid node gets 204 with an empty body; an invalid one gets 422 with the validation
    messages.

    Send `before` and `after` even when empty (`[]`): requests without them have been reported to fail
    with a server error instead of a validation error.

    `POST /flows/api/flow-versions/validate-node` (validateFlowNode).
    Args:
        body (ValidateFlowNodeBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        None
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ValidateFlowNodeBody,
) -> Response[None]:
    """Validate a flow node

     Checks one node's type and payload without saving anything, so flow builders can validate as the
    user edits. A valid node gets 204 with an empty body; an invalid one gets 422 with the validation
    messages.

    Send `before` and `after` even when empty (`[]`): requests without them have been reported to fail
    with a server error instead of a validation error.

    `POST /flows/api/flow-versions/validate-node` (validateFlowNode).
    Args:
        body (ValidateFlowNodeBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ValidateFlowNodeBody,
) -> None:
    """Validate a flow node

     Checks one node's type and payload without saving anything, so flow builders can validate as the
    user edits. A valid node gets 204 with an empty body; an invalid one gets 422 with the validation
    messages.

    Send `before` and `after` even when empty (`[]`): requests without them have been reported to fail
    with a server error instead of a validation error.

    `POST /flows/api/flow-versions/validate-node` (validateFlowNode).
    Args:
        body (ValidateFlowNodeBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
