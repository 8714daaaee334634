from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetFirstLinkedinBrowserBodyFilter")


@_attrs_define
class GetFirstLinkedinBrowserBodyFilter:
    """Criteria to match, e.g. a sender profile UUID or a browser id.

    Attributes:
        id (int | Unset): Browser id.
        sender_profile_uuid (str | Unset): Sender profile UUID. Example: d616a600-d9a6-52ed-bd8e-d441bebb98af.
        sender_profile_id (int | Unset): Sender profile numeric id.
    """

    id: int | Unset = UNSET
    sender_profile_uuid: str | Unset = UNSET
    sender_profile_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sender_profile_uuid = self.sender_profile_uuid

        sender_profile_id = self.sender_profile_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if sender_profile_uuid is not UNSET:
            field_dict["sender_profile_uuid"] = sender_profile_uuid
        if sender_profile_id is not UNSET:
            field_dict["sender_profile_id"] = sender_profile_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = d.pop("id", UNSET)

        sender_profile_uuid = d.pop("sender_profile_uuid", UNSET)

        sender_profile_id = d.pop("sender_profile_id", UNSET)

        get_first_linkedin_browser_body_filter = cls(
            id=id,
            sender_profile_uuid=sender_profile_uuid,
            sender_profile_id=sender_profile_id,
        )

        get_first_linkedin_browser_body_filter.additional_properties = d
        return get_first_linkedin_browser_body_filter

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
