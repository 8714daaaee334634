from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListFlowLeadsBodyFilter")


@_attrs_define
class ListFlowLeadsBodyFilter:
    """Filter object; every key takes a list of values.

    Attributes:
        flow_uuid (list[str] | Unset): Automation UUIDs to include. Example: ['fdf934db-5ee6-5b7c-b5c7-e0ca4b36a2db'].
        lead_uuid (list[str] | Unset): Contact UUIDs to include.
        status (list[str] | Unset): Enrolment statuses to include.
        sender_profile_uuid (list[str] | Unset): Sender profile UUIDs to include.
    """

    flow_uuid: list[str] | Unset = UNSET
    lead_uuid: list[str] | Unset = UNSET
    status: list[str] | Unset = UNSET
    sender_profile_uuid: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        flow_uuid: list[str] | Unset = UNSET
        if not isinstance(self.flow_uuid, Unset):
            flow_uuid = self.flow_uuid

        lead_uuid: list[str] | Unset = UNSET
        if not isinstance(self.lead_uuid, Unset):
            lead_uuid = self.lead_uuid

        status: list[str] | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status

        sender_profile_uuid: list[str] | Unset = UNSET
        if not isinstance(self.sender_profile_uuid, Unset):
            sender_profile_uuid = self.sender_profile_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if flow_uuid is not UNSET:
            field_dict["flow_uuid"] = flow_uuid
        if lead_uuid is not UNSET:
            field_dict["lead_uuid"] = lead_uuid
        if status is not UNSET:
            field_dict["status"] = status
        if sender_profile_uuid is not UNSET:
            field_dict["sender_profile_uuid"] = sender_profile_uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        flow_uuid = cast(list[str], d.pop("flow_uuid", UNSET))

        lead_uuid = cast(list[str], d.pop("lead_uuid", UNSET))

        status = cast(list[str], d.pop("status", UNSET))

        sender_profile_uuid = cast(list[str], d.pop("sender_profile_uuid", UNSET))

        list_flow_leads_body_filter = cls(
            flow_uuid=flow_uuid,
            lead_uuid=lead_uuid,
            status=status,
            sender_profile_uuid=sender_profile_uuid,
        )

        list_flow_leads_body_filter.additional_properties = d
        return list_flow_leads_body_filter

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
