from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.send_email_body import SendEmailBody
from ...models.send_email_response_201 import SendEmailResponse201
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: SendEmailBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/emails/api/emails/send-email",
        "extensions": {OPERATION_EXTENSION: "send_email"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> SendEmailResponse201:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_201 = SendEmailResponse201.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented SendEmailResponse201 ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_201


def _build_response(response: httpx.Response) -> Response[SendEmailResponse201]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendEmailBody,
) -> Response[SendEmailResponse201]:
    """Send an email

     Sends an email from a sender's mailbox to a contact, with optional CC and BCC recipients. The
    current (1.0.0) API documentation also mentions templates and replies within a thread, without
    publishing the field names for them. The email is validated and queued for delivery; it starts in
    status `waiting`.

    **Response shape.** The older documentation and other published documentation answer 201 with a
    wrapper `{emailDomain, emailBodyDomain}`: the created Email and its EmailBody. The current (1.0.0)
    API documentation speaks of returning the created email record. The wrapper is what the schema
    declares, with both members optional.

    **Required fields.** The older page marks nothing as required and shows no body field; newer
    documentation requires `sender_profile_uuid`, `lead_uuid`, `from_name`, `from_email`, `to_name`,
    `to_email` and `subject`, and adds `body` (HTML allowed) and `attachments`. Which mailbox sends is
    not a documented field; presumably it is the sender profile's mailbox for `from_email`.

    `POST /emails/api/emails/send-email` (sendEmail).
    Args:
        body (SendEmailBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[SendEmailResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SendEmailBody,
) -> SendEmailResponse201:
    """Send an email

     Sends an email from a sender's mailbox to a contact, with optional CC and BCC recipients. The
    current (1.0.0) API documentation also mentions templates and replies within a thread, without
    publishing the field names for them. The email is validated and queued for delivery; it starts in
    status `waiting`.

    **Response shape.** The older documentation and other published documentation answer 201 with a
    wrapper `{emailDomain, emailBodyDomain}`: the created Email and its EmailBody. The current (1.0.0)
    API documentation speaks of returning the created email record. The wrapper is what the schema
    declares, with both members optional.

    **Required fields.** The older page marks nothing as required and shows no body field; newer
    documentation requires `sender_profile_uuid`, `lead_uuid`, `from_name`, `from_email`, `to_name`,
    `to_email` and `subject`, and adds `body` (HTML allowed) and `attachments`. Which mailbox sends is
    not a documented field; presumably it is the sender profile's mailbox for `from_email`.

    `POST /emails/api/emails/send-email` (sendEmail).
    Args:
        body (SendEmailBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        SendEmailResponse201
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendEmailBody,
) -> Response[SendEmailResponse201]:
    """Send an email

     Sends an email from a sender's mailbox to a contact, with optional CC and BCC recipients. The
    current (1.0.0) API documentation also mentions templates and replies within a thread, without
    publishing the field names for them. The email is validated and queued for delivery; it starts in
    status `waiting`.

    **Response shape.** The older documentation and other published documentation answer 201 with a
    wrapper `{emailDomain, emailBodyDomain}`: the created Email and its EmailBody. The current (1.0.0)
    API documentation speaks of returning the created email record. The wrapper is what the schema
    declares, with both members optional.

    **Required fields.** The older page marks nothing as required and shows no body field; newer
    documentation requires `sender_profile_uuid`, `lead_uuid`, `from_name`, `from_email`, `to_name`,
    `to_email` and `subject`, and adds `body` (HTML allowed) and `attachments`. Which mailbox sends is
    not a documented field; presumably it is the sender profile's mailbox for `from_email`.

    `POST /emails/api/emails/send-email` (sendEmail).
    Args:
        body (SendEmailBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[SendEmailResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendEmailBody,
) -> SendEmailResponse201:
    """Send an email

     Sends an email from a sender's mailbox to a contact, with optional CC and BCC recipients. The
    current (1.0.0) API documentation also mentions templates and replies within a thread, without
    publishing the field names for them. The email is validated and queued for delivery; it starts in
    status `waiting`.

    **Response shape.** The older documentation and other published documentation answer 201 with a
    wrapper `{emailDomain, emailBodyDomain}`: the created Email and its EmailBody. The current (1.0.0)
    API documentation speaks of returning the created email record. The wrapper is what the schema
    declares, with both members optional.

    **Required fields.** The older page marks nothing as required and shows no body field; newer
    documentation requires `sender_profile_uuid`, `lead_uuid`, `from_name`, `from_email`, `to_name`,
    `to_email` and `subject`, and adds `body` (HTML allowed) and `attachments`. Which mailbox sends is
    not a documented field; presumably it is the sender profile's mailbox for `from_email`.

    `POST /emails/api/emails/send-email` (sendEmail).
    Args:
        body (SendEmailBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        SendEmailResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
