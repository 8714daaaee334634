from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.cancel_flow_lead_body import CancelFlowLeadBody
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, status_code_of


def _get_kwargs(
    lead_uuid: UUID,
    *,
    body: CancelFlowLeadBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/flows/api/flows/leads/{lead_uuid}/cancel".format(
            lead_uuid=quote(str(lead_uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
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
    lead_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CancelFlowLeadBody,
) -> Response[Any | ErrorEnvelope]:
    """Cancel contact from specific flows

     Cancels a contact's enrolment in the listed automations. The enrolment becomes `canceled` and
    pending tasks stop; steps already done are not undone. Answers 204, or 422 when `flow_uuids` is
    missing or invalid.

    Args:
        lead_uuid (UUID): UUID of the contact.
        body (CancelFlowLeadBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        lead_uuid=lead_uuid,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    lead_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CancelFlowLeadBody,
) -> Any | ErrorEnvelope | None:
    """Cancel contact from specific flows

     Cancels a contact's enrolment in the listed automations. The enrolment becomes `canceled` and
    pending tasks stop; steps already done are not undone. Answers 204, or 422 when `flow_uuids` is
    missing or invalid.

    Args:
        lead_uuid (UUID): UUID of the contact.
        body (CancelFlowLeadBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope
    """

    return sync_detailed(
        lead_uuid=lead_uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    lead_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CancelFlowLeadBody,
) -> Response[Any | ErrorEnvelope]:
    """Cancel contact from specific flows

     Cancels a contact's enrolment in the listed automations. The enrolment becomes `canceled` and
    pending tasks stop; steps already done are not undone. Answers 204, or 422 when `flow_uuids` is
    missing or invalid.

    Args:
        lead_uuid (UUID): UUID of the contact.
        body (CancelFlowLeadBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        lead_uuid=lead_uuid,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    lead_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: CancelFlowLeadBody,
) -> Any | ErrorEnvelope | None:
    """Cancel contact from specific flows

     Cancels a contact's enrolment in the listed automations. The enrolment becomes `canceled` and
    pending tasks stop; steps already done are not undone. Answers 204, or 422 when `flow_uuids` is
    missing or invalid.

    Args:
        lead_uuid (UUID): UUID of the contact.
        body (CancelFlowLeadBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            lead_uuid=lead_uuid,
            client=client,
            body=body,
        )
    ).parsed
