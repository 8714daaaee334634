from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportCompaniesFromFileBody")


@_attrs_define
class ImportCompaniesFromFileBody:
    """
    Attributes:
        columns (Any): Column mapping: field name to 0-based column number, or an ordered array of source/target pairs.
            Example: {'name': 0, 'linkedin_id': 1}.
        list_uuids (list[str] | Unset): Lists the companies are added to.
    """

    columns: Any
    list_uuids: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        columns = self.columns

        list_uuids: list[str] | Unset = UNSET
        if not isinstance(self.list_uuids, Unset):
            list_uuids = self.list_uuids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "columns": columns,
            }
        )
        if list_uuids is not UNSET:
            field_dict["list_uuids"] = list_uuids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        columns = d.pop("columns")

        list_uuids = cast(list[str], d.pop("list_uuids", UNSET))

        import_companies_from_file_body = cls(
            columns=columns,
            list_uuids=list_uuids,
        )

        import_companies_from_file_body.additional_properties = d
        return import_companies_from_file_body

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
