from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.list_webhooks_filter_status import ListWebhooksFilterStatus
from ...models.sort_direction import SortDirection
from ...models.webhook_list import WebhookList
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_q: str | Unset = UNSET,
    filter_event: str | Unset = UNSET,
    filter_status: ListWebhooksFilterStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["limit"] = limit

    params["offset"] = offset

    params["order_field"] = order_field

    json_order_type: str | Unset = UNSET
    if not isinstance(order_type, Unset):
        json_order_type = order_type.value

    params["order_type"] = json_order_type

    params["filter[q]"] = filter_q

    params["filter[event]"] = filter_event

    json_filter_status: str | Unset = UNSET
    if not isinstance(filter_status, Unset):
        json_filter_status = filter_status.value

    params["filter[status]"] = json_filter_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/integrations/api/webhooks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | WebhookList | None:
    if response.status_code == 200:
        response_200 = WebhookList.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = ErrorEnvelope.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | WebhookList]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_q: str | Unset = UNSET,
    filter_event: str | Unset = UNSET,
    filter_status: ListWebhooksFilterStatus | Unset = UNSET,
) -> Response[ErrorEnvelope | WebhookList]:
    """List webhooks

     Lists the team's webhooks with paging. Filter by event type, status or search text; newest first by
    default (`created_at` descending). The exact filter key names are not published: `event`, `status`
    and `q` are assumed. Returns the paginated envelope of Webhook objects.

    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_q (str | Unset): Free-text search (key name assumed).

            Sent as `filter[q]`.
        filter_event (str | Unset): Only webhooks for this event (key name assumed).

            Sent as `filter[event]`.
        filter_status (ListWebhooksFilterStatus | Unset): Only webhooks with this status, `on` or
            `off` (key name assumed).

            Sent as `filter[status]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WebhookList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_q=filter_q,
        filter_event=filter_event,
        filter_status=filter_status,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_q: str | Unset = UNSET,
    filter_event: str | Unset = UNSET,
    filter_status: ListWebhooksFilterStatus | Unset = UNSET,
) -> ErrorEnvelope | WebhookList | None:
    """List webhooks

     Lists the team's webhooks with paging. Filter by event type, status or search text; newest first by
    default (`created_at` descending). The exact filter key names are not published: `event`, `status`
    and `q` are assumed. Returns the paginated envelope of Webhook objects.

    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_q (str | Unset): Free-text search (key name assumed).

            Sent as `filter[q]`.
        filter_event (str | Unset): Only webhooks for this event (key name assumed).

            Sent as `filter[event]`.
        filter_status (ListWebhooksFilterStatus | Unset): Only webhooks with this status, `on` or
            `off` (key name assumed).

            Sent as `filter[status]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WebhookList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_q=filter_q,
        filter_event=filter_event,
        filter_status=filter_status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_q: str | Unset = UNSET,
    filter_event: str | Unset = UNSET,
    filter_status: ListWebhooksFilterStatus | Unset = UNSET,
) -> Response[ErrorEnvelope | WebhookList]:
    """List webhooks

     Lists the team's webhooks with paging. Filter by event type, status or search text; newest first by
    default (`created_at` descending). The exact filter key names are not published: `event`, `status`
    and `q` are assumed. Returns the paginated envelope of Webhook objects.

    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_q (str | Unset): Free-text search (key name assumed).

            Sent as `filter[q]`.
        filter_event (str | Unset): Only webhooks for this event (key name assumed).

            Sent as `filter[event]`.
        filter_status (ListWebhooksFilterStatus | Unset): Only webhooks with this status, `on` or
            `off` (key name assumed).

            Sent as `filter[status]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | WebhookList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_q=filter_q,
        filter_event=filter_event,
        filter_status=filter_status,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_q: str | Unset = UNSET,
    filter_event: str | Unset = UNSET,
    filter_status: ListWebhooksFilterStatus | Unset = UNSET,
) -> ErrorEnvelope | WebhookList | None:
    """List webhooks

     Lists the team's webhooks with paging. Filter by event type, status or search text; newest first by
    default (`created_at` descending). The exact filter key names are not published: `event`, `status`
    and `q` are assumed. Returns the paginated envelope of Webhook objects.

    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_q (str | Unset): Free-text search (key name assumed).

            Sent as `filter[q]`.
        filter_event (str | Unset): Only webhooks for this event (key name assumed).

            Sent as `filter[event]`.
        filter_status (ListWebhooksFilterStatus | Unset): Only webhooks with this status, `on` or
            `off` (key name assumed).

            Sent as `filter[status]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | WebhookList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            order_field=order_field,
            order_type=order_type,
            filter_q=filter_q,
            filter_event=filter_event,
            filter_status=filter_status,
        )
    ).parsed
