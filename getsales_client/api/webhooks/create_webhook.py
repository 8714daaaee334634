from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_webhook_body import CreateWebhookBody
from ...models.error_envelope import ErrorEnvelope
from ...models.webhook import Webhook
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: CreateWebhookBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/integrations/api/webhooks",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | Webhook | None:
    if response.status_code == 201:
        response_201 = Webhook.from_dict(response.json())

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
) -> Response[ErrorEnvelope | Webhook]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookBody,
) -> Response[ErrorEnvelope | Webhook]:
    """Create webhook

     Creates a webhook that calls your endpoint in real time whenever the chosen event happens, with POST
    by default or another HTTP method. Webhooks belong to the team and need a valid event and a
    `target_url` reachable from the public internet. Answers 201 with the new Webhook, or 422 on
    validation errors.

    **Event names.** The create documentation lists 19 events (sender sent-actions, contact replies,
    opens, clicks, unsubscribes, bounces, enrichment, export, create/update/delete, tag and pipeline
    changes). The webhook object and the update call list only four of them (`contact_replied_email`,
    `contact_replied_linkedin_message`, `contact_exported`, `contact_enriched`). The field accepts any
    of the 19.

    Args:
        body (CreateWebhookBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Webhook]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookBody,
) -> ErrorEnvelope | Webhook | None:
    """Create webhook

     Creates a webhook that calls your endpoint in real time whenever the chosen event happens, with POST
    by default or another HTTP method. Webhooks belong to the team and need a valid event and a
    `target_url` reachable from the public internet. Answers 201 with the new Webhook, or 422 on
    validation errors.

    **Event names.** The create documentation lists 19 events (sender sent-actions, contact replies,
    opens, clicks, unsubscribes, bounces, enrichment, export, create/update/delete, tag and pipeline
    changes). The webhook object and the update call list only four of them (`contact_replied_email`,
    `contact_replied_linkedin_message`, `contact_exported`, `contact_enriched`). The field accepts any
    of the 19.

    Args:
        body (CreateWebhookBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Webhook
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookBody,
) -> Response[ErrorEnvelope | Webhook]:
    """Create webhook

     Creates a webhook that calls your endpoint in real time whenever the chosen event happens, with POST
    by default or another HTTP method. Webhooks belong to the team and need a valid event and a
    `target_url` reachable from the public internet. Answers 201 with the new Webhook, or 422 on
    validation errors.

    **Event names.** The create documentation lists 19 events (sender sent-actions, contact replies,
    opens, clicks, unsubscribes, bounces, enrichment, export, create/update/delete, tag and pipeline
    changes). The webhook object and the update call list only four of them (`contact_replied_email`,
    `contact_replied_linkedin_message`, `contact_exported`, `contact_enriched`). The field accepts any
    of the 19.

    Args:
        body (CreateWebhookBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Webhook]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookBody,
) -> ErrorEnvelope | Webhook | None:
    """Create webhook

     Creates a webhook that calls your endpoint in real time whenever the chosen event happens, with POST
    by default or another HTTP method. Webhooks belong to the team and need a valid event and a
    `target_url` reachable from the public internet. Answers 201 with the new Webhook, or 422 on
    validation errors.

    **Event names.** The create documentation lists 19 events (sender sent-actions, contact replies,
    opens, clicks, unsubscribes, bounces, enrichment, export, create/update/delete, tag and pipeline
    changes). The webhook object and the update call list only four of them (`contact_replied_email`,
    `contact_replied_linkedin_message`, `contact_exported`, `contact_enriched`). The field accepts any
    of the 19.

    Args:
        body (CreateWebhookBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Webhook
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
