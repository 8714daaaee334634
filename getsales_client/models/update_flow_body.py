from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule import Schedule


T = TypeVar("T", bound="UpdateFlowBody")


@_attrs_define
class UpdateFlowBody:
    """
    Attributes:
        name (str | Unset): New name. Example: DACH CTO outreach (Q3).
        description (None | str | Unset): New description.
        use_sender_schedule (bool | Unset): Use each sender profile's own schedule instead of the flow's. Example:
            False.
        schedule (Schedule | Unset): Working-hours schedule: when actions may run.
        priority (int | Unset): New execution priority; higher values run first. Example: 2.
        is_public (bool | Unset): Visible to the whole team.
        flow_workspace_uuid (None | str | Unset): Folder to move the automation into; null removes it from its folder.
    """

    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    use_sender_schedule: bool | Unset = UNSET
    schedule: Schedule | Unset = UNSET
    priority: int | Unset = UNSET
    is_public: bool | Unset = UNSET
    flow_workspace_uuid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        use_sender_schedule = self.use_sender_schedule

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        priority = self.priority

        is_public = self.is_public

        flow_workspace_uuid: None | str | Unset
        if isinstance(self.flow_workspace_uuid, Unset):
            flow_workspace_uuid = UNSET
        else:
            flow_workspace_uuid = self.flow_workspace_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if use_sender_schedule is not UNSET:
            field_dict["use_sender_schedule"] = use_sender_schedule
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if priority is not UNSET:
            field_dict["priority"] = priority
        if is_public is not UNSET:
            field_dict["is_public"] = is_public
        if flow_workspace_uuid is not UNSET:
            field_dict["flow_workspace_uuid"] = flow_workspace_uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schedule import Schedule

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        use_sender_schedule = d.pop("use_sender_schedule", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule: Schedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = Schedule.from_dict(_schedule)

        priority = d.pop("priority", UNSET)

        is_public = d.pop("is_public", UNSET)

        def _parse_flow_workspace_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flow_workspace_uuid = _parse_flow_workspace_uuid(
            d.pop("flow_workspace_uuid", UNSET)
        )

        update_flow_body = cls(
            name=name,
            description=description,
            use_sender_schedule=use_sender_schedule,
            schedule=schedule,
            priority=priority,
            is_public=is_public,
            flow_workspace_uuid=flow_workspace_uuid,
        )

        update_flow_body.additional_properties = d
        return update_flow_body

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
