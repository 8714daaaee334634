from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_new_lead_to_flow_body import AddNewLeadToFlowBody
from ...models.add_new_lead_to_flow_response_200_type_0 import (
    AddNewLeadToFlowResponse200Type0,
)
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    path_segment,
    status_code_of,
)


def _get_kwargs(
    flow_uuid: str,
    *,
    body: AddNewLeadToFlowBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/flows/api/flows/{flow_uuid}/add-new-lead".format(
            flow_uuid=path_segment(flow_uuid, "flowUuid", "addNewLeadToFlow"),
        ),
        "extensions": {OPERATION_EXTENSION: "add_new_lead_to_flow"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    response: httpx.Response,
) -> AddNewLeadToFlowResponse200Type0 | None:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    if not response.content.strip():
        return None  # the documented answer without a body
    data = decode_json(response)
    try:

        def _parse_response_200(
            data: object,
        ) -> AddNewLeadToFlowResponse200Type0 | None:
            if data is None:
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = AddNewLeadToFlowResponse200Type0.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"response_200: {type(data).__name__} is not AddNewLeadToFlowResponse200Type0 | None ({problem!r})"
            )

        response_200 = _parse_response_200(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented AddNewLeadToFlowResponse200Type0 | None ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(
    response: httpx.Response,
) -> Response[AddNewLeadToFlowResponse200Type0 | None]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    flow_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddNewLeadToFlowBody,
) -> Response[AddNewLeadToFlowResponse200Type0 | None]:
    """Create and add contact to flow

     Creates a contact, or updates it if it already exists, and enrols it in the automation in the same
    call, instead of a separate create followed by an add.

    With `skip_if_lead_exists` set to true and a matching contact that was created more than 10 seconds
    earlier, nothing happens and the answer is 200 with `{"reason": "skipped"}`. Otherwise a successful
    call answers 204 with no body. Both outcomes are declared as success. Validation problems give 422.

    The flag that controls updating is called `update_lead_if_exists` here, unlike `update_if_exists` on
    the contact upsert endpoint. `custom_fields` is documented beside `lead` at the top level, while the
    contact-creation examples nest custom fields inside the contact.

    `POST /flows/api/flows/{flowUuid}/add-new-lead` (addNewLeadToFlow).
    Args:
        flow_uuid (str): UUID of the automation.
        body (AddNewLeadToFlowBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[AddNewLeadToFlowResponse200Type0 | None]
    """

    kwargs = _get_kwargs(
        flow_uuid=flow_uuid,
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    flow_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddNewLeadToFlowBody,
) -> AddNewLeadToFlowResponse200Type0 | None:
    """Create and add contact to flow

     Creates a contact, or updates it if it already exists, and enrols it in the automation in the same
    call, instead of a separate create followed by an add.

    With `skip_if_lead_exists` set to true and a matching contact that was created more than 10 seconds
    earlier, nothing happens and the answer is 200 with `{"reason": "skipped"}`. Otherwise a successful
    call answers 204 with no body. Both outcomes are declared as success. Validation problems give 422.

    The flag that controls updating is called `update_lead_if_exists` here, unlike `update_if_exists` on
    the contact upsert endpoint. `custom_fields` is documented beside `lead` at the top level, while the
    contact-creation examples nest custom fields inside the contact.

    `POST /flows/api/flows/{flowUuid}/add-new-lead` (addNewLeadToFlow).
    Args:
        flow_uuid (str): UUID of the automation.
        body (AddNewLeadToFlowBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        AddNewLeadToFlowResponse200Type0 | None
    """

    return sync_detailed(
        flow_uuid=flow_uuid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    flow_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddNewLeadToFlowBody,
) -> Response[AddNewLeadToFlowResponse200Type0 | None]:
    """Create and add contact to flow

     Creates a contact, or updates it if it already exists, and enrols it in the automation in the same
    call, instead of a separate create followed by an add.

    With `skip_if_lead_exists` set to true and a matching contact that was created more than 10 seconds
    earlier, nothing happens and the answer is 200 with `{"reason": "skipped"}`. Otherwise a successful
    call answers 204 with no body. Both outcomes are declared as success. Validation problems give 422.

    The flag that controls updating is called `update_lead_if_exists` here, unlike `update_if_exists` on
    the contact upsert endpoint. `custom_fields` is documented beside `lead` at the top level, while the
    contact-creation examples nest custom fields inside the contact.

    `POST /flows/api/flows/{flowUuid}/add-new-lead` (addNewLeadToFlow).
    Args:
        flow_uuid (str): UUID of the automation.
        body (AddNewLeadToFlowBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[AddNewLeadToFlowResponse200Type0 | None]
    """

    kwargs = _get_kwargs(
        flow_uuid=flow_uuid,
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    flow_uuid: str,
    *,
    client: AuthenticatedClient | Client,
    body: AddNewLeadToFlowBody,
) -> AddNewLeadToFlowResponse200Type0 | None:
    """Create and add contact to flow

     Creates a contact, or updates it if it already exists, and enrols it in the automation in the same
    call, instead of a separate create followed by an add.

    With `skip_if_lead_exists` set to true and a matching contact that was created more than 10 seconds
    earlier, nothing happens and the answer is 200 with `{"reason": "skipped"}`. Otherwise a successful
    call answers 204 with no body. Both outcomes are declared as success. Validation problems give 422.

    The flag that controls updating is called `update_lead_if_exists` here, unlike `update_if_exists` on
    the contact upsert endpoint. `custom_fields` is documented beside `lead` at the top level, while the
    contact-creation examples nest custom fields inside the contact.

    `POST /flows/api/flows/{flowUuid}/add-new-lead` (addNewLeadToFlow).
    Args:
        flow_uuid (str): UUID of the automation.
        body (AddNewLeadToFlowBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        AddNewLeadToFlowResponse200Type0 | None
    """

    return (
        await asyncio_detailed(
            flow_uuid=flow_uuid,
            client=client,
            body=body,
        )
    ).parsed
