from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lead_filter import LeadFilter


T = TypeVar("T", bound="CountLeadsBody")


@_attrs_define
class CountLeadsBody:
    """
    Attributes:
        ids (list[str] | Unset): UUIDs of specific contacts to count; needed when `all` is false.
        all_ (bool | Unset): Count every contact of the team and ignore `ids` (default false).

            Server default: `false`.
        filter_ (LeadFilter | Unset): Contact filter. Besides the keys below, any contact field can be used as a key. A
            value may be a scalar (equals), an array (any of), an operator object such as `{">=": "2025-01-01"}`, or the
            strings `is_null` / `is_not_null`.
    """

    ids: list[str] | Unset = UNSET
    all_: bool | Unset = UNSET
    filter_: LeadFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ids: list[str] | Unset = UNSET
        if not isinstance(self.ids, Unset):
            ids = self.ids

        all_ = self.all_

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ids is not UNSET:
            field_dict["ids"] = ids
        if all_ is not UNSET:
            field_dict["all"] = all_
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lead_filter import LeadFilter

        d = dict(src_dict)
        ids = cast(list[str], d.pop("ids", UNSET))

        all_ = d.pop("all", UNSET)

        _filter_ = d.pop("filter", UNSET)
        filter_: LeadFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = LeadFilter.from_dict(_filter_)

        count_leads_body = cls(
            ids=ids,
            all_=all_,
            filter_=filter_,
        )

        count_leads_body.additional_properties = d
        return count_leads_body

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
