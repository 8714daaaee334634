from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule import Schedule


T = TypeVar("T", bound="CreateFlowBody")


@_attrs_define
class CreateFlowBody:
    """
    Attributes:
        name (str): Name of the automation. Example: DACH CTO outreach.
        use_sender_schedule (bool): When true, each step runs on its sender profile's own schedule and the automation
            schedule is ignored at run time (it must still be sent). Example: False.
        schedule (Schedule): Working-hours schedule: when actions may run.
        description (None | str | Unset): Optional free-text description.
        priority (int | Unset): Execution priority; higher values run first. Defaults to 2. Example: 2.
        is_public (bool | Unset): Whether everyone in the team can see the automation.
        flow_workspace_uuid (None | str | Unset): Folder (flow workspace) to put the automation in; null for none.
    """

    name: str
    use_sender_schedule: bool
    schedule: Schedule
    description: None | str | Unset = UNSET
    priority: int | Unset = UNSET
    is_public: bool | Unset = UNSET
    flow_workspace_uuid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        use_sender_schedule = self.use_sender_schedule

        schedule = self.schedule.to_dict()

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        priority = self.priority

        is_public = self.is_public

        flow_workspace_uuid: None | str | Unset
        if isinstance(self.flow_workspace_uuid, Unset):
            flow_workspace_uuid = UNSET
        else:
            flow_workspace_uuid = self.flow_workspace_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "use_sender_schedule": use_sender_schedule,
                "schedule": schedule,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
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
        name = d.pop("name")

        use_sender_schedule = d.pop("use_sender_schedule")

        schedule = Schedule.from_dict(d.pop("schedule"))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

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

        create_flow_body = cls(
            name=name,
            use_sender_schedule=use_sender_schedule,
            schedule=schedule,
            description=description,
            priority=priority,
            is_public=is_public,
            flow_workspace_uuid=flow_workspace_uuid,
        )

        create_flow_body.additional_properties = d
        return create_flow_body

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
