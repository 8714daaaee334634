from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.list_notes_filter_object import ListNotesFilterObject
from ...models.note_list import NoteList
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_object: ListNotesFilterObject | Unset = UNSET,
    filter_object_uuid: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["limit"] = limit

    params["offset"] = offset

    params["order_field"] = order_field

    json_order_type: str | Unset = UNSET
    if not isinstance(order_type, Unset):
        json_order_type = order_type.value

    params["order_type"] = json_order_type

    json_filter_object: str | Unset = UNSET
    if not isinstance(filter_object, Unset):
        json_filter_object = filter_object.value

    params["filter[object]"] = json_filter_object

    params["filter[object_uuid]"] = filter_object_uuid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/leads/api/notes",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | NoteList | None:
    if response.status_code == 200:
        response_200 = NoteList.from_dict(response.json())

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
) -> Response[ErrorEnvelope | NoteList]:
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
    filter_object: ListNotesFilterObject | Unset = UNSET,
    filter_object_uuid: str | Unset = UNSET,
) -> Response[ErrorEnvelope | NoteList]:
    """List notes

     Returns notes on contacts and companies. Combine `filter[object]` and
    `filter[object_uuid]` to get the notes of one record.

    Notes are free text written by team members: call summaries, what came out
    of a meeting, research about a prospect and the like.

    The general pagination rules give `desc` as the default sort direction, an
    older description says `asc`; send `order_type` when it matters.

    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_object (ListNotesFilterObject | Unset): Kind of record the notes belong to: `lead`
            or `company`.

            Sent as `filter[object]`. Example: lead.
        filter_object_uuid (str | Unset): UUID of the contact or company whose notes you want.

            Sent as `filter[object_uuid]`. Example: 0b3090a6-0285-56c2-9a4c-2e5778d802ba.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | NoteList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_object=filter_object,
        filter_object_uuid=filter_object_uuid,
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
    filter_object: ListNotesFilterObject | Unset = UNSET,
    filter_object_uuid: str | Unset = UNSET,
) -> ErrorEnvelope | NoteList | None:
    """List notes

     Returns notes on contacts and companies. Combine `filter[object]` and
    `filter[object_uuid]` to get the notes of one record.

    Notes are free text written by team members: call summaries, what came out
    of a meeting, research about a prospect and the like.

    The general pagination rules give `desc` as the default sort direction, an
    older description says `asc`; send `order_type` when it matters.

    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_object (ListNotesFilterObject | Unset): Kind of record the notes belong to: `lead`
            or `company`.

            Sent as `filter[object]`. Example: lead.
        filter_object_uuid (str | Unset): UUID of the contact or company whose notes you want.

            Sent as `filter[object_uuid]`. Example: 0b3090a6-0285-56c2-9a4c-2e5778d802ba.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | NoteList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_object=filter_object,
        filter_object_uuid=filter_object_uuid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_object: ListNotesFilterObject | Unset = UNSET,
    filter_object_uuid: str | Unset = UNSET,
) -> Response[ErrorEnvelope | NoteList]:
    """List notes

     Returns notes on contacts and companies. Combine `filter[object]` and
    `filter[object_uuid]` to get the notes of one record.

    Notes are free text written by team members: call summaries, what came out
    of a meeting, research about a prospect and the like.

    The general pagination rules give `desc` as the default sort direction, an
    older description says `asc`; send `order_type` when it matters.

    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_object (ListNotesFilterObject | Unset): Kind of record the notes belong to: `lead`
            or `company`.

            Sent as `filter[object]`. Example: lead.
        filter_object_uuid (str | Unset): UUID of the contact or company whose notes you want.

            Sent as `filter[object_uuid]`. Example: 0b3090a6-0285-56c2-9a4c-2e5778d802ba.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | NoteList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_object=filter_object,
        filter_object_uuid=filter_object_uuid,
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
    filter_object: ListNotesFilterObject | Unset = UNSET,
    filter_object_uuid: str | Unset = UNSET,
) -> ErrorEnvelope | NoteList | None:
    """List notes

     Returns notes on contacts and companies. Combine `filter[object]` and
    `filter[object_uuid]` to get the notes of one record.

    Notes are free text written by team members: call summaries, what came out
    of a meeting, research about a prospect and the like.

    The general pagination rules give `desc` as the default sort direction, an
    older description says `asc`; send `order_type` when it matters.

    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_object (ListNotesFilterObject | Unset): Kind of record the notes belong to: `lead`
            or `company`.

            Sent as `filter[object]`. Example: lead.
        filter_object_uuid (str | Unset): UUID of the contact or company whose notes you want.

            Sent as `filter[object_uuid]`. Example: 0b3090a6-0285-56c2-9a4c-2e5778d802ba.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | NoteList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            order_field=order_field,
            order_type=order_type,
            filter_object=filter_object,
            filter_object_uuid=filter_object_uuid,
        )
    ).parsed
