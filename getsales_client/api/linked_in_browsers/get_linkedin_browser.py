from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.linked_in_browser import LinkedInBrowser
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    UNSET,
    Response,
    Unset,
    decode_json,
    path_segment,
    status_code_of,
)


def _get_kwargs(
    id: int,
    *,
    show_all_fields: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["show_all_fields"] = show_all_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/browsers/api/linkedin-browsers/{id}".format(
            id=path_segment(id, "id", "getLinkedinBrowser"),
        ),
        "params": params,
        "extensions": {OPERATION_EXTENSION: "get_linkedin_browser"},
    }

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
    show_all_fields: bool | Unset = UNSET,
) -> Response[LinkedInBrowser]:
    """Get browser by ID

     Returns one LinkedIn browser by its numeric id. The sensitive fields `linkedin_login`,
    `linkedin_password` and `ln_code` are left out unless `show_all_fields=true` is passed. Answers 404
    when it does not exist.

    `GET /browsers/api/linkedin-browsers/{id}` (getLinkedinBrowser).
    Args:
        id (int): Numeric id of the browser.
        show_all_fields (bool | Unset): Include the LinkedIn login, password and verification code
            in the answer.

            Server default: `false`.

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
        show_all_fields=show_all_fields,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    show_all_fields: bool | Unset = UNSET,
) -> LinkedInBrowser:
    """Get browser by ID

     Returns one LinkedIn browser by its numeric id. The sensitive fields `linkedin_login`,
    `linkedin_password` and `ln_code` are left out unless `show_all_fields=true` is passed. Answers 404
    when it does not exist.

    `GET /browsers/api/linkedin-browsers/{id}` (getLinkedinBrowser).
    Args:
        id (int): Numeric id of the browser.
        show_all_fields (bool | Unset): Include the LinkedIn login, password and verification code
            in the answer.

            Server default: `false`.

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
        show_all_fields=show_all_fields,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    show_all_fields: bool | Unset = UNSET,
) -> Response[LinkedInBrowser]:
    """Get browser by ID

     Returns one LinkedIn browser by its numeric id. The sensitive fields `linkedin_login`,
    `linkedin_password` and `ln_code` are left out unless `show_all_fields=true` is passed. Answers 404
    when it does not exist.

    `GET /browsers/api/linkedin-browsers/{id}` (getLinkedinBrowser).
    Args:
        id (int): Numeric id of the browser.
        show_all_fields (bool | Unset): Include the LinkedIn login, password and verification code
            in the answer.

            Server default: `false`.

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
        show_all_fields=show_all_fields,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    show_all_fields: bool | Unset = UNSET,
) -> LinkedInBrowser:
    """Get browser by ID

     Returns one LinkedIn browser by its numeric id. The sensitive fields `linkedin_login`,
    `linkedin_password` and `ln_code` are left out unless `show_all_fields=true` is passed. Answers 404
    when it does not exist.

    `GET /browsers/api/linkedin-browsers/{id}` (getLinkedinBrowser).
    Args:
        id (int): Numeric id of the browser.
        show_all_fields (bool | Unset): Include the LinkedIn login, password and verification code
            in the answer.

            Server default: `false`.

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
            show_all_fields=show_all_fields,
        )
    ).parsed
