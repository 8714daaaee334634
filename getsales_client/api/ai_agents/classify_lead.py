from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.classify_lead_body import ClassifyLeadBody
from ...models.classify_lead_response_200 import ClassifyLeadResponse200
from ...models.error_envelope import ErrorEnvelope
from ...types import Response, status_code_of


def _get_kwargs(
    uuid: UUID,
    *,
    body: ClassifyLeadBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/ai-agents/{uuid}/classify".format(
            uuid=quote(str(uuid), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ClassifyLeadResponse200 | ErrorEnvelope | None:
    if response.status_code == 200:
        response_200 = ClassifyLeadResponse200.from_dict(response.json())

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
) -> Response[ClassifyLeadResponse200 | ErrorEnvelope]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ClassifyLeadBody,
) -> Response[ClassifyLeadResponse200 | ErrorEnvelope]:
    """Classify Lead

     Hands a contact's profile to the AI agent for classification. The agent sorts it into one of its
    configured outcomes (positive, negative, neutral or fallback). The work happens asynchronously: the
    call only acknowledges the request, and the agent's metrics update as results come in.

    The fields of the submitted profile and of the acknowledgement are not published; both are described
    as free-form objects.

    Args:
        uuid (UUID): UUID of the AI agent.
        body (ClassifyLeadBody): The contact to classify. Field names are inferred.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClassifyLeadResponse200 | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ClassifyLeadBody,
) -> ClassifyLeadResponse200 | ErrorEnvelope | None:
    """Classify Lead

     Hands a contact's profile to the AI agent for classification. The agent sorts it into one of its
    configured outcomes (positive, negative, neutral or fallback). The work happens asynchronously: the
    call only acknowledges the request, and the agent's metrics update as results come in.

    The fields of the submitted profile and of the acknowledgement are not published; both are described
    as free-form objects.

    Args:
        uuid (UUID): UUID of the AI agent.
        body (ClassifyLeadBody): The contact to classify. Field names are inferred.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClassifyLeadResponse200 | ErrorEnvelope
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ClassifyLeadBody,
) -> Response[ClassifyLeadResponse200 | ErrorEnvelope]:
    """Classify Lead

     Hands a contact's profile to the AI agent for classification. The agent sorts it into one of its
    configured outcomes (positive, negative, neutral or fallback). The work happens asynchronously: the
    call only acknowledges the request, and the agent's metrics update as results come in.

    The fields of the submitted profile and of the acknowledgement are not published; both are described
    as free-form objects.

    Args:
        uuid (UUID): UUID of the AI agent.
        body (ClassifyLeadBody): The contact to classify. Field names are inferred.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ClassifyLeadResponse200 | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    uuid: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: ClassifyLeadBody,
) -> ClassifyLeadResponse200 | ErrorEnvelope | None:
    """Classify Lead

     Hands a contact's profile to the AI agent for classification. The agent sorts it into one of its
    configured outcomes (positive, negative, neutral or fallback). The work happens asynchronously: the
    call only acknowledges the request, and the agent's metrics update as results come in.

    The fields of the submitted profile and of the acknowledgement are not published; both are described
    as free-form objects.

    Args:
        uuid (UUID): UUID of the AI agent.
        body (ClassifyLeadBody): The contact to classify. Field names are inferred.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ClassifyLeadResponse200 | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
