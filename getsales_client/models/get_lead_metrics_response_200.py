from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_lead_metrics_response_200_metrics import (
        GetLeadMetricsResponse200Metrics,
    )
    from ..models.get_lead_metrics_response_200_total import (
        GetLeadMetricsResponse200Total,
    )


T = TypeVar("T", bound="GetLeadMetricsResponse200")


@_attrs_define
class GetLeadMetricsResponse200:
    """
    Attributes:
        total (GetLeadMetricsResponse200Total | None | Unset): Requested metrics over the whole workspace.
        metrics (GetLeadMetricsResponse200Metrics | None | Unset): Per-entity metric maps keyed by entity UUID; present
            with `group_by`.
    """

    total: GetLeadMetricsResponse200Total | None | Unset = UNSET
    metrics: GetLeadMetricsResponse200Metrics | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_lead_metrics_response_200_metrics import (
            GetLeadMetricsResponse200Metrics,
        )
        from ..models.get_lead_metrics_response_200_total import (
            GetLeadMetricsResponse200Total,
        )

        total: dict[str, Any] | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        elif isinstance(self.total, GetLeadMetricsResponse200Total):
            total = self.total.to_dict()
        else:
            total = self.total

        metrics: dict[str, Any] | None | Unset
        if isinstance(self.metrics, Unset):
            metrics = UNSET
        elif isinstance(self.metrics, GetLeadMetricsResponse200Metrics):
            metrics = self.metrics.to_dict()
        else:
            metrics = self.metrics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if total is not UNSET:
            field_dict["total"] = total
        if metrics is not UNSET:
            field_dict["metrics"] = metrics

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_lead_metrics_response_200_metrics import (
            GetLeadMetricsResponse200Metrics,
        )
        from ..models.get_lead_metrics_response_200_total import (
            GetLeadMetricsResponse200Total,
        )

        d = dict(src_dict)

        def _parse_total(data: object) -> GetLeadMetricsResponse200Total | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                total_type_0 = GetLeadMetricsResponse200Total.from_dict(data)

                return total_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"total: {type(data).__name__} is not GetLeadMetricsResponse200Total | None | Unset ({problem!r})"
            )

        total = _parse_total(d.pop("total", UNSET))

        def _parse_metrics(
            data: object,
        ) -> GetLeadMetricsResponse200Metrics | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                metrics_type_0 = GetLeadMetricsResponse200Metrics.from_dict(data)

                return metrics_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"metrics: {type(data).__name__} is not GetLeadMetricsResponse200Metrics | None | Unset ({problem!r})"
            )

        metrics = _parse_metrics(d.pop("metrics", UNSET))

        get_lead_metrics_response_200 = cls(
            total=total,
            metrics=metrics,
        )

        get_lead_metrics_response_200.additional_properties = d
        return get_lead_metrics_response_200

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
