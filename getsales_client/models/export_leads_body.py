from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.lead_selection import LeadSelection


T = TypeVar("T", bound="ExportLeadsBody")


@_attrs_define
class ExportLeadsBody:
    """
    Attributes:
        filter_ (LeadSelection): Which contacts an action applies to: `{"ids": [...]}` for given contacts, `{"all":
            true}` for all, or the same filter keys as contact search.
    """

    filter_: LeadSelection
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filter": filter_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lead_selection import LeadSelection

        d = dict(src_dict)
        filter_ = LeadSelection.from_dict(d.pop("filter"))

        export_leads_body = cls(
            filter_=filter_,
        )

        export_leads_body.additional_properties = d
        return export_leads_body

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
