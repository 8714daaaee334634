from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.linked_in_browser import LinkedInBrowser
from ...types import UNSET, Response, Unset, status_code_of


def _get_kwargs(
    id: int,
    *,
    show_all_fields: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}
    params["show_all_fields"] = show_all_fields

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/browsers/api/linkedin-browsers/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | LinkedInBrowser | None:
    if response.status_code == 200:
        response_200 = LinkedInBrowser.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = ErrorEnvelope.from_dict(response.json())

        return response_404

    if response.status_code == 422:
        response_422 = ErrorEnvelope.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ErrorEnvelope | LinkedInBrowser]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    show_all_fields: bool | Unset = UNSET,
) -> Response[ErrorEnvelope | LinkedInBrowser]:
    """Get browser by ID

     Returns one LinkedIn browser by its numeric id. The sensitive fields `linkedin_login`,
    `linkedin_password` and `ln_code` are left out unless `show_all_fields=true` is passed. Answers 404
    when it does not exist.

    Args:
        id (int): Numeric id of the browser.
        show_all_fields (bool | Unset): Include the LinkedIn login, password and verification code
            in the answer.

            Server default: `false`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LinkedInBrowser]
    """

    kwargs = _get_kwargs(
        id=id,
        show_all_fields=show_all_fields,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    show_all_fields: bool | Unset = UNSET,
) -> ErrorEnvelope | LinkedInBrowser | None:
    """Get browser by ID

     Returns one LinkedIn browser by its numeric id. The sensitive fields `linkedin_login`,
    `linkedin_password` and `ln_code` are left out unless `show_all_fields=true` is passed. Answers 404
    when it does not exist.

    Args:
        id (int): Numeric id of the browser.
        show_all_fields (bool | Unset): Include the LinkedIn login, password and verification code
            in the answer.

            Server default: `false`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LinkedInBrowser
    """

    return sync_detailed(
        id=id,
        client=client,
        show_all_fields=show_all_fields,
    ).parsed


async def asyncio_detailed(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    show_all_fields: bool | Unset = UNSET,
) -> Response[ErrorEnvelope | LinkedInBrowser]:
    """Get browser by ID

     Returns one LinkedIn browser by its numeric id. The sensitive fields `linkedin_login`,
    `linkedin_password` and `ln_code` are left out unless `show_all_fields=true` is passed. Answers 404
    when it does not exist.

    Args:
        id (int): Numeric id of the browser.
        show_all_fields (bool | Unset): Include the LinkedIn login, password and verification code
            in the answer.

            Server default: `false`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | LinkedInBrowser]
    """

    kwargs = _get_kwargs(
        id=id,
        show_all_fields=show_all_fields,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    id: int,
    *,
    client: AuthenticatedClient | Client,
    show_all_fields: bool | Unset = UNSET,
) -> ErrorEnvelope | LinkedInBrowser | None:
    """Get browser by ID

     Returns one LinkedIn browser by its numeric id. The sensitive fields `linkedin_login`,
    `linkedin_password` and `ln_code` are left out unless `show_all_fields=true` is passed. Answers 404
    when it does not exist.

    Args:
        id (int): Numeric id of the browser.
        show_all_fields (bool | Unset): Include the LinkedIn login, password and verification code
            in the answer.

            Server default: `false`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | LinkedInBrowser
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            show_all_fields=show_all_fields,
        )
    ).parsed
