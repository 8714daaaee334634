from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_custom_field_body import CreateCustomFieldBody
from ...models.custom_field import CustomField
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: CreateCustomFieldBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/custom-fields",
        "extensions": {OPERATION_EXTENSION: "create_custom_field"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> CustomField:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_201 = CustomField.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented CustomField ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_201


def _build_response(response: httpx.Response) -> Response[CustomField]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomFieldBody,
) -> Response[CustomField]:
    """Create a custom field

     Defines a new custom field for one kind of record: contacts, companies or
    sender profiles.

    **Naming rules.** The name starts with a letter or an underscore and contains
    only letters, digits and underscores. It has to be unique, ignoring case, among
    the team's fields of the same object type.

    The server assigns the numeric `key` (1-100) itself; each object type holds
    at most 100 fields. Answers **201** with the new field.

    One description accepts only `lead` and `company` for `object`; custom fields
    on sender profiles are mentioned only in prose, so treat the values as open.

    `POST /leads/api/custom-fields` (createCustomField).
    Args:
        body (CreateCustomFieldBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[CustomField]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomFieldBody,
) -> CustomField:
    """Create a custom field

     Defines a new custom field for one kind of record: contacts, companies or
    sender profiles.

    **Naming rules.** The name starts with a letter or an underscore and contains
    only letters, digits and underscores. It has to be unique, ignoring case, among
    the team's fields of the same object type.

    The server assigns the numeric `key` (1-100) itself; each object type holds
    at most 100 fields. Answers **201** with the new field.

    One description accepts only `lead` and `company` for `object`; custom fields
    on sender profiles are mentioned only in prose, so treat the values as open.

    `POST /leads/api/custom-fields` (createCustomField).
    Args:
        body (CreateCustomFieldBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        CustomField
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomFieldBody,
) -> Response[CustomField]:
    """Create a custom field

     Defines a new custom field for one kind of record: contacts, companies or
    sender profiles.

    **Naming rules.** The name starts with a letter or an underscore and contains
    only letters, digits and underscores. It has to be unique, ignoring case, among
    the team's fields of the same object type.

    The server assigns the numeric `key` (1-100) itself; each object type holds
    at most 100 fields. Answers **201** with the new field.

    One description accepts only `lead` and `company` for `object`; custom fields
    on sender profiles are mentioned only in prose, so treat the values as open.

    `POST /leads/api/custom-fields` (createCustomField).
    Args:
        body (CreateCustomFieldBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[CustomField]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomFieldBody,
) -> CustomField:
    """Create a custom field

     Defines a new custom field for one kind of record: contacts, companies or
    sender profiles.

    **Naming rules.** The name starts with a letter or an underscore and contains
    only letters, digits and underscores. It has to be unique, ignoring case, among
    the team's fields of the same object type.

    The server assigns the numeric `key` (1-100) itself; each object type holds
    at most 100 fields. Answers **201** with the new field.

    One description accepts only `lead` and `company` for `object`; custom fields
    on sender profiles are mentioned only in prose, so treat the values as open.

    `POST /leads/api/custom-fields` (createCustomField).
    Args:
        body (CreateCustomFieldBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        CustomField
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
