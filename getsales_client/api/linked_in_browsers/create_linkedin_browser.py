from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.create_linkedin_browser_body import CreateLinkedinBrowserBody
from ...models.linked_in_browser import LinkedInBrowser
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: CreateLinkedinBrowserBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/browsers/api/linkedin-browsers",
        "extensions": {OPERATION_EXTENSION: "create_linkedin_browser"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> LinkedInBrowser:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_201 = LinkedInBrowser.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented LinkedInBrowser ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_201


def _build_response(response: httpx.Response) -> Response[LinkedInBrowser]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLinkedinBrowserBody,
) -> Response[LinkedInBrowser]:
    """Create browser

     Creates a LinkedIn browser profile and attaches it to a sender profile. Either pass `external_id` to
    use a GoLogin profile you already have, or let GetSales create one by giving `proxy_country_code` (a
    managed proxy) or `custom_proxy_config` (your own proxy). Answers 201 with the new LinkedinBrowser.

    Other documentation notes that the new browser starts out stopped and should not be run before the
    LinkedIn login has been set up.

    `POST /browsers/api/linkedin-browsers` (createLinkedinBrowser).
    Args:
        body (CreateLinkedinBrowserBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[LinkedInBrowser]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLinkedinBrowserBody,
) -> LinkedInBrowser:
    """Create browser

     Creates a LinkedIn browser profile and attaches it to a sender profile. Either pass `external_id` to
    use a GoLogin profile you already have, or let GetSales create one by giving `proxy_country_code` (a
    managed proxy) or `custom_proxy_config` (your own proxy). Answers 201 with the new LinkedinBrowser.

    Other documentation notes that the new browser starts out stopped and should not be run before the
    LinkedIn login has been set up.

    `POST /browsers/api/linkedin-browsers` (createLinkedinBrowser).
    Args:
        body (CreateLinkedinBrowserBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        LinkedInBrowser
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLinkedinBrowserBody,
) -> Response[LinkedInBrowser]:
    """Create browser

     Creates a LinkedIn browser profile and attaches it to a sender profile. Either pass `external_id` to
    use a GoLogin profile you already have, or let GetSales create one by giving `proxy_country_code` (a
    managed proxy) or `custom_proxy_config` (your own proxy). Answers 201 with the new LinkedinBrowser.

    Other documentation notes that the new browser starts out stopped and should not be run before the
    LinkedIn login has been set up.

    `POST /browsers/api/linkedin-browsers` (createLinkedinBrowser).
    Args:
        body (CreateLinkedinBrowserBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[LinkedInBrowser]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateLinkedinBrowserBody,
) -> LinkedInBrowser:
    """Create browser

     Creates a LinkedIn browser profile and attaches it to a sender profile. Either pass `external_id` to
    use a GoLogin profile you already have, or let GetSales create one by giving `proxy_country_code` (a
    managed proxy) or `custom_proxy_config` (your own proxy). Answers 201 with the new LinkedinBrowser.

    Other documentation notes that the new browser starts out stopped and should not be run before the
    LinkedIn login has been set up.

    `POST /browsers/api/linkedin-browsers` (createLinkedinBrowser).
    Args:
        body (CreateLinkedinBrowserBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        LinkedInBrowser
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
