from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mass_action_leads_body import MassActionLeadsBody
from ...models.mass_action_leads_response_200 import MassActionLeadsResponse200
from ...types import (
    OPERATION_EXTENSION,
    PARSE_ERRORS,
    Response,
    decode_json,
    status_code_of,
)


def _get_kwargs(
    *,
    body: MassActionLeadsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/leads/api/leads/mass-action",
        "extensions": {OPERATION_EXTENSION: "mass_action_leads"},
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(response: httpx.Response) -> MassActionLeadsResponse200:
    if not 200 <= response.status_code <= 299:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    data = decode_json(response)
    try:
        if not isinstance(data, dict):
            raise TypeError(f"expected an object, got {type(data).__name__}")
        response_200 = MassActionLeadsResponse200.from_dict(data)

    except PARSE_ERRORS as exc:
        problem = f"a body that is not the documented MassActionLeadsResponse200 ({type(exc).__name__}: {exc})"
        raise errors.MalformedResponseError.for_response(
            response, problem[:300]
        ) from None
    return response_200


def _build_response(response: httpx.Response) -> Response[MassActionLeadsResponse200]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MassActionLeadsBody,
) -> Response[MassActionLeadsResponse200]:
    """Bulk action on contacts

     Applies one operation to many contacts at once. Pick the contacts with
    `filter` (a list of UUIDs as `{ids: [...]}`, or `{all: true}` combined with
    search conditions), name the operation in `type`, and put its arguments in
    `payload`.

    Large selections are queued and run in the background; the answer then holds a
    `mass_action` object you can use to follow progress. Small selections are
    applied immediately. The body of an immediate answer is not documented.

    | `type` | `payload` | What happens |
    |---|---|---|
    | `contact_add_tags` | `added_tags`: array of strings | Tags are added |
    | `contact_remove_tags` | `removed_tags`: array of strings | Tags are removed |
    | `contact_replace_tags` | `tags`: array of strings | The tag set is replaced |
    | `contact_change_list` | `list_uuid` | Contacts move to another list |
    | `contact_change_pipeline_stage` | `pipeline_stage_uuid` | Pipeline stage changes |
    | `contact_change_custom_field` | `custom_field_uuid`, `value` | A custom field is set |
    | `contact_add_to_flow` | `flow_uuid` | Contacts are enrolled in a flow |
    | `contact_cancel_from_flows` | `flow_uuids`: array of strings | Contacts leave the given flows |
    | `contact_assign_ai_agent` | `ai_agent_uuid` | An AI agent is assigned |
    | `contact_cancel_ai_agent` | none | The AI agent is removed |
    | `contact_delete` | `reason` | Contacts are deleted |
    | `contact_export_csv` | none | Contacts are exported to CSV |

    Published descriptions disagree in two places. For the tag actions, the 1.0.0
    documentation uses the `added_tags`, `removed_tags` and `tags` arrays, while
    another description uses `tag_uuid` (add/remove) and `tag_uuids` (replace);
    `payload` is an open object, so either spelling can be sent. For the action
    types, `contact_assign_ai_agent` and `contact_cancel_ai_agent` come from the
    1.0.0 documentation and `contact_mark_read` only from the other description;
    treat the set of types as open.

    `PUT /leads/api/leads/mass-action` (massActionLeads).
    Args:
        body (MassActionLeadsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[MassActionLeadsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: MassActionLeadsBody,
) -> MassActionLeadsResponse200:
    """Bulk action on contacts

     Applies one operation to many contacts at once. Pick the contacts with
    `filter` (a list of UUIDs as `{ids: [...]}`, or `{all: true}` combined with
    search conditions), name the operation in `type`, and put its arguments in
    `payload`.

    Large selections are queued and run in the background; the answer then holds a
    `mass_action` object you can use to follow progress. Small selections are
    applied immediately. The body of an immediate answer is not documented.

    | `type` | `payload` | What happens |
    |---|---|---|
    | `contact_add_tags` | `added_tags`: array of strings | Tags are added |
    | `contact_remove_tags` | `removed_tags`: array of strings | Tags are removed |
    | `contact_replace_tags` | `tags`: array of strings | The tag set is replaced |
    | `contact_change_list` | `list_uuid` | Contacts move to another list |
    | `contact_change_pipeline_stage` | `pipeline_stage_uuid` | Pipeline stage changes |
    | `contact_change_custom_field` | `custom_field_uuid`, `value` | A custom field is set |
    | `contact_add_to_flow` | `flow_uuid` | Contacts are enrolled in a flow |
    | `contact_cancel_from_flows` | `flow_uuids`: array of strings | Contacts leave the given flows |
    | `contact_assign_ai_agent` | `ai_agent_uuid` | An AI agent is assigned |
    | `contact_cancel_ai_agent` | none | The AI agent is removed |
    | `contact_delete` | `reason` | Contacts are deleted |
    | `contact_export_csv` | none | Contacts are exported to CSV |

    Published descriptions disagree in two places. For the tag actions, the 1.0.0
    documentation uses the `added_tags`, `removed_tags` and `tags` arrays, while
    another description uses `tag_uuid` (add/remove) and `tag_uuids` (replace);
    `payload` is an open object, so either spelling can be sent. For the action
    types, `contact_assign_ai_agent` and `contact_cancel_ai_agent` come from the
    1.0.0 documentation and `contact_mark_read` only from the other description;
    treat the set of types as open.

    `PUT /leads/api/leads/mass-action` (massActionLeads).
    Args:
        body (MassActionLeadsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        MassActionLeadsResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MassActionLeadsBody,
) -> Response[MassActionLeadsResponse200]:
    """Bulk action on contacts

     Applies one operation to many contacts at once. Pick the contacts with
    `filter` (a list of UUIDs as `{ids: [...]}`, or `{all: true}` combined with
    search conditions), name the operation in `type`, and put its arguments in
    `payload`.

    Large selections are queued and run in the background; the answer then holds a
    `mass_action` object you can use to follow progress. Small selections are
    applied immediately. The body of an immediate answer is not documented.

    | `type` | `payload` | What happens |
    |---|---|---|
    | `contact_add_tags` | `added_tags`: array of strings | Tags are added |
    | `contact_remove_tags` | `removed_tags`: array of strings | Tags are removed |
    | `contact_replace_tags` | `tags`: array of strings | The tag set is replaced |
    | `contact_change_list` | `list_uuid` | Contacts move to another list |
    | `contact_change_pipeline_stage` | `pipeline_stage_uuid` | Pipeline stage changes |
    | `contact_change_custom_field` | `custom_field_uuid`, `value` | A custom field is set |
    | `contact_add_to_flow` | `flow_uuid` | Contacts are enrolled in a flow |
    | `contact_cancel_from_flows` | `flow_uuids`: array of strings | Contacts leave the given flows |
    | `contact_assign_ai_agent` | `ai_agent_uuid` | An AI agent is assigned |
    | `contact_cancel_ai_agent` | none | The AI agent is removed |
    | `contact_delete` | `reason` | Contacts are deleted |
    | `contact_export_csv` | none | Contacts are exported to CSV |

    Published descriptions disagree in two places. For the tag actions, the 1.0.0
    documentation uses the `added_tags`, `removed_tags` and `tags` arrays, while
    another description uses `tag_uuid` (add/remove) and `tag_uuids` (replace);
    `payload` is an open object, so either spelling can be sent. For the action
    types, `contact_assign_ai_agent` and `contact_cancel_ai_agent` come from the
    1.0.0 documentation and `contact_mark_read` only from the other description;
    treat the set of types as open.

    `PUT /leads/api/leads/mass-action` (massActionLeads).
    Args:
        body (MassActionLeadsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        Response[MassActionLeadsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MassActionLeadsBody,
) -> MassActionLeadsResponse200:
    """Bulk action on contacts

     Applies one operation to many contacts at once. Pick the contacts with
    `filter` (a list of UUIDs as `{ids: [...]}`, or `{all: true}` combined with
    search conditions), name the operation in `type`, and put its arguments in
    `payload`.

    Large selections are queued and run in the background; the answer then holds a
    `mass_action` object you can use to follow progress. Small selections are
    applied immediately. The body of an immediate answer is not documented.

    | `type` | `payload` | What happens |
    |---|---|---|
    | `contact_add_tags` | `added_tags`: array of strings | Tags are added |
    | `contact_remove_tags` | `removed_tags`: array of strings | Tags are removed |
    | `contact_replace_tags` | `tags`: array of strings | The tag set is replaced |
    | `contact_change_list` | `list_uuid` | Contacts move to another list |
    | `contact_change_pipeline_stage` | `pipeline_stage_uuid` | Pipeline stage changes |
    | `contact_change_custom_field` | `custom_field_uuid`, `value` | A custom field is set |
    | `contact_add_to_flow` | `flow_uuid` | Contacts are enrolled in a flow |
    | `contact_cancel_from_flows` | `flow_uuids`: array of strings | Contacts leave the given flows |
    | `contact_assign_ai_agent` | `ai_agent_uuid` | An AI agent is assigned |
    | `contact_cancel_ai_agent` | none | The AI agent is removed |
    | `contact_delete` | `reason` | Contacts are deleted |
    | `contact_export_csv` | none | Contacts are exported to CSV |

    Published descriptions disagree in two places. For the tag actions, the 1.0.0
    documentation uses the `added_tags`, `removed_tags` and `tags` arrays, while
    another description uses `tag_uuid` (add/remove) and `tag_uuids` (replace);
    `payload` is an open object, so either spelling can be sent. For the action
    types, `contact_assign_ai_agent` and `contact_cancel_ai_agent` come from the
    1.0.0 documentation and `contact_mark_read` only from the other description;
    treat the set of types as open.

    `PUT /leads/api/leads/mass-action` (massActionLeads).
    Args:
        body (MassActionLeadsBody):

    Raises:
        getsales_extras.APIStatusError: with a client from `getsales_extras.create_client`, for any
            error status (a subclass per status: `NotFoundError`, `ValidationError`...); plain
            clients raise `errors.UnexpectedStatus` instead.
        getsales_extras.APIConnectionError: no usable answer (`APITimeoutError` for a timeout).
        errors.MalformedResponseError: a success answer whose body is not the documented shape.
        errors.InvalidPathParameterError: an id that would reach another endpoint; nothing was sent.

    Returns:
        MassActionLeadsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
