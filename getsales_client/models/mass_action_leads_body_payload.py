from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="MassActionLeadsBodyPayload")


@_attrs_define
class MassActionLeadsBodyPayload:
    """Arguments of the chosen operation (see the table).

    Attributes:
        added_tags (list[str] | Unset): Tags to add (`contact_add_tags`).
        removed_tags (list[str] | Unset): Tags to remove (`contact_remove_tags`).
        tags (list[str] | Unset): Tags that replace the current set (`contact_replace_tags`).
        tag_uuid (str | Unset): Tag UUID to add or remove, in the alternative spelling of the tag actions.
        tag_uuids (list[str] | Unset): Tag UUIDs that replace the current set, in the alternative spelling.
        list_uuid (str | Unset): Destination list (`contact_change_list`).
        pipeline_stage_uuid (str | Unset): New pipeline stage (`contact_change_pipeline_stage`).
        custom_field_uuid (str | Unset): Custom field to set (`contact_change_custom_field`).
        value (Any | Unset): Value written to the custom field (`contact_change_custom_field`).
        flow_uuid (str | Unset): Flow to enroll the contacts in (`contact_add_to_flow`).
        flow_uuids (list[str] | Unset): Flows to take the contacts out of (`contact_cancel_from_flows`).
        ai_agent_uuid (str | Unset): AI agent to assign (`contact_assign_ai_agent`).
        reason (str | Unset): Why the contacts are deleted (`contact_delete`).
    """

    added_tags: list[str] | Unset = UNSET
    removed_tags: list[str] | Unset = UNSET
    tags: list[str] | Unset = UNSET
    tag_uuid: str | Unset = UNSET
    tag_uuids: list[str] | Unset = UNSET
    list_uuid: str | Unset = UNSET
    pipeline_stage_uuid: str | Unset = UNSET
    custom_field_uuid: str | Unset = UNSET
    value: Any | Unset = UNSET
    flow_uuid: str | Unset = UNSET
    flow_uuids: list[str] | Unset = UNSET
    ai_agent_uuid: str | Unset = UNSET
    reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        added_tags: list[str] | Unset = UNSET
        if not isinstance(self.added_tags, Unset):
            added_tags = self.added_tags

        removed_tags: list[str] | Unset = UNSET
        if not isinstance(self.removed_tags, Unset):
            removed_tags = self.removed_tags

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        tag_uuid = self.tag_uuid

        tag_uuids: list[str] | Unset = UNSET
        if not isinstance(self.tag_uuids, Unset):
            tag_uuids = self.tag_uuids

        list_uuid = self.list_uuid

        pipeline_stage_uuid = self.pipeline_stage_uuid

        custom_field_uuid = self.custom_field_uuid

        value = self.value

        flow_uuid = self.flow_uuid

        flow_uuids: list[str] | Unset = UNSET
        if not isinstance(self.flow_uuids, Unset):
            flow_uuids = self.flow_uuids

        ai_agent_uuid = self.ai_agent_uuid

        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if added_tags is not UNSET:
            field_dict["added_tags"] = added_tags
        if removed_tags is not UNSET:
            field_dict["removed_tags"] = removed_tags
        if tags is not UNSET:
            field_dict["tags"] = tags
        if tag_uuid is not UNSET:
            field_dict["tag_uuid"] = tag_uuid
        if tag_uuids is not UNSET:
            field_dict["tag_uuids"] = tag_uuids
        if list_uuid is not UNSET:
            field_dict["list_uuid"] = list_uuid
        if pipeline_stage_uuid is not UNSET:
            field_dict["pipeline_stage_uuid"] = pipeline_stage_uuid
        if custom_field_uuid is not UNSET:
            field_dict["custom_field_uuid"] = custom_field_uuid
        if value is not UNSET:
            field_dict["value"] = value
        if flow_uuid is not UNSET:
            field_dict["flow_uuid"] = flow_uuid
        if flow_uuids is not UNSET:
            field_dict["flow_uuids"] = flow_uuids
        if ai_agent_uuid is not UNSET:
            field_dict["ai_agent_uuid"] = ai_agent_uuid
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        added_tags = cast(list[str], d.pop("added_tags", UNSET))

        removed_tags = cast(list[str], d.pop("removed_tags", UNSET))

        tags = cast(list[str], d.pop("tags", UNSET))

        tag_uuid = d.pop("tag_uuid", UNSET)

        tag_uuids = cast(list[str], d.pop("tag_uuids", UNSET))

        list_uuid = d.pop("list_uuid", UNSET)

        pipeline_stage_uuid = d.pop("pipeline_stage_uuid", UNSET)

        custom_field_uuid = d.pop("custom_field_uuid", UNSET)

        value = d.pop("value", UNSET)

        flow_uuid = d.pop("flow_uuid", UNSET)

        flow_uuids = cast(list[str], d.pop("flow_uuids", UNSET))

        ai_agent_uuid = d.pop("ai_agent_uuid", UNSET)

        reason = d.pop("reason", UNSET)

        mass_action_leads_body_payload = cls(
            added_tags=added_tags,
            removed_tags=removed_tags,
            tags=tags,
            tag_uuid=tag_uuid,
            tag_uuids=tag_uuids,
            list_uuid=list_uuid,
            pipeline_stage_uuid=pipeline_stage_uuid,
            custom_field_uuid=custom_field_uuid,
            value=value,
            flow_uuid=flow_uuid,
            flow_uuids=flow_uuids,
            ai_agent_uuid=ai_agent_uuid,
            reason=reason,
        )

        mass_action_leads_body_payload.additional_properties = d
        return mass_action_leads_body_payload

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
