from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListLinkedinBrowsersBodyFilter")


@_attrs_define
class ListLinkedinBrowsersBodyFilter:
    """Criteria such as status, sender profile or browser owner.

    Attributes:
        status (str | Unset): Browser state.
        sender_profile_uuid (str | Unset): Browsers of one sender.
        browser_owner (str | Unset): Owner of the browser profile.
    """

    status: str | Unset = UNSET
    sender_profile_uuid: str | Unset = UNSET
    browser_owner: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        sender_profile_uuid = self.sender_profile_uuid

        browser_owner = self.browser_owner

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if sender_profile_uuid is not UNSET:
            field_dict["sender_profile_uuid"] = sender_profile_uuid
        if browser_owner is not UNSET:
            field_dict["browser_owner"] = browser_owner

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = d.pop("status", UNSET)

        sender_profile_uuid = d.pop("sender_profile_uuid", UNSET)

        browser_owner = d.pop("browser_owner", UNSET)

        list_linkedin_browsers_body_filter = cls(
            status=status,
            sender_profile_uuid=sender_profile_uuid,
            browser_owner=browser_owner,
        )

        list_linkedin_browsers_body_filter.additional_properties = d
        return list_linkedin_browsers_body_filter

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
