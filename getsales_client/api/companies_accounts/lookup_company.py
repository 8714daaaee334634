from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_aggregation import CompanyAggregation
from ...models.lookup_company_body import LookupCompanyBody
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: LookupCompanyBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/companies/lookup",
        "extensions": {OPERATION_EXTENSION: "lookup_company"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response,
) -> CompanyAggregation | list[CompanyAggregation] | None:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:

        def _parse_response_200(
            data: object,
        ) -> CompanyAggregation | list[CompanyAggregation] | None:
            if data is None:
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0_type_0 = CompanyAggregation.from_dict(data)

                return response_200_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            try:
                if not isinstance(data, list):
                    raise TypeError()
                response_200_type_1 = []
                _response_200_type_1 = data
                for response_200_type_1_item_data in _response_200_type_1:
                    response_200_type_1_item = CompanyAggregation.from_dict(
                        response_200_type_1_item_data
                    )

                    response_200_type_1.append(response_200_type_1_item)

                return response_200_type_1
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"response_200: {type(data).__name__} is not CompanyAggregation | list[CompanyAggregation] | None ({problem!r})"
            )

        response_200 = _parse_response_200(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented CompanyAggregation | list[CompanyAggregation] | None ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(
    response: httpx.Response,
) -> Response[CompanyAggregation | list[CompanyAggregation] | None]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LookupCompanyBody,
) -> Response[CompanyAggregation | list[CompanyAggregation] | None]:
    """Lookup a company

     Finds a company by an identifying value. In the 1.0.0 documentation the body
    is flat and names the company by `linkedin`, `website`, `domain`, `ln_id`
    or `name` (one or more of them); a hit comes back as the complete company
    aggregation, a miss as `null`.

    Another published description of the same path looks up several companies at
    once, with `lookups: [{ln_id, linkedin, website, name}]`, and answers with an
    array of companies. Both request shapes are accepted, so a client should be
    prepared for a single company, `null`, or an array.

    `POST /leads/api/companies/lookup` (lookupCompany).
    Args:
        body (LookupCompanyBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[CompanyAggregation | list[CompanyAggregation] | None]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: LookupCompanyBody,
) -> CompanyAggregation | list[CompanyAggregation] | None:
    """Lookup a company

     Finds a company by an identifying value. In the 1.0.0 documentation the body
    is flat and names the company by `linkedin`, `website`, `domain`, `ln_id`
    or `name` (one or more of them); a hit comes back as the complete company
    aggregation, a miss as `null`.

    Another published description of the same path looks up several companies at
    once, with `lookups: [{ln_id, linkedin, website, name}]`, and answers with an
    array of companies. Both request shapes are accepted, so a client should be
    prepared for a single company, `null`, or an array.

    `POST /leads/api/companies/lookup` (lookupCompany).
    Args:
        body (LookupCompanyBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        CompanyAggregation | list[CompanyAggregation] | None
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LookupCompanyBody,
) -> Response[CompanyAggregation | list[CompanyAggregation] | None]:
    """Lookup a company

     Finds a company by an identifying value. In the 1.0.0 documentation the body
    is flat and names the company by `linkedin`, `website`, `domain`, `ln_id`
    or `name` (one or more of them); a hit comes back as the complete company
    aggregation, a miss as `null`.

    Another published description of the same path looks up several companies at
    once, with `lookups: [{ln_id, linkedin, website, name}]`, and answers with an
    array of companies. Both request shapes are accepted, so a client should be
    prepared for a single company, `null`, or an array.

    `POST /leads/api/companies/lookup` (lookupCompany).
    Args:
        body (LookupCompanyBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[CompanyAggregation | list[CompanyAggregation] | None]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LookupCompanyBody,
) -> CompanyAggregation | list[CompanyAggregation] | None:
    """Lookup a company

     Finds a company by an identifying value. In the 1.0.0 documentation the body
    is flat and names the company by `linkedin`, `website`, `domain`, `ln_id`
    or `name` (one or more of them); a hit comes back as the complete company
    aggregation, a miss as `null`.

    Another published description of the same path looks up several companies at
    once, with `lookups: [{ln_id, linkedin, website, name}]`, and answers with an
    array of companies. Both request shapes are accepted, so a client should be
    prepared for a single company, `null`, or an array.

    `POST /leads/api/companies/lookup` (lookupCompany).
    Args:
        body (LookupCompanyBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        CompanyAggregation | list[CompanyAggregation] | None
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
