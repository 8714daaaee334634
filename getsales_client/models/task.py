from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.task_automation import TaskAutomation
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.task_payload import TaskPayload


T = TypeVar("T", bound="Task")


@_attrs_define
class Task:
    """One outreach action scheduled or executed by a flow or by a user.

    Attributes:
        uuid (str): Unique identifier.
        parent_task_pipeline_uuid (None | str | Unset): UUID of the parent task (for chained tasks).
        team_id (int | None | Unset): Team (workspace) the record belongs to.
        assigned_to (int | None | Unset): User ID the task is assigned to.
        user_id (int | None | Unset): User who created the record.
        lead_uuid (None | str | Unset): UUID of the contact.
        company_uuid (None | str | Unset): UUID of the company.
        sender_profile_uuid (None | str | Unset): UUID of the sender profile.
        mailbox_uuid (None | str | Unset): UUID of the mailbox.
        flow_uuid (None | str | Unset): UUID of the flow.
        flow_lead_uuid (None | str | Unset): UUID of the flow-lead record linking this contact to the automation.
        flow_origin (None | str | Unset): automation when created by a flow. Example: automation.
        flow_node_id (int | None | Unset): Node index within the automation that generated this task.
        type_ (None | str | Unset): Task type. Known values linkedin_send_message, linkedin_send_connection_request,
            email_send_message. Example: linkedin_send_message.
        automation (None | TaskAutomation | Unset):
        automation_error_code (None | str | Unset): Machine-readable failure code of an automated task.
        status (None | str | Unset): Task state: `in_progress`, `delegated`, `paused`, `closed` (executed), `canceled`,
            `failed` or `skipped`.
        fork_result (int | None | Unset): Branch taken by a condition task.
        payload (None | TaskPayload | Unset): Details; the shape depends on the type.
        attempts (int | None | Unset): Number of execution attempts.
        error_msg (None | str | Unset): Error or skip reason.
        priority (int | None | Unset): Task priority (lower = higher priority).
        number_in_line (int | None | Unset): Position in the sender's queue.
        note (None | str | Unset): Text of the note.
        timezone (None | str | Unset): IANA time-zone name.
        schedule_at (datetime.datetime | None | Unset): When the task is planned to run.
        executed_at (datetime.datetime | None | Unset): When the task ran.
        taken_to_execute_at (datetime.datetime | None | Unset): When execution started.
        created_at (datetime.datetime | None | Unset): When the record was created.
        updated_at (datetime.datetime | None | Unset): When the record was last changed.
    """

    uuid: str
    parent_task_pipeline_uuid: None | str | Unset = UNSET
    team_id: int | None | Unset = UNSET
    assigned_to: int | None | Unset = UNSET
    user_id: int | None | Unset = UNSET
    lead_uuid: None | str | Unset = UNSET
    company_uuid: None | str | Unset = UNSET
    sender_profile_uuid: None | str | Unset = UNSET
    mailbox_uuid: None | str | Unset = UNSET
    flow_uuid: None | str | Unset = UNSET
    flow_lead_uuid: None | str | Unset = UNSET
    flow_origin: None | str | Unset = UNSET
    flow_node_id: int | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    automation: None | TaskAutomation | Unset = UNSET
    automation_error_code: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    fork_result: int | None | Unset = UNSET
    payload: None | TaskPayload | Unset = UNSET
    attempts: int | None | Unset = UNSET
    error_msg: None | str | Unset = UNSET
    priority: int | None | Unset = UNSET
    number_in_line: int | None | Unset = UNSET
    note: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    schedule_at: datetime.datetime | None | Unset = UNSET
    executed_at: datetime.datetime | None | Unset = UNSET
    taken_to_execute_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.task_payload import TaskPayload

        uuid = self.uuid

        parent_task_pipeline_uuid: None | str | Unset
        if isinstance(self.parent_task_pipeline_uuid, Unset):
            parent_task_pipeline_uuid = UNSET
        else:
            parent_task_pipeline_uuid = self.parent_task_pipeline_uuid

        team_id: int | None | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        assigned_to: int | None | Unset
        if isinstance(self.assigned_to, Unset):
            assigned_to = UNSET
        else:
            assigned_to = self.assigned_to

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        lead_uuid: None | str | Unset
        if isinstance(self.lead_uuid, Unset):
            lead_uuid = UNSET
        else:
            lead_uuid = self.lead_uuid

        company_uuid: None | str | Unset
        if isinstance(self.company_uuid, Unset):
            company_uuid = UNSET
        else:
            company_uuid = self.company_uuid

        sender_profile_uuid: None | str | Unset
        if isinstance(self.sender_profile_uuid, Unset):
            sender_profile_uuid = UNSET
        else:
            sender_profile_uuid = self.sender_profile_uuid

        mailbox_uuid: None | str | Unset
        if isinstance(self.mailbox_uuid, Unset):
            mailbox_uuid = UNSET
        else:
            mailbox_uuid = self.mailbox_uuid

        flow_uuid: None | str | Unset
        if isinstance(self.flow_uuid, Unset):
            flow_uuid = UNSET
        else:
            flow_uuid = self.flow_uuid

        flow_lead_uuid: None | str | Unset
        if isinstance(self.flow_lead_uuid, Unset):
            flow_lead_uuid = UNSET
        else:
            flow_lead_uuid = self.flow_lead_uuid

        flow_origin: None | str | Unset
        if isinstance(self.flow_origin, Unset):
            flow_origin = UNSET
        else:
            flow_origin = self.flow_origin

        flow_node_id: int | None | Unset
        if isinstance(self.flow_node_id, Unset):
            flow_node_id = UNSET
        else:
            flow_node_id = self.flow_node_id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        automation: None | str | Unset
        if isinstance(self.automation, Unset):
            automation = UNSET
        elif isinstance(self.automation, TaskAutomation):
            automation = self.automation.value
        else:
            automation = self.automation

        automation_error_code: None | str | Unset
        if isinstance(self.automation_error_code, Unset):
            automation_error_code = UNSET
        else:
            automation_error_code = self.automation_error_code

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        fork_result: int | None | Unset
        if isinstance(self.fork_result, Unset):
            fork_result = UNSET
        else:
            fork_result = self.fork_result

        payload: dict[str, Any] | None | Unset
        if isinstance(self.payload, Unset):
            payload = UNSET
        elif isinstance(self.payload, TaskPayload):
            payload = self.payload.to_dict()
        else:
            payload = self.payload

        attempts: int | None | Unset
        if isinstance(self.attempts, Unset):
            attempts = UNSET
        else:
            attempts = self.attempts

        error_msg: None | str | Unset
        if isinstance(self.error_msg, Unset):
            error_msg = UNSET
        else:
            error_msg = self.error_msg

        priority: int | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        number_in_line: int | None | Unset
        if isinstance(self.number_in_line, Unset):
            number_in_line = UNSET
        else:
            number_in_line = self.number_in_line

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        schedule_at: None | str | Unset
        if isinstance(self.schedule_at, Unset):
            schedule_at = UNSET
        elif isinstance(self.schedule_at, datetime.datetime):
            schedule_at = self.schedule_at.isoformat()
        else:
            schedule_at = self.schedule_at

        executed_at: None | str | Unset
        if isinstance(self.executed_at, Unset):
            executed_at = UNSET
        elif isinstance(self.executed_at, datetime.datetime):
            executed_at = self.executed_at.isoformat()
        else:
            executed_at = self.executed_at

        taken_to_execute_at: None | str | Unset
        if isinstance(self.taken_to_execute_at, Unset):
            taken_to_execute_at = UNSET
        elif isinstance(self.taken_to_execute_at, datetime.datetime):
            taken_to_execute_at = self.taken_to_execute_at.isoformat()
        else:
            taken_to_execute_at = self.taken_to_execute_at

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
        if parent_task_pipeline_uuid is not UNSET:
            field_dict["parent_task_pipeline_uuid"] = parent_task_pipeline_uuid
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if assigned_to is not UNSET:
            field_dict["assigned_to"] = assigned_to
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if lead_uuid is not UNSET:
            field_dict["lead_uuid"] = lead_uuid
        if company_uuid is not UNSET:
            field_dict["company_uuid"] = company_uuid
        if sender_profile_uuid is not UNSET:
            field_dict["sender_profile_uuid"] = sender_profile_uuid
        if mailbox_uuid is not UNSET:
            field_dict["mailbox_uuid"] = mailbox_uuid
        if flow_uuid is not UNSET:
            field_dict["flow_uuid"] = flow_uuid
        if flow_lead_uuid is not UNSET:
            field_dict["flow_lead_uuid"] = flow_lead_uuid
        if flow_origin is not UNSET:
            field_dict["flow_origin"] = flow_origin
        if flow_node_id is not UNSET:
            field_dict["flow_node_id"] = flow_node_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if automation is not UNSET:
            field_dict["automation"] = automation
        if automation_error_code is not UNSET:
            field_dict["automation_error_code"] = automation_error_code
        if status is not UNSET:
            field_dict["status"] = status
        if fork_result is not UNSET:
            field_dict["fork_result"] = fork_result
        if payload is not UNSET:
            field_dict["payload"] = payload
        if attempts is not UNSET:
            field_dict["attempts"] = attempts
        if error_msg is not UNSET:
            field_dict["error_msg"] = error_msg
        if priority is not UNSET:
            field_dict["priority"] = priority
        if number_in_line is not UNSET:
            field_dict["number_in_line"] = number_in_line
        if note is not UNSET:
            field_dict["note"] = note
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if schedule_at is not UNSET:
            field_dict["schedule_at"] = schedule_at
        if executed_at is not UNSET:
            field_dict["executed_at"] = executed_at
        if taken_to_execute_at is not UNSET:
            field_dict["taken_to_execute_at"] = taken_to_execute_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.task_payload import TaskPayload

        d = dict(src_dict)
        uuid = d.pop("uuid")

        def _parse_parent_task_pipeline_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        parent_task_pipeline_uuid = _parse_parent_task_pipeline_uuid(
            d.pop("parent_task_pipeline_uuid", UNSET)
        )

        def _parse_team_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        def _parse_assigned_to(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        assigned_to = _parse_assigned_to(d.pop("assigned_to", UNSET))

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_lead_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lead_uuid = _parse_lead_uuid(d.pop("lead_uuid", UNSET))

        def _parse_company_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_uuid = _parse_company_uuid(d.pop("company_uuid", UNSET))

        def _parse_sender_profile_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender_profile_uuid = _parse_sender_profile_uuid(
            d.pop("sender_profile_uuid", UNSET)
        )

        def _parse_mailbox_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mailbox_uuid = _parse_mailbox_uuid(d.pop("mailbox_uuid", UNSET))

        def _parse_flow_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flow_uuid = _parse_flow_uuid(d.pop("flow_uuid", UNSET))

        def _parse_flow_lead_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flow_lead_uuid = _parse_flow_lead_uuid(d.pop("flow_lead_uuid", UNSET))

        def _parse_flow_origin(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flow_origin = _parse_flow_origin(d.pop("flow_origin", UNSET))

        def _parse_flow_node_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        flow_node_id = _parse_flow_node_id(d.pop("flow_node_id", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_automation(data: object) -> None | TaskAutomation | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                automation_type_0 = TaskAutomation(data)

                return automation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | TaskAutomation | Unset, data)

        automation = _parse_automation(d.pop("automation", UNSET))

        def _parse_automation_error_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        automation_error_code = _parse_automation_error_code(
            d.pop("automation_error_code", UNSET)
        )

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_fork_result(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        fork_result = _parse_fork_result(d.pop("fork_result", UNSET))

        def _parse_payload(data: object) -> None | TaskPayload | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_0 = TaskPayload.from_dict(data)

                return payload_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"payload: {type(data).__name__} is not None | TaskPayload | Unset ({problem!r})"
            )

        payload = _parse_payload(d.pop("payload", UNSET))

        def _parse_attempts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        attempts = _parse_attempts(d.pop("attempts", UNSET))

        def _parse_error_msg(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_msg = _parse_error_msg(d.pop("error_msg", UNSET))

        def _parse_priority(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        def _parse_number_in_line(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        number_in_line = _parse_number_in_line(d.pop("number_in_line", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        def _parse_schedule_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                schedule_at_type_0 = datetime.datetime.fromisoformat(data)

                return schedule_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        schedule_at = _parse_schedule_at(d.pop("schedule_at", UNSET))

        def _parse_executed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                executed_at_type_0 = datetime.datetime.fromisoformat(data)

                return executed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        executed_at = _parse_executed_at(d.pop("executed_at", UNSET))

        def _parse_taken_to_execute_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                taken_to_execute_at_type_0 = datetime.datetime.fromisoformat(data)

                return taken_to_execute_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        taken_to_execute_at = _parse_taken_to_execute_at(
            d.pop("taken_to_execute_at", UNSET)
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

        task = cls(
            uuid=uuid,
            parent_task_pipeline_uuid=parent_task_pipeline_uuid,
            team_id=team_id,
            assigned_to=assigned_to,
            user_id=user_id,
            lead_uuid=lead_uuid,
            company_uuid=company_uuid,
            sender_profile_uuid=sender_profile_uuid,
            mailbox_uuid=mailbox_uuid,
            flow_uuid=flow_uuid,
            flow_lead_uuid=flow_lead_uuid,
            flow_origin=flow_origin,
            flow_node_id=flow_node_id,
            type_=type_,
            automation=automation,
            automation_error_code=automation_error_code,
            status=status,
            fork_result=fork_result,
            payload=payload,
            attempts=attempts,
            error_msg=error_msg,
            priority=priority,
            number_in_line=number_in_line,
            note=note,
            timezone=timezone,
            schedule_at=schedule_at,
            executed_at=executed_at,
            taken_to_execute_at=taken_to_execute_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        task.additional_properties = d
        return task

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
