from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.lead import Lead
from ...models.upsert_lead_body import UpsertLeadBody
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: UpsertLeadBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/leads/upsert",
        "extensions": {OPERATION_EXTENSION: "upsert_lead"},
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
    *,
    client: AuthenticatedClient | Client,
    body: UpsertLeadBody,
) -> Response[Lead]:
    """Upsert a contact

     Creates a contact, or updates it if it already exists. This is the main way
    to bring contacts into GetSales.

    **Finding an existing contact.** The server looks for a duplicate using these
    identifiers, highest priority first: `ln_member_id`, `ln_id`, `sn_id`, the
    LinkedIn nickname, `work_email`, `personal_email`, and finally the pair name +
    `company_name`. A contact that is found is changed only when
    `update_if_exists` is `true`; `move_to_list` additionally moves it into the
    list given in `list_uuid`.

    **Tags.** Put tag *names* (not UUIDs) in `lead.tags`. Names that do not exist
    yet are created on the fly. A newly created contact gets all of the given
    tags; an existing contact that is updated keeps the tags it already had and
    gains the new ones.

    **LinkedIn identifiers.** Prefer `lead.linkedin_id`: it accepts any kind of
    LinkedIn identifier (a profile or Sales Navigator URL, a nickname, a raw
    `ln_id` or `sn_id`), works out which kind it is, and stores it in the
    matching field.
    When you know the exact kind you may instead fill the specific fields
    `linkedin`, `ln_id`, `sn_id` or `ln_member_id`.

    **Lists.** A contact cannot exist outside a list, so `list_uuid` is required.

    Returns the created or updated contact. **422** means the body failed
    validation or the contact clashes with a duplicate.

    Published descriptions differ slightly: one documents `custom_fields` next to
    `lead` rather than inside it, and leaves out `lead.tags` and
    `lead.ln_member_id`, which the 1.0.0 documentation names. Both placements of
    custom field values are accepted.

    `POST /leads/api/leads/upsert` (upsertLead).
    Args:
        body (UpsertLeadBody):

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
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UpsertLeadBody,
) -> Lead:
    """Upsert a contact

     Creates a contact, or updates it if it already exists. This is the main way
    to bring contacts into GetSales.

    **Finding an existing contact.** The server looks for a duplicate using these
    identifiers, highest priority first: `ln_member_id`, `ln_id`, `sn_id`, the
    LinkedIn nickname, `work_email`, `personal_email`, and finally the pair name +
    `company_name`. A contact that is found is changed only when
    `update_if_exists` is `true`; `move_to_list` additionally moves it into the
    list given in `list_uuid`.

    **Tags.** Put tag *names* (not UUIDs) in `lead.tags`. Names that do not exist
    yet are created on the fly. A newly created contact gets all of the given
    tags; an existing contact that is updated keeps the tags it already had and
    gains the new ones.

    **LinkedIn identifiers.** Prefer `lead.linkedin_id`: it accepts any kind of
    LinkedIn identifier (a profile or Sales Navigator URL, a nickname, a raw
    `ln_id` or `sn_id`), works out which kind it is, and stores it in the
    matching field.
    When you know the exact kind you may instead fill the specific fields
    `linkedin`, `ln_id`, `sn_id` or `ln_member_id`.

    **Lists.** A contact cannot exist outside a list, so `list_uuid` is required.

    Returns the created or updated contact. **422** means the body failed
    validation or the contact clashes with a duplicate.

    Published descriptions differ slightly: one documents `custom_fields` next to
    `lead` rather than inside it, and leaves out `lead.tags` and
    `lead.ln_member_id`, which the 1.0.0 documentation names. Both placements of
    custom field values are accepted.

    `POST /leads/api/leads/upsert` (upsertLead).
    Args:
        body (UpsertLeadBody):

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
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UpsertLeadBody,
) -> Response[Lead]:
    """Upsert a contact

     Creates a contact, or updates it if it already exists. This is the main way
    to bring contacts into GetSales.

    **Finding an existing contact.** The server looks for a duplicate using these
    identifiers, highest priority first: `ln_member_id`, `ln_id`, `sn_id`, the
    LinkedIn nickname, `work_email`, `personal_email`, and finally the pair name +
    `company_name`. A contact that is found is changed only when
    `update_if_exists` is `true`; `move_to_list` additionally moves it into the
    list given in `list_uuid`.

    **Tags.** Put tag *names* (not UUIDs) in `lead.tags`. Names that do not exist
    yet are created on the fly. A newly created contact gets all of the given
    tags; an existing contact that is updated keeps the tags it already had and
    gains the new ones.

    **LinkedIn identifiers.** Prefer `lead.linkedin_id`: it accepts any kind of
    LinkedIn identifier (a profile or Sales Navigator URL, a nickname, a raw
    `ln_id` or `sn_id`), works out which kind it is, and stores it in the
    matching field.
    When you know the exact kind you may instead fill the specific fields
    `linkedin`, `ln_id`, `sn_id` or `ln_member_id`.

    **Lists.** A contact cannot exist outside a list, so `list_uuid` is required.

    Returns the created or updated contact. **422** means the body failed
    validation or the contact clashes with a duplicate.

    Published descriptions differ slightly: one documents `custom_fields` next to
    `lead` rather than inside it, and leaves out `lead.tags` and
    `lead.ln_member_id`, which the 1.0.0 documentation names. Both placements of
    custom field values are accepted.

    `POST /leads/api/leads/upsert` (upsertLead).
    Args:
        body (UpsertLeadBody):

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
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UpsertLeadBody,
) -> Lead:
    """Upsert a contact

     Creates a contact, or updates it if it already exists. This is the main way
    to bring contacts into GetSales.

    **Finding an existing contact.** The server looks for a duplicate using these
    identifiers, highest priority first: `ln_member_id`, `ln_id`, `sn_id`, the
    LinkedIn nickname, `work_email`, `personal_email`, and finally the pair name +
    `company_name`. A contact that is found is changed only when
    `update_if_exists` is `true`; `move_to_list` additionally moves it into the
    list given in `list_uuid`.

    **Tags.** Put tag *names* (not UUIDs) in `lead.tags`. Names that do not exist
    yet are created on the fly. A newly created contact gets all of the given
    tags; an existing contact that is updated keeps the tags it already had and
    gains the new ones.

    **LinkedIn identifiers.** Prefer `lead.linkedin_id`: it accepts any kind of
    LinkedIn identifier (a profile or Sales Navigator URL, a nickname, a raw
    `ln_id` or `sn_id`), works out which kind it is, and stores it in the
    matching field.
    When you know the exact kind you may instead fill the specific fields
    `linkedin`, `ln_id`, `sn_id` or `ln_member_id`.

    **Lists.** A contact cannot exist outside a list, so `list_uuid` is required.

    Returns the created or updated contact. **422** means the body failed
    validation or the contact clashes with a duplicate.

    Published descriptions differ slightly: one documents `custom_fields` next to
    `lead` rather than inside it, and leaves out `lead.tags` and
    `lead.ln_member_id`, which the 1.0.0 documentation names. Both placements of
    custom field values are accepted.

    `POST /leads/api/leads/upsert` (upsertLead).
    Args:
        body (UpsertLeadBody):

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
            client=client,
            body=body,
        )
    ).parsed
