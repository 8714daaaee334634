from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_custom_field_body import CreateCustomFieldBody
from ...models.custom_field import CustomField
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: CreateCustomFieldBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/leads/api/custom-fields",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomField | ErrorEnvelope | None:
    if response.status_code == 201:
        response_201 = CustomField.from_dict(response.json())

        return response_201

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
) -> Response[CustomField | ErrorEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomFieldBody,
) -> Response[CustomField | ErrorEnvelope]:
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

    Args:
        body (CreateCustomFieldBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomField | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomFieldBody,
) -> CustomField | ErrorEnvelope | None:
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

    Args:
        body (CreateCustomFieldBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomField | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomFieldBody,
) -> Response[CustomField | ErrorEnvelope]:
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

    Args:
        body (CreateCustomFieldBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomField | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateCustomFieldBody,
) -> CustomField | ErrorEnvelope | None:
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

    Args:
        body (CreateCustomFieldBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomField | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
