from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lead_aggregation import LeadAggregation
from ...models.lookup_one_lead_body import LookupOneLeadBody
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
    unwrapped,
)


def _get_kwargs(
    *,
    body: LookupOneLeadBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/leads/lookup-one",
        "extensions": {OPERATION_EXTENSION: "lookup_one_lead"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> LeadAggregation | None:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        data = unwrapped(data, "lead")

        def _parse_response_200(data: object) -> LeadAggregation | None:
            if data is None:
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = LeadAggregation.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"response_200: {type(data).__name__} is not LeadAggregation | None ({problem!r})"
            )

        response_200 = _parse_response_200(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented LeadAggregation | None ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[LeadAggregation | None]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LookupOneLeadBody,
) -> Response[LeadAggregation | None]:
    """Lookup a contact

     Looks up one contact by an identifying value. Supply at least one of:
    `linkedin_id`, `email`, or `name` together with `company_name`.

    When nothing matches, the 1.0.0 documentation says the call still succeeds and
    the body is `null`, rather than failing with 404. Another published description
    answers **404** in that case, so treat both outcomes as *not found*. **422**
    means no usable identifier was given.

    An older page shows this call under the path `/leads/api/leads/find-one`; the
    current path is `lookup-one`.

    `POST /leads/api/leads/lookup-one` (lookupOneLead).
    Args:
        body (LookupOneLeadBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[LeadAggregation | None]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: LookupOneLeadBody,
) -> LeadAggregation | None:
    """Lookup a contact

     Looks up one contact by an identifying value. Supply at least one of:
    `linkedin_id`, `email`, or `name` together with `company_name`.

    When nothing matches, the 1.0.0 documentation says the call still succeeds and
    the body is `null`, rather than failing with 404. Another published description
    answers **404** in that case, so treat both outcomes as *not found*. **422**
    means no usable identifier was given.

    An older page shows this call under the path `/leads/api/leads/find-one`; the
    current path is `lookup-one`.

    `POST /leads/api/leads/lookup-one` (lookupOneLead).
    Args:
        body (LookupOneLeadBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        LeadAggregation | None
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: LookupOneLeadBody,
) -> Response[LeadAggregation | None]:
    """Lookup a contact

     Looks up one contact by an identifying value. Supply at least one of:
    `linkedin_id`, `email`, or `name` together with `company_name`.

    When nothing matches, the 1.0.0 documentation says the call still succeeds and
    the body is `null`, rather than failing with 404. Another published description
    answers **404** in that case, so treat both outcomes as *not found*. **422**
    means no usable identifier was given.

    An older page shows this call under the path `/leads/api/leads/find-one`; the
    current path is `lookup-one`.

    `POST /leads/api/leads/lookup-one` (lookupOneLead).
    Args:
        body (LookupOneLeadBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[LeadAggregation | None]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: LookupOneLeadBody,
) -> LeadAggregation | None:
    """Lookup a contact

     Looks up one contact by an identifying value. Supply at least one of:
    `linkedin_id`, `email`, or `name` together with `company_name`.

    When nothing matches, the 1.0.0 documentation says the call still succeeds and
    the body is `null`, rather than failing with 404. Another published description
    answers **404** in that case, so treat both outcomes as *not found*. **422**
    means no usable identifier was given.

    An older page shows this call under the path `/leads/api/leads/find-one`; the
    current path is `lookup-one`.

    `POST /leads/api/leads/lookup-one` (lookupOneLead).
    Args:
        body (LookupOneLeadBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        LeadAggregation | None
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
