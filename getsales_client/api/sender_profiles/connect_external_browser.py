from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connect_external_browser_body import ConnectExternalBrowserBody
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
    body: ConnectExternalBrowserBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/client-api/sender-profiles/connect-external",
        "extensions": {OPERATION_EXTENSION: "connect_external_browser"},
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
        response_200 = SenderProfile.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented SenderProfile ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


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
    body: ConnectExternalBrowserBody,
) -> Response[SenderProfile]:
    """Connect an external browser to a sender profile

     Onboards a LinkedIn account in one call: creates a sender profile and attaches it to an existing
    external GoLogin browser profile. This is the main way to bring a new LinkedIn account into
    GetSales.

    Steps performed:
    1. A sender profile is created. For MirrorProfiles connections an existing profile with the same
    first and last name is reused instead of creating a duplicate.
    2. A LinkedIn browser is created and tied to the profile through the GoLogin external id.
    3. The browser is started right away: it shows up in the LinkedIn browsers list as `running` and
    begins the LinkedIn login and session setup.
    4. Default daily limits are applied unless `daily_limits` overrides them.

    An active subscription is needed. The plan's sender profile limit is checked first; when it is
    reached the call fails with 422 (MirrorProfiles connections are exempt).

    Returns the SenderProfile. The exact success status is not documented, so any 2xx is treated as
    success. The older page types `notification_emails` as a list of addresses in both request and
    example, while other documentation types it as a string; the request uses a list.

    `POST /flows/client-api/sender-profiles/connect-external` (connectExternalBrowser).
    Args:
        body (ConnectExternalBrowserBody):

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
    body: ConnectExternalBrowserBody,
) -> SenderProfile:
    """Connect an external browser to a sender profile

     Onboards a LinkedIn account in one call: creates a sender profile and attaches it to an existing
    external GoLogin browser profile. This is the main way to bring a new LinkedIn account into
    GetSales.

    Steps performed:
    1. A sender profile is created. For MirrorProfiles connections an existing profile with the same
    first and last name is reused instead of creating a duplicate.
    2. A LinkedIn browser is created and tied to the profile through the GoLogin external id.
    3. The browser is started right away: it shows up in the LinkedIn browsers list as `running` and
    begins the LinkedIn login and session setup.
    4. Default daily limits are applied unless `daily_limits` overrides them.

    An active subscription is needed. The plan's sender profile limit is checked first; when it is
    reached the call fails with 422 (MirrorProfiles connections are exempt).

    Returns the SenderProfile. The exact success status is not documented, so any 2xx is treated as
    success. The older page types `notification_emails` as a list of addresses in both request and
    example, while other documentation types it as a string; the request uses a list.

    `POST /flows/client-api/sender-profiles/connect-external` (connectExternalBrowser).
    Args:
        body (ConnectExternalBrowserBody):

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
    body: ConnectExternalBrowserBody,
) -> Response[SenderProfile]:
    """Connect an external browser to a sender profile

     Onboards a LinkedIn account in one call: creates a sender profile and attaches it to an existing
    external GoLogin browser profile. This is the main way to bring a new LinkedIn account into
    GetSales.

    Steps performed:
    1. A sender profile is created. For MirrorProfiles connections an existing profile with the same
    first and last name is reused instead of creating a duplicate.
    2. A LinkedIn browser is created and tied to the profile through the GoLogin external id.
    3. The browser is started right away: it shows up in the LinkedIn browsers list as `running` and
    begins the LinkedIn login and session setup.
    4. Default daily limits are applied unless `daily_limits` overrides them.

    An active subscription is needed. The plan's sender profile limit is checked first; when it is
    reached the call fails with 422 (MirrorProfiles connections are exempt).

    Returns the SenderProfile. The exact success status is not documented, so any 2xx is treated as
    success. The older page types `notification_emails` as a list of addresses in both request and
    example, while other documentation types it as a string; the request uses a list.

    `POST /flows/client-api/sender-profiles/connect-external` (connectExternalBrowser).
    Args:
        body (ConnectExternalBrowserBody):

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
    body: ConnectExternalBrowserBody,
) -> SenderProfile:
    """Connect an external browser to a sender profile

     Onboards a LinkedIn account in one call: creates a sender profile and attaches it to an existing
    external GoLogin browser profile. This is the main way to bring a new LinkedIn account into
    GetSales.

    Steps performed:
    1. A sender profile is created. For MirrorProfiles connections an existing profile with the same
    first and last name is reused instead of creating a duplicate.
    2. A LinkedIn browser is created and tied to the profile through the GoLogin external id.
    3. The browser is started right away: it shows up in the LinkedIn browsers list as `running` and
    begins the LinkedIn login and session setup.
    4. Default daily limits are applied unless `daily_limits` overrides them.

    An active subscription is needed. The plan's sender profile limit is checked first; when it is
    reached the call fails with 422 (MirrorProfiles connections are exempt).

    Returns the SenderProfile. The exact success status is not documented, so any 2xx is treated as
    success. The older page types `notification_emails` as a list of addresses in both request and
    example, while other documentation types it as a string; the request uses a list.

    `POST /flows/client-api/sender-profiles/connect-external` (connectExternalBrowser).
    Args:
        body (ConnectExternalBrowserBody):

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
