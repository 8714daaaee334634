from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.company import Company
from ...models.update_company_body import UpdateCompanyBody
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    path_segment,
    status_code_of,
)


def _get_kwargs(
    uuid: str,
    *,
    body: UpdateCompanyBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/leads/api/companies/{uuid}".format(
            uuid=path_segment(uuid, "uuid", "updateCompany"),
        ),
        "extensions": {OPERATION_EXTENSION: "update_company"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> Company:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = Company.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = (
            f"a body that is not the documented Company ({type(exc).__name__}: {exc})"
        )
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[Company]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCompanyBody,
) -> Response[Company]:
    """Update a company

     Changes selected fields of a company. Only the fields you send are touched;
    the others keep their values. Custom field values go in `custom_fields`.

    `lead_status_uuid` is the company's pipeline stage, and `ln_id` is LinkedIn's
    numeric company ID. Returns the updated company; **404** if the UUID is
    unknown.

    `PUT /leads/api/companies/{uuid}` (updateCompany).
    Args:
        uuid (str): UUID of the company to change.
        body (UpdateCompanyBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[Company]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCompanyBody,
) -> Company:
    """Update a company

     Changes selected fields of a company. Only the fields you send are touched;
    the others keep their values. Custom field values go in `custom_fields`.

    `lead_status_uuid` is the company's pipeline stage, and `ln_id` is LinkedIn's
    numeric company ID. Returns the updated company; **404** if the UUID is
    unknown.

    `PUT /leads/api/companies/{uuid}` (updateCompany).
    Args:
        uuid (str): UUID of the company to change.
        body (UpdateCompanyBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Company
    """

    return sync_detailed(
        uuid=uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCompanyBody,
) -> Response[Company]:
    """Update a company

     Changes selected fields of a company. Only the fields you send are touched;
    the others keep their values. Custom field values go in `custom_fields`.

    `lead_status_uuid` is the company's pipeline stage, and `ln_id` is LinkedIn's
    numeric company ID. Returns the updated company; **404** if the UUID is
    unknown.

    `PUT /leads/api/companies/{uuid}` (updateCompany).
    Args:
        uuid (str): UUID of the company to change.
        body (UpdateCompanyBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[Company]
    """

    kwargs = _get_kwargs(
        uuid=uuid,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateCompanyBody,
) -> Company:
    """Update a company

     Changes selected fields of a company. Only the fields you send are touched;
    the others keep their values. Custom field values go in `custom_fields`.

    `lead_status_uuid` is the company's pipeline stage, and `ln_id` is LinkedIn's
    numeric company ID. Returns the updated company; **404** if the UUID is
    unknown.

    `PUT /leads/api/companies/{uuid}` (updateCompany).
    Args:
        uuid (str): UUID of the company to change.
        body (UpdateCompanyBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Company
    """

    return (
        await asyncio_detailed(
            uuid=uuid,
            client=client,
            body=body,
        )
    ).parsed
