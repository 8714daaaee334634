from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.flow_version import FlowVersion
from ...models.flow_version_list import FlowVersionList
from ...models.sort_direction import SortDirection
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    UNSET,
    ListPage,
    Response,
    Unset,
    decode_json,
    path_segment,
    read_page,
    status_code_of,
)


def _get_kwargs(
    flow_uuid: str,
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
            flow_uuid=path_segment(flow_uuid, "flowUuid", "listFlowVersions"),
        ),
        "params": params,
        "extensions": {OPERATION_EXTENSION: "list_flow_versions"},
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> FlowVersionList | list[FlowVersion]:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:

        def _parse_response_200(data: object) -> FlowVersionList | list[FlowVersion]:
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = FlowVersionList.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            try:
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
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"response_200: {type(data).__name__} is not FlowVersionList | list[FlowVersion] ({problem!r})"
            )

        response_200 = _parse_response_200(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented FlowVersionList | list[FlowVersion] ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(
    response: httpx.Response,
) -> Response[FlowVersionList | list[FlowVersion]]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def _parse_item(data: Any) -> FlowVersion:
    if not isinstance(data, dict):
        raise TypeError(f"expected an object, got {type(data).__name__}")
    data_type_0_item = FlowVersion.from_dict(data)

    return data_type_0_item


# The largest `limit` this operation accepts (the spec's maximum): `paginate`'s page size.
MAX_PAGE_SIZE: int = 100


def build_page_request(
    arguments: Mapping[str, Any], offset: int, limit: int
) -> dict[str, Any]:
    """The request for one page: this operation's keyword `arguments` with `offset` and `limit`."""
    return _get_kwargs(**{**arguments, "limit": limit, "offset": offset})


def parse_page(response: httpx.Response) -> ListPage[FlowVersion]:
    """One page of this list; records that do not parse are listed in `rejected`."""
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return read_page(
        response,
        _parse_item,
        envelope=True,
        bare_array=True,
        nested_counters=None,
        unwrap=None,
    )


def sync_detailed(
    flow_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
) -> Response[FlowVersionList | list[FlowVersion]]:
    """List flow versions

     Returns every saved version of an automation. Each version carries the whole node tree (steps), the
    contact sources (entry points) and the connections between nodes. The newest version is the active
    one.

    The current (1.0.0) API documentation calls this a list endpoint, while other published
    documentation of the same API shows a plain JSON array of `{uuid, flow_uuid, nodes, contact_sources,
    created_at}` without the paginated envelope. The response schema accepts both shapes.

    `GET /flows/api/flows/{flowUuid}/flow-versions` (listFlowVersions). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        flow_uuid (str): UUID of the automation.
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[FlowVersionList | list[FlowVersion]]
    """

    kwargs = _get_kwargs(
        flow_uuid=flow_uuid,
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    flow_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
) -> FlowVersionList | list[FlowVersion]:
    """List flow versions

     Returns every saved version of an automation. Each version carries the whole node tree (steps), the
    contact sources (entry points) and the connections between nodes. The newest version is the active
    one.

    The current (1.0.0) API documentation calls this a list endpoint, while other published
    documentation of the same API shows a plain JSON array of `{uuid, flow_uuid, nodes, contact_sources,
    created_at}` without the paginated envelope. The response schema accepts both shapes.

    `GET /flows/api/flows/{flowUuid}/flow-versions` (listFlowVersions). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        flow_uuid (str): UUID of the automation.
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        FlowVersionList | list[FlowVersion]
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
    flow_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
) -> Response[FlowVersionList | list[FlowVersion]]:
    """List flow versions

     Returns every saved version of an automation. Each version carries the whole node tree (steps), the
    contact sources (entry points) and the connections between nodes. The newest version is the active
    one.

    The current (1.0.0) API documentation calls this a list endpoint, while other published
    documentation of the same API shows a plain JSON array of `{uuid, flow_uuid, nodes, contact_sources,
    created_at}` without the paginated envelope. The response schema accepts both shapes.

    `GET /flows/api/flows/{flowUuid}/flow-versions` (listFlowVersions). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        flow_uuid (str): UUID of the automation.
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[FlowVersionList | list[FlowVersion]]
    """

    kwargs = _get_kwargs(
        flow_uuid=flow_uuid,
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    flow_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
) -> FlowVersionList | list[FlowVersion]:
    """List flow versions

     Returns every saved version of an automation. Each version carries the whole node tree (steps), the
    contact sources (entry points) and the connections between nodes. The newest version is the active
    one.

    The current (1.0.0) API documentation calls this a list endpoint, while other published
    documentation of the same API shows a plain JSON array of `{uuid, flow_uuid, nodes, contact_sources,
    created_at}` without the paginated envelope. The response schema accepts both shapes.

    `GET /flows/api/flows/{flowUuid}/flow-versions` (listFlowVersions). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        flow_uuid (str): UUID of the automation.
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        FlowVersionList | list[FlowVersion]
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
