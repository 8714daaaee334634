from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lookup_company_body_lookups_item import LookupCompanyBodyLookupsItem


T = TypeVar("T", bound="LookupCompanyBody")


@_attrs_define
class LookupCompanyBody:
    """
    Attributes:
        linkedin (str | Unset): LinkedIn page URL or handle of the company. Example: acme-inc.
        website (str | Unset): Company website. Example: https://acme.com.
        domain (str | Unset): Company domain. Example: acme.com.
        ln_id (str | Unset): LinkedIn company ID.
        name (str | Unset): Company name.
        lookups (list[LookupCompanyBodyLookupsItem] | Unset): Several lookups in one call (alternative body shape).
    """

    linkedin: str | Unset = UNSET
    website: str | Unset = UNSET
    domain: str | Unset = UNSET
    ln_id: str | Unset = UNSET
    name: str | Unset = UNSET
    lookups: list[LookupCompanyBodyLookupsItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        linkedin = self.linkedin

        website = self.website

        domain = self.domain

        ln_id = self.ln_id

        name = self.name

        lookups: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lookups, Unset):
            lookups = []
            for lookups_item_data in self.lookups:
                lookups_item = lookups_item_data.to_dict()
                lookups.append(lookups_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if linkedin is not UNSET:
            field_dict["linkedin"] = linkedin
        if website is not UNSET:
            field_dict["website"] = website
        if domain is not UNSET:
            field_dict["domain"] = domain
        if ln_id is not UNSET:
            field_dict["ln_id"] = ln_id
        if name is not UNSET:
            field_dict["name"] = name
        if lookups is not UNSET:
            field_dict["lookups"] = lookups

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lookup_company_body_lookups_item import (
            LookupCompanyBodyLookupsItem,
        )

        d = dict(src_dict)
        linkedin = d.pop("linkedin", UNSET)

        website = d.pop("website", UNSET)

        domain = d.pop("domain", UNSET)

        ln_id = d.pop("ln_id", UNSET)

        name = d.pop("name", UNSET)

        _lookups = d.pop("lookups", UNSET)
        lookups: list[LookupCompanyBodyLookupsItem] | Unset = UNSET
        if _lookups is not UNSET:
            lookups = []
            for lookups_item_data in _lookups:
                lookups_item = LookupCompanyBodyLookupsItem.from_dict(lookups_item_data)

                lookups.append(lookups_item)

        lookup_company_body = cls(
            linkedin=linkedin,
            website=website,
            domain=domain,
            ln_id=ln_id,
            name=name,
            lookups=lookups,
        )

        lookup_company_body.additional_properties = d
        return lookup_company_body

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
