from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_list import CompanyList
from ...models.error_envelope import ErrorEnvelope
from ...models.list_companies_body import ListCompaniesBody
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: ListCompaniesBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/companies/list",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompanyList | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = CompanyList.from_dict(response.json())

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
) -> Response[CompanyList | ErrorEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListCompaniesBody,
) -> Response[CompanyList | ErrorEnvelope]:
    """List companies

     Searches companies with filters, paging and sorting (all in the request body)
    and returns company aggregations: each company along with its custom field
    values and activity markers.

    The `q` key of `filter` matches text against the company name and domain;
    other keys take the same value forms as contact search (value, array, operator
    object, `is_null`, `is_not_null`).

    Args:
        body (ListCompaniesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyList | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ListCompaniesBody,
) -> CompanyList | ErrorEnvelope | None:
    """List companies

     Searches companies with filters, paging and sorting (all in the request body)
    and returns company aggregations: each company along with its custom field
    values and activity markers.

    The `q` key of `filter` matches text against the company name and domain;
    other keys take the same value forms as contact search (value, array, operator
    object, `is_null`, `is_not_null`).

    Args:
        body (ListCompaniesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyList | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ListCompaniesBody,
) -> Response[CompanyList | ErrorEnvelope]:
    """List companies

     Searches companies with filters, paging and sorting (all in the request body)
    and returns company aggregations: each company along with its custom field
    values and activity markers.

    The `q` key of `filter` matches text against the company name and domain;
    other keys take the same value forms as contact search (value, array, operator
    object, `is_null`, `is_not_null`).

    Args:
        body (ListCompaniesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyList | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ListCompaniesBody,
) -> CompanyList | ErrorEnvelope | None:
    """List companies

     Searches companies with filters, paging and sorting (all in the request body)
    and returns company aggregations: each company along with its custom field
    values and activity markers.

    The `q` key of `filter` matches text against the company name and domain;
    other keys take the same value forms as contact search (value, array, operator
    object, `is_null`, `is_not_null`).

    Args:
        body (ListCompaniesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyList | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
