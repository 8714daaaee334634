from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company import Company
from ...models.create_company_body import CreateCompanyBody
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: CreateCompanyBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/companies",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | list[Company] | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        for response_200_item_data in _response_200:
            response_200_item = Company.from_dict(response_200_item_data)

            response_200.append(response_200_item)

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
) -> Response[ErrorEnvelope | list[Company]]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCompanyBody,
) -> Response[ErrorEnvelope | list[Company]]:
    """Create a company

     Creates one company or a batch of them. Per the 1.0.0 documentation the body
    is either one company or an array of companies; a company is valid as soon as
    it has a `name`. `domain` and `linkedin` are used to avoid
    duplicates, and contacts whose email domain matches a company's domain are
    linked to it automatically.

    Another published description wraps a batch as
    `{companies: [...], list_uuids: [...], data_source_uuid}`. All three forms
    are accepted. The answer is an array of the created companies.

    Args:
        body (CreateCompanyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | list[Company]]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCompanyBody,
) -> ErrorEnvelope | list[Company] | None:
    """Create a company

     Creates one company or a batch of them. Per the 1.0.0 documentation the body
    is either one company or an array of companies; a company is valid as soon as
    it has a `name`. `domain` and `linkedin` are used to avoid
    duplicates, and contacts whose email domain matches a company's domain are
    linked to it automatically.

    Another published description wraps a batch as
    `{companies: [...], list_uuids: [...], data_source_uuid}`. All three forms
    are accepted. The answer is an array of the created companies.

    Args:
        body (CreateCompanyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | list[Company]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCompanyBody,
) -> Response[ErrorEnvelope | list[Company]]:
    """Create a company

     Creates one company or a batch of them. Per the 1.0.0 documentation the body
    is either one company or an array of companies; a company is valid as soon as
    it has a `name`. `domain` and `linkedin` are used to avoid
    duplicates, and contacts whose email domain matches a company's domain are
    linked to it automatically.

    Another published description wraps a batch as
    `{companies: [...], list_uuids: [...], data_source_uuid}`. All three forms
    are accepted. The answer is an array of the created companies.

    Args:
        body (CreateCompanyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | list[Company]]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCompanyBody,
) -> ErrorEnvelope | list[Company] | None:
    """Create a company

     Creates one company or a batch of them. Per the 1.0.0 documentation the body
    is either one company or an array of companies; a company is valid as soon as
    it has a `name`. `domain` and `linkedin` are used to avoid
    duplicates, and contacts whose email domain matches a company's domain are
    linked to it automatically.

    Another published description wraps a batch as
    `{companies: [...], list_uuids: [...], data_source_uuid}`. All three forms
    are accepted. The answer is an array of the created companies.

    Args:
        body (CreateCompanyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | list[Company]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
