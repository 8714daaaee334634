from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_sender_profile_body import CreateSenderProfileBody
from ...models.error_envelope import ErrorEnvelope
from ...models.sender_profile import SenderProfile
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: CreateSenderProfileBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/sender-profiles",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SenderProfile | None:
    if response.status_code == 201:
        response_201 = SenderProfile.from_dict(response.json())

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
) -> Response[ErrorEnvelope | SenderProfile]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSenderProfileBody,
) -> Response[ErrorEnvelope | SenderProfile]:
    """Create a sender profile

     Creates a sender profile, which starts out `enabled`. Link a LinkedIn account (see connect-external
    and the LinkedIn browser endpoints) and/or a mailbox afterwards so it can be used for outreach.
    Answers 201 with the new SenderProfile.

    **Required fields are documented differently.** The older field list and an integration catalogue
    mark nothing as required; other published documentation requires `first_name`, `last_name` and
    `assignee_user_id` (your own user id is available from the current-user endpoint). Send all three.

    **Response field names also differ.** The older field list shows `linkedin_server_id` and a string
    `linkedin_browser_uuid`, while its own example and newer documentation return an integer
    `linkedin_browser_id`. The response schema declares all of them as optional.

    Args:
        body (CreateSenderProfileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SenderProfile]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSenderProfileBody,
) -> ErrorEnvelope | SenderProfile | None:
    """Create a sender profile

     Creates a sender profile, which starts out `enabled`. Link a LinkedIn account (see connect-external
    and the LinkedIn browser endpoints) and/or a mailbox afterwards so it can be used for outreach.
    Answers 201 with the new SenderProfile.

    **Required fields are documented differently.** The older field list and an integration catalogue
    mark nothing as required; other published documentation requires `first_name`, `last_name` and
    `assignee_user_id` (your own user id is available from the current-user endpoint). Send all three.

    **Response field names also differ.** The older field list shows `linkedin_server_id` and a string
    `linkedin_browser_uuid`, while its own example and newer documentation return an integer
    `linkedin_browser_id`. The response schema declares all of them as optional.

    Args:
        body (CreateSenderProfileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SenderProfile
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSenderProfileBody,
) -> Response[ErrorEnvelope | SenderProfile]:
    """Create a sender profile

     Creates a sender profile, which starts out `enabled`. Link a LinkedIn account (see connect-external
    and the LinkedIn browser endpoints) and/or a mailbox afterwards so it can be used for outreach.
    Answers 201 with the new SenderProfile.

    **Required fields are documented differently.** The older field list and an integration catalogue
    mark nothing as required; other published documentation requires `first_name`, `last_name` and
    `assignee_user_id` (your own user id is available from the current-user endpoint). Send all three.

    **Response field names also differ.** The older field list shows `linkedin_server_id` and a string
    `linkedin_browser_uuid`, while its own example and newer documentation return an integer
    `linkedin_browser_id`. The response schema declares all of them as optional.

    Args:
        body (CreateSenderProfileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SenderProfile]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSenderProfileBody,
) -> ErrorEnvelope | SenderProfile | None:
    """Create a sender profile

     Creates a sender profile, which starts out `enabled`. Link a LinkedIn account (see connect-external
    and the LinkedIn browser endpoints) and/or a mailbox afterwards so it can be used for outreach.
    Answers 201 with the new SenderProfile.

    **Required fields are documented differently.** The older field list and an integration catalogue
    mark nothing as required; other published documentation requires `first_name`, `last_name` and
    `assignee_user_id` (your own user id is available from the current-user endpoint). Send all three.

    **Response field names also differ.** The older field list shows `linkedin_server_id` and a string
    `linkedin_browser_uuid`, while its own example and newer documentation return an integer
    `linkedin_browser_id`. The response schema declares all of them as optional.

    Args:
        body (CreateSenderProfileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SenderProfile
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
