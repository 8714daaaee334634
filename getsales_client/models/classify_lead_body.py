from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.classify_lead_body_lead import ClassifyLeadBodyLead


T = TypeVar("T", bound="ClassifyLeadBody")


@_attrs_define
class ClassifyLeadBody:
    """The contact to classify. Field names are inferred.

    Attributes:
        lead_uuid (str | Unset): Contact to classify. Example: 0b3090a6-0285-56c2-9a4c-2e5778d802ba.
        lead (ClassifyLeadBodyLead | Unset): The contact profile to classify; its field names are not published.
    """

    lead_uuid: str | Unset = UNSET
    lead: ClassifyLeadBodyLead | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        lead_uuid = self.lead_uuid

        lead: dict[str, Any] | Unset = UNSET
        if not isinstance(self.lead, Unset):
            lead = self.lead.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if lead_uuid is not UNSET:
            field_dict["lead_uuid"] = lead_uuid
        if lead is not UNSET:
            field_dict["lead"] = lead

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.classify_lead_body_lead import ClassifyLeadBodyLead

        d = dict(src_dict)
        lead_uuid = d.pop("lead_uuid", UNSET)

        _lead = d.pop("lead", UNSET)
        lead: ClassifyLeadBodyLead | Unset
        if isinstance(_lead, Unset):
            lead = UNSET
        else:
            lead = ClassifyLeadBodyLead.from_dict(_lead)

        classify_lead_body = cls(
            lead_uuid=lead_uuid,
            lead=lead,
        )

        classify_lead_body.additional_properties = d
        return classify_lead_body

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
