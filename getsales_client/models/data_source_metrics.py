from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.data_source_metric import DataSourceMetric


T = TypeVar("T", bound="DataSourceMetrics")


@_attrs_define
class DataSourceMetrics:
    """Progress counters keyed by import UUID."""

    additional_properties: dict[str, DataSourceMetric] = _attrs_field(
        init=False, factory=dict
    )

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_source_metric import DataSourceMetric

        d = dict(src_dict)
        data_source_metrics = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = DataSourceMetric.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        data_source_metrics.additional_properties = additional_properties
        return data_source_metrics

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> DataSourceMetric:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: DataSourceMetric) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
