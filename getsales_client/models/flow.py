from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.flow_status import FlowStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule import Schedule


T = TypeVar("T", bound="Flow")


@_attrs_define
class Flow:
    """An automation flow: a multi-step outreach sequence.

    Attributes:
        uuid (str): Unique identifier.
        public_uuid (None | str | Unset): Public identifier used for sharing.
        team_id (int | None | Unset): Team (workspace) the record belongs to.
        name (None | str | Unset): Name. Example: DACH CTO Outreach.
        flow_workspace_uuid (None | str | Unset): UUID of the flow workspace.
        flow_version_uuid (None | str | Unset): UUID of the flow version.
        use_sender_schedule (bool | None | Unset): When true, tasks use each sender profile's own schedule instead of
            the flow schedule.
        schedule (None | Schedule | Unset): When the flow may execute actions.
        description (None | str | Unset): Free-text description.
        priority (int | None | Unset): Execution priority; higher runs first.
        status (FlowStatus | None | Unset):
        is_public (bool | None | Unset): Visible to the whole team.
        user_id (int | None | Unset): User who created the record.
        created_at (datetime.datetime | None | Unset): When the record was created.
        updated_at (datetime.datetime | None | Unset): When the record was last changed.
    """

    uuid: str
    public_uuid: None | str | Unset = UNSET
    team_id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    flow_workspace_uuid: None | str | Unset = UNSET
    flow_version_uuid: None | str | Unset = UNSET
    use_sender_schedule: bool | None | Unset = UNSET
    schedule: None | Schedule | Unset = UNSET
    description: None | str | Unset = UNSET
    priority: int | None | Unset = UNSET
    status: FlowStatus | None | Unset = UNSET
    is_public: bool | None | Unset = UNSET
    user_id: int | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.schedule import Schedule

        uuid = self.uuid

        public_uuid: None | str | Unset
        if isinstance(self.public_uuid, Unset):
            public_uuid = UNSET
        else:
            public_uuid = self.public_uuid

        team_id: int | None | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        flow_workspace_uuid: None | str | Unset
        if isinstance(self.flow_workspace_uuid, Unset):
            flow_workspace_uuid = UNSET
        else:
            flow_workspace_uuid = self.flow_workspace_uuid

        flow_version_uuid: None | str | Unset
        if isinstance(self.flow_version_uuid, Unset):
            flow_version_uuid = UNSET
        else:
            flow_version_uuid = self.flow_version_uuid

        use_sender_schedule: bool | None | Unset
        if isinstance(self.use_sender_schedule, Unset):
            use_sender_schedule = UNSET
        else:
            use_sender_schedule = self.use_sender_schedule

        schedule: dict[str, Any] | None | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        elif isinstance(self.schedule, Schedule):
            schedule = self.schedule.to_dict()
        else:
            schedule = self.schedule

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        priority: int | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, FlowStatus):
            status = self.status.value
        else:
            status = self.status

        is_public: bool | None | Unset
        if isinstance(self.is_public, Unset):
            is_public = UNSET
        else:
            is_public = self.is_public

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

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
        if public_uuid is not UNSET:
            field_dict["public_uuid"] = public_uuid
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if name is not UNSET:
            field_dict["name"] = name
        if flow_workspace_uuid is not UNSET:
            field_dict["flow_workspace_uuid"] = flow_workspace_uuid
        if flow_version_uuid is not UNSET:
            field_dict["flow_version_uuid"] = flow_version_uuid
        if use_sender_schedule is not UNSET:
            field_dict["use_sender_schedule"] = use_sender_schedule
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if description is not UNSET:
            field_dict["description"] = description
        if priority is not UNSET:
            field_dict["priority"] = priority
        if status is not UNSET:
            field_dict["status"] = status
        if is_public is not UNSET:
            field_dict["is_public"] = is_public
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schedule import Schedule

        d = dict(src_dict)
        uuid = d.pop("uuid")

        def _parse_public_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        public_uuid = _parse_public_uuid(d.pop("public_uuid", UNSET))

        def _parse_team_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_flow_workspace_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flow_workspace_uuid = _parse_flow_workspace_uuid(
            d.pop("flow_workspace_uuid", UNSET)
        )

        def _parse_flow_version_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flow_version_uuid = _parse_flow_version_uuid(d.pop("flow_version_uuid", UNSET))

        def _parse_use_sender_schedule(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_sender_schedule = _parse_use_sender_schedule(
            d.pop("use_sender_schedule", UNSET)
        )

        def _parse_schedule(data: object) -> None | Schedule | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schedule_type_0 = Schedule.from_dict(data)

                return schedule_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"schedule: {type(data).__name__} is not None | Schedule | Unset ({problem!r})"
            )

        schedule = _parse_schedule(d.pop("schedule", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_priority(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        def _parse_status(data: object) -> FlowStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = FlowStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_is_public(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_public = _parse_is_public(d.pop("is_public", UNSET))

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

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

        flow = cls(
            uuid=uuid,
            public_uuid=public_uuid,
            team_id=team_id,
            name=name,
            flow_workspace_uuid=flow_workspace_uuid,
            flow_version_uuid=flow_version_uuid,
            use_sender_schedule=use_sender_schedule,
            schedule=schedule,
            description=description,
            priority=priority,
            status=status,
            is_public=is_public,
            user_id=user_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        flow.additional_properties = d
        return flow

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
