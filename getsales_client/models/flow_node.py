from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.node_edge import NodeEdge


T = TypeVar("T", bound="FlowNode")


@_attrs_define
class FlowNode:
    """One step of a flow graph. `id`, `type`, `before` and `after` must be sent when saving.

    Attributes:
        id (int | None | Unset): Node identifier, unique within the flow version. Example: 2.
        type_ (None | str | Unset): Node type, for example `linkedin_send_connection_request`, `email_send_message`,
            `delay`, `rule_filter`, `rule_ab_test` or `end`. Example: linkedin_send_connection_request.
        before (list[NodeEdge] | None | Unset): Incoming edges; empty for entry nodes.
        after (list[NodeEdge] | None | Unset): Outgoing edges; empty for the end node.
        automation (None | str | Unset): Execution mode of the node; the API uses `auto`. Example: auto.
        payload (Any | Unset): Node configuration; its shape depends on `type`. Nodes without settings carry an empty
            array or object. Example: {'template': 'Hi {{first_name}}, glad to connect!'}.
        delay_in_seconds (int | None | Unset): Wait before this node runs, relative to the previous step. Example: 0.
        created_at (datetime.datetime | None | Unset): Creation time of the node.
        updated_at (datetime.datetime | None | Unset): Last change of the node.
    """

    id: int | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    before: list[NodeEdge] | None | Unset = UNSET
    after: list[NodeEdge] | None | Unset = UNSET
    automation: None | str | Unset = UNSET
    payload: Any | Unset = UNSET
    delay_in_seconds: int | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        before: list[dict[str, Any]] | None | Unset
        if isinstance(self.before, Unset):
            before = UNSET
        elif isinstance(self.before, list):
            before = []
            for before_type_0_item_data in self.before:
                before_type_0_item = before_type_0_item_data.to_dict()
                before.append(before_type_0_item)

        else:
            before = self.before

        after: list[dict[str, Any]] | None | Unset
        if isinstance(self.after, Unset):
            after = UNSET
        elif isinstance(self.after, list):
            after = []
            for after_type_0_item_data in self.after:
                after_type_0_item = after_type_0_item_data.to_dict()
                after.append(after_type_0_item)

        else:
            after = self.after

        automation: None | str | Unset
        if isinstance(self.automation, Unset):
            automation = UNSET
        else:
            automation = self.automation

        payload = self.payload

        delay_in_seconds: int | None | Unset
        if isinstance(self.delay_in_seconds, Unset):
            delay_in_seconds = UNSET
        else:
            delay_in_seconds = self.delay_in_seconds

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
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if before is not UNSET:
            field_dict["before"] = before
        if after is not UNSET:
            field_dict["after"] = after
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

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_before(data: object) -> list[NodeEdge] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                before_type_0 = []
                _before_type_0 = data
                for before_type_0_item_data in _before_type_0:
                    before_type_0_item = NodeEdge.from_dict(before_type_0_item_data)

                    before_type_0.append(before_type_0_item)

                return before_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"before: {type(data).__name__} is not list[NodeEdge] | None | Unset ({problem!r})"
            )

        before = _parse_before(d.pop("before", UNSET))

        def _parse_after(data: object) -> list[NodeEdge] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                after_type_0 = []
                _after_type_0 = data
                for after_type_0_item_data in _after_type_0:
                    after_type_0_item = NodeEdge.from_dict(after_type_0_item_data)

                    after_type_0.append(after_type_0_item)

                return after_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"after: {type(data).__name__} is not list[NodeEdge] | None | Unset ({problem!r})"
            )

        after = _parse_after(d.pop("after", UNSET))

        def _parse_automation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        automation = _parse_automation(d.pop("automation", UNSET))

        payload = d.pop("payload", UNSET)

        def _parse_delay_in_seconds(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        delay_in_seconds = _parse_delay_in_seconds(d.pop("delay_in_seconds", UNSET))

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

        flow_node = cls(
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

        flow_node.additional_properties = d
        return flow_node

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
