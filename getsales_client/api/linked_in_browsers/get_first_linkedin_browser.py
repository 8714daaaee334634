from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_first_linkedin_browser_body import GetFirstLinkedinBrowserBody
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
    body: GetFirstLinkedinBrowserBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/browsers/api/linkedin-browsers/first",
        "extensions": {OPERATION_EXTENSION: "get_first_linkedin_browser"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> LinkedInBrowser | None:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:

        def _parse_response_200(data: object) -> LinkedInBrowser | None:
            if data is None:
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = LinkedInBrowser.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"response_200: {type(data).__name__} is not LinkedInBrowser | None ({problem!r})"
            )

        response_200 = _parse_response_200(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented LinkedInBrowser | None ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[LinkedInBrowser | None]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetFirstLinkedinBrowserBody,
) -> Response[LinkedInBrowser | None]:
    """Get first matching browser

     Returns the first browser that matches the filter, without paging; handy for finding the browser of
    one sender profile or by id. Nothing is changed.

    `POST /browsers/api/linkedin-browsers/first` (getFirstLinkedinBrowser).
    Args:
        body (GetFirstLinkedinBrowserBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[LinkedInBrowser | None]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: GetFirstLinkedinBrowserBody,
) -> LinkedInBrowser | None:
    """Get first matching browser

     Returns the first browser that matches the filter, without paging; handy for finding the browser of
    one sender profile or by id. Nothing is changed.

    `POST /browsers/api/linkedin-browsers/first` (getFirstLinkedinBrowser).
    Args:
        body (GetFirstLinkedinBrowserBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        LinkedInBrowser | None
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: GetFirstLinkedinBrowserBody,
) -> Response[LinkedInBrowser | None]:
    """Get first matching browser

     Returns the first browser that matches the filter, without paging; handy for finding the browser of
    one sender profile or by id. Nothing is changed.

    `POST /browsers/api/linkedin-browsers/first` (getFirstLinkedinBrowser).
    Args:
        body (GetFirstLinkedinBrowserBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[LinkedInBrowser | None]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: GetFirstLinkedinBrowserBody,
) -> LinkedInBrowser | None:
    """Get first matching browser

     Returns the first browser that matches the filter, without paging; handy for finding the browser of
    one sender profile or by id. Nothing is changed.

    `POST /browsers/api/linkedin-browsers/first` (getFirstLinkedinBrowser).
    Args:
        body (GetFirstLinkedinBrowserBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        LinkedInBrowser | None
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
