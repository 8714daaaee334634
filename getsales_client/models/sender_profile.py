from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sender_profile_status import SenderProfileStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule import Schedule


T = TypeVar("T", bound="SenderProfile")


@_attrs_define
class SenderProfile:
    """A person who sends messages on behalf of the team, with linked LinkedIn account and mailboxes, limits and schedule.

    Attributes:
        uuid (str): Unique identifier.
        team_id (int | None | Unset): Team (workspace) the record belongs to.
        linkedin_browser_id (int | None | Unset): ID of the linked LinkedIn browser.
        linkedin_account_uuid (None | str | Unset): UUID of the linkedin account.
        mailbox_uuid (None | str | Unset): UUID of the mailbox.
        assignee_user_id (int | None | Unset): Id of the assignee user.
        first_name (None | str | Unset): First name. Example: John.
        last_name (None | str | Unset): Last name. Example: Doe.
        label (None | str | Unset): Label that tells records apart. Example: Sales Team - US.
        avatar_url (None | str | Unset): Profile photo URL.
        schedule (None | Schedule | Unset): Working-hours schedule.
        smart_limits_enabled (bool | None | Unset): Whether smart sending limits are active.
        status (None | SenderProfileStatus | Unset):
        hold_tasks_till (datetime.datetime | None | Unset): Tasks are held until this time (set automatically during
            execution).
        last_automation_server_id (int | None | Unset): Id of the last automation server.
        notification_emails (Any | Unset): Addresses notified about this sender's issues. Returned as a list of
            addresses; some responses carry it as a single comma-separated string. Example: ['alerts@example.com'].
        user_id (int | None | Unset): User who created the record.
        created_at (datetime.datetime | None | Unset): When the record was created.
        updated_at (datetime.datetime | None | Unset): When the record was last changed.
        linkedin_server_id (int | None | Unset): Automation server running the LinkedIn browser (older field).
        linkedin_browser_uuid (None | str | Unset): Linked browser identifier (older field; newer responses carry
            `linkedin_browser_id`).
    """

    uuid: str
    team_id: int | None | Unset = UNSET
    linkedin_browser_id: int | None | Unset = UNSET
    linkedin_account_uuid: None | str | Unset = UNSET
    mailbox_uuid: None | str | Unset = UNSET
    assignee_user_id: int | None | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    avatar_url: None | str | Unset = UNSET
    schedule: None | Schedule | Unset = UNSET
    smart_limits_enabled: bool | None | Unset = UNSET
    status: None | SenderProfileStatus | Unset = UNSET
    hold_tasks_till: datetime.datetime | None | Unset = UNSET
    last_automation_server_id: int | None | Unset = UNSET
    notification_emails: Any | Unset = UNSET
    user_id: int | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    linkedin_server_id: int | None | Unset = UNSET
    linkedin_browser_uuid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.schedule import Schedule

        uuid = self.uuid

        team_id: int | None | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        linkedin_browser_id: int | None | Unset
        if isinstance(self.linkedin_browser_id, Unset):
            linkedin_browser_id = UNSET
        else:
            linkedin_browser_id = self.linkedin_browser_id

        linkedin_account_uuid: None | str | Unset
        if isinstance(self.linkedin_account_uuid, Unset):
            linkedin_account_uuid = UNSET
        else:
            linkedin_account_uuid = self.linkedin_account_uuid

        mailbox_uuid: None | str | Unset
        if isinstance(self.mailbox_uuid, Unset):
            mailbox_uuid = UNSET
        else:
            mailbox_uuid = self.mailbox_uuid

        assignee_user_id: int | None | Unset
        if isinstance(self.assignee_user_id, Unset):
            assignee_user_id = UNSET
        else:
            assignee_user_id = self.assignee_user_id

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        avatar_url: None | str | Unset
        if isinstance(self.avatar_url, Unset):
            avatar_url = UNSET
        else:
            avatar_url = self.avatar_url

        schedule: dict[str, Any] | None | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        elif isinstance(self.schedule, Schedule):
            schedule = self.schedule.to_dict()
        else:
            schedule = self.schedule

        smart_limits_enabled: bool | None | Unset
        if isinstance(self.smart_limits_enabled, Unset):
            smart_limits_enabled = UNSET
        else:
            smart_limits_enabled = self.smart_limits_enabled

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, SenderProfileStatus):
            status = self.status.value
        else:
            status = self.status

        hold_tasks_till: None | str | Unset
        if isinstance(self.hold_tasks_till, Unset):
            hold_tasks_till = UNSET
        elif isinstance(self.hold_tasks_till, datetime.datetime):
            hold_tasks_till = self.hold_tasks_till.isoformat()
        else:
            hold_tasks_till = self.hold_tasks_till

        last_automation_server_id: int | None | Unset
        if isinstance(self.last_automation_server_id, Unset):
            last_automation_server_id = UNSET
        else:
            last_automation_server_id = self.last_automation_server_id

        notification_emails = self.notification_emails

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

        linkedin_server_id: int | None | Unset
        if isinstance(self.linkedin_server_id, Unset):
            linkedin_server_id = UNSET
        else:
            linkedin_server_id = self.linkedin_server_id

        linkedin_browser_uuid: None | str | Unset
        if isinstance(self.linkedin_browser_uuid, Unset):
            linkedin_browser_uuid = UNSET
        else:
            linkedin_browser_uuid = self.linkedin_browser_uuid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
            }
        )
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if linkedin_browser_id is not UNSET:
            field_dict["linkedin_browser_id"] = linkedin_browser_id
        if linkedin_account_uuid is not UNSET:
            field_dict["linkedin_account_uuid"] = linkedin_account_uuid
        if mailbox_uuid is not UNSET:
            field_dict["mailbox_uuid"] = mailbox_uuid
        if assignee_user_id is not UNSET:
            field_dict["assignee_user_id"] = assignee_user_id
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if label is not UNSET:
            field_dict["label"] = label
        if avatar_url is not UNSET:
            field_dict["avatar_url"] = avatar_url
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if smart_limits_enabled is not UNSET:
            field_dict["smart_limits_enabled"] = smart_limits_enabled
        if status is not UNSET:
            field_dict["status"] = status
        if hold_tasks_till is not UNSET:
            field_dict["hold_tasks_till"] = hold_tasks_till
        if last_automation_server_id is not UNSET:
            field_dict["last_automation_server_id"] = last_automation_server_id
        if notification_emails is not UNSET:
            field_dict["notification_emails"] = notification_emails
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if linkedin_server_id is not UNSET:
            field_dict["linkedin_server_id"] = linkedin_server_id
        if linkedin_browser_uuid is not UNSET:
            field_dict["linkedin_browser_uuid"] = linkedin_browser_uuid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schedule import Schedule

        d = dict(src_dict)
        uuid = d.pop("uuid")

        def _parse_team_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        def _parse_linkedin_browser_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        linkedin_browser_id = _parse_linkedin_browser_id(
            d.pop("linkedin_browser_id", UNSET)
        )

        def _parse_linkedin_account_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linkedin_account_uuid = _parse_linkedin_account_uuid(
            d.pop("linkedin_account_uuid", UNSET)
        )

        def _parse_mailbox_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mailbox_uuid = _parse_mailbox_uuid(d.pop("mailbox_uuid", UNSET))

        def _parse_assignee_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        assignee_user_id = _parse_assignee_user_id(d.pop("assignee_user_id", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

        def _parse_avatar_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar_url = _parse_avatar_url(d.pop("avatar_url", UNSET))

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

        def _parse_smart_limits_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        smart_limits_enabled = _parse_smart_limits_enabled(
            d.pop("smart_limits_enabled", UNSET)
        )

        def _parse_status(data: object) -> None | SenderProfileStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = SenderProfileStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SenderProfileStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_hold_tasks_till(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                hold_tasks_till_type_0 = datetime.datetime.fromisoformat(data)

                return hold_tasks_till_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        hold_tasks_till = _parse_hold_tasks_till(d.pop("hold_tasks_till", UNSET))

        def _parse_last_automation_server_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        last_automation_server_id = _parse_last_automation_server_id(
            d.pop("last_automation_server_id", UNSET)
        )

        notification_emails = d.pop("notification_emails", UNSET)

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

        def _parse_linkedin_server_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        linkedin_server_id = _parse_linkedin_server_id(
            d.pop("linkedin_server_id", UNSET)
        )

        def _parse_linkedin_browser_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linkedin_browser_uuid = _parse_linkedin_browser_uuid(
            d.pop("linkedin_browser_uuid", UNSET)
        )

        sender_profile = cls(
            uuid=uuid,
            team_id=team_id,
            linkedin_browser_id=linkedin_browser_id,
            linkedin_account_uuid=linkedin_account_uuid,
            mailbox_uuid=mailbox_uuid,
            assignee_user_id=assignee_user_id,
            first_name=first_name,
            last_name=last_name,
            label=label,
            avatar_url=avatar_url,
            schedule=schedule,
            smart_limits_enabled=smart_limits_enabled,
            status=status,
            hold_tasks_till=hold_tasks_till,
            last_automation_server_id=last_automation_server_id,
            notification_emails=notification_emails,
            user_id=user_id,
            created_at=created_at,
            updated_at=updated_at,
            linkedin_server_id=linkedin_server_id,
            linkedin_browser_uuid=linkedin_browser_uuid,
        )

        sender_profile.additional_properties = d
        return sender_profile

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
