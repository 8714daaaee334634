from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.linked_in_message import LinkedInMessage
from ...models.send_linkedin_message_body import SendLinkedinMessageBody
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: SendLinkedinMessageBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/linkedin-messages",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | LinkedInMessage | None:
    if response.status_code == 201:
        response_201 = LinkedInMessage.from_dict(response.json())

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
) -> Response[ErrorEnvelope | LinkedInMessage]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendLinkedinMessageBody,
) -> Response[ErrorEnvelope | LinkedInMessage]:
    """Send a LinkedIn message

     Sends a LinkedIn message or a connection note as a sender profile. The contact must already be a
    connection, or connection requests must be allowed. Send your own `text`, use a template, or send an
    InMail with a subject line. Every outbound message is tracked and later marked done or failed
    depending on delivery.

    The message is queued: the answer is 201 with the LinkedinMessage record, whose status starts as
    `new`.

    **Documented differences.** The older field list marks nothing as required; newer documentation
    requires `sender_profile_uuid`, `lead_uuid` and `text`. Attachments are "a list of arrays" on the
    older page and a list of `{uuid}` references (from the attachment upload endpoint) elsewhere; the
    schema accepts both. The quick start's example request line shows `POST /flows/api/messages`, but
    its prose and all other documentation use `/flows/api/linkedin-messages`.

    Args:
        body (SendLinkedinMessageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LinkedInMessage]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SendLinkedinMessageBody,
) -> ErrorEnvelope | LinkedInMessage | None:
    """Send a LinkedIn message

     Sends a LinkedIn message or a connection note as a sender profile. The contact must already be a
    connection, or connection requests must be allowed. Send your own `text`, use a template, or send an
    InMail with a subject line. Every outbound message is tracked and later marked done or failed
    depending on delivery.

    The message is queued: the answer is 201 with the LinkedinMessage record, whose status starts as
    `new`.

    **Documented differences.** The older field list marks nothing as required; newer documentation
    requires `sender_profile_uuid`, `lead_uuid` and `text`. Attachments are "a list of arrays" on the
    older page and a list of `{uuid}` references (from the attachment upload endpoint) elsewhere; the
    schema accepts both. The quick start's example request line shows `POST /flows/api/messages`, but
    its prose and all other documentation use `/flows/api/linkedin-messages`.

    Args:
        body (SendLinkedinMessageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LinkedInMessage
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendLinkedinMessageBody,
) -> Response[ErrorEnvelope | LinkedInMessage]:
    """Send a LinkedIn message

     Sends a LinkedIn message or a connection note as a sender profile. The contact must already be a
    connection, or connection requests must be allowed. Send your own `text`, use a template, or send an
    InMail with a subject line. Every outbound message is tracked and later marked done or failed
    depending on delivery.

    The message is queued: the answer is 201 with the LinkedinMessage record, whose status starts as
    `new`.

    **Documented differences.** The older field list marks nothing as required; newer documentation
    requires `sender_profile_uuid`, `lead_uuid` and `text`. Attachments are "a list of arrays" on the
    older page and a list of `{uuid}` references (from the attachment upload endpoint) elsewhere; the
    schema accepts both. The quick start's example request line shows `POST /flows/api/messages`, but
    its prose and all other documentation use `/flows/api/linkedin-messages`.

    Args:
        body (SendLinkedinMessageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LinkedInMessage]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendLinkedinMessageBody,
) -> ErrorEnvelope | LinkedInMessage | None:
    """Send a LinkedIn message

     Sends a LinkedIn message or a connection note as a sender profile. The contact must already be a
    connection, or connection requests must be allowed. Send your own `text`, use a template, or send an
    InMail with a subject line. Every outbound message is tracked and later marked done or failed
    depending on delivery.

    The message is queued: the answer is 201 with the LinkedinMessage record, whose status starts as
    `new`.

    **Documented differences.** The older field list marks nothing as required; newer documentation
    requires `sender_profile_uuid`, `lead_uuid` and `text`. Attachments are "a list of arrays" on the
    older page and a list of `{uuid}` references (from the attachment upload endpoint) elsewhere; the
    schema accepts both. The quick start's example request line shows `POST /flows/api/messages`, but
    its prose and all other documentation use `/flows/api/linkedin-messages`.

    Args:
        body (SendLinkedinMessageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LinkedInMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
