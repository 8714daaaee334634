from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.linked_in_message import LinkedInMessage
from ...models.send_linkedin_message_body import SendLinkedinMessageBody
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: SendLinkedinMessageBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/linkedin-messages",
        "extensions": {OPERATION_EXTENSION: "send_linkedin_message"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> LinkedInMessage:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_201 = LinkedInMessage.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented LinkedInMessage ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_201


def _build_response(response: httpx.Response) -> Response[LinkedInMessage]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendLinkedinMessageBody,
) -> Response[LinkedInMessage]:
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

    `POST /flows/api/linkedin-messages` (sendLinkedinMessage).
    Args:
        body (SendLinkedinMessageBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[LinkedInMessage]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SendLinkedinMessageBody,
) -> LinkedInMessage:
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

    `POST /flows/api/linkedin-messages` (sendLinkedinMessage).
    Args:
        body (SendLinkedinMessageBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        LinkedInMessage
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendLinkedinMessageBody,
) -> Response[LinkedInMessage]:
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

    `POST /flows/api/linkedin-messages` (sendLinkedinMessage).
    Args:
        body (SendLinkedinMessageBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[LinkedInMessage]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendLinkedinMessageBody,
) -> LinkedInMessage:
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

    `POST /flows/api/linkedin-messages` (sendLinkedinMessage).
    Args:
        body (SendLinkedinMessageBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        LinkedInMessage
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
