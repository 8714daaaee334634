from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_company_body_companies_item import (
        CreateCompanyBodyCompaniesItem,
    )


T = TypeVar("T", bound="CreateCompanyBody")


@_attrs_define
class CreateCompanyBody:
    """
    Attributes:
        name (str | Unset): Company name (single-company form); required. Example: Acme Inc.
        domain (str | Unset): Company domain, used to avoid duplicates and to link contacts by email domain. Example:
            acme.com.
        website (str | Unset): Website URL. Example: https://acme.com.
        linkedin (str | Unset): LinkedIn company handle, used to avoid duplicates. Example: acme-inc.
        industry (str | Unset):  Example: Software.
        employees_range (str | Unset):  Example: 51-200.
        hq_raw_address (str | Unset): Headquarters as free text. Example: Berlin, Germany.
        companies (list[CreateCompanyBodyCompaniesItem] | Unset): Companies to create (wrapped batch form).
        list_uuids (list[str] | Unset): Lists to put the new companies in.
        data_source_uuid (str | Unset): Data source the companies are attributed to.
    """

    name: str | Unset = UNSET
    domain: str | Unset = UNSET
    website: str | Unset = UNSET
    linkedin: str | Unset = UNSET
    industry: str | Unset = UNSET
    employees_range: str | Unset = UNSET
    hq_raw_address: str | Unset = UNSET
    companies: list[CreateCompanyBodyCompaniesItem] | Unset = UNSET
    list_uuids: list[str] | Unset = UNSET
    data_source_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        domain = self.domain

        website = self.website

        linkedin = self.linkedin

        industry = self.industry

        employees_range = self.employees_range

        hq_raw_address = self.hq_raw_address

        companies: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.companies, Unset):
            companies = []
            for companies_item_data in self.companies:
                companies_item = companies_item_data.to_dict()
                companies.append(companies_item)

        list_uuids: list[str] | Unset = UNSET
        if not isinstance(self.list_uuids, Unset):
            list_uuids = self.list_uuids

        data_source_uuid = self.data_source_uuid

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
        if companies is not UNSET:
            field_dict["companies"] = companies
        if list_uuids is not UNSET:
            field_dict["list_uuids"] = list_uuids
        if data_source_uuid is not UNSET:
            field_dict["data_source_uuid"] = data_source_uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_company_body_companies_item import (
            CreateCompanyBodyCompaniesItem,
        )

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        domain = d.pop("domain", UNSET)

        website = d.pop("website", UNSET)

        linkedin = d.pop("linkedin", UNSET)

        industry = d.pop("industry", UNSET)

        employees_range = d.pop("employees_range", UNSET)

        hq_raw_address = d.pop("hq_raw_address", UNSET)

        _companies = d.pop("companies", UNSET)
        companies: list[CreateCompanyBodyCompaniesItem] | Unset = UNSET
        if _companies is not UNSET:
            companies = []
            for companies_item_data in _companies:
                companies_item = CreateCompanyBodyCompaniesItem.from_dict(
                    companies_item_data
                )

                companies.append(companies_item)

        list_uuids = cast(list[str], d.pop("list_uuids", UNSET))

        data_source_uuid = d.pop("data_source_uuid", UNSET)

        create_company_body = cls(
            name=name,
            domain=domain,
            website=website,
            linkedin=linkedin,
            industry=industry,
            employees_range=employees_range,
            hq_raw_address=hq_raw_address,
            companies=companies,
            list_uuids=list_uuids,
            data_source_uuid=data_source_uuid,
        )

        create_company_body.additional_properties = d
        return create_company_body

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
