from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.llm_connection_list import LlmConnectionList
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_q: str | Unset = UNSET,
    filter_provider: str | Unset = UNSET,
    filter_owner: str | Unset = UNSET,
    filter_status: str | Unset = UNSET,
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

    params["filter[provider]"] = filter_provider

    params["filter[owner]"] = filter_owner

    params["filter[status]"] = filter_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/integrations/api/llms",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | LlmConnectionList | None:
    if response.status_code == 200:
        response_200 = LlmConnectionList.from_dict(response.json())

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
) -> Response[ErrorEnvelope | LlmConnectionList]:
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
    filter_provider: str | Unset = UNSET,
    filter_owner: str | Unset = UNSET,
    filter_status: str | Unset = UNSET,
) -> Response[ErrorEnvelope | LlmConnectionList]:
    """List all LLM connections

     Lists the organisation's LLM provider connections with paging, optionally filtered by provider,
    owner, status or search text, so the team can review which providers are set up. Returns the
    paginated envelope of LlmConnection objects; API tokens are masked.

    Only the current (1.0.0) API documentation describes these endpoints, and it does not publish the
    exact filter key names; `provider`, `owner`, `status` and `q` are assumed.

    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_q (str | Unset): Free-text search.

            Sent as `filter[q]`.
        filter_provider (str | Unset): Only connections to this provider.

            Sent as `filter[provider]`.
        filter_owner (str | Unset): Only connections owned by this user.

            Sent as `filter[owner]`.
        filter_status (str | Unset): Only connections with this status.

            Sent as `filter[status]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LlmConnectionList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_q=filter_q,
        filter_provider=filter_provider,
        filter_owner=filter_owner,
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
    filter_provider: str | Unset = UNSET,
    filter_owner: str | Unset = UNSET,
    filter_status: str | Unset = UNSET,
) -> ErrorEnvelope | LlmConnectionList | None:
    """List all LLM connections

     Lists the organisation's LLM provider connections with paging, optionally filtered by provider,
    owner, status or search text, so the team can review which providers are set up. Returns the
    paginated envelope of LlmConnection objects; API tokens are masked.

    Only the current (1.0.0) API documentation describes these endpoints, and it does not publish the
    exact filter key names; `provider`, `owner`, `status` and `q` are assumed.

    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_q (str | Unset): Free-text search.

            Sent as `filter[q]`.
        filter_provider (str | Unset): Only connections to this provider.

            Sent as `filter[provider]`.
        filter_owner (str | Unset): Only connections owned by this user.

            Sent as `filter[owner]`.
        filter_status (str | Unset): Only connections with this status.

            Sent as `filter[status]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LlmConnectionList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_q=filter_q,
        filter_provider=filter_provider,
        filter_owner=filter_owner,
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
    filter_provider: str | Unset = UNSET,
    filter_owner: str | Unset = UNSET,
    filter_status: str | Unset = UNSET,
) -> Response[ErrorEnvelope | LlmConnectionList]:
    """List all LLM connections

     Lists the organisation's LLM provider connections with paging, optionally filtered by provider,
    owner, status or search text, so the team can review which providers are set up. Returns the
    paginated envelope of LlmConnection objects; API tokens are masked.

    Only the current (1.0.0) API documentation describes these endpoints, and it does not publish the
    exact filter key names; `provider`, `owner`, `status` and `q` are assumed.

    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_q (str | Unset): Free-text search.

            Sent as `filter[q]`.
        filter_provider (str | Unset): Only connections to this provider.

            Sent as `filter[provider]`.
        filter_owner (str | Unset): Only connections owned by this user.

            Sent as `filter[owner]`.
        filter_status (str | Unset): Only connections with this status.

            Sent as `filter[status]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LlmConnectionList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_q=filter_q,
        filter_provider=filter_provider,
        filter_owner=filter_owner,
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
    filter_provider: str | Unset = UNSET,
    filter_owner: str | Unset = UNSET,
    filter_status: str | Unset = UNSET,
) -> ErrorEnvelope | LlmConnectionList | None:
    """List all LLM connections

     Lists the organisation's LLM provider connections with paging, optionally filtered by provider,
    owner, status or search text, so the team can review which providers are set up. Returns the
    paginated envelope of LlmConnection objects; API tokens are masked.

    Only the current (1.0.0) API documentation describes these endpoints, and it does not publish the
    exact filter key names; `provider`, `owner`, `status` and `q` are assumed.

    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_q (str | Unset): Free-text search.

            Sent as `filter[q]`.
        filter_provider (str | Unset): Only connections to this provider.

            Sent as `filter[provider]`.
        filter_owner (str | Unset): Only connections owned by this user.

            Sent as `filter[owner]`.
        filter_status (str | Unset): Only connections with this status.

            Sent as `filter[status]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LlmConnectionList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            order_field=order_field,
            order_type=order_type,
            filter_q=filter_q,
            filter_provider=filter_provider,
            filter_owner=filter_owner,
            filter_status=filter_status,
        )
    ).parsed
