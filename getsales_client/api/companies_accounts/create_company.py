from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company import Company
from ...models.create_company_body import CreateCompanyBody
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: CreateCompanyBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/companies",
        "extensions": {OPERATION_EXTENSION: "create_company"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> list[Company]:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        response_200 = []
        _response_200 = data
        for response_200_item_data in _response_200:
            response_200_item = Company.from_dict(response_200_item_data)

            response_200.append(response_200_item)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented list[Company] ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[list[Company]]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCompanyBody,
) -> Response[list[Company]]:
    """Create a company

     Creates one company or a batch of them. Per the 1.0.0 documentation the body
    is either one company or an array of companies; a company is valid as soon as
    it has a `name`. `domain` and `linkedin` are used to avoid
    duplicates, and contacts whose email domain matches a company's domain are
    linked to it automatically.

    Another published description wraps a batch as
    `{companies: [...], list_uuids: [...], data_source_uuid}`. All three forms
    are accepted. The answer is an array of the created companies.

    `POST /leads/api/companies` (createCompany).
    Args:
        body (CreateCompanyBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[list[Company]]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCompanyBody,
) -> list[Company]:
    """Create a company

     Creates one company or a batch of them. Per the 1.0.0 documentation the body
    is either one company or an array of companies; a company is valid as soon as
    it has a `name`. `domain` and `linkedin` are used to avoid
    duplicates, and contacts whose email domain matches a company's domain are
    linked to it automatically.

    Another published description wraps a batch as
    `{companies: [...], list_uuids: [...], data_source_uuid}`. All three forms
    are accepted. The answer is an array of the created companies.

    `POST /leads/api/companies` (createCompany).
    Args:
        body (CreateCompanyBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        list[Company]
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCompanyBody,
) -> Response[list[Company]]:
    """Create a company

     Creates one company or a batch of them. Per the 1.0.0 documentation the body
    is either one company or an array of companies; a company is valid as soon as
    it has a `name`. `domain` and `linkedin` are used to avoid
    duplicates, and contacts whose email domain matches a company's domain are
    linked to it automatically.

    Another published description wraps a batch as
    `{companies: [...], list_uuids: [...], data_source_uuid}`. All three forms
    are accepted. The answer is an array of the created companies.

    `POST /leads/api/companies` (createCompany).
    Args:
        body (CreateCompanyBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[list[Company]]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCompanyBody,
) -> list[Company]:
    """Create a company

     Creates one company or a batch of them. Per the 1.0.0 documentation the body
    is either one company or an array of companies; a company is valid as soon as
    it has a `name`. `domain` and `linkedin` are used to avoid
    duplicates, and contacts whose email domain matches a company's domain are
    linked to it automatically.

    Another published description wraps a batch as
    `{companies: [...], list_uuids: [...], data_source_uuid}`. All three forms
    are accepted. The answer is an array of the created companies.

    `POST /leads/api/companies` (createCompany).
    Args:
        body (CreateCompanyBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        list[Company]
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
