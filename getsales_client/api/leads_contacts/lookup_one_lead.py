from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.lead_aggregation import LeadAggregation
from ...models.lookup_one_lead_body import LookupOneLeadBody
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: LookupOneLeadBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/leads/lookup-one",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | LeadAggregation | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> LeadAggregation | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = LeadAggregation.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LeadAggregation | None, data)

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

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorEnvelope.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | LeadAggregation | None]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LookupOneLeadBody,
) -> Response[ErrorEnvelope | LeadAggregation | None]:
    """Lookup a contact

     Looks up one contact by an identifying value. Supply at least one of:
    `linkedin_id`, `email`, or `name` together with `company_name`.

    When nothing matches, the 1.0.0 documentation says the call still succeeds and
    the body is `null`, rather than failing with 404. Another published description
    answers **404** in that case, so treat both outcomes as *not found*. **422**
    means no usable identifier was given.

    An older page shows this call under the path `/leads/api/leads/find-one`; the
    current path is `lookup-one`.

    Args:
        body (LookupOneLeadBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LeadAggregation | None]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: LookupOneLeadBody,
) -> ErrorEnvelope | LeadAggregation | None:
    """Lookup a contact

     Looks up one contact by an identifying value. Supply at least one of:
    `linkedin_id`, `email`, or `name` together with `company_name`.

    When nothing matches, the 1.0.0 documentation says the call still succeeds and
    the body is `null`, rather than failing with 404. Another published description
    answers **404** in that case, so treat both outcomes as *not found*. **422**
    means no usable identifier was given.

    An older page shows this call under the path `/leads/api/leads/find-one`; the
    current path is `lookup-one`.

    Args:
        body (LookupOneLeadBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LeadAggregation | None
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LookupOneLeadBody,
) -> Response[ErrorEnvelope | LeadAggregation | None]:
    """Lookup a contact

     Looks up one contact by an identifying value. Supply at least one of:
    `linkedin_id`, `email`, or `name` together with `company_name`.

    When nothing matches, the 1.0.0 documentation says the call still succeeds and
    the body is `null`, rather than failing with 404. Another published description
    answers **404** in that case, so treat both outcomes as *not found*. **422**
    means no usable identifier was given.

    An older page shows this call under the path `/leads/api/leads/find-one`; the
    current path is `lookup-one`.

    Args:
        body (LookupOneLeadBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LeadAggregation | None]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LookupOneLeadBody,
) -> ErrorEnvelope | LeadAggregation | None:
    """Lookup a contact

     Looks up one contact by an identifying value. Supply at least one of:
    `linkedin_id`, `email`, or `name` together with `company_name`.

    When nothing matches, the 1.0.0 documentation says the call still succeeds and
    the body is `null`, rather than failing with 404. Another published description
    answers **404** in that case, so treat both outcomes as *not found*. **422**
    means no usable identifier was given.

    An older page shows this call under the path `/leads/api/leads/find-one`; the
    current path is `lookup-one`.

    Args:
        body (LookupOneLeadBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LeadAggregation | None
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
