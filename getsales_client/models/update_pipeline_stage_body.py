from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pipeline_stage_category import PipelineStageCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePipelineStageBody")


@_attrs_define
class UpdatePipelineStageBody:
    """
    Attributes:
        name (str | Unset): New stage name. Example: Meeting Held.
        category (PipelineStageCategory | Unset): Funnel phase of a pipeline stage.
        order (int | Unset): New position; other stages are renumbered around it.
    """

    name: str | Unset = UNSET
    category: PipelineStageCategory | Unset = UNSET
    order: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        category: str | Unset = UNSET
        if not isinstance(self.category, Unset):
            category = self.category.value

        order = self.order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if category is not UNSET:
            field_dict["category"] = category
        if order is not UNSET:
            field_dict["order"] = order

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _category = d.pop("category", UNSET)
        category: PipelineStageCategory | Unset
        if isinstance(_category, Unset):
            category = UNSET
        else:
            category = PipelineStageCategory(_category)

        order = d.pop("order", UNSET)

        update_pipeline_stage_body = cls(
            name=name,
            category=category,
            order=order,
        )

        update_pipeline_stage_body.additional_properties = d
        return update_pipeline_stage_body

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
