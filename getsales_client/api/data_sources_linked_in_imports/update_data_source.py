from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_source import DataSource
from ...models.error_envelope import ErrorEnvelope
from ...models.update_data_source_body import UpdateDataSourceBody
from ...types import Response, status_code_of


def _get_kwargs(
    uuid: UUID,
    *,
    body: UpdateDataSourceBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/leads/api/data-sources/{uuid}".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataSource | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = DataSource.from_dict(response.json())

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
) -> Response[DataSource | ErrorEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDataSourceBody,
) -> Response[DataSource | ErrorEnvelope]:
    """Update import

     Changes an import: its target list, tags, status, schedule or payload. Only
    the fields you send change; the rest stay as they are.

    Typical changes:

    - pause the job: `status` = `on_hold`
    - resume it: `status` = `in_progress`
    - send records to another list: new `list_uuid`
    - make it recurring: set `repeat_after_minutes` (1440 = once a day)
    - stop the recurrence: `repeat_after_minutes` = `null`

    Returns the updated import.

    Args:
        uuid (UUID): UUID of the import.
        body (UpdateDataSourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataSource | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDataSourceBody,
) -> DataSource | ErrorEnvelope | None:
    """Update import

     Changes an import: its target list, tags, status, schedule or payload. Only
    the fields you send change; the rest stay as they are.

    Typical changes:

    - pause the job: `status` = `on_hold`
    - resume it: `status` = `in_progress`
    - send records to another list: new `list_uuid`
    - make it recurring: set `repeat_after_minutes` (1440 = once a day)
    - stop the recurrence: `repeat_after_minutes` = `null`

    Returns the updated import.

    Args:
        uuid (UUID): UUID of the import.
        body (UpdateDataSourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataSource | ErrorEnvelope
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDataSourceBody,
) -> Response[DataSource | ErrorEnvelope]:
    """Update import

     Changes an import: its target list, tags, status, schedule or payload. Only
    the fields you send change; the rest stay as they are.

    Typical changes:

    - pause the job: `status` = `on_hold`
    - resume it: `status` = `in_progress`
    - send records to another list: new `list_uuid`
    - make it recurring: set `repeat_after_minutes` (1440 = once a day)
    - stop the recurrence: `repeat_after_minutes` = `null`

    Returns the updated import.

    Args:
        uuid (UUID): UUID of the import.
        body (UpdateDataSourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataSource | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateDataSourceBody,
) -> DataSource | ErrorEnvelope | None:
    """Update import

     Changes an import: its target list, tags, status, schedule or payload. Only
    the fields you send change; the rest stay as they are.

    Typical changes:

    - pause the job: `status` = `on_hold`
    - resume it: `status` = `in_progress`
    - send records to another list: new `list_uuid`
    - make it recurring: set `repeat_after_minutes` (1440 = once a day)
    - stop the recurrence: `repeat_after_minutes` = `null`

    Returns the updated import.

    Args:
        uuid (UUID): UUID of the import.
        body (UpdateDataSourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataSource | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
