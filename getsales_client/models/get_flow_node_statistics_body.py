from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_flow_node_statistics_body_filter import (
        GetFlowNodeStatisticsBodyFilter,
    )


T = TypeVar("T", bound="GetFlowNodeStatisticsBody")


@_attrs_define
class GetFlowNodeStatisticsBody:
    """
    Attributes:
        node_ids (list[int]): Integer ids of the nodes to report on. Example: [2, 3].
        filter_ (GetFlowNodeStatisticsBodyFilter | None | Unset): Optional date-range or contact filter that scopes the
            counts.
    """

    node_ids: list[int]
    filter_: GetFlowNodeStatisticsBodyFilter | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.get_flow_node_statistics_body_filter import (
            GetFlowNodeStatisticsBodyFilter,
        )

        node_ids = self.node_ids

        filter_: dict[str, Any] | None | Unset
        if isinstance(self.filter_, Unset):
            filter_ = UNSET
        elif isinstance(self.filter_, GetFlowNodeStatisticsBodyFilter):
            filter_ = self.filter_.to_dict()
        else:
            filter_ = self.filter_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "node_ids": node_ids,
            }
        )
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_flow_node_statistics_body_filter import (
            GetFlowNodeStatisticsBodyFilter,
        )

        d = dict(src_dict)
        node_ids = cast(list[int], d.pop("node_ids"))

        def _parse_filter_(
            data: object,
        ) -> GetFlowNodeStatisticsBodyFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filter_type_0 = GetFlowNodeStatisticsBodyFilter.from_dict(data)

                return filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"filter: {type(data).__name__} is not GetFlowNodeStatisticsBodyFilter | None | Unset ({problem!r})"
            )

        filter_ = _parse_filter_(d.pop("filter", UNSET))

        get_flow_node_statistics_body = cls(
            node_ids=node_ids,
            filter_=filter_,
        )

        get_flow_node_statistics_body.additional_properties = d
        return get_flow_node_statistics_body

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
