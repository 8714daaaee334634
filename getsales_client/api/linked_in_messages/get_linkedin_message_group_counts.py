from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_linkedin_message_group_counts_body import (
    GetLinkedinMessageGroupCountsBody,
)
from ...models.get_linkedin_message_group_counts_response_200 import (
    GetLinkedinMessageGroupCountsResponse200,
)
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: GetLinkedinMessageGroupCountsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/linkedin-messages/group-counts",
        "extensions": {OPERATION_EXTENSION: "get_linkedin_message_group_counts"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response,
) -> GetLinkedinMessageGroupCountsResponse200:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = GetLinkedinMessageGroupCountsResponse200.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented GetLinkedinMessageGroupCountsResponse200 ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(
    response: httpx.Response,
) -> Response[GetLinkedinMessageGroupCountsResponse200]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetLinkedinMessageGroupCountsBody,
) -> Response[GetLinkedinMessageGroupCountsResponse200]:
    """Get LinkedIn message group counts

     Counts LinkedIn messages grouped by one field, for dashboards and reports on how messages are
    spread, why they fail and which automation modes send them. An optional filter is applied before
    grouping. Nothing is changed.

    The answer is a map from each group value (a status, a direction, or a sender profile / LinkedIn
    account UUID) to its count. Omitting `group_field` gives 422.

    **Allowed groupings differ.** The current (1.0.0) API documentation names `status`, `type`,
    `linkedin_type` and `automation`; other documentation lists `status`, `type`, `sender_profile_uuid`
    and `linkedin_account_uuid`. The field is an open string so all of them can be sent.

    `POST /flows/api/linkedin-messages/group-counts` (getLinkedinMessageGroupCounts).
    Args:
        body (GetLinkedinMessageGroupCountsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[GetLinkedinMessageGroupCountsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GetLinkedinMessageGroupCountsBody,
) -> GetLinkedinMessageGroupCountsResponse200:
    """Get LinkedIn message group counts

     Counts LinkedIn messages grouped by one field, for dashboards and reports on how messages are
    spread, why they fail and which automation modes send them. An optional filter is applied before
    grouping. Nothing is changed.

    The answer is a map from each group value (a status, a direction, or a sender profile / LinkedIn
    account UUID) to its count. Omitting `group_field` gives 422.

    **Allowed groupings differ.** The current (1.0.0) API documentation names `status`, `type`,
    `linkedin_type` and `automation`; other documentation lists `status`, `type`, `sender_profile_uuid`
    and `linkedin_account_uuid`. The field is an open string so all of them can be sent.

    `POST /flows/api/linkedin-messages/group-counts` (getLinkedinMessageGroupCounts).
    Args:
        body (GetLinkedinMessageGroupCountsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        GetLinkedinMessageGroupCountsResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetLinkedinMessageGroupCountsBody,
) -> Response[GetLinkedinMessageGroupCountsResponse200]:
    """Get LinkedIn message group counts

     Counts LinkedIn messages grouped by one field, for dashboards and reports on how messages are
    spread, why they fail and which automation modes send them. An optional filter is applied before
    grouping. Nothing is changed.

    The answer is a map from each group value (a status, a direction, or a sender profile / LinkedIn
    account UUID) to its count. Omitting `group_field` gives 422.

    **Allowed groupings differ.** The current (1.0.0) API documentation names `status`, `type`,
    `linkedin_type` and `automation`; other documentation lists `status`, `type`, `sender_profile_uuid`
    and `linkedin_account_uuid`. The field is an open string so all of them can be sent.

    `POST /flows/api/linkedin-messages/group-counts` (getLinkedinMessageGroupCounts).
    Args:
        body (GetLinkedinMessageGroupCountsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[GetLinkedinMessageGroupCountsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetLinkedinMessageGroupCountsBody,
) -> GetLinkedinMessageGroupCountsResponse200:
    """Get LinkedIn message group counts

     Counts LinkedIn messages grouped by one field, for dashboards and reports on how messages are
    spread, why they fail and which automation modes send them. An optional filter is applied before
    grouping. Nothing is changed.

    The answer is a map from each group value (a status, a direction, or a sender profile / LinkedIn
    account UUID) to its count. Omitting `group_field` gives 422.

    **Allowed groupings differ.** The current (1.0.0) API documentation names `status`, `type`,
    `linkedin_type` and `automation`; other documentation lists `status`, `type`, `sender_profile_uuid`
    and `linkedin_account_uuid`. The field is an open string so all of them can be sent.

    `POST /flows/api/linkedin-messages/group-counts` (getLinkedinMessageGroupCounts).
    Args:
        body (GetLinkedinMessageGroupCountsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        GetLinkedinMessageGroupCountsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
