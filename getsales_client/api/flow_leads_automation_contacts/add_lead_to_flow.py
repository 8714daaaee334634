from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, status_code_of


def _get_kwargs(
    flow_uuid: UUID,
    lead_uuid: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/flows/{flow_uuid}/leads/{lead_uuid}".format(
            flow_uuid=quote(str(flow_uuid), safe=""),
            lead_uuid=quote(str(lead_uuid), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorEnvelope | None:
    if response.status_code == 204:
        response_204 = cast(Any, None)
        return response_204

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
) -> Response[Any | ErrorEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    flow_uuid: UUID,
    lead_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorEnvelope]:
    """Add contact to flow

     Enrols an existing contact in an automation. The contact is queued and walks through the steps
    starting at the contact source.

    The automation must be running (status `on`) and its contact source needs at least one enabled
    sender profile. Answers 204 on success and 404 when the automation or the contact does not exist.

    Args:
        flow_uuid (UUID): UUID of the automation.
        lead_uuid (UUID): UUID of the contact to enrol.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        flow_uuid=flow_uuid,
        lead_uuid=lead_uuid,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    flow_uuid: UUID,
    lead_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorEnvelope | None:
    """Add contact to flow

     Enrols an existing contact in an automation. The contact is queued and walks through the steps
    starting at the contact source.

    The automation must be running (status `on`) and its contact source needs at least one enabled
    sender profile. Answers 204 on success and 404 when the automation or the contact does not exist.

    Args:
        flow_uuid (UUID): UUID of the automation.
        lead_uuid (UUID): UUID of the contact to enrol.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope
    """

    return sync_detailed(
        flow_uuid=flow_uuid,
        lead_uuid=lead_uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    flow_uuid: UUID,
    lead_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | ErrorEnvelope]:
    """Add contact to flow

     Enrols an existing contact in an automation. The contact is queued and walks through the steps
    starting at the contact source.

    The automation must be running (status `on`) and its contact source needs at least one enabled
    sender profile. Answers 204 on success and 404 when the automation or the contact does not exist.

    Args:
        flow_uuid (UUID): UUID of the automation.
        lead_uuid (UUID): UUID of the contact to enrol.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        flow_uuid=flow_uuid,
        lead_uuid=lead_uuid,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    flow_uuid: UUID,
    lead_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
) -> Any | ErrorEnvelope | None:
    """Add contact to flow

     Enrols an existing contact in an automation. The contact is queued and walks through the steps
    starting at the contact source.

    The automation must be running (status `on`) and its contact source needs at least one enabled
    sender profile. Answers 204 on success and 404 when the automation or the contact does not exist.

    Args:
        flow_uuid (UUID): UUID of the automation.
        lead_uuid (UUID): UUID of the contact to enrol.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            flow_uuid=flow_uuid,
            lead_uuid=lead_uuid,
            client=client,
        )
    ).parsed
