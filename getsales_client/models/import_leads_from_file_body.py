from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportLeadsFromFileBody")


@_attrs_define
class ImportLeadsFromFileBody:
    """
    Attributes:
        columns (Any): Column mapping: field name to 0-based column number, or an ordered array of source/target pairs.
            Example: {'first_name': 0, 'last_name': 1, 'work_email': 2}.
        list_uuid (str | Unset): List that receives the imported contacts. Example:
            abd0d6a8-8dc1-5614-93c8-f2a54136f7b8.
        tags (list[str] | Unset): Tag UUIDs put on every imported contact.
    """

    columns: Any
    list_uuid: str | Unset = UNSET
    tags: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        columns = self.columns

        list_uuid = self.list_uuid

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "columns": columns,
            }
        )
        if list_uuid is not UNSET:
            field_dict["list_uuid"] = list_uuid
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        columns = d.pop("columns")

        list_uuid = d.pop("list_uuid", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        import_leads_from_file_body = cls(
            columns=columns,
            list_uuid=list_uuid,
            tags=tags,
        )

        import_leads_from_file_body.additional_properties = d
        return import_leads_from_file_body

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
