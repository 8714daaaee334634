from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_first_linkedin_browser_body_filter import (
        GetFirstLinkedinBrowserBodyFilter,
    )


T = TypeVar("T", bound="GetFirstLinkedinBrowserBody")


@_attrs_define
class GetFirstLinkedinBrowserBody:
    """
    Attributes:
        filter_ (GetFirstLinkedinBrowserBodyFilter | Unset): Criteria to match, e.g. a sender profile UUID or a browser
            id.
    """

    filter_: GetFirstLinkedinBrowserBodyFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_first_linkedin_browser_body_filter import (
            GetFirstLinkedinBrowserBodyFilter,
        )

        d = dict(src_dict)
        _filter_ = d.pop("filter", UNSET)
        filter_: GetFirstLinkedinBrowserBodyFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = GetFirstLinkedinBrowserBodyFilter.from_dict(_filter_)

        get_first_linkedin_browser_body = cls(
            filter_=filter_,
        )

        get_first_linkedin_browser_body.additional_properties = d
        return get_first_linkedin_browser_body

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
