from collections.abc import Mapping
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.object_type import ObjectType
from ...models.pipeline_stage import PipelineStage
from ...models.pipeline_stage_list import PipelineStageList
from ...models.pipeline_stage_type import PipelineStageType
from ...models.sort_direction import SortDirection
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    UNSET,
    ListPage,
    Response,
    Unset,
    decode_json,
    read_page,
    status_code_of,
)


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_object: ObjectType | Unset = UNSET,
    filter_type: PipelineStageType | Unset = UNSET,
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

    json_filter_type: str | Unset = UNSET
    if not isinstance(filter_type, Unset):
        json_filter_type = filter_type.value

    params["filter[type]"] = json_filter_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/leads/api/pipeline-stages",
        "params": params,
        "extensions": {OPERATION_EXTENSION: "list_pipeline_stages"},
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> PipelineStageList:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = PipelineStageList.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented PipelineStageList ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[PipelineStageList]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def _parse_item(data: Any) -> PipelineStage:
    if not isinstance(data, dict):
        raise TypeError(f"expected an object, got {type(data).__name__}")
    data_type_0_item = PipelineStage.from_dict(data)

    return data_type_0_item


# The largest `limit` this operation accepts (the spec's maximum): `paginate`'s page size.
MAX_PAGE_SIZE: int = 100


def build_page_request(
    arguments: Mapping[str, Any], offset: int, limit: int
) -> dict[str, Any]:
    """The request for one page: this operation's keyword `arguments` with `offset` and `limit`."""
    return _get_kwargs(**{**arguments, "limit": limit, "offset": offset})


def parse_page(response: httpx.Response) -> ListPage[PipelineStage]:
    """One page of this list; records that do not parse are listed in `rejected`."""
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return read_page(
        response,
        _parse_item,
        envelope=True,
        bare_array=False,
        nested_counters=None,
        unwrap=None,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_object: ObjectType | Unset = UNSET,
    filter_type: PipelineStageType | Unset = UNSET,
) -> Response[PipelineStageList]:
    """List pipeline stages

     Returns the team's pipeline stages, sorted by position. Contacts and
    companies have separate sets of stages; pass `filter[object]` (`lead` or
    `company`) to get one of them.

    A stage's category tells which phase of the funnel it stands for: `cold` →
    `engaging` → `positive` or `negative`. A new team starts with a set of default stages.

    Another description of this endpoint requires `filter` as a JSON-encoded
    string (for example `filter={"object":"lead"}`) and also filters on the stage
    `type` (`custom`, `new`, `approaching`, `engaging`, `replied`). The bracketed
    form `filter[object]` is used here.

    `GET /leads/api/pipeline-stages` (listPipelineStages). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_object (ObjectType | Unset): Kind of record: `lead` (contact) or `company`.
        filter_type (PipelineStageType | Unset): Kind of pipeline stage.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[PipelineStageList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_object=filter_object,
        filter_type=filter_type,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_object: ObjectType | Unset = UNSET,
    filter_type: PipelineStageType | Unset = UNSET,
) -> PipelineStageList:
    """List pipeline stages

     Returns the team's pipeline stages, sorted by position. Contacts and
    companies have separate sets of stages; pass `filter[object]` (`lead` or
    `company`) to get one of them.

    A stage's category tells which phase of the funnel it stands for: `cold` →
    `engaging` → `positive` or `negative`. A new team starts with a set of default stages.

    Another description of this endpoint requires `filter` as a JSON-encoded
    string (for example `filter={"object":"lead"}`) and also filters on the stage
    `type` (`custom`, `new`, `approaching`, `engaging`, `replied`). The bracketed
    form `filter[object]` is used here.

    `GET /leads/api/pipeline-stages` (listPipelineStages). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_object (ObjectType | Unset): Kind of record: `lead` (contact) or `company`.
        filter_type (PipelineStageType | Unset): Kind of pipeline stage.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        PipelineStageList
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_object=filter_object,
        filter_type=filter_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_object: ObjectType | Unset = UNSET,
    filter_type: PipelineStageType | Unset = UNSET,
) -> Response[PipelineStageList]:
    """List pipeline stages

     Returns the team's pipeline stages, sorted by position. Contacts and
    companies have separate sets of stages; pass `filter[object]` (`lead` or
    `company`) to get one of them.

    A stage's category tells which phase of the funnel it stands for: `cold` →
    `engaging` → `positive` or `negative`. A new team starts with a set of default stages.

    Another description of this endpoint requires `filter` as a JSON-encoded
    string (for example `filter={"object":"lead"}`) and also filters on the stage
    `type` (`custom`, `new`, `approaching`, `engaging`, `replied`). The bracketed
    form `filter[object]` is used here.

    `GET /leads/api/pipeline-stages` (listPipelineStages). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_object (ObjectType | Unset): Kind of record: `lead` (contact) or `company`.
        filter_type (PipelineStageType | Unset): Kind of pipeline stage.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[PipelineStageList]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_object=filter_object,
        filter_type=filter_type,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_object: ObjectType | Unset = UNSET,
    filter_type: PipelineStageType | Unset = UNSET,
) -> PipelineStageList:
    """List pipeline stages

     Returns the team's pipeline stages, sorted by position. Contacts and
    companies have separate sets of stages; pass `filter[object]` (`lead` or
    `company`) to get one of them.

    A stage's category tells which phase of the funnel it stands for: `cold` →
    `engaging` → `positive` or `negative`. A new team starts with a set of default stages.

    Another description of this endpoint requires `filter` as a JSON-encoded
    string (for example `filter={"object":"lead"}`) and also filters on the stage
    `type` (`custom`, `new`, `approaching`, `engaging`, `replied`). The bracketed
    form `filter[object]` is used here.

    `GET /leads/api/pipeline-stages` (listPipelineStages). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        limit (int | Unset): Items per page.

            Server default: `20`.
        offset (int | Unset): Number of items to skip.

            Server default: `0`.
        order_field (str | Unset): Field to sort by; `created_at` unless the endpoint says
            otherwise.
        order_type (SortDirection | Unset): Sort direction.
        filter_object (ObjectType | Unset): Kind of record: `lead` (contact) or `company`.
        filter_type (PipelineStageType | Unset): Kind of pipeline stage.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        PipelineStageList
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            order_field=order_field,
            order_type=order_type,
            filter_object=filter_object,
            filter_type=filter_type,
        )
    ).parsed
