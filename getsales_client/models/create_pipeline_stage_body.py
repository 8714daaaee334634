from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.object_type import ObjectType
from ..models.pipeline_stage_category import PipelineStageCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePipelineStageBody")


@_attrs_define
class CreatePipelineStageBody:
    """
    Attributes:
        name (str): Stage name. Example: Demo Booked.
        object_ (ObjectType): Kind of record: `lead` (contact) or `company`.
        category (PipelineStageCategory): Funnel phase of a pipeline stage.
        order (int | Unset): Display position. Example: 5.
    """

    name: str
    object_: ObjectType
    category: PipelineStageCategory
    order: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        object_ = self.object_.value

        category = self.category.value

        order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "object": object_,
                "category": category,
            }
        )
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name")

        object_ = ObjectType(d.pop("object"))

        category = PipelineStageCategory(d.pop("category"))

        order = d.pop("order", UNSET)

        create_pipeline_stage_body = cls(
            name=name,
            object_=object_,
            category=category,
            order=order,
        )

        create_pipeline_stage_body.additional_properties = d
        return create_pipeline_stage_body

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
