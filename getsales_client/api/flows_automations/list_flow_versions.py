from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.flow_version import FlowVersion
from ...models.flow_version_list import FlowVersionList
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    flow_uuid: UUID,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["limit"] = limit

    params["offset"] = offset

    params["order_field"] = order_field

    json_order_type: str | Unset = UNSET
    if not isinstance(order_type, Unset):
        json_order_type = order_type.value

    params["order_type"] = json_order_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/flows/api/flows/{flow_uuid}/flow-versions".format(
            flow_uuid=quote(str(flow_uuid), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | FlowVersionList | list[FlowVersion] | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> FlowVersionList | list[FlowVersion]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = FlowVersionList.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            response_200_type_1 = []
            _response_200_type_1 = data
            for response_200_type_1_item_data in _response_200_type_1:
                response_200_type_1_item = FlowVersion.from_dict(
                    response_200_type_1_item_data
                )

                response_200_type_1.append(response_200_type_1_item)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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
) -> Response[ErrorEnvelope | FlowVersionList | list[FlowVersion]]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    flow_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
) -> Response[ErrorEnvelope | FlowVersionList | list[FlowVersion]]:
    """List flow versions

     Returns every saved version of an automation. Each version carries the whole node tree (steps), the
    contact sources (entry points) and the connections between nodes. The newest version is the active
    one.

    The current (1.0.0) API documentation calls this a list endpoint, while other published
    documentation of the same API shows a plain JSON array of `{uuid, flow_uuid, nodes, contact_sources,
    created_at}` without the paginated envelope. The response schema accepts both shapes.

    Args:
        flow_uuid (UUID): UUID of the automation.
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FlowVersionList | list[FlowVersion]]
    """

    kwargs = _get_kwargs(
        flow_uuid=flow_uuid,
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    flow_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
) -> ErrorEnvelope | FlowVersionList | list[FlowVersion] | None:
    """List flow versions

     Returns every saved version of an automation. Each version carries the whole node tree (steps), the
    contact sources (entry points) and the connections between nodes. The newest version is the active
    one.

    The current (1.0.0) API documentation calls this a list endpoint, while other published
    documentation of the same API shows a plain JSON array of `{uuid, flow_uuid, nodes, contact_sources,
    created_at}` without the paginated envelope. The response schema accepts both shapes.

    Args:
        flow_uuid (UUID): UUID of the automation.
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FlowVersionList | list[FlowVersion]
    """

    return sync_detailed(
        flow_uuid=flow_uuid,
        client=client,
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
    ).parsed


async def asyncio_detailed(
    flow_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
) -> Response[ErrorEnvelope | FlowVersionList | list[FlowVersion]]:
    """List flow versions

     Returns every saved version of an automation. Each version carries the whole node tree (steps), the
    contact sources (entry points) and the connections between nodes. The newest version is the active
    one.

    The current (1.0.0) API documentation calls this a list endpoint, while other published
    documentation of the same API shows a plain JSON array of `{uuid, flow_uuid, nodes, contact_sources,
    created_at}` without the paginated envelope. The response schema accepts both shapes.

    Args:
        flow_uuid (UUID): UUID of the automation.
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FlowVersionList | list[FlowVersion]]
    """

    kwargs = _get_kwargs(
        flow_uuid=flow_uuid,
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    flow_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
) -> ErrorEnvelope | FlowVersionList | list[FlowVersion] | None:
    """List flow versions

     Returns every saved version of an automation. Each version carries the whole node tree (steps), the
    contact sources (entry points) and the connections between nodes. The newest version is the active
    one.

    The current (1.0.0) API documentation calls this a list endpoint, while other published
    documentation of the same API shows a plain JSON array of `{uuid, flow_uuid, nodes, contact_sources,
    created_at}` without the paginated envelope. The response schema accepts both shapes.

    Args:
        flow_uuid (UUID): UUID of the automation.
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FlowVersionList | list[FlowVersion]
    """

    return (
        await asyncio_detailed(
            flow_uuid=flow_uuid,
            client=client,
            limit=limit,
            offset=offset,
            order_field=order_field,
            order_type=order_type,
        )
    ).parsed
