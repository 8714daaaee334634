from typing import Any, cast
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_new_lead_to_flow_body import AddNewLeadToFlowBody
from ...models.add_new_lead_to_flow_response_200 import AddNewLeadToFlowResponse200
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, status_code_of


def _get_kwargs(
    flow_uuid: UUID,
    *,
    body: AddNewLeadToFlowBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/flows/{flow_uuid}/add-new-lead".format(
            flow_uuid=quote(str(flow_uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddNewLeadToFlowResponse200 | Any | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = AddNewLeadToFlowResponse200.from_dict(response.json())

        return response_200

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
) -> Response[AddNewLeadToFlowResponse200 | Any | ErrorEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    flow_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: AddNewLeadToFlowBody,
) -> Response[AddNewLeadToFlowResponse200 | Any | ErrorEnvelope]:
    """Create and add contact to flow

     Creates a contact, or updates it if it already exists, and enrols it in the automation in the same
    call, instead of a separate create followed by an add.

    With `skip_if_lead_exists` set to true and a matching contact that was created more than 10 seconds
    earlier, nothing happens and the answer is 200 with `{"reason": "skipped"}`. Otherwise a successful
    call answers 204 with no body. Both outcomes are declared as success. Validation problems give 422.

    The flag that controls updating is called `update_lead_if_exists` here, unlike `update_if_exists` on
    the contact upsert endpoint. `custom_fields` is documented beside `lead` at the top level, while the
    contact-creation examples nest custom fields inside the contact.

    Args:
        flow_uuid (UUID): UUID of the automation.
        body (AddNewLeadToFlowBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddNewLeadToFlowResponse200 | Any | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        flow_uuid=flow_uuid,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    flow_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: AddNewLeadToFlowBody,
) -> AddNewLeadToFlowResponse200 | Any | ErrorEnvelope | None:
    """Create and add contact to flow

     Creates a contact, or updates it if it already exists, and enrols it in the automation in the same
    call, instead of a separate create followed by an add.

    With `skip_if_lead_exists` set to true and a matching contact that was created more than 10 seconds
    earlier, nothing happens and the answer is 200 with `{"reason": "skipped"}`. Otherwise a successful
    call answers 204 with no body. Both outcomes are declared as success. Validation problems give 422.

    The flag that controls updating is called `update_lead_if_exists` here, unlike `update_if_exists` on
    the contact upsert endpoint. `custom_fields` is documented beside `lead` at the top level, while the
    contact-creation examples nest custom fields inside the contact.

    Args:
        flow_uuid (UUID): UUID of the automation.
        body (AddNewLeadToFlowBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddNewLeadToFlowResponse200 | Any | ErrorEnvelope
    """

    return sync_detailed(
        flow_uuid=flow_uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    flow_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: AddNewLeadToFlowBody,
) -> Response[AddNewLeadToFlowResponse200 | Any | ErrorEnvelope]:
    """Create and add contact to flow

     Creates a contact, or updates it if it already exists, and enrols it in the automation in the same
    call, instead of a separate create followed by an add.

    With `skip_if_lead_exists` set to true and a matching contact that was created more than 10 seconds
    earlier, nothing happens and the answer is 200 with `{"reason": "skipped"}`. Otherwise a successful
    call answers 204 with no body. Both outcomes are declared as success. Validation problems give 422.

    The flag that controls updating is called `update_lead_if_exists` here, unlike `update_if_exists` on
    the contact upsert endpoint. `custom_fields` is documented beside `lead` at the top level, while the
    contact-creation examples nest custom fields inside the contact.

    Args:
        flow_uuid (UUID): UUID of the automation.
        body (AddNewLeadToFlowBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddNewLeadToFlowResponse200 | Any | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        flow_uuid=flow_uuid,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    flow_uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: AddNewLeadToFlowBody,
) -> AddNewLeadToFlowResponse200 | Any | ErrorEnvelope | None:
    """Create and add contact to flow

     Creates a contact, or updates it if it already exists, and enrols it in the automation in the same
    call, instead of a separate create followed by an add.

    With `skip_if_lead_exists` set to true and a matching contact that was created more than 10 seconds
    earlier, nothing happens and the answer is 200 with `{"reason": "skipped"}`. Otherwise a successful
    call answers 204 with no body. Both outcomes are declared as success. Validation problems give 422.

    The flag that controls updating is called `update_lead_if_exists` here, unlike `update_if_exists` on
    the contact upsert endpoint. `custom_fields` is documented beside `lead` at the top level, while the
    contact-creation examples nest custom fields inside the contact.

    Args:
        flow_uuid (UUID): UUID of the automation.
        body (AddNewLeadToFlowBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddNewLeadToFlowResponse200 | Any | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            flow_uuid=flow_uuid,
            client=client,
            body=body,
        )
    ).parsed
