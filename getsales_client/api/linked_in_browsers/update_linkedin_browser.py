from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.linked_in_browser import LinkedInBrowser
from ...models.update_linkedin_browser_body import UpdateLinkedinBrowserBody
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    path_segment,
    status_code_of,
)


def _get_kwargs(
    id: int,
    *,
    body: UpdateLinkedinBrowserBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/browsers/api/linkedin-browsers/{id}".format(
            id=path_segment(id, "id", "updateLinkedinBrowser"),
        ),
        "extensions": {OPERATION_EXTENSION: "update_linkedin_browser"},
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
        response_200 = LinkedInBrowser.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented LinkedInBrowser ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[LinkedInBrowser]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateLinkedinBrowserBody,
) -> Response[LinkedInBrowser]:
    """Update browser

     Changes a browser's LinkedIn credentials, schedule or status. Only the fields sent are changed. Once
    `linkedin_account_uuid` has a value it cannot be set back to null. Returns the updated
    LinkedinBrowser.

    `PUT /browsers/api/linkedin-browsers/{id}` (updateLinkedinBrowser).
    Args:
        id (int): Numeric id of the browser.
        body (UpdateLinkedinBrowserBody):

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
        id=id,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateLinkedinBrowserBody,
) -> LinkedInBrowser:
    """Update browser

     Changes a browser's LinkedIn credentials, schedule or status. Only the fields sent are changed. Once
    `linkedin_account_uuid` has a value it cannot be set back to null. Returns the updated
    LinkedinBrowser.

    `PUT /browsers/api/linkedin-browsers/{id}` (updateLinkedinBrowser).
    Args:
        id (int): Numeric id of the browser.
        body (UpdateLinkedinBrowserBody):

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
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateLinkedinBrowserBody,
) -> Response[LinkedInBrowser]:
    """Update browser

     Changes a browser's LinkedIn credentials, schedule or status. Only the fields sent are changed. Once
    `linkedin_account_uuid` has a value it cannot be set back to null. Returns the updated
    LinkedinBrowser.

    `PUT /browsers/api/linkedin-browsers/{id}` (updateLinkedinBrowser).
    Args:
        id (int): Numeric id of the browser.
        body (UpdateLinkedinBrowserBody):

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
        id=id,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateLinkedinBrowserBody,
) -> LinkedInBrowser:
    """Update browser

     Changes a browser's LinkedIn credentials, schedule or status. Only the fields sent are changed. Once
    `linkedin_account_uuid` has a value it cannot be set back to null. Returns the updated
    LinkedinBrowser.

    `PUT /browsers/api/linkedin-browsers/{id}` (updateLinkedinBrowser).
    Args:
        id (int): Numeric id of the browser.
        body (UpdateLinkedinBrowserBody):

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
            id=id,
            client=client,
            body=body,
        )
    ).parsed
