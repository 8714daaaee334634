from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.send_email_body import SendEmailBody
from ...models.send_email_response_201 import SendEmailResponse201
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: SendEmailBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/emails/api/emails/send-email",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SendEmailResponse201 | None:
    if response.status_code == 201:
        response_201 = SendEmailResponse201.from_dict(response.json())

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
) -> Response[ErrorEnvelope | SendEmailResponse201]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendEmailBody,
) -> Response[ErrorEnvelope | SendEmailResponse201]:
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

    Args:
        body (SendEmailBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SendEmailResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: SendEmailBody,
) -> ErrorEnvelope | SendEmailResponse201 | None:
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

    Args:
        body (SendEmailBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SendEmailResponse201
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SendEmailBody,
) -> Response[ErrorEnvelope | SendEmailResponse201]:
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

    Args:
        body (SendEmailBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SendEmailResponse201]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SendEmailBody,
) -> ErrorEnvelope | SendEmailResponse201 | None:
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

    Args:
        body (SendEmailBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SendEmailResponse201
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
