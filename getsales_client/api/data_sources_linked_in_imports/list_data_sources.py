from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.data_source_list import DataSourceList
from ...models.error_envelope import ErrorEnvelope
from ...models.list_data_sources_filter_status import ListDataSourcesFilterStatus
from ...models.list_data_sources_filter_type import ListDataSourcesFilterType
from ...models.sort_direction import SortDirection
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_type: ListDataSourcesFilterType | Unset = UNSET,
    filter_status: ListDataSourcesFilterStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["limit"] = limit

    params["offset"] = offset

    params["order_field"] = order_field

    json_order_type: str | Unset = UNSET
    if not isinstance(order_type, Unset):
        json_order_type = order_type.value

    params["order_type"] = json_order_type

    json_filter_type: str | Unset = UNSET
    if not isinstance(filter_type, Unset):
        json_filter_type = filter_type.value

    params["filter[type]"] = json_filter_type

    json_filter_status: str | Unset = UNSET
    if not isinstance(filter_status, Unset):
        json_filter_status = filter_status.value

    params["filter[status]"] = json_filter_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/leads/api/data-sources",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DataSourceList | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = DataSourceList.from_dict(response.json())

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
) -> Response[DataSourceList | ErrorEnvelope]:
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
    filter_type: ListDataSourcesFilterType | Unset = UNSET,
    filter_status: ListDataSourcesFilterStatus | Unset = UNSET,
) -> Response[DataSourceList | ErrorEnvelope]:
    """List imports

     Returns the LinkedIn imports (data sources), page by page. An import is a
    background scraper that copies people or companies found on LinkedIn into
    one of your GetSales lists.

    Narrow by source with `filter[type]`:

    | Group | Types |
    |---|---|
    | LinkedIn (basic) | `ln_leads_search`, `ln_accounts_search`, `ln_my_network`, `ln_my_messenger` |
    | Sales Navigator | `sn_leads_search`, `sn_leads_saved_search`, `sn_leads_list`,
    `sn_accounts_search`, `sn_accounts_saved_search`, `sn_accounts_list` |
    | Recruiter | `recruiter_leads_search` |
    | Engagement | `post_engagement` |

    Follow progress with `filter[status]`: `not_started`, `in_progress`,
    `on_hold`, `completed`, `failed` or `contacts_limit_achieved`.

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
        filter_type (ListDataSourcesFilterType | Unset): Only imports of this source type.

            Sent as `filter[type]`. Example: sn_leads_search.
        filter_status (ListDataSourcesFilterStatus | Unset): Only imports in this state.

            Sent as `filter[status]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataSourceList | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_type=filter_type,
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
    filter_type: ListDataSourcesFilterType | Unset = UNSET,
    filter_status: ListDataSourcesFilterStatus | Unset = UNSET,
) -> DataSourceList | ErrorEnvelope | None:
    """List imports

     Returns the LinkedIn imports (data sources), page by page. An import is a
    background scraper that copies people or companies found on LinkedIn into
    one of your GetSales lists.

    Narrow by source with `filter[type]`:

    | Group | Types |
    |---|---|
    | LinkedIn (basic) | `ln_leads_search`, `ln_accounts_search`, `ln_my_network`, `ln_my_messenger` |
    | Sales Navigator | `sn_leads_search`, `sn_leads_saved_search`, `sn_leads_list`,
    `sn_accounts_search`, `sn_accounts_saved_search`, `sn_accounts_list` |
    | Recruiter | `recruiter_leads_search` |
    | Engagement | `post_engagement` |

    Follow progress with `filter[status]`: `not_started`, `in_progress`,
    `on_hold`, `completed`, `failed` or `contacts_limit_achieved`.

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
        filter_type (ListDataSourcesFilterType | Unset): Only imports of this source type.

            Sent as `filter[type]`. Example: sn_leads_search.
        filter_status (ListDataSourcesFilterStatus | Unset): Only imports in this state.

            Sent as `filter[status]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataSourceList | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_type=filter_type,
        filter_status=filter_status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    order_field: str | Unset = UNSET,
    order_type: SortDirection | Unset = UNSET,
    filter_type: ListDataSourcesFilterType | Unset = UNSET,
    filter_status: ListDataSourcesFilterStatus | Unset = UNSET,
) -> Response[DataSourceList | ErrorEnvelope]:
    """List imports

     Returns the LinkedIn imports (data sources), page by page. An import is a
    background scraper that copies people or companies found on LinkedIn into
    one of your GetSales lists.

    Narrow by source with `filter[type]`:

    | Group | Types |
    |---|---|
    | LinkedIn (basic) | `ln_leads_search`, `ln_accounts_search`, `ln_my_network`, `ln_my_messenger` |
    | Sales Navigator | `sn_leads_search`, `sn_leads_saved_search`, `sn_leads_list`,
    `sn_accounts_search`, `sn_accounts_saved_search`, `sn_accounts_list` |
    | Recruiter | `recruiter_leads_search` |
    | Engagement | `post_engagement` |

    Follow progress with `filter[status]`: `not_started`, `in_progress`,
    `on_hold`, `completed`, `failed` or `contacts_limit_achieved`.

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
        filter_type (ListDataSourcesFilterType | Unset): Only imports of this source type.

            Sent as `filter[type]`. Example: sn_leads_search.
        filter_status (ListDataSourcesFilterStatus | Unset): Only imports in this state.

            Sent as `filter[status]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DataSourceList | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        order_field=order_field,
        order_type=order_type,
        filter_type=filter_type,
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
    filter_type: ListDataSourcesFilterType | Unset = UNSET,
    filter_status: ListDataSourcesFilterStatus | Unset = UNSET,
) -> DataSourceList | ErrorEnvelope | None:
    """List imports

     Returns the LinkedIn imports (data sources), page by page. An import is a
    background scraper that copies people or companies found on LinkedIn into
    one of your GetSales lists.

    Narrow by source with `filter[type]`:

    | Group | Types |
    |---|---|
    | LinkedIn (basic) | `ln_leads_search`, `ln_accounts_search`, `ln_my_network`, `ln_my_messenger` |
    | Sales Navigator | `sn_leads_search`, `sn_leads_saved_search`, `sn_leads_list`,
    `sn_accounts_search`, `sn_accounts_saved_search`, `sn_accounts_list` |
    | Recruiter | `recruiter_leads_search` |
    | Engagement | `post_engagement` |

    Follow progress with `filter[status]`: `not_started`, `in_progress`,
    `on_hold`, `completed`, `failed` or `contacts_limit_achieved`.

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
        filter_type (ListDataSourcesFilterType | Unset): Only imports of this source type.

            Sent as `filter[type]`. Example: sn_leads_search.
        filter_status (ListDataSourcesFilterStatus | Unset): Only imports in this state.

            Sent as `filter[status]`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DataSourceList | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            order_field=order_field,
            order_type=order_type,
            filter_type=filter_type,
            filter_status=filter_status,
        )
    ).parsed
