from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddLeadToBlacklistBody")


@_attrs_define
class AddLeadToBlacklistBody:
    """
    Attributes:
        linkedin (str | Unset): LinkedIn profile URL or handle. Example: john-doe-123456.
        ln_id (str | Unset): LinkedIn member ID.
        email (str | Unset): Email address (single-field alternative to work/personal email).
        work_email (str | Unset): Work email address.
        personal_email (str | Unset): Personal email address.
        name (str | Unset): Full name; use together with `company_name`.
        company_name (str | Unset): Company name; use together with `name`.
    """

    linkedin: str | Unset = UNSET
    ln_id: str | Unset = UNSET
    email: str | Unset = UNSET
    work_email: str | Unset = UNSET
    personal_email: str | Unset = UNSET
    name: str | Unset = UNSET
    company_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        linkedin = self.linkedin

        ln_id = self.ln_id

        email = self.email

        work_email = self.work_email

        personal_email = self.personal_email

        name = self.name

        company_name = self.company_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if linkedin is not UNSET:
            field_dict["linkedin"] = linkedin
        if ln_id is not UNSET:
            field_dict["ln_id"] = ln_id
        if email is not UNSET:
            field_dict["email"] = email
        if work_email is not UNSET:
            field_dict["work_email"] = work_email
        if personal_email is not UNSET:
            field_dict["personal_email"] = personal_email
        if name is not UNSET:
            field_dict["name"] = name
        if company_name is not UNSET:
            field_dict["company_name"] = company_name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        linkedin = d.pop("linkedin", UNSET)

        ln_id = d.pop("ln_id", UNSET)

        email = d.pop("email", UNSET)

        work_email = d.pop("work_email", UNSET)

        personal_email = d.pop("personal_email", UNSET)

        name = d.pop("name", UNSET)

        company_name = d.pop("company_name", UNSET)

        add_lead_to_blacklist_body = cls(
            linkedin=linkedin,
            ln_id=ln_id,
            email=email,
            work_email=work_email,
            personal_email=personal_email,
            name=name,
            company_name=company_name,
        )

        add_lead_to_blacklist_body.additional_properties = d
        return add_lead_to_blacklist_body

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
