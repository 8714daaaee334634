from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LeadFilter")


@_attrs_define
class LeadFilter:
    """Contact filter. Besides the keys below, any contact field can be used as a key. A value may be a scalar (equals), an
    array (any of), an operator object such as `{">=": "2025-01-01"}`, or the strings `is_null` / `is_not_null`.

        Attributes:
            q (str | Unset): Full-text search over name, email, position, headline and about. Example: CTO.
            uuid (Any | Unset): Contact UUID, or an array of UUIDs.
            list_uuid (Any | Unset): List UUID, or an array of them.
            pipeline_stage_uuid (Any | Unset): Pipeline stage UUID, or an array of them.
            tags (Any | Unset): Tag UUIDs the contact must carry.
    """

    q: str | Unset = UNSET
    uuid: Any | Unset = UNSET
    list_uuid: Any | Unset = UNSET
    pipeline_stage_uuid: Any | Unset = UNSET
    tags: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        q = self.q

        uuid = self.uuid

        list_uuid = self.list_uuid

        pipeline_stage_uuid = self.pipeline_stage_uuid

        tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if q is not UNSET:
            field_dict["q"] = q
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if list_uuid is not UNSET:
            field_dict["list_uuid"] = list_uuid
        if pipeline_stage_uuid is not UNSET:
            field_dict["pipeline_stage_uuid"] = pipeline_stage_uuid
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        q = d.pop("q", UNSET)

        uuid = d.pop("uuid", UNSET)

        list_uuid = d.pop("list_uuid", UNSET)

        pipeline_stage_uuid = d.pop("pipeline_stage_uuid", UNSET)

        tags = d.pop("tags", UNSET)

        lead_filter = cls(
            q=q,
            uuid=uuid,
            list_uuid=list_uuid,
            pipeline_stage_uuid=pipeline_stage_uuid,
            tags=tags,
        )

        lead_filter.additional_properties = d
        return lead_filter

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
