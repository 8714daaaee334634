from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LookupCompanyBodyLookupsItem")


@_attrs_define
class LookupCompanyBodyLookupsItem:
    """
    Attributes:
        ln_id (str | Unset): LinkedIn company ID to match.
        linkedin (str | Unset): LinkedIn page or handle to match.
        website (str | Unset): Website to match.
        name (str | Unset): Company name to match.
    """

    ln_id: str | Unset = UNSET
    linkedin: str | Unset = UNSET
    website: str | Unset = UNSET
    name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ln_id = self.ln_id

        linkedin = self.linkedin

        website = self.website

        name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ln_id is not UNSET:
            field_dict["ln_id"] = ln_id
        if linkedin is not UNSET:
            field_dict["linkedin"] = linkedin
        if website is not UNSET:
            field_dict["website"] = website
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        ln_id = d.pop("ln_id", UNSET)

        linkedin = d.pop("linkedin", UNSET)

        website = d.pop("website", UNSET)

        name = d.pop("name", UNSET)

        lookup_company_body_lookups_item = cls(
            ln_id=ln_id,
            linkedin=linkedin,
            website=website,
            name=name,
        )

        lookup_company_body_lookups_item.additional_properties = d
        return lookup_company_body_lookups_item

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
