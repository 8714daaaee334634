from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mailbox import Mailbox
from ...models.reconnect_mailbox_to_smtp_body import ReconnectMailboxToSmtpBody
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
    *,
    body: ReconnectMailboxToSmtpBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/emails/api/mailboxes/{uuid}/reconnect-to-smtp".format(
            uuid=path_segment(uuid, "uuid", "reconnectMailboxToSmtp"),
        ),
        "extensions": {OPERATION_EXTENSION: "reconnect_mailbox_to_smtp"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Mailbox:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = Mailbox.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = (
            f"a body that is not the documented Mailbox ({type(exc).__name__}: {exc})"
        )
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[Mailbox]:
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
    body: ReconnectMailboxToSmtpBody,
) -> Response[Mailbox]:
    """Reconnect a mailbox to SMTP/IMAP

     Gives an existing mailbox new SMTP/IMAP credentials, for example when its send or sync status shows
    an error after a password change or an expired app password, or to move it from OAuth to SMTP. The
    provider and connection settings are replaced in place: the mailbox UUID, its address and its sender
    profile stay the same.

    Only the current (1.0.0) API documentation describes this endpoint. The body is assumed to mirror
    the connect call (`provider` plus `connection_settings`), and the response is presumed to be the
    updated Mailbox.

    `POST /emails/api/mailboxes/{uuid}/reconnect-to-smtp` (reconnectMailboxToSmtp).
    Args:
        uuid (str): UUID of the mailbox.
        body (ReconnectMailboxToSmtpBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[Mailbox]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReconnectMailboxToSmtpBody,
) -> Mailbox:
    """Reconnect a mailbox to SMTP/IMAP

     Gives an existing mailbox new SMTP/IMAP credentials, for example when its send or sync status shows
    an error after a password change or an expired app password, or to move it from OAuth to SMTP. The
    provider and connection settings are replaced in place: the mailbox UUID, its address and its sender
    profile stay the same.

    Only the current (1.0.0) API documentation describes this endpoint. The body is assumed to mirror
    the connect call (`provider` plus `connection_settings`), and the response is presumed to be the
    updated Mailbox.

    `POST /emails/api/mailboxes/{uuid}/reconnect-to-smtp` (reconnectMailboxToSmtp).
    Args:
        uuid (str): UUID of the mailbox.
        body (ReconnectMailboxToSmtpBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Mailbox
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReconnectMailboxToSmtpBody,
) -> Response[Mailbox]:
    """Reconnect a mailbox to SMTP/IMAP

     Gives an existing mailbox new SMTP/IMAP credentials, for example when its send or sync status shows
    an error after a password change or an expired app password, or to move it from OAuth to SMTP. The
    provider and connection settings are replaced in place: the mailbox UUID, its address and its sender
    profile stay the same.

    Only the current (1.0.0) API documentation describes this endpoint. The body is assumed to mirror
    the connect call (`provider` plus `connection_settings`), and the response is presumed to be the
    updated Mailbox.

    `POST /emails/api/mailboxes/{uuid}/reconnect-to-smtp` (reconnectMailboxToSmtp).
    Args:
        uuid (str): UUID of the mailbox.
        body (ReconnectMailboxToSmtpBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[Mailbox]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: ReconnectMailboxToSmtpBody,
) -> Mailbox:
    """Reconnect a mailbox to SMTP/IMAP

     Gives an existing mailbox new SMTP/IMAP credentials, for example when its send or sync status shows
    an error after a password change or an expired app password, or to move it from OAuth to SMTP. The
    provider and connection settings are replaced in place: the mailbox UUID, its address and its sender
    profile stay the same.

    Only the current (1.0.0) API documentation describes this endpoint. The body is assumed to mirror
    the connect call (`provider` plus `connection_settings`), and the response is presumed to be the
    updated Mailbox.

    `POST /emails/api/mailboxes/{uuid}/reconnect-to-smtp` (reconnectMailboxToSmtp).
    Args:
        uuid (str): UUID of the mailbox.
        body (ReconnectMailboxToSmtpBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Mailbox
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
