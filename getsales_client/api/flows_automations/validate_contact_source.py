from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.validate_contact_source_body import ValidateContactSourceBody
from ...types import (
    OPERATION_EXTENSION,
    Response,
    status_code_of,
)


def _get_kwargs(
    *,
    body: ValidateContactSourceBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/flow-versions/validate-contact-source",
        "extensions": {OPERATION_EXTENSION: "validate_contact_source"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> None:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)


def _build_response(response: httpx.Response) -> Response[None]:
    _parse_response(response)
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=None,
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ValidateContactSourceBody,
) -> Response[None]:
    """Validate a contact source

     Checks a contact source configuration (its sender profiles, rotation strategy and limits) before the
    version is saved. Nothing is stored. Answers 200 when valid and 422 otherwise.

    The current (1.0.0) API documentation describes the input as a contact source configuration, while
    other published documentation shows a body of `{id, type, options}`. The request schema accepts
    both: `id`, `type` and `options` are declared and further contact-source keys are allowed.

    `POST /flows/api/flow-versions/validate-contact-source` (validateContactSource).
    Args:
        body (ValidateContactSourceBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ValidateContactSourceBody,
) -> None:
    """Validate a contact source

     Checks a contact source configuration (its sender profiles, rotation strategy and limits) before the
    version is saved. Nothing is stored. Answers 200 when valid and 422 otherwise.

    The current (1.0.0) API documentation describes the input as a contact source configuration, while
    other published documentation shows a body of `{id, type, options}`. The request schema accepts
    both: `id`, `type` and `options` are declared and further contact-source keys are allowed.

    `POST /flows/api/flow-versions/validate-contact-source` (validateContactSource).
    Args:
        body (ValidateContactSourceBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        None
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ValidateContactSourceBody,
) -> Response[None]:
    """Validate a contact source

     Checks a contact source configuration (its sender profiles, rotation strategy and limits) before the
    version is saved. Nothing is stored. Answers 200 when valid and 422 otherwise.

    The current (1.0.0) API documentation describes the input as a contact source configuration, while
    other published documentation shows a body of `{id, type, options}`. The request schema accepts
    both: `id`, `type` and `options` are declared and further contact-source keys are allowed.

    `POST /flows/api/flow-versions/validate-contact-source` (validateContactSource).
    Args:
        body (ValidateContactSourceBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[None]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ValidateContactSourceBody,
) -> None:
    """Validate a contact source

     Checks a contact source configuration (its sender profiles, rotation strategy and limits) before the
    version is saved. Nothing is stored. Answers 200 when valid and 422 otherwise.

    The current (1.0.0) API documentation describes the input as a contact source configuration, while
    other published documentation shows a body of `{id, type, options}`. The request schema accepts
    both: `id`, `type` and `options` are declared and further contact-source keys are allowed.

    `POST /flows/api/flow-versions/validate-contact-source` (validateContactSource).
    Args:
        body (ValidateContactSourceBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        None
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
