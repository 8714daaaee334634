from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.lead_input import LeadInput


T = TypeVar("T", bound="CreateLeadsBody")


@_attrs_define
class CreateLeadsBody:
    """
    Attributes:
        list_uuid (str): UUID of the list that receives the new contacts. Example: abd0d6a8-8dc1-5614-93c8-f2a54136f7b8.
        leads (list[LeadInput]): The contacts to create.
    """

    list_uuid: str
    leads: list[LeadInput]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        list_uuid = self.list_uuid

        leads = []
        for leads_item_data in self.leads:
            leads_item = leads_item_data.to_dict()
            leads.append(leads_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "list_uuid": list_uuid,
                "leads": leads,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lead_input import LeadInput

        d = dict(src_dict)
        list_uuid = d.pop("list_uuid")

        leads = []
        _leads = d.pop("leads")
        for leads_item_data in _leads:
            leads_item = LeadInput.from_dict(leads_item_data)

            leads.append(leads_item)

        create_leads_body = cls(
            list_uuid=list_uuid,
            leads=leads,
        )

        create_leads_body.additional_properties = d
        return create_leads_body

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
