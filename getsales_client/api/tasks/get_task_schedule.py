import datetime
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_task_schedule_response_200 import GetTaskScheduleResponse200
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    UNSET,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    sender_profile_uuid: str,
    date: datetime.date,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["sender_profile_uuid"] = sender_profile_uuid

    json_date = date.isoformat()
    params["date"] = json_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/flows/api/tasks/schedule",
        "params": params,
        "extensions": {OPERATION_EXTENSION: "get_task_schedule"},
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> GetTaskScheduleResponse200:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = GetTaskScheduleResponse200.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented GetTaskScheduleResponse200 ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[GetTaskScheduleResponse200]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    sender_profile_uuid: str,
    date: datetime.date,
) -> Response[GetTaskScheduleResponse200]:
    """Get task schedule

     Returns the tasks one sender profile has scheduled for one day, grouped by time, to show how much
    will run that day and plan around it. The response layout is not documented.

    `GET /flows/api/tasks/schedule` (getTaskSchedule).
    Args:
        sender_profile_uuid (str): Sender profile whose schedule is wanted; required.
        date (datetime.date): Day to show, as `YYYY-MM-DD`; required.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[GetTaskScheduleResponse200]
    """

    kwargs = _get_kwargs(
        sender_profile_uuid=sender_profile_uuid,
        date=date,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    sender_profile_uuid: str,
    date: datetime.date,
) -> GetTaskScheduleResponse200:
    """Get task schedule

     Returns the tasks one sender profile has scheduled for one day, grouped by time, to show how much
    will run that day and plan around it. The response layout is not documented.

    `GET /flows/api/tasks/schedule` (getTaskSchedule).
    Args:
        sender_profile_uuid (str): Sender profile whose schedule is wanted; required.
        date (datetime.date): Day to show, as `YYYY-MM-DD`; required.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        GetTaskScheduleResponse200
    """

    return sync_detailed(
        client=client,
        sender_profile_uuid=sender_profile_uuid,
        date=date,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    sender_profile_uuid: str,
    date: datetime.date,
) -> Response[GetTaskScheduleResponse200]:
    """Get task schedule

     Returns the tasks one sender profile has scheduled for one day, grouped by time, to show how much
    will run that day and plan around it. The response layout is not documented.

    `GET /flows/api/tasks/schedule` (getTaskSchedule).
    Args:
        sender_profile_uuid (str): Sender profile whose schedule is wanted; required.
        date (datetime.date): Day to show, as `YYYY-MM-DD`; required.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[GetTaskScheduleResponse200]
    """

    kwargs = _get_kwargs(
        sender_profile_uuid=sender_profile_uuid,
        date=date,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    sender_profile_uuid: str,
    date: datetime.date,
) -> GetTaskScheduleResponse200:
    """Get task schedule

     Returns the tasks one sender profile has scheduled for one day, grouped by time, to show how much
    will run that day and plan around it. The response layout is not documented.

    `GET /flows/api/tasks/schedule` (getTaskSchedule).
    Args:
        sender_profile_uuid (str): Sender profile whose schedule is wanted; required.
        date (datetime.date): Day to show, as `YYYY-MM-DD`; required.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        GetTaskScheduleResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            sender_profile_uuid=sender_profile_uuid,
            date=date,
        )
    ).parsed
