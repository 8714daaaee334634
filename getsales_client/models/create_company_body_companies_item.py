from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCompanyBodyCompaniesItem")


@_attrs_define
class CreateCompanyBodyCompaniesItem:
    """
    Attributes:
        name (str | Unset): Company name. Example: Acme Inc.
        domain (str | Unset): Company domain. Example: acme.com.
        website (str | Unset): Company website URL. Example: https://acme.com.
        linkedin (str | Unset): LinkedIn company handle. Example: acme-inc.
        industry (str | Unset): Industry. Example: Software.
        employees_range (str | Unset): Head-count bracket, e.g. `51-200`. Example: 51-200.
        hq_raw_address (str | Unset): Headquarters address as free text. Example: Berlin, Germany.
    """

    name: str | Unset = UNSET
    domain: str | Unset = UNSET
    website: str | Unset = UNSET
    linkedin: str | Unset = UNSET
    industry: str | Unset = UNSET
    employees_range: str | Unset = UNSET
    hq_raw_address: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        domain = self.domain

        website = self.website

        linkedin = self.linkedin

        industry = self.industry

        employees_range = self.employees_range

        hq_raw_address = self.hq_raw_address

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if domain is not UNSET:
            field_dict["domain"] = domain
        if website is not UNSET:
            field_dict["website"] = website
        if linkedin is not UNSET:
            field_dict["linkedin"] = linkedin
        if industry is not UNSET:
            field_dict["industry"] = industry
        if employees_range is not UNSET:
            field_dict["employees_range"] = employees_range
        if hq_raw_address is not UNSET:
            field_dict["hq_raw_address"] = hq_raw_address

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        domain = d.pop("domain", UNSET)

        website = d.pop("website", UNSET)

        linkedin = d.pop("linkedin", UNSET)

        industry = d.pop("industry", UNSET)

        employees_range = d.pop("employees_range", UNSET)

        hq_raw_address = d.pop("hq_raw_address", UNSET)

        create_company_body_companies_item = cls(
            name=name,
            domain=domain,
            website=website,
            linkedin=linkedin,
            industry=industry,
            employees_range=employees_range,
            hq_raw_address=hq_raw_address,
        )

        create_company_body_companies_item.additional_properties = d
        return create_company_body_companies_item

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
