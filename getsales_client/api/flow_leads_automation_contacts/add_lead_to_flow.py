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
    flow_uuid: str,
    lead_uuid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/flows/{flow_uuid}/leads/{lead_uuid}".format(
            flow_uuid=path_segment(flow_uuid, "flowUuid", "addLeadToFlow"),
            lead_uuid=path_segment(lead_uuid, "leadUuid", "addLeadToFlow"),
        ),
        "extensions": {OPERATION_EXTENSION: "add_lead_to_flow"},
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
    flow_uuid: str,
    lead_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[None]:
    """Add contact to flow

     Enrols an existing contact in an automation. The contact is queued and walks through the steps
    starting at the contact source.

    The automation must be running (status `on`) and its contact source needs at least one enabled
    sender profile. Answers 204 on success and 404 when the automation or the contact does not exist.

    `POST /flows/api/flows/{flowUuid}/leads/{leadUuid}` (addLeadToFlow).
    Args:
        flow_uuid (str): UUID of the automation.
        lead_uuid (str): UUID of the contact to enrol.

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
        flow_uuid=flow_uuid,
        lead_uuid=lead_uuid,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    flow_uuid: str,
    lead_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Add contact to flow

     Enrols an existing contact in an automation. The contact is queued and walks through the steps
    starting at the contact source.

    The automation must be running (status `on`) and its contact source needs at least one enabled
    sender profile. Answers 204 on success and 404 when the automation or the contact does not exist.

    `POST /flows/api/flows/{flowUuid}/leads/{leadUuid}` (addLeadToFlow).
    Args:
        flow_uuid (str): UUID of the automation.
        lead_uuid (str): UUID of the contact to enrol.

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
        flow_uuid=flow_uuid,
        lead_uuid=lead_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    flow_uuid: str,
    lead_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[None]:
    """Add contact to flow

     Enrols an existing contact in an automation. The contact is queued and walks through the steps
    starting at the contact source.

    The automation must be running (status `on`) and its contact source needs at least one enabled
    sender profile. Answers 204 on success and 404 when the automation or the contact does not exist.

    `POST /flows/api/flows/{flowUuid}/leads/{leadUuid}` (addLeadToFlow).
    Args:
        flow_uuid (str): UUID of the automation.
        lead_uuid (str): UUID of the contact to enrol.

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
        flow_uuid=flow_uuid,
        lead_uuid=lead_uuid,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    flow_uuid: str,
    lead_uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> None:
    """Add contact to flow

     Enrols an existing contact in an automation. The contact is queued and walks through the steps
    starting at the contact source.

    The automation must be running (status `on`) and its contact source needs at least one enabled
    sender profile. Answers 204 on success and 404 when the automation or the contact does not exist.

    `POST /flows/api/flows/{flowUuid}/leads/{leadUuid}` (addLeadToFlow).
    Args:
        flow_uuid (str): UUID of the automation.
        lead_uuid (str): UUID of the contact to enrol.

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
            flow_uuid=flow_uuid,
            lead_uuid=lead_uuid,
            client=client,
        )
    ).parsed
