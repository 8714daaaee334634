from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.test_webhook_body import TestWebhookBody
from ...models.webhook_test_result import WebhookTestResult
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: TestWebhookBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/integrations/api/webhooks/test",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | WebhookTestResult | None:
    if response.status_code == 200:
        response_200 = WebhookTestResult.from_dict(response.json())

        return response_200

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

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorEnvelope.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | WebhookTestResult]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TestWebhookBody,
) -> Response[ErrorEnvelope | WebhookTestResult]:
    """Test webhook

     Sends a sample payload to a webhook's endpoint so you can check the connection and your handler
    without waiting for a real event. The answer describes the call: the response status, headers and
    timing from your endpoint. Answers 404 when the webhook does not exist.

    All four body fields are required; sending only `uuid` gives 422. The call stores nothing in
    GetSales, but it does make a real request to your endpoint.

    Args:
        body (TestWebhookBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WebhookTestResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: TestWebhookBody,
) -> ErrorEnvelope | WebhookTestResult | None:
    """Test webhook

     Sends a sample payload to a webhook's endpoint so you can check the connection and your handler
    without waiting for a real event. The answer describes the call: the response status, headers and
    timing from your endpoint. Answers 404 when the webhook does not exist.

    All four body fields are required; sending only `uuid` gives 422. The call stores nothing in
    GetSales, but it does make a real request to your endpoint.

    Args:
        body (TestWebhookBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WebhookTestResult
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: TestWebhookBody,
) -> Response[ErrorEnvelope | WebhookTestResult]:
    """Test webhook

     Sends a sample payload to a webhook's endpoint so you can check the connection and your handler
    without waiting for a real event. The answer describes the call: the response status, headers and
    timing from your endpoint. Answers 404 when the webhook does not exist.

    All four body fields are required; sending only `uuid` gives 422. The call stores nothing in
    GetSales, but it does make a real request to your endpoint.

    Args:
        body (TestWebhookBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WebhookTestResult]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: TestWebhookBody,
) -> ErrorEnvelope | WebhookTestResult | None:
    """Test webhook

     Sends a sample payload to a webhook's endpoint so you can check the connection and your handler
    without waiting for a real event. The answer describes the call: the response status, headers and
    timing from your endpoint. Answers 404 when the webhook does not exist.

    All four body fields are required; sending only `uuid` gives 422. The call stores nothing in
    GetSales, but it does make a real request to your endpoint.

    Args:
        body (TestWebhookBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WebhookTestResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
