import datetime
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_task_schedule_response_200 import GetTaskScheduleResponse200
from ...types import UNSET, Response, status_code_of


def _get_kwargs(
    *,
    sender_profile_uuid: UUID,
    date: datetime.date,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    json_sender_profile_uuid = str(sender_profile_uuid)
    params["sender_profile_uuid"] = json_sender_profile_uuid

    json_date = date.isoformat()
    params["date"] = json_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/flows/api/tasks/schedule",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | GetTaskScheduleResponse200 | None:
    if response.status_code == 200:
        response_200 = GetTaskScheduleResponse200.from_dict(response.json())

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
) -> Response[ErrorEnvelope | GetTaskScheduleResponse200]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    sender_profile_uuid: UUID,
    date: datetime.date,
) -> Response[ErrorEnvelope | GetTaskScheduleResponse200]:
    """Get task schedule

     Returns the tasks one sender profile has scheduled for one day, grouped by time, to show how much
    will run that day and plan around it. The response layout is not documented.

    Args:
        sender_profile_uuid (UUID): Sender profile whose schedule is wanted; required.
        date (datetime.date): Day to show, as `YYYY-MM-DD`; required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetTaskScheduleResponse200]
    """

    kwargs = _get_kwargs(
        sender_profile_uuid=sender_profile_uuid,
        date=date,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    sender_profile_uuid: UUID,
    date: datetime.date,
) -> ErrorEnvelope | GetTaskScheduleResponse200 | None:
    """Get task schedule

     Returns the tasks one sender profile has scheduled for one day, grouped by time, to show how much
    will run that day and plan around it. The response layout is not documented.

    Args:
        sender_profile_uuid (UUID): Sender profile whose schedule is wanted; required.
        date (datetime.date): Day to show, as `YYYY-MM-DD`; required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetTaskScheduleResponse200
    """

    return sync_detailed(
        client=client,
        sender_profile_uuid=sender_profile_uuid,
        date=date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sender_profile_uuid: UUID,
    date: datetime.date,
) -> Response[ErrorEnvelope | GetTaskScheduleResponse200]:
    """Get task schedule

     Returns the tasks one sender profile has scheduled for one day, grouped by time, to show how much
    will run that day and plan around it. The response layout is not documented.

    Args:
        sender_profile_uuid (UUID): Sender profile whose schedule is wanted; required.
        date (datetime.date): Day to show, as `YYYY-MM-DD`; required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetTaskScheduleResponse200]
    """

    kwargs = _get_kwargs(
        sender_profile_uuid=sender_profile_uuid,
        date=date,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sender_profile_uuid: UUID,
    date: datetime.date,
) -> ErrorEnvelope | GetTaskScheduleResponse200 | None:
    """Get task schedule

     Returns the tasks one sender profile has scheduled for one day, grouped by time, to show how much
    will run that day and plan around it. The response layout is not documented.

    Args:
        sender_profile_uuid (UUID): Sender profile whose schedule is wanted; required.
        date (datetime.date): Day to show, as `YYYY-MM-DD`; required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetTaskScheduleResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            sender_profile_uuid=sender_profile_uuid,
            date=date,
        )
    ).parsed
