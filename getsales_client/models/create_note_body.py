from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.object_type import ObjectType

T = TypeVar("T", bound="CreateNoteBody")


@_attrs_define
class CreateNoteBody:
    """
    Attributes:
        object_ (ObjectType): Kind of record: `lead` (contact) or `company`.
        object_uuid (str): UUID of the contact or company. Example: 0b3090a6-0285-56c2-9a4c-2e5778d802ba.
        note (str): Text of the note. Example: Asked for a follow-up call after the trade fair..
    """

    object_: ObjectType
    object_uuid: str
    note: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        object_ = self.object_.value

        object_uuid = self.object_uuid

        note = self.note

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "object": object_,
                "object_uuid": object_uuid,
                "note": note,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        object_ = ObjectType(d.pop("object"))

        object_uuid = d.pop("object_uuid")

        note = d.pop("note")

        create_note_body = cls(
            object_=object_,
            object_uuid=object_uuid,
            note=note,
        )

        create_note_body.additional_properties = d
        return create_note_body

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
