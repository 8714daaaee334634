from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.mass_action_leads_body import MassActionLeadsBody
from ...models.mass_action_leads_response_200 import MassActionLeadsResponse200
from ...types import Response, status_code_of


def _get_kwargs(
    *,
    body: MassActionLeadsBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/leads/api/leads/mass-action",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | MassActionLeadsResponse200 | None:
    if response.status_code == 200:
        response_200 = MassActionLeadsResponse200.from_dict(response.json())

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
) -> Response[ErrorEnvelope | MassActionLeadsResponse200]:
    return Response(
        status_code=status_code_of(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MassActionLeadsBody,
) -> Response[ErrorEnvelope | MassActionLeadsResponse200]:
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

    Args:
        body (MassActionLeadsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MassActionLeadsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = client.get_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: MassActionLeadsBody,
) -> ErrorEnvelope | MassActionLeadsResponse200 | None:
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

    Args:
        body (MassActionLeadsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MassActionLeadsResponse200
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MassActionLeadsBody,
) -> Response[ErrorEnvelope | MassActionLeadsResponse200]:
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

    Args:
        body (MassActionLeadsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | MassActionLeadsResponse200]
    """

    kwargs = _get_kwargs(
        body=body,
    )
    response = await client.get_async_httpx_client().request(**kwargs)
    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MassActionLeadsBody,
) -> ErrorEnvelope | MassActionLeadsResponse200 | None:
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

    Args:
        body (MassActionLeadsBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | MassActionLeadsResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
