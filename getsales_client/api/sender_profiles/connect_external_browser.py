from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connect_external_browser_body import ConnectExternalBrowserBody
from ...models.error_envelope import ErrorEnvelope
from ...models.sender_profile import SenderProfile
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: ConnectExternalBrowserBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/client-api/sender-profiles/connect-external",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SenderProfile | None:
    if response.status_code == 200:
        response_200 = SenderProfile.from_dict(response.json())

        return response_200

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
    body: ConnectExternalBrowserBody,
) -> Response[ErrorEnvelope | SenderProfile]:
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

    Args:
        body (ConnectExternalBrowserBody):

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
    body: ConnectExternalBrowserBody,
) -> ErrorEnvelope | SenderProfile | None:
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

    Args:
        body (ConnectExternalBrowserBody):

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
    body: ConnectExternalBrowserBody,
) -> Response[ErrorEnvelope | SenderProfile]:
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

    Args:
        body (ConnectExternalBrowserBody):

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
    body: ConnectExternalBrowserBody,
) -> ErrorEnvelope | SenderProfile | None:
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

    Args:
        body (ConnectExternalBrowserBody):

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
