from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.sender_profile import SenderProfile
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    path_segment,
    status_code_of,
)


def _get_kwargs(
    uuid: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/flows/api/sender-profiles/{uuid}".format(
            uuid=path_segment(uuid, "uuid", "getSenderProfile"),
        ),
        "extensions": {OPERATION_EXTENSION: "get_sender_profile"},
    }

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
    uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[SenderProfile]:
    """Get sender profile details

     Returns one sender profile by UUID. Answers 404 when it does not exist.

    `GET /flows/api/sender-profiles/{uuid}` (getSenderProfile).
    Args:
        uuid (str): UUID of the sender profile.

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
        uuid=uuid,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> SenderProfile:
    """Get sender profile details

     Returns one sender profile by UUID. Answers 404 when it does not exist.

    `GET /flows/api/sender-profiles/{uuid}` (getSenderProfile).
    Args:
        uuid (str): UUID of the sender profile.

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
        uuid=uuid,
        client=client,
    ).parsed


async def asyncio_detailed(
    uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[SenderProfile]:
    """Get sender profile details

     Returns one sender profile by UUID. Answers 404 when it does not exist.

    `GET /flows/api/sender-profiles/{uuid}` (getSenderProfile).
    Args:
        uuid (str): UUID of the sender profile.

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
        uuid=uuid,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    uuid: str,
    *,
    client: AuthenticatedClient | Client,
) -> SenderProfile:
    """Get sender profile details

     Returns one sender profile by UUID. Answers 404 when it does not exist.

    `GET /flows/api/sender-profiles/{uuid}` (getSenderProfile).
    Args:
        uuid (str): UUID of the sender profile.

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
            uuid=uuid,
            client=client,
        )
    ).parsed
