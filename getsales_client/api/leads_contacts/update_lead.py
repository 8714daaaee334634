from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.lead import Lead
from ...models.update_lead_body import UpdateLeadBody
from ...types import Response, status_code_of


def _get_kwargs(
    uuid: UUID,
    *,
    body: UpdateLeadBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/leads/api/leads/{uuid}".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | Lead | None:
    if response.status_code == 200:
        response_200 = Lead.from_dict(response.json())

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
) -> Response[ErrorEnvelope | Lead]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateLeadBody,
) -> Response[ErrorEnvelope | Lead]:
    """Update a contact

     Changes selected fields of a contact. Only the fields you send are touched;
    everything else keeps its current value.

    Fields that can be changed: `name`, `first_name`, `last_name`,
    `company_name`, `position`, `headline`, `about`, `linkedin`, `facebook`,
    `twitter`, `work_email`, `personal_email`, `work_phone_number`,
    `personal_phone_number`, `raw_address`, `location`, `status`,
    `linkedin_status` and `email_status`. Custom field values go in the
    `custom_fields` object.

    Another published description also accepts `email`, `domain`, `ln_id` and
    `sn_id`, and warns that this call may silently drop `custom_fields`; if custom
    values do not stick, set them through the upsert endpoint. All of these fields
    are accepted here.

    Returns the updated contact; **404** if the UUID is unknown.

    Args:
        uuid (UUID): UUID of the contact to change.
        body (UpdateLeadBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Lead]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateLeadBody,
) -> ErrorEnvelope | Lead | None:
    """Update a contact

     Changes selected fields of a contact. Only the fields you send are touched;
    everything else keeps its current value.

    Fields that can be changed: `name`, `first_name`, `last_name`,
    `company_name`, `position`, `headline`, `about`, `linkedin`, `facebook`,
    `twitter`, `work_email`, `personal_email`, `work_phone_number`,
    `personal_phone_number`, `raw_address`, `location`, `status`,
    `linkedin_status` and `email_status`. Custom field values go in the
    `custom_fields` object.

    Another published description also accepts `email`, `domain`, `ln_id` and
    `sn_id`, and warns that this call may silently drop `custom_fields`; if custom
    values do not stick, set them through the upsert endpoint. All of these fields
    are accepted here.

    Returns the updated contact; **404** if the UUID is unknown.

    Args:
        uuid (UUID): UUID of the contact to change.
        body (UpdateLeadBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Lead
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateLeadBody,
) -> Response[ErrorEnvelope | Lead]:
    """Update a contact

     Changes selected fields of a contact. Only the fields you send are touched;
    everything else keeps its current value.

    Fields that can be changed: `name`, `first_name`, `last_name`,
    `company_name`, `position`, `headline`, `about`, `linkedin`, `facebook`,
    `twitter`, `work_email`, `personal_email`, `work_phone_number`,
    `personal_phone_number`, `raw_address`, `location`, `status`,
    `linkedin_status` and `email_status`. Custom field values go in the
    `custom_fields` object.

    Another published description also accepts `email`, `domain`, `ln_id` and
    `sn_id`, and warns that this call may silently drop `custom_fields`; if custom
    values do not stick, set them through the upsert endpoint. All of these fields
    are accepted here.

    Returns the updated contact; **404** if the UUID is unknown.

    Args:
        uuid (UUID): UUID of the contact to change.
        body (UpdateLeadBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Lead]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateLeadBody,
) -> ErrorEnvelope | Lead | None:
    """Update a contact

     Changes selected fields of a contact. Only the fields you send are touched;
    everything else keeps its current value.

    Fields that can be changed: `name`, `first_name`, `last_name`,
    `company_name`, `position`, `headline`, `about`, `linkedin`, `facebook`,
    `twitter`, `work_email`, `personal_email`, `work_phone_number`,
    `personal_phone_number`, `raw_address`, `location`, `status`,
    `linkedin_status` and `email_status`. Custom field values go in the
    `custom_fields` object.

    Another published description also accepts `email`, `domain`, `ln_id` and
    `sn_id`, and warns that this call may silently drop `custom_fields`; if custom
    values do not stick, set them through the upsert endpoint. All of these fields
    are accepted here.

    Returns the updated contact; **404** if the UUID is unknown.

    Args:
        uuid (UUID): UUID of the contact to change.
        body (UpdateLeadBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Lead
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
