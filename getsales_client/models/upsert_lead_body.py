from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lead_input import LeadInput
    from ..models.upsert_lead_body_custom_fields import UpsertLeadBodyCustomFields


T = TypeVar("T", bound="UpsertLeadBody")


@_attrs_define
class UpsertLeadBody:
    """
    Attributes:
        lead (LeadInput): Contact data accepted by the create and upsert endpoints.
        list_uuid (str): UUID of the list the contact belongs to. Example: abd0d6a8-8dc1-5614-93c8-f2a54136f7b8.
        update_if_exists (bool | Unset): Whether a matching existing contact should be updated (default true).

            Server default: `true`.
        move_to_list (bool | Unset): Whether a matching existing contact should be moved into `list_uuid` (default
            false).

            Server default: `false`.
        custom_fields (UpsertLeadBodyCustomFields | Unset): Custom field values as name/value pairs.
    """

    lead: LeadInput
    list_uuid: str
    update_if_exists: bool | Unset = UNSET
    move_to_list: bool | Unset = UNSET
    custom_fields: UpsertLeadBodyCustomFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lead = self.lead.to_dict()

        list_uuid = self.list_uuid

        update_if_exists = self.update_if_exists

        move_to_list = self.move_to_list

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lead": lead,
                "list_uuid": list_uuid,
            }
        )
        if update_if_exists is not UNSET:
            field_dict["update_if_exists"] = update_if_exists
        if move_to_list is not UNSET:
            field_dict["move_to_list"] = move_to_list
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lead_input import LeadInput
        from ..models.upsert_lead_body_custom_fields import UpsertLeadBodyCustomFields

        d = dict(src_dict)
        lead = LeadInput.from_dict(d.pop("lead"))

        list_uuid = d.pop("list_uuid")

        update_if_exists = d.pop("update_if_exists", UNSET)

        move_to_list = d.pop("move_to_list", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: UpsertLeadBodyCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = UpsertLeadBodyCustomFields.from_dict(_custom_fields)

        upsert_lead_body = cls(
            lead=lead,
            list_uuid=list_uuid,
            update_if_exists=update_if_exists,
            move_to_list=move_to_list,
            custom_fields=custom_fields,
        )

        upsert_lead_body.additional_properties = d
        return upsert_lead_body

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
