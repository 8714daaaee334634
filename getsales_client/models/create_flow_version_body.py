from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_source import ContactSource
    from ..models.flow_node import FlowNode


T = TypeVar("T", bound="CreateFlowVersionBody")


@_attrs_define
class CreateFlowVersionBody:
    """
    Attributes:
        nodes (list[FlowNode]): The node tree: steps linked by `before`/`after` edges, every branch ending in an end
            node; each node needs `created_at` and `updated_at`.
        contact_sources (list[ContactSource]): Entry points of the flow, with sender profile assignment, limits and
            rotation strategy; at least one.
        first_common_node_id (int | None | Unset): Id of the first node where all branches join again; may be null on
            linear trees.
    """

    nodes: list[FlowNode]
    contact_sources: list[ContactSource]
    first_common_node_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nodes = []
        for nodes_item_data in self.nodes:
            nodes_item = nodes_item_data.to_dict()
            nodes.append(nodes_item)

        contact_sources = []
        for contact_sources_item_data in self.contact_sources:
            contact_sources_item = contact_sources_item_data.to_dict()
            contact_sources.append(contact_sources_item)

        first_common_node_id: int | None | Unset
        if isinstance(self.first_common_node_id, Unset):
            first_common_node_id = UNSET
        else:
            first_common_node_id = self.first_common_node_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nodes": nodes,
                "contact_sources": contact_sources,
            }
        )
        if first_common_node_id is not UNSET:
            field_dict["first_common_node_id"] = first_common_node_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_source import ContactSource
        from ..models.flow_node import FlowNode

        d = dict(src_dict)
        nodes = []
        _nodes = d.pop("nodes")
        for nodes_item_data in _nodes:
            nodes_item = FlowNode.from_dict(nodes_item_data)

            nodes.append(nodes_item)

        contact_sources = []
        _contact_sources = d.pop("contact_sources")
        for contact_sources_item_data in _contact_sources:
            contact_sources_item = ContactSource.from_dict(contact_sources_item_data)

            contact_sources.append(contact_sources_item)

        def _parse_first_common_node_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        first_common_node_id = _parse_first_common_node_id(
            d.pop("first_common_node_id", UNSET)
        )

        create_flow_version_body = cls(
            nodes=nodes,
            contact_sources=contact_sources,
            first_common_node_id=first_common_node_id,
        )

        create_flow_version_body.additional_properties = d
        return create_flow_version_body

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
