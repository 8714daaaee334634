from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.count_leads_body import CountLeadsBody
from ...models.count_leads_response_200 import CountLeadsResponse200
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: CountLeadsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/leads/count",
        "extensions": {OPERATION_EXTENSION: "count_leads"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CountLeadsResponse200:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = CountLeadsResponse200.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented CountLeadsResponse200 ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[CountLeadsResponse200]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CountLeadsBody,
) -> Response[CountLeadsResponse200]:
    """Count contacts

     Tells how many contacts match a selection, as `{total}`, without sending the
    contacts themselves. Useful for dashboards, or to check a filter before using
    it in a bulk action.

    Select contacts with explicit `ids`, with `all: true` (every contact in the
    team; `ids` is then ignored), and optionally narrow them with a `filter` shaped
    like the one of the search endpoint.

    `POST /leads/api/leads/count` (countLeads).
    Args:
        body (CountLeadsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[CountLeadsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CountLeadsBody,
) -> CountLeadsResponse200:
    """Count contacts

     Tells how many contacts match a selection, as `{total}`, without sending the
    contacts themselves. Useful for dashboards, or to check a filter before using
    it in a bulk action.

    Select contacts with explicit `ids`, with `all: true` (every contact in the
    team; `ids` is then ignored), and optionally narrow them with a `filter` shaped
    like the one of the search endpoint.

    `POST /leads/api/leads/count` (countLeads).
    Args:
        body (CountLeadsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        CountLeadsResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CountLeadsBody,
) -> Response[CountLeadsResponse200]:
    """Count contacts

     Tells how many contacts match a selection, as `{total}`, without sending the
    contacts themselves. Useful for dashboards, or to check a filter before using
    it in a bulk action.

    Select contacts with explicit `ids`, with `all: true` (every contact in the
    team; `ids` is then ignored), and optionally narrow them with a `filter` shaped
    like the one of the search endpoint.

    `POST /leads/api/leads/count` (countLeads).
    Args:
        body (CountLeadsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[CountLeadsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CountLeadsBody,
) -> CountLeadsResponse200:
    """Count contacts

     Tells how many contacts match a selection, as `{total}`, without sending the
    contacts themselves. Useful for dashboards, or to check a filter before using
    it in a bulk action.

    Select contacts with explicit `ids`, with `all: true` (every contact in the
    team; `ids` is then ignored), and optionally narrow them with a `filter` shaped
    like the one of the search endpoint.

    `POST /leads/api/leads/count` (countLeads).
    Args:
        body (CountLeadsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        CountLeadsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
