from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lead import Lead
from ...models.update_lead_body import UpdateLeadBody
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    path_segment,
    status_code_of,
)


def _get_kwargs(
    uuid: str,
    *,
    body: UpdateLeadBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/leads/api/leads/{uuid}".format(
            uuid=path_segment(uuid, "uuid", "updateLead"),
        ),
        "extensions": {OPERATION_EXTENSION: "update_lead"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Lead:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = Lead.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = (
            f"a body that is not the documented Lead ({type(exc).__name__}: {exc})"
        )
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[Lead]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateLeadBody,
) -> Response[Lead]:
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

    `PUT /leads/api/leads/{uuid}` (updateLead).
    Args:
        uuid (str): UUID of the contact to change.
        body (UpdateLeadBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[Lead]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateLeadBody,
) -> Lead:
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

    `PUT /leads/api/leads/{uuid}` (updateLead).
    Args:
        uuid (str): UUID of the contact to change.
        body (UpdateLeadBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Lead
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateLeadBody,
) -> Response[Lead]:
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

    `PUT /leads/api/leads/{uuid}` (updateLead).
    Args:
        uuid (str): UUID of the contact to change.
        body (UpdateLeadBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[Lead]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateLeadBody,
) -> Lead:
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

    `PUT /leads/api/leads/{uuid}` (updateLead).
    Args:
        uuid (str): UUID of the contact to change.
        body (UpdateLeadBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Lead
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
