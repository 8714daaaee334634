from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node_edge import NodeEdge


T = TypeVar("T", bound="ValidateFlowNodeBody")


@_attrs_define
class ValidateFlowNodeBody:
    """
    Attributes:
        id (int): Integer node id, unique within the version. Example: 2.
        type_ (str): Node type, e.g. `linkedin_send_connection_request`. Example: linkedin_send_connection_request.
        before (list[NodeEdge]): Incoming edges; `[]` for the entry node.
        after (list[NodeEdge]): Outgoing edges; `[]` for an end node.
        automation (str | Unset): Always the string `auto`. Example: auto.
        payload (Any | Unset): Type-specific configuration, or `[]` for node types without settings. Example:
            {'template': 'Hi {{first_name}}, glad to connect!'}.
        delay_in_seconds (int | Unset): Wait before this node runs, counted from the previous step (7200 is two hours; 0
            runs at once). Example: 0.
        created_at (datetime.datetime | Unset): Node creation time; needed when saving a version, optional here.
        updated_at (datetime.datetime | Unset): Node update time; needed alongside `created_at` when saving a version.
    """

    id: int
    type_: str
    before: list[NodeEdge]
    after: list[NodeEdge]
    automation: str | Unset = UNSET
    payload: Any | Unset = UNSET
    delay_in_seconds: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        before = []
        for before_item_data in self.before:
            before_item = before_item_data.to_dict()
            before.append(before_item)

        after = []
        for after_item_data in self.after:
            after_item = after_item_data.to_dict()
            after.append(after_item)

        automation = self.automation

        payload = self.payload

        delay_in_seconds = self.delay_in_seconds

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "before": before,
                "after": after,
            }
        )
        if automation is not UNSET:
            field_dict["automation"] = automation
        if payload is not UNSET:
            field_dict["payload"] = payload
        if delay_in_seconds is not UNSET:
            field_dict["delay_in_seconds"] = delay_in_seconds
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.node_edge import NodeEdge

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type")

        before = []
        _before = d.pop("before")
        for before_item_data in _before:
            before_item = NodeEdge.from_dict(before_item_data)

            before.append(before_item)

        after = []
        _after = d.pop("after")
        for after_item_data in _after:
            after_item = NodeEdge.from_dict(after_item_data)

            after.append(after_item)

        automation = d.pop("automation", UNSET)

        payload = d.pop("payload", UNSET)

        delay_in_seconds = d.pop("delay_in_seconds", UNSET)

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updated_at", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        validate_flow_node_body = cls(
            id=id,
            type_=type_,
            before=before,
            after=after,
            automation=automation,
            payload=payload,
            delay_in_seconds=delay_in_seconds,
            created_at=created_at,
            updated_at=updated_at,
        )

        validate_flow_node_body.additional_properties = d
        return validate_flow_node_body

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
