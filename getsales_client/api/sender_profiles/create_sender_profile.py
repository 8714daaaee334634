from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_sender_profile_body import CreateSenderProfileBody
from ...models.sender_profile import SenderProfile
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: CreateSenderProfileBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/sender-profiles",
        "extensions": {OPERATION_EXTENSION: "create_sender_profile"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SenderProfile:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_201 = SenderProfile.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented SenderProfile ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_201


def _build_response(response: httpx.Response) -> Response[SenderProfile]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSenderProfileBody,
) -> Response[SenderProfile]:
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

    `POST /flows/api/sender-profiles` (createSenderProfile).
    Args:
        body (CreateSenderProfileBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[SenderProfile]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSenderProfileBody,
) -> SenderProfile:
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

    `POST /flows/api/sender-profiles` (createSenderProfile).
    Args:
        body (CreateSenderProfileBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        SenderProfile
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSenderProfileBody,
) -> Response[SenderProfile]:
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

    `POST /flows/api/sender-profiles` (createSenderProfile).
    Args:
        body (CreateSenderProfileBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[SenderProfile]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateSenderProfileBody,
) -> SenderProfile:
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

    `POST /flows/api/sender-profiles` (createSenderProfile).
    Args:
        body (CreateSenderProfileBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        SenderProfile
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
