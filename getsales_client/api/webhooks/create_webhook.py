from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_webhook_body import CreateWebhookBody
from ...models.webhook import Webhook
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: CreateWebhookBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/integrations/api/webhooks",
        "extensions": {OPERATION_EXTENSION: "create_webhook"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Webhook:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_201 = Webhook.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = (
            f"a body that is not the documented Webhook ({type(exc).__name__}: {exc})"
        )
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_201


def _build_response(response: httpx.Response) -> Response[Webhook]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookBody,
) -> Response[Webhook]:
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

    `POST /integrations/api/webhooks` (createWebhook).
    Args:
        body (CreateWebhookBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[Webhook]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookBody,
) -> Webhook:
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

    `POST /integrations/api/webhooks` (createWebhook).
    Args:
        body (CreateWebhookBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Webhook
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookBody,
) -> Response[Webhook]:
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

    `POST /integrations/api/webhooks` (createWebhook).
    Args:
        body (CreateWebhookBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[Webhook]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateWebhookBody,
) -> Webhook:
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

    `POST /integrations/api/webhooks` (createWebhook).
    Args:
        body (CreateWebhookBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Webhook
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
