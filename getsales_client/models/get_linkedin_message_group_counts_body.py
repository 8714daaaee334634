from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_linkedin_message_group_counts_body_filter import (
        GetLinkedinMessageGroupCountsBodyFilter,
    )


T = TypeVar("T", bound="GetLinkedinMessageGroupCountsBody")


@_attrs_define
class GetLinkedinMessageGroupCountsBody:
    """
    Attributes:
        group_field (str): Field to group by, e.g. `status`, `type`, `linkedin_type`, `automation`,
            `sender_profile_uuid` or `linkedin_account_uuid`. Example: sender_profile_uuid.
        filter_ (GetLinkedinMessageGroupCountsBodyFilter | Unset): Optional filter applied first: `type`, `status`,
            `sender_profile_uuid`, `lead_uuid`, or a `sent_at` range.
    """

    group_field: str
    filter_: GetLinkedinMessageGroupCountsBodyFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        group_field = self.group_field

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group_field": group_field,
            }
        )
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_linkedin_message_group_counts_body_filter import (
            GetLinkedinMessageGroupCountsBodyFilter,
        )

        d = dict(src_dict)
        group_field = d.pop("group_field")

        _filter_ = d.pop("filter", UNSET)
        filter_: GetLinkedinMessageGroupCountsBodyFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = GetLinkedinMessageGroupCountsBodyFilter.from_dict(_filter_)

        get_linkedin_message_group_counts_body = cls(
            group_field=group_field,
            filter_=filter_,
        )

        get_linkedin_message_group_counts_body.additional_properties = d
        return get_linkedin_message_group_counts_body

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
