from collections.abc import Mapping
from typing import Any

import httpx
from attrs import evolve

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_aggregation import CompanyAggregation
from ...models.company_list import CompanyList
from ...models.list_companies_body import ListCompaniesBody
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    ListPage,
    Response,
    decode_json,
    read_page,
    status_code_of,
)


def _get_kwargs(
    *,
    body: ListCompaniesBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/companies/list",
        "extensions": {OPERATION_EXTENSION: "list_companies"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CompanyList:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = CompanyList.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented CompanyList ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[CompanyList]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def _parse_item(data: Any) -> CompanyAggregation:
    if not isinstance(data, dict):
        raise TypeError(f"expected an object, got {type(data).__name__}")
    data_type_0_item = CompanyAggregation.from_dict(data)

    return data_type_0_item


# The largest `limit` this operation accepts (the spec's maximum): `paginate`'s page size.
MAX_PAGE_SIZE: int = 100


def build_page_request(
    arguments: Mapping[str, Any], offset: int, limit: int
) -> dict[str, Any]:
    """The request for one page: this operation's keyword `arguments` with `offset` and `limit`."""
    body = arguments.get("body")
    if body is None:
        body = ListCompaniesBody()
    return _get_kwargs(
        **{**arguments, "body": evolve(body, limit=limit, offset=offset)}
    )


def parse_page(response: httpx.Response) -> ListPage[CompanyAggregation]:
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
    body: ListCompaniesBody,
) -> Response[CompanyList]:
    """List companies

     Searches companies with filters, paging and sorting (all in the request body)
    and returns company aggregations: each company along with its custom field
    values and activity markers.

    The `q` key of `filter` matches text against the company name and domain;
    other keys take the same value forms as contact search (value, array, operator
    object, `is_null`, `is_not_null`).

    `POST /leads/api/companies/list` (listCompanies). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        body (ListCompaniesBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[CompanyList]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ListCompaniesBody,
) -> CompanyList:
    """List companies

     Searches companies with filters, paging and sorting (all in the request body)
    and returns company aggregations: each company along with its custom field
    values and activity markers.

    The `q` key of `filter` matches text against the company name and domain;
    other keys take the same value forms as contact search (value, array, operator
    object, `is_null`, `is_not_null`).

    `POST /leads/api/companies/list` (listCompanies). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        body (ListCompaniesBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        CompanyList
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListCompaniesBody,
) -> Response[CompanyList]:
    """List companies

     Searches companies with filters, paging and sorting (all in the request body)
    and returns company aggregations: each company along with its custom field
    values and activity markers.

    The `q` key of `filter` matches text against the company name and domain;
    other keys take the same value forms as contact search (value, array, operator
    object, `is_null`, `is_not_null`).

    `POST /leads/api/companies/list` (listCompanies). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        body (ListCompaniesBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[CompanyList]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListCompaniesBody,
) -> CompanyList:
    """List companies

     Searches companies with filters, paging and sorting (all in the request body)
    and returns company aggregations: each company along with its custom field
    values and activity markers.

    The `q` key of `filter` matches text against the company name and domain;
    other keys take the same value forms as contact search (value, array, operator
    object, `is_null`, `is_not_null`).

    `POST /leads/api/companies/list` (listCompanies). A list:
    `getsales_extras.paginate` walks all of its pages.
    Args:
        body (ListCompaniesBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        CompanyList
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
