from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_metric_task_counts import FlowMetricTaskCounts


T = TypeVar("T", bound="FlowMetric")


@_attrs_define
class FlowMetric:
    """Counters of one flow.

    Attributes:
        leads_count (int | None | Unset): Contacts ever added to the flow.
        in_progress_leads_count (int | None | Unset): Contacts currently in progress.
        finished_leads_count (int | None | Unset): Contacts that completed the sequence.
        failed_leads_count (int | None | Unset): Contacts that failed.
        task_counts (FlowMetricTaskCounts | None | Unset): Pending tasks keyed by task type.
    """

    leads_count: int | None | Unset = UNSET
    in_progress_leads_count: int | None | Unset = UNSET
    finished_leads_count: int | None | Unset = UNSET
    failed_leads_count: int | None | Unset = UNSET
    task_counts: FlowMetricTaskCounts | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.flow_metric_task_counts import FlowMetricTaskCounts

        leads_count: int | None | Unset
        if isinstance(self.leads_count, Unset):
            leads_count = UNSET
        else:
            leads_count = self.leads_count

        in_progress_leads_count: int | None | Unset
        if isinstance(self.in_progress_leads_count, Unset):
            in_progress_leads_count = UNSET
        else:
            in_progress_leads_count = self.in_progress_leads_count

        finished_leads_count: int | None | Unset
        if isinstance(self.finished_leads_count, Unset):
            finished_leads_count = UNSET
        else:
            finished_leads_count = self.finished_leads_count

        failed_leads_count: int | None | Unset
        if isinstance(self.failed_leads_count, Unset):
            failed_leads_count = UNSET
        else:
            failed_leads_count = self.failed_leads_count

        task_counts: dict[str, Any] | None | Unset
        if isinstance(self.task_counts, Unset):
            task_counts = UNSET
        elif isinstance(self.task_counts, FlowMetricTaskCounts):
            task_counts = self.task_counts.to_dict()
        else:
            task_counts = self.task_counts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if leads_count is not UNSET:
            field_dict["leads_count"] = leads_count
        if in_progress_leads_count is not UNSET:
            field_dict["in_progress_leads_count"] = in_progress_leads_count
        if finished_leads_count is not UNSET:
            field_dict["finished_leads_count"] = finished_leads_count
        if failed_leads_count is not UNSET:
            field_dict["failed_leads_count"] = failed_leads_count
        if task_counts is not UNSET:
            field_dict["task_counts"] = task_counts

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow_metric_task_counts import FlowMetricTaskCounts

        d = dict(src_dict)

        def _parse_leads_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        leads_count = _parse_leads_count(d.pop("leads_count", UNSET))

        def _parse_in_progress_leads_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        in_progress_leads_count = _parse_in_progress_leads_count(
            d.pop("in_progress_leads_count", UNSET)
        )

        def _parse_finished_leads_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        finished_leads_count = _parse_finished_leads_count(
            d.pop("finished_leads_count", UNSET)
        )

        def _parse_failed_leads_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        failed_leads_count = _parse_failed_leads_count(
            d.pop("failed_leads_count", UNSET)
        )

        def _parse_task_counts(data: object) -> FlowMetricTaskCounts | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                task_counts_type_0 = FlowMetricTaskCounts.from_dict(data)

                return task_counts_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"task_counts: {type(data).__name__} is not FlowMetricTaskCounts | None | Unset ({problem!r})"
            )

        task_counts = _parse_task_counts(d.pop("task_counts", UNSET))

        flow_metric = cls(
            leads_count=leads_count,
            in_progress_leads_count=in_progress_leads_count,
            finished_leads_count=finished_leads_count,
            failed_leads_count=failed_leads_count,
            task_counts=task_counts,
        )

        flow_metric.additional_properties = d
        return flow_metric

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
