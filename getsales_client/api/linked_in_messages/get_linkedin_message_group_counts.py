from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_linkedin_message_group_counts_body import (
    GetLinkedinMessageGroupCountsBody,
)
from ...models.get_linkedin_message_group_counts_response_200 import (
    GetLinkedinMessageGroupCountsResponse200,
)
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: GetLinkedinMessageGroupCountsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/linkedin-messages/group-counts",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | GetLinkedinMessageGroupCountsResponse200 | None:
    if response.status_code == 200:
        response_200 = GetLinkedinMessageGroupCountsResponse200.from_dict(
            response.json()
        )

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
) -> Response[ErrorEnvelope | GetLinkedinMessageGroupCountsResponse200]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetLinkedinMessageGroupCountsBody,
) -> Response[ErrorEnvelope | GetLinkedinMessageGroupCountsResponse200]:
    """Get LinkedIn message group counts

     Counts LinkedIn messages grouped by one field, for dashboards and reports on how messages are
    spread, why they fail and which automation modes send them. An optional filter is applied before
    grouping. Nothing is changed.

    The answer is a map from each group value (a status, a direction, or a sender profile / LinkedIn
    account UUID) to its count. Omitting `group_field` gives 422.

    **Allowed groupings differ.** The current (1.0.0) API documentation names `status`, `type`,
    `linkedin_type` and `automation`; other documentation lists `status`, `type`, `sender_profile_uuid`
    and `linkedin_account_uuid`. The field is an open string so all of them can be sent.

    Args:
        body (GetLinkedinMessageGroupCountsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetLinkedinMessageGroupCountsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GetLinkedinMessageGroupCountsBody,
) -> ErrorEnvelope | GetLinkedinMessageGroupCountsResponse200 | None:
    """Get LinkedIn message group counts

     Counts LinkedIn messages grouped by one field, for dashboards and reports on how messages are
    spread, why they fail and which automation modes send them. An optional filter is applied before
    grouping. Nothing is changed.

    The answer is a map from each group value (a status, a direction, or a sender profile / LinkedIn
    account UUID) to its count. Omitting `group_field` gives 422.

    **Allowed groupings differ.** The current (1.0.0) API documentation names `status`, `type`,
    `linkedin_type` and `automation`; other documentation lists `status`, `type`, `sender_profile_uuid`
    and `linkedin_account_uuid`. The field is an open string so all of them can be sent.

    Args:
        body (GetLinkedinMessageGroupCountsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetLinkedinMessageGroupCountsResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetLinkedinMessageGroupCountsBody,
) -> Response[ErrorEnvelope | GetLinkedinMessageGroupCountsResponse200]:
    """Get LinkedIn message group counts

     Counts LinkedIn messages grouped by one field, for dashboards and reports on how messages are
    spread, why they fail and which automation modes send them. An optional filter is applied before
    grouping. Nothing is changed.

    The answer is a map from each group value (a status, a direction, or a sender profile / LinkedIn
    account UUID) to its count. Omitting `group_field` gives 422.

    **Allowed groupings differ.** The current (1.0.0) API documentation names `status`, `type`,
    `linkedin_type` and `automation`; other documentation lists `status`, `type`, `sender_profile_uuid`
    and `linkedin_account_uuid`. The field is an open string so all of them can be sent.

    Args:
        body (GetLinkedinMessageGroupCountsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetLinkedinMessageGroupCountsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetLinkedinMessageGroupCountsBody,
) -> ErrorEnvelope | GetLinkedinMessageGroupCountsResponse200 | None:
    """Get LinkedIn message group counts

     Counts LinkedIn messages grouped by one field, for dashboards and reports on how messages are
    spread, why they fail and which automation modes send them. An optional filter is applied before
    grouping. Nothing is changed.

    The answer is a map from each group value (a status, a direction, or a sender profile / LinkedIn
    account UUID) to its count. Omitting `group_field` gives 422.

    **Allowed groupings differ.** The current (1.0.0) API documentation names `status`, `type`,
    `linkedin_type` and `automation`; other documentation lists `status`, `type`, `sender_profile_uuid`
    and `linkedin_account_uuid`. The field is an open string so all of them can be sent.

    Args:
        body (GetLinkedinMessageGroupCountsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetLinkedinMessageGroupCountsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
