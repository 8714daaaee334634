from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company_aggregation import CompanyAggregation
from ...models.error_envelope import ErrorEnvelope
from ...models.lookup_company_body import LookupCompanyBody
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: LookupCompanyBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/companies/lookup",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompanyAggregation | list[CompanyAggregation] | None | ErrorEnvelope:
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> CompanyAggregation | list[CompanyAggregation] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0_type_0 = CompanyAggregation.from_dict(data)

                return response_200_type_0_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
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
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CompanyAggregation | list[CompanyAggregation] | None, data)

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
) -> Response[CompanyAggregation | list[CompanyAggregation] | None | ErrorEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LookupCompanyBody,
) -> Response[CompanyAggregation | list[CompanyAggregation] | None | ErrorEnvelope]:
    """Lookup a company

     Finds a company by an identifying value. In the 1.0.0 documentation the body
    is flat and names the company by `linkedin`, `website`, `domain`, `ln_id`
    or `name` (one or more of them); a hit comes back as the complete company
    aggregation, a miss as `null`.

    Another published description of the same path looks up several companies at
    once, with `lookups: [{ln_id, linkedin, website, name}]`, and answers with an
    array of companies. Both request shapes are accepted, so a client should be
    prepared for a single company, `null`, or an array.

    Args:
        body (LookupCompanyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyAggregation | list[CompanyAggregation] | None | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: LookupCompanyBody,
) -> CompanyAggregation | list[CompanyAggregation] | None | ErrorEnvelope:
    """Lookup a company

     Finds a company by an identifying value. In the 1.0.0 documentation the body
    is flat and names the company by `linkedin`, `website`, `domain`, `ln_id`
    or `name` (one or more of them); a hit comes back as the complete company
    aggregation, a miss as `null`.

    Another published description of the same path looks up several companies at
    once, with `lookups: [{ln_id, linkedin, website, name}]`, and answers with an
    array of companies. Both request shapes are accepted, so a client should be
    prepared for a single company, `null`, or an array.

    Args:
        body (LookupCompanyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyAggregation | list[CompanyAggregation] | None | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LookupCompanyBody,
) -> Response[CompanyAggregation | list[CompanyAggregation] | None | ErrorEnvelope]:
    """Lookup a company

     Finds a company by an identifying value. In the 1.0.0 documentation the body
    is flat and names the company by `linkedin`, `website`, `domain`, `ln_id`
    or `name` (one or more of them); a hit comes back as the complete company
    aggregation, a miss as `null`.

    Another published description of the same path looks up several companies at
    once, with `lookups: [{ln_id, linkedin, website, name}]`, and answers with an
    array of companies. Both request shapes are accepted, so a client should be
    prepared for a single company, `null`, or an array.

    Args:
        body (LookupCompanyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompanyAggregation | list[CompanyAggregation] | None | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LookupCompanyBody,
) -> CompanyAggregation | list[CompanyAggregation] | None | ErrorEnvelope:
    """Lookup a company

     Finds a company by an identifying value. In the 1.0.0 documentation the body
    is flat and names the company by `linkedin`, `website`, `domain`, `ln_id`
    or `name` (one or more of them); a hit comes back as the complete company
    aggregation, a miss as `null`.

    Another published description of the same path looks up several companies at
    once, with `lookups: [{ln_id, linkedin, website, name}]`, and answers with an
    array of companies. Both request shapes are accepted, so a client should be
    prepared for a single company, `null`, or an array.

    Args:
        body (LookupCompanyBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompanyAggregation | list[CompanyAggregation] | None | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
