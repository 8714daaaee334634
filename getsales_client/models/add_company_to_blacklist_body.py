from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddCompanyToBlacklistBody")


@_attrs_define
class AddCompanyToBlacklistBody:
    """
    Attributes:
        name (str | Unset): Company name. Example: Acme Inc.
        domain (str | Unset): Company domain; contacts with work emails on it are deleted. Example: acme.com.
        linkedin (str | Unset): LinkedIn company URL or handle.
        ln_id (str | Unset): LinkedIn company ID.
    """

    name: str | Unset = UNSET
    domain: str | Unset = UNSET
    linkedin: str | Unset = UNSET
    ln_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        domain = self.domain

        linkedin = self.linkedin

        ln_id = self.ln_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if domain is not UNSET:
            field_dict["domain"] = domain
        if linkedin is not UNSET:
            field_dict["linkedin"] = linkedin
        if ln_id is not UNSET:
            field_dict["ln_id"] = ln_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        domain = d.pop("domain", UNSET)

        linkedin = d.pop("linkedin", UNSET)

        ln_id = d.pop("ln_id", UNSET)

        add_company_to_blacklist_body = cls(
            name=name,
            domain=domain,
            linkedin=linkedin,
            ln_id=ln_id,
        )

        add_company_to_blacklist_body.additional_properties = d
        return add_company_to_blacklist_body

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
