from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="EnrichmentQueueMetricsResponse200")


@_attrs_define
class EnrichmentQueueMetricsResponse200:
    """
    Attributes:
        this_month_count (int | None | Unset): Enrichments processed this calendar month. Example: 350.
    """

    this_month_count: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        this_month_count: int | None | Unset
        if isinstance(self.this_month_count, Unset):
            this_month_count = UNSET
        else:
            this_month_count = self.this_month_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if this_month_count is not UNSET:
            field_dict["this_month_count"] = this_month_count

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_this_month_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        this_month_count = _parse_this_month_count(d.pop("this_month_count", UNSET))

        enrichment_queue_metrics_response_200 = cls(
            this_month_count=this_month_count,
        )

        enrichment_queue_metrics_response_200.additional_properties = d
        return enrichment_queue_metrics_response_200

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
