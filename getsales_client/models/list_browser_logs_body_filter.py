from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ListBrowserLogsBodyFilter")


@_attrs_define
class ListBrowserLogsBodyFilter:
    """Filter object.

    Attributes:
        linkedin_browser_id (int | Unset): Only log entries of this browser. Example: 15.
        type_ (str | Unset): `info` or `error`.
    """

    linkedin_browser_id: int | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        linkedin_browser_id = self.linkedin_browser_id

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if linkedin_browser_id is not UNSET:
            field_dict["linkedin_browser_id"] = linkedin_browser_id
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        linkedin_browser_id = d.pop("linkedin_browser_id", UNSET)

        type_ = d.pop("type", UNSET)

        list_browser_logs_body_filter = cls(
            linkedin_browser_id=linkedin_browser_id,
            type_=type_,
        )

        list_browser_logs_body_filter.additional_properties = d
        return list_browser_logs_body_filter

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
