from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_sender_profile_metrics_body import GetSenderProfileMetricsBody
from ...models.get_sender_profile_metrics_response_200 import (
    GetSenderProfileMetricsResponse200,
)
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: GetSenderProfileMetricsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/sender-profiles/metrics",
        "extensions": {OPERATION_EXTENSION: "get_sender_profile_metrics"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> GetSenderProfileMetricsResponse200:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = GetSenderProfileMetricsResponse200.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented GetSenderProfileMetricsResponse200 ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(
    response: httpx.Response,
) -> Response[GetSenderProfileMetricsResponse200]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetSenderProfileMetricsBody,
) -> Response[GetSenderProfileMetricsResponse200]:
    """Get sender profile metrics

     Returns metrics for one or more sender profiles, including the status of their linked mailboxes and
    related counts. Nothing is changed.

    The request and response fields are not published. The body is assumed to take a `uuids` list like
    the other metrics endpoints, and the response is described as a free-form object.

    `POST /flows/api/sender-profiles/metrics` (getSenderProfileMetrics).
    Args:
        body (GetSenderProfileMetricsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[GetSenderProfileMetricsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GetSenderProfileMetricsBody,
) -> GetSenderProfileMetricsResponse200:
    """Get sender profile metrics

     Returns metrics for one or more sender profiles, including the status of their linked mailboxes and
    related counts. Nothing is changed.

    The request and response fields are not published. The body is assumed to take a `uuids` list like
    the other metrics endpoints, and the response is described as a free-form object.

    `POST /flows/api/sender-profiles/metrics` (getSenderProfileMetrics).
    Args:
        body (GetSenderProfileMetricsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        GetSenderProfileMetricsResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetSenderProfileMetricsBody,
) -> Response[GetSenderProfileMetricsResponse200]:
    """Get sender profile metrics

     Returns metrics for one or more sender profiles, including the status of their linked mailboxes and
    related counts. Nothing is changed.

    The request and response fields are not published. The body is assumed to take a `uuids` list like
    the other metrics endpoints, and the response is described as a free-form object.

    `POST /flows/api/sender-profiles/metrics` (getSenderProfileMetrics).
    Args:
        body (GetSenderProfileMetricsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[GetSenderProfileMetricsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetSenderProfileMetricsBody,
) -> GetSenderProfileMetricsResponse200:
    """Get sender profile metrics

     Returns metrics for one or more sender profiles, including the status of their linked mailboxes and
    related counts. Nothing is changed.

    The request and response fields are not published. The body is assumed to take a `uuids` list like
    the other metrics endpoints, and the response is described as a free-form object.

    `POST /flows/api/sender-profiles/metrics` (getSenderProfileMetrics).
    Args:
        body (GetSenderProfileMetricsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        GetSenderProfileMetricsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
