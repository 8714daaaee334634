from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_source_metrics import DataSourceMetrics
from ...models.data_source_metrics_body import DataSourceMetricsBody
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: DataSourceMetricsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/leads/api/data-sources/metrics",
        "extensions": {OPERATION_EXTENSION: "data_source_metrics"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> DataSourceMetrics:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = DataSourceMetrics.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented DataSourceMetrics ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[DataSourceMetrics]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataSourceMetricsBody,
) -> Response[DataSourceMetrics]:
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

    `PUT /leads/api/data-sources/metrics` (dataSourceMetrics).
    Args:
        body (DataSourceMetricsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[DataSourceMetrics]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: DataSourceMetricsBody,
) -> DataSourceMetrics:
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

    `PUT /leads/api/data-sources/metrics` (dataSourceMetrics).
    Args:
        body (DataSourceMetricsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        DataSourceMetrics
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: DataSourceMetricsBody,
) -> Response[DataSourceMetrics]:
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

    `PUT /leads/api/data-sources/metrics` (dataSourceMetrics).
    Args:
        body (DataSourceMetricsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[DataSourceMetrics]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: DataSourceMetricsBody,
) -> DataSourceMetrics:
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

    `PUT /leads/api/data-sources/metrics` (dataSourceMetrics).
    Args:
        body (DataSourceMetricsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        DataSourceMetrics
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
