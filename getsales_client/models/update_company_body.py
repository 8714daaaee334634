from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_company_body_custom_fields import UpdateCompanyBodyCustomFields


T = TypeVar("T", bound="UpdateCompanyBody")


@_attrs_define
class UpdateCompanyBody:
    """
    Attributes:
        name (str | Unset): Company name. Example: Acme Inc.
        domain (str | Unset): Company domain. Example: acme.com.
        website (str | Unset): Company website URL. Example: https://acme.com.
        linkedin (str | Unset): LinkedIn company handle. Example: acme-inc.
        ln_id (int | Unset): Numeric LinkedIn company ID.
        industry (str | Unset): Industry the company works in. Example: Technology.
        employees_range (str | Unset): Head-count bracket, e.g. `51-200`. Example: 51-200.
        hq_raw_address (str | Unset): Headquarters address as free text. Example: San Francisco, CA.
        phone (str | Unset): Company phone number.
        about (str | Unset): Company description.
        lead_status_uuid (str | Unset): UUID of the pipeline stage the company is in.
        custom_fields (UpdateCompanyBodyCustomFields | Unset): Custom field values to set.
    """

    name: str | Unset = UNSET
    domain: str | Unset = UNSET
    website: str | Unset = UNSET
    linkedin: str | Unset = UNSET
    ln_id: int | Unset = UNSET
    industry: str | Unset = UNSET
    employees_range: str | Unset = UNSET
    hq_raw_address: str | Unset = UNSET
    phone: str | Unset = UNSET
    about: str | Unset = UNSET
    lead_status_uuid: str | Unset = UNSET
    custom_fields: UpdateCompanyBodyCustomFields | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        domain = self.domain

        website = self.website

        linkedin = self.linkedin

        ln_id = self.ln_id

        industry = self.industry

        employees_range = self.employees_range

        hq_raw_address = self.hq_raw_address

        phone = self.phone

        about = self.about

        lead_status_uuid = self.lead_status_uuid

        custom_fields: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_fields, Unset):
            custom_fields = self.custom_fields.to_dict()

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
        if ln_id is not UNSET:
            field_dict["ln_id"] = ln_id
        if industry is not UNSET:
            field_dict["industry"] = industry
        if employees_range is not UNSET:
            field_dict["employees_range"] = employees_range
        if hq_raw_address is not UNSET:
            field_dict["hq_raw_address"] = hq_raw_address
        if phone is not UNSET:
            field_dict["phone"] = phone
        if about is not UNSET:
            field_dict["about"] = about
        if lead_status_uuid is not UNSET:
            field_dict["lead_status_uuid"] = lead_status_uuid
        if custom_fields is not UNSET:
            field_dict["custom_fields"] = custom_fields

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_company_body_custom_fields import (
            UpdateCompanyBodyCustomFields,
        )

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        domain = d.pop("domain", UNSET)

        website = d.pop("website", UNSET)

        linkedin = d.pop("linkedin", UNSET)

        ln_id = d.pop("ln_id", UNSET)

        industry = d.pop("industry", UNSET)

        employees_range = d.pop("employees_range", UNSET)

        hq_raw_address = d.pop("hq_raw_address", UNSET)

        phone = d.pop("phone", UNSET)

        about = d.pop("about", UNSET)

        lead_status_uuid = d.pop("lead_status_uuid", UNSET)

        _custom_fields = d.pop("custom_fields", UNSET)
        custom_fields: UpdateCompanyBodyCustomFields | Unset
        if isinstance(_custom_fields, Unset):
            custom_fields = UNSET
        else:
            custom_fields = UpdateCompanyBodyCustomFields.from_dict(_custom_fields)

        update_company_body = cls(
            name=name,
            domain=domain,
            website=website,
            linkedin=linkedin,
            ln_id=ln_id,
            industry=industry,
            employees_range=employees_range,
            hq_raw_address=hq_raw_address,
            phone=phone,
            about=about,
            lead_status_uuid=lead_status_uuid,
            custom_fields=custom_fields,
        )

        update_company_body.additional_properties = d
        return update_company_body

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
