from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.test_webhook_body import TestWebhookBody
from ...models.webhook_test_result import WebhookTestResult
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: TestWebhookBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/integrations/api/webhooks/test",
        "extensions": {OPERATION_EXTENSION: "test_webhook"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> WebhookTestResult:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = WebhookTestResult.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented WebhookTestResult ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[WebhookTestResult]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TestWebhookBody,
) -> Response[WebhookTestResult]:
    """Test webhook

     Sends a sample payload to a webhook's endpoint so you can check the connection and your handler
    without waiting for a real event. The answer describes the call: the response status, headers and
    timing from your endpoint. Answers 404 when the webhook does not exist.

    All four body fields are required; sending only `uuid` gives 422. The call stores nothing in
    GetSales, but it does make a real request to your endpoint.

    `POST /integrations/api/webhooks/test` (testWebhook).
    Args:
        body (TestWebhookBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[WebhookTestResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TestWebhookBody,
) -> WebhookTestResult:
    """Test webhook

     Sends a sample payload to a webhook's endpoint so you can check the connection and your handler
    without waiting for a real event. The answer describes the call: the response status, headers and
    timing from your endpoint. Answers 404 when the webhook does not exist.

    All four body fields are required; sending only `uuid` gives 422. The call stores nothing in
    GetSales, but it does make a real request to your endpoint.

    `POST /integrations/api/webhooks/test` (testWebhook).
    Args:
        body (TestWebhookBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        WebhookTestResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TestWebhookBody,
) -> Response[WebhookTestResult]:
    """Test webhook

     Sends a sample payload to a webhook's endpoint so you can check the connection and your handler
    without waiting for a real event. The answer describes the call: the response status, headers and
    timing from your endpoint. Answers 404 when the webhook does not exist.

    All four body fields are required; sending only `uuid` gives 422. The call stores nothing in
    GetSales, but it does make a real request to your endpoint.

    `POST /integrations/api/webhooks/test` (testWebhook).
    Args:
        body (TestWebhookBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[WebhookTestResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TestWebhookBody,
) -> WebhookTestResult:
    """Test webhook

     Sends a sample payload to a webhook's endpoint so you can check the connection and your handler
    without waiting for a real event. The answer describes the call: the response status, headers and
    timing from your endpoint. Answers 404 when the webhook does not exist.

    All four body fields are required; sending only `uuid` gives 422. The call stores nothing in
    GetSales, but it does make a real request to your endpoint.

    `POST /integrations/api/webhooks/test` (testWebhook).
    Args:
        body (TestWebhookBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        WebhookTestResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
