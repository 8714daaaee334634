from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateCustomFieldBody")


@_attrs_define
class CreateCustomFieldBody:
    """
    Attributes:
        name (str): Field name: starts with a letter or underscore, then letters, digits and underscores. Example:
            Industry_Vertical.
        object_ (str): Which records the field belongs to, e.g. `lead` or `company`. Example: lead.
        order (int | Unset): Position of the field in displays.
    """

    name: str
    object_: str
    order: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        object_ = self.object_

        order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "object": object_,
            }
        )
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        object_ = d.pop("object")

        order = d.pop("order", UNSET)

        create_custom_field_body = cls(
            name=name,
            object_=object_,
            order=order,
        )

        create_custom_field_body.additional_properties = d
        return create_custom_field_body

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
