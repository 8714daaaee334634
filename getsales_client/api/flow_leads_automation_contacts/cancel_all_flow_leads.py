from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...types import (
    OPERATION_EXTENSION,
    Response,
    path_segment,
    status_code_of,
)


def _get_kwargs(
    lead_uuid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/flows/api/flows/leads/{lead_uuid}/cancel-all".format(
            lead_uuid=path_segment(lead_uuid, "leadUuid", "cancelAllFlowLeads"),
        ),
        "extensions": {OPERATION_EXTENSION: "cancel_all_flow_leads"},
    }

    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(response: httpx.Response) -> Response[None]:
    _parse_response(response)
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    lead_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[None]:
    """Cancel contact from all flows

     Cancels a contact's enrolment in every active automation at once, for example after the contact
    replied or opted out. Answers 204 with no body.

    `PUT /flows/api/flows/leads/{leadUuid}/cancel-all` (cancelAllFlowLeads).
    Args:
        lead_uuid (str): UUID of the contact.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        lead_uuid=lead_uuid,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    lead_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Cancel contact from all flows

     Cancels a contact's enrolment in every active automation at once, for example after the contact
    replied or opted out. Answers 204 with no body.

    `PUT /flows/api/flows/leads/{leadUuid}/cancel-all` (cancelAllFlowLeads).
    Args:
        lead_uuid (str): UUID of the contact.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        None
    """

    return sync_detailed(
        lead_uuid=lead_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    lead_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[None]:
    """Cancel contact from all flows

     Cancels a contact's enrolment in every active automation at once, for example after the contact
    replied or opted out. Answers 204 with no body.

    `PUT /flows/api/flows/leads/{leadUuid}/cancel-all` (cancelAllFlowLeads).
    Args:
        lead_uuid (str): UUID of the contact.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        lead_uuid=lead_uuid,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    lead_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Cancel contact from all flows

     Cancels a contact's enrolment in every active automation at once, for example after the contact
    replied or opted out. Answers 204 with no body.

    `PUT /flows/api/flows/leads/{leadUuid}/cancel-all` (cancelAllFlowLeads).
    Args:
        lead_uuid (str): UUID of the contact.

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            lead_uuid=lead_uuid,
            client=client,
        )
    ).parsed
