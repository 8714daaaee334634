from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.flow_node_statistic_node_branches import FlowNodeStatisticNodeBranches
    from ..models.flow_node_statistic_node_statuses import FlowNodeStatisticNodeStatuses


T = TypeVar("T", bound="FlowNodeStatistic")


@_attrs_define
class FlowNodeStatistic:
    """Statistics of one flow node.

    Attributes:
        node_statuses (FlowNodeStatisticNodeStatuses | None | Unset): Task counts by status (`closed`, `in_progress`,
            `failed`, `skipped`, …).
        node_conversions (Any | Unset): Outcome counts (`accepted`, `replied`, `opened`, `clicked`, `bounced`, …); an
            empty array when the node has none.
        node_branches (FlowNodeStatisticNodeBranches | None | Unset): Contact counts per branch, for condition nodes.
    """

    node_statuses: FlowNodeStatisticNodeStatuses | None | Unset = UNSET
    node_conversions: Any | Unset = UNSET
    node_branches: FlowNodeStatisticNodeBranches | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.flow_node_statistic_node_branches import (
            FlowNodeStatisticNodeBranches,
        )
        from ..models.flow_node_statistic_node_statuses import (
            FlowNodeStatisticNodeStatuses,
        )

        node_statuses: dict[str, Any] | None | Unset
        if isinstance(self.node_statuses, Unset):
            node_statuses = UNSET
        elif isinstance(self.node_statuses, FlowNodeStatisticNodeStatuses):
            node_statuses = self.node_statuses.to_dict()
        else:
            node_statuses = self.node_statuses

        node_conversions = self.node_conversions

        node_branches: dict[str, Any] | None | Unset
        if isinstance(self.node_branches, Unset):
            node_branches = UNSET
        elif isinstance(self.node_branches, FlowNodeStatisticNodeBranches):
            node_branches = self.node_branches.to_dict()
        else:
            node_branches = self.node_branches

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node_statuses is not UNSET:
            field_dict["node_statuses"] = node_statuses
        if node_conversions is not UNSET:
            field_dict["node_conversions"] = node_conversions
        if node_branches is not UNSET:
            field_dict["node_branches"] = node_branches

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.flow_node_statistic_node_branches import (
            FlowNodeStatisticNodeBranches,
        )
        from ..models.flow_node_statistic_node_statuses import (
            FlowNodeStatisticNodeStatuses,
        )

        d = dict(src_dict)

        def _parse_node_statuses(
            data: object,
        ) -> FlowNodeStatisticNodeStatuses | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                node_statuses_type_0 = FlowNodeStatisticNodeStatuses.from_dict(data)

                return node_statuses_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"node_statuses: {type(data).__name__} is not FlowNodeStatisticNodeStatuses | None | Unset ({problem!r})"
            )

        node_statuses = _parse_node_statuses(d.pop("node_statuses", UNSET))

        node_conversions = d.pop("node_conversions", UNSET)

        def _parse_node_branches(
            data: object,
        ) -> FlowNodeStatisticNodeBranches | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                node_branches_type_0 = FlowNodeStatisticNodeBranches.from_dict(data)

                return node_branches_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"node_branches: {type(data).__name__} is not FlowNodeStatisticNodeBranches | None | Unset ({problem!r})"
            )

        node_branches = _parse_node_branches(d.pop("node_branches", UNSET))

        flow_node_statistic = cls(
            node_statuses=node_statuses,
            node_conversions=node_conversions,
            node_branches=node_branches,
        )

        flow_node_statistic.additional_properties = d
        return flow_node_statistic

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
