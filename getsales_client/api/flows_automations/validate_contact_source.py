from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.validate_contact_source_body import ValidateContactSourceBody
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: ValidateContactSourceBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/flow-versions/validate-contact-source",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

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
) -> Response[Any | ErrorEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ValidateContactSourceBody,
) -> Response[Any | ErrorEnvelope]:
    """Validate a contact source

     Checks a contact source configuration (its sender profiles, rotation strategy and limits) before the
    version is saved. Nothing is stored. Answers 200 when valid and 422 otherwise.

    The current (1.0.0) API documentation describes the input as a contact source configuration, while
    other published documentation shows a body of `{id, type, options}`. The request schema accepts
    both: `id`, `type` and `options` are declared and further contact-source keys are allowed.

    Args:
        body (ValidateContactSourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ValidateContactSourceBody,
) -> Any | ErrorEnvelope | None:
    """Validate a contact source

     Checks a contact source configuration (its sender profiles, rotation strategy and limits) before the
    version is saved. Nothing is stored. Answers 200 when valid and 422 otherwise.

    The current (1.0.0) API documentation describes the input as a contact source configuration, while
    other published documentation shows a body of `{id, type, options}`. The request schema accepts
    both: `id`, `type` and `options` are declared and further contact-source keys are allowed.

    Args:
        body (ValidateContactSourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ValidateContactSourceBody,
) -> Response[Any | ErrorEnvelope]:
    """Validate a contact source

     Checks a contact source configuration (its sender profiles, rotation strategy and limits) before the
    version is saved. Nothing is stored. Answers 200 when valid and 422 otherwise.

    The current (1.0.0) API documentation describes the input as a contact source configuration, while
    other published documentation shows a body of `{id, type, options}`. The request schema accepts
    both: `id`, `type` and `options` are declared and further contact-source keys are allowed.

    Args:
        body (ValidateContactSourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ValidateContactSourceBody,
) -> Any | ErrorEnvelope | None:
    """Validate a contact source

     Checks a contact source configuration (its sender profiles, rotation strategy and limits) before the
    version is saved. Nothing is stored. Answers 200 when valid and 422 otherwise.

    The current (1.0.0) API documentation describes the input as a contact source configuration, while
    other published documentation shows a body of `{id, type, options}`. The request schema accepts
    both: `id`, `type` and `options` are declared and further contact-source keys are allowed.

    Args:
        body (ValidateContactSourceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
