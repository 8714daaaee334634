from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.add_new_lead_to_flow_body_custom_fields import (
        AddNewLeadToFlowBodyCustomFields,
    )
    from ..models.lead_input import LeadInput


T = TypeVar("T", bound="AddNewLeadToFlowBody")


@_attrs_define
class AddNewLeadToFlowBody:
    """
    Attributes:
        lead (LeadInput): Contact data accepted by the create and upsert endpoints.
        list_uuid (str): List the contact is placed in; required. Example: abd0d6a8-8dc1-5614-93c8-f2a54136f7b8.
        custom_fields (AddNewLeadToFlowBodyCustomFields | Unset): Custom field values keyed by field name.
        update_lead_if_exists (bool | Unset): Update the existing contact's data when a match is found (default true).

            Server default: `true`.
        move_to_list (bool | Unset): Move an existing contact into `list_uuid` (default false).

            Server default: `false`.
        flow_segment_id (int | Unset): Automation segment to enter; 1 when omitted.

            Server default: `1`. Example: 1.
        skip_if_lead_exists (bool | Unset): Do nothing when the contact already exists.
    """

    lead: LeadInput
    list_uuid: str
    custom_fields: AddNewLeadToFlowBodyCustomFields | Unset = UNSET
    update_lead_if_exists: bool | Unset = UNSET
    move_to_list: bool | Unset = UNSET
    flow_segment_id: int | Unset = UNSET
    skip_if_lead_exists: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lead = self.lead.to_dict()

        list_uuid = self.list_uuid

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        update_lead_if_exists = self.update_lead_if_exists

        move_to_list = self.move_to_list

        flow_segment_id = self.flow_segment_id

        skip_if_lead_exists = self.skip_if_lead_exists

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lead": lead,
                "list_uuid": list_uuid,
            }
        )
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields
        if update_lead_if_exists is not UNSET:
            field_dict["update_lead_if_exists"] = update_lead_if_exists
        if move_to_list is not UNSET:
            field_dict["move_to_list"] = move_to_list
        if flow_segment_id is not UNSET:
            field_dict["flow_segment_id"] = flow_segment_id
        if skip_if_lead_exists is not UNSET:
            field_dict["skip_if_lead_exists"] = skip_if_lead_exists

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.add_new_lead_to_flow_body_custom_fields import (
            AddNewLeadToFlowBodyCustomFields,
        )
        from ..models.lead_input import LeadInput

        d = dict(src_dict)
        lead = LeadInput.from_dict(d.pop("lead"))

        list_uuid = d.pop("list_uuid")

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: AddNewLeadToFlowBodyCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = AddNewLeadToFlowBodyCustomFields.from_dict(_custom_fields)

        update_lead_if_exists = d.pop("update_lead_if_exists", UNSET)

        move_to_list = d.pop("move_to_list", UNSET)

        flow_segment_id = d.pop("flow_segment_id", UNSET)

        skip_if_lead_exists = d.pop("skip_if_lead_exists", UNSET)

        add_new_lead_to_flow_body = cls(
            lead=lead,
            list_uuid=list_uuid,
            custom_fields=custom_fields,
            update_lead_if_exists=update_lead_if_exists,
            move_to_list=move_to_list,
            flow_segment_id=flow_segment_id,
            skip_if_lead_exists=skip_if_lead_exists,
        )

        add_new_lead_to_flow_body.additional_properties = d
        return add_new_lead_to_flow_body

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
