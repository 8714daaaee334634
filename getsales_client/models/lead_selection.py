from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LeadSelection")


@_attrs_define
class LeadSelection:
    """Which contacts an action applies to: `{"ids": [...]}` for given contacts, `{"all": true}` for all, or the same
    filter keys as contact search.

        Attributes:
            all_ (bool | Unset): Select every contact of the team (other keys narrow it down).
            ids (list[str] | Unset): Select these contacts.
            q (str | Unset): Full-text search, as in contact search.
            list_uuid (str | Unset): Select the contacts of one list.
    """

    all_: bool | Unset = UNSET
    ids: list[str] | Unset = UNSET
    q: str | Unset = UNSET
    list_uuid: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        all_ = self.all_

        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        q = self.q

        list_uuid = self.list_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if all_ is not UNSET:
            field_dict["all"] = all_
        if ids is not UNSET:
            field_dict["ids"] = ids
        if q is not UNSET:
            field_dict["q"] = q
        if list_uuid is not UNSET:
            field_dict["list_uuid"] = list_uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        all_ = d.pop("all", UNSET)

        ids = cast(list[str], d.pop("ids", UNSET))

        q = d.pop("q", UNSET)

        list_uuid = d.pop("list_uuid", UNSET)

        lead_selection = cls(
            all_=all_,
            ids=ids,
            q=q,
            list_uuid=list_uuid,
        )

        lead_selection.additional_properties = d
        return lead_selection

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
