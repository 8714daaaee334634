from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_source import ContactSource
    from ..models.flow_node import FlowNode


T = TypeVar("T", bound="FlowVersion")


@_attrs_define
class FlowVersion:
    """An immutable snapshot of a flow's graph. The newest version is the active one.

    Attributes:
        uuid (str): Version identifier.
        flow_uuid (None | str | Unset): Flow the version belongs to.
        nodes (list[FlowNode] | None | Unset): The node graph.
        contact_sources (list[ContactSource] | None | Unset): Entry points of the flow.
        first_common_node_id (int | None | Unset): Node where all branches meet again; null for linear flows.
        created_at (datetime.datetime | None | Unset): When the record was created.
        updated_at (datetime.datetime | None | Unset): When the record was last changed.
    """

    uuid: str
    flow_uuid: None | str | Unset = UNSET
    nodes: list[FlowNode] | None | Unset = UNSET
    contact_sources: list[ContactSource] | None | Unset = UNSET
    first_common_node_id: int | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        flow_uuid: None | str | Unset
        if isinstance(self.flow_uuid, Unset):
            flow_uuid = UNSET
        else:
            flow_uuid = self.flow_uuid

        nodes: list[dict[str, Any]] | None | Unset
        if isinstance(self.nodes, Unset):
            nodes = UNSET
        elif isinstance(self.nodes, list):
            nodes = []
            for nodes_type_0_item_data in self.nodes:
                nodes_type_0_item = nodes_type_0_item_data.to_dict()
                nodes.append(nodes_type_0_item)

        else:
            nodes = self.nodes

        contact_sources: list[dict[str, Any]] | None | Unset
        if isinstance(self.contact_sources, Unset):
            contact_sources = UNSET
        elif isinstance(self.contact_sources, list):
            contact_sources = []
            for contact_sources_type_0_item_data in self.contact_sources:
                contact_sources_type_0_item = contact_sources_type_0_item_data.to_dict()
                contact_sources.append(contact_sources_type_0_item)

        else:
            contact_sources = self.contact_sources

        first_common_node_id: int | None | Unset
        if isinstance(self.first_common_node_id, Unset):
            first_common_node_id = UNSET
        else:
            first_common_node_id = self.first_common_node_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
            }
        )
        if flow_uuid is not UNSET:
            field_dict["flow_uuid"] = flow_uuid
        if nodes is not UNSET:
            field_dict["nodes"] = nodes
        if contact_sources is not UNSET:
            field_dict["contact_sources"] = contact_sources
        if first_common_node_id is not UNSET:
            field_dict["first_common_node_id"] = first_common_node_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_source import ContactSource
        from ..models.flow_node import FlowNode

        d = dict(src_dict)
        uuid = d.pop("uuid")

        def _parse_flow_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flow_uuid = _parse_flow_uuid(d.pop("flow_uuid", UNSET))

        def _parse_nodes(data: object) -> list[FlowNode] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                nodes_type_0 = []
                _nodes_type_0 = data
                for nodes_type_0_item_data in _nodes_type_0:
                    nodes_type_0_item = FlowNode.from_dict(nodes_type_0_item_data)

                    nodes_type_0.append(nodes_type_0_item)

                return nodes_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"nodes: {type(data).__name__} is not list[FlowNode] | None | Unset ({problem!r})"
            )

        nodes = _parse_nodes(d.pop("nodes", UNSET))

        def _parse_contact_sources(data: object) -> list[ContactSource] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                contact_sources_type_0 = []
                _contact_sources_type_0 = data
                for contact_sources_type_0_item_data in _contact_sources_type_0:
                    contact_sources_type_0_item = ContactSource.from_dict(
                        contact_sources_type_0_item_data
                    )

                    contact_sources_type_0.append(contact_sources_type_0_item)

                return contact_sources_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"contact_sources: {type(data).__name__} is not list[ContactSource] | None | Unset ({problem!r})"
            )

        contact_sources = _parse_contact_sources(d.pop("contact_sources", UNSET))

        def _parse_first_common_node_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        first_common_node_id = _parse_first_common_node_id(
            d.pop("first_common_node_id", UNSET)
        )

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        flow_version = cls(
            uuid=uuid,
            flow_uuid=flow_uuid,
            nodes=nodes,
            contact_sources=contact_sources,
            first_common_node_id=first_common_node_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        flow_version.additional_properties = d
        return flow_version

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
