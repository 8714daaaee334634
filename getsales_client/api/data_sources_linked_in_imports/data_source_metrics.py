from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_source_metrics import DataSourceMetrics
from ...models.data_source_metrics_body import DataSourceMetricsBody
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: DataSourceMetricsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/leads/api/data-sources/metrics",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataSourceMetrics | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = DataSourceMetrics.from_dict(response.json())

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
) -> Response[DataSourceMetrics | ErrorEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataSourceMetricsBody,
) -> Response[DataSourceMetrics | ErrorEnvelope]:
    """Get import metrics

     Reports progress counters for one or more imports. Send their UUIDs in
    `uuids`; the answer is an object keyed by import UUID, each value holding
    that import's counters:

    | Counter | Meaning |
    |---|---|
    | `queued_records` | Waiting to be processed |
    | `saved_records` | Stored as new contacts or companies |
    | `duplicate_records` | Skipped as duplicates of records in the list |
    | `blacklisted_records` | Skipped because they match a blacklist entry |
    | `error_records` | Could not be imported because of bad data |

    Counters starting with `child_` count nested results, such as the contacts
    found under each company of an account search. Despite the `PUT` method,
    this call changes nothing. **422** on validation failure.

    Args:
        body (DataSourceMetricsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataSourceMetrics | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DataSourceMetricsBody,
) -> DataSourceMetrics | ErrorEnvelope | None:
    """Get import metrics

     Reports progress counters for one or more imports. Send their UUIDs in
    `uuids`; the answer is an object keyed by import UUID, each value holding
    that import's counters:

    | Counter | Meaning |
    |---|---|
    | `queued_records` | Waiting to be processed |
    | `saved_records` | Stored as new contacts or companies |
    | `duplicate_records` | Skipped as duplicates of records in the list |
    | `blacklisted_records` | Skipped because they match a blacklist entry |
    | `error_records` | Could not be imported because of bad data |

    Counters starting with `child_` count nested results, such as the contacts
    found under each company of an account search. Despite the `PUT` method,
    this call changes nothing. **422** on validation failure.

    Args:
        body (DataSourceMetricsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataSourceMetrics | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataSourceMetricsBody,
) -> Response[DataSourceMetrics | ErrorEnvelope]:
    """Get import metrics

     Reports progress counters for one or more imports. Send their UUIDs in
    `uuids`; the answer is an object keyed by import UUID, each value holding
    that import's counters:

    | Counter | Meaning |
    |---|---|
    | `queued_records` | Waiting to be processed |
    | `saved_records` | Stored as new contacts or companies |
    | `duplicate_records` | Skipped as duplicates of records in the list |
    | `blacklisted_records` | Skipped because they match a blacklist entry |
    | `error_records` | Could not be imported because of bad data |

    Counters starting with `child_` count nested results, such as the contacts
    found under each company of an account search. Despite the `PUT` method,
    this call changes nothing. **422** on validation failure.

    Args:
        body (DataSourceMetricsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataSourceMetrics | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DataSourceMetricsBody,
) -> DataSourceMetrics | ErrorEnvelope | None:
    """Get import metrics

     Reports progress counters for one or more imports. Send their UUIDs in
    `uuids`; the answer is an object keyed by import UUID, each value holding
    that import's counters:

    | Counter | Meaning |
    |---|---|
    | `queued_records` | Waiting to be processed |
    | `saved_records` | Stored as new contacts or companies |
    | `duplicate_records` | Skipped as duplicates of records in the list |
    | `blacklisted_records` | Skipped because they match a blacklist entry |
    | `error_records` | Could not be imported because of bad data |

    Counters starting with `child_` count nested results, such as the contacts
    found under each company of an account search. Despite the `PUT` method,
    this call changes nothing. **422** on validation failure.

    Args:
        body (DataSourceMetricsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataSourceMetrics | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
