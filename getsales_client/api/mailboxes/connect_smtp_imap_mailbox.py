from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connect_smtp_imap_mailbox_body import ConnectSmtpImapMailboxBody
from ...models.error_envelope import ErrorEnvelope
from ...models.mailbox import Mailbox
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: ConnectSmtpImapMailboxBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/emails/api/mailboxes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | Mailbox | None:
    if response.status_code == 201:
        response_201 = Mailbox.from_dict(response.json())

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

    if response.status_code == 433:
        response_433 = ErrorEnvelope.from_dict(response.json())

        return response_433

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | Mailbox]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConnectSmtpImapMailboxBody,
) -> Response[ErrorEnvelope | Mailbox]:
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

    Args:
        body (ConnectSmtpImapMailboxBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Mailbox]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ConnectSmtpImapMailboxBody,
) -> ErrorEnvelope | Mailbox | None:
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

    Args:
        body (ConnectSmtpImapMailboxBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Mailbox
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ConnectSmtpImapMailboxBody,
) -> Response[ErrorEnvelope | Mailbox]:
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

    Args:
        body (ConnectSmtpImapMailboxBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | Mailbox]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ConnectSmtpImapMailboxBody,
) -> ErrorEnvelope | Mailbox | None:
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

    Args:
        body (ConnectSmtpImapMailboxBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | Mailbox
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
