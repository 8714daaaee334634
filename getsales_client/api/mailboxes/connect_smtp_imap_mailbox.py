from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connect_smtp_imap_mailbox_body import ConnectSmtpImapMailboxBody
from ...models.mailbox import Mailbox
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: ConnectSmtpImapMailboxBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/emails/api/mailboxes",
        "extensions": {OPERATION_EXTENSION: "connect_smtp_imap_mailbox"},
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
        response_201 = Mailbox.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = (
            f"a body that is not the documented Mailbox ({type(exc).__name__}: {exc})"
        )
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_201


def _build_response(response: httpx.Response) -> Response[Mailbox]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConnectSmtpImapMailboxBody,
) -> Response[Mailbox]:
    """Connect an SMTP/IMAP mailbox

     Connects an email account over SMTP (sending) and IMAP (syncing replies). Use it for any provider
    with standard SMTP/IMAP access: Gmail or Outlook with app passwords, Zoho, GoDaddy, self-hosted
    servers and so on. The mailbox is attached to a sender profile and can then send in automations.
    Answers 201 with the new Mailbox.

    GetSales tests both connections when the mailbox is added. If either fails, the answer is **433**,
    naming the protocol (SMTP or IMAP) that failed.

    Each sender profile may hold only as many mailboxes as the plan allows; going over gives **422**, as
    does any other validation error.

    Gmail and Outlook connections through OAuth do not use this endpoint but
    `/emails/api/mailboxes/gmail/callback` and `/emails/api/mailboxes/outlook/callback`.

    `POST /emails/api/mailboxes` (connectSmtpImapMailbox).
    Args:
        body (ConnectSmtpImapMailboxBody):

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
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ConnectSmtpImapMailboxBody,
) -> Mailbox:
    """Connect an SMTP/IMAP mailbox

     Connects an email account over SMTP (sending) and IMAP (syncing replies). Use it for any provider
    with standard SMTP/IMAP access: Gmail or Outlook with app passwords, Zoho, GoDaddy, self-hosted
    servers and so on. The mailbox is attached to a sender profile and can then send in automations.
    Answers 201 with the new Mailbox.

    GetSales tests both connections when the mailbox is added. If either fails, the answer is **433**,
    naming the protocol (SMTP or IMAP) that failed.

    Each sender profile may hold only as many mailboxes as the plan allows; going over gives **422**, as
    does any other validation error.

    Gmail and Outlook connections through OAuth do not use this endpoint but
    `/emails/api/mailboxes/gmail/callback` and `/emails/api/mailboxes/outlook/callback`.

    `POST /emails/api/mailboxes` (connectSmtpImapMailbox).
    Args:
        body (ConnectSmtpImapMailboxBody):

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
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConnectSmtpImapMailboxBody,
) -> Response[Mailbox]:
    """Connect an SMTP/IMAP mailbox

     Connects an email account over SMTP (sending) and IMAP (syncing replies). Use it for any provider
    with standard SMTP/IMAP access: Gmail or Outlook with app passwords, Zoho, GoDaddy, self-hosted
    servers and so on. The mailbox is attached to a sender profile and can then send in automations.
    Answers 201 with the new Mailbox.

    GetSales tests both connections when the mailbox is added. If either fails, the answer is **433**,
    naming the protocol (SMTP or IMAP) that failed.

    Each sender profile may hold only as many mailboxes as the plan allows; going over gives **422**, as
    does any other validation error.

    Gmail and Outlook connections through OAuth do not use this endpoint but
    `/emails/api/mailboxes/gmail/callback` and `/emails/api/mailboxes/outlook/callback`.

    `POST /emails/api/mailboxes` (connectSmtpImapMailbox).
    Args:
        body (ConnectSmtpImapMailboxBody):

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
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ConnectSmtpImapMailboxBody,
) -> Mailbox:
    """Connect an SMTP/IMAP mailbox

     Connects an email account over SMTP (sending) and IMAP (syncing replies). Use it for any provider
    with standard SMTP/IMAP access: Gmail or Outlook with app passwords, Zoho, GoDaddy, self-hosted
    servers and so on. The mailbox is attached to a sender profile and can then send in automations.
    Answers 201 with the new Mailbox.

    GetSales tests both connections when the mailbox is added. If either fails, the answer is **433**,
    naming the protocol (SMTP or IMAP) that failed.

    Each sender profile may hold only as many mailboxes as the plan allows; going over gives **422**, as
    does any other validation error.

    Gmail and Outlook connections through OAuth do not use this endpoint but
    `/emails/api/mailboxes/gmail/callback` and `/emails/api/mailboxes/outlook/callback`.

    `POST /emails/api/mailboxes` (connectSmtpImapMailbox).
    Args:
        body (ConnectSmtpImapMailboxBody):

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
            client=client,
            body=body,
        )
    ).parsed
