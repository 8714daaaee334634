from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_linked_in_message_automation import (
    WebhookLinkedInMessageAutomation,
)
from ..models.webhook_linked_in_message_linkedin_type import (
    WebhookLinkedInMessageLinkedinType,
)
from ..models.webhook_linked_in_message_status import WebhookLinkedInMessageStatus
from ..models.webhook_linked_in_message_type import WebhookLinkedInMessageType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_linked_in_message_attachments_item import (
        WebhookLinkedInMessageAttachmentsItem,
    )


T = TypeVar("T", bound="WebhookLinkedInMessage")


@_attrs_define
class WebhookLinkedInMessage:
    """A LinkedIn message as deliveries carry it: the fields of LinkedInMessage, every one optional (a delivery may leave
    out even the uuid).

        Attributes:
            uuid (None | str | Unset): Unique identifier.
            team_id (int | None | Unset): Team (workspace) the record belongs to.
            sender_profile_uuid (None | str | Unset): UUID of the sender profile.
            linkedin_account_uuid (None | str | Unset): UUID of the linkedin account.
            linkedin_conversation_uuid (None | str | Unset): UUID of the linkedin conversation.
            lead_uuid (None | str | Unset): UUID of the contact.
            task_pipeline_uuid (None | str | Unset): UUID of the task.
            template_uuid (None | str | Unset): UUID of the template.
            message_hash (None | str | Unset): LinkedIn message hash.
            subject (None | str | Unset): Subject line.
            text (None | str | Unset): Message text. Example: Hi John, thanks for connecting!.
            custom_content (list[Any] | None | Unset): Rich content blocks of the message.
            attachments (list[WebhookLinkedInMessageAttachmentsItem] | None | Unset): Attachments of the message.
            type_ (None | Unset | WebhookLinkedInMessageType): Direction: `inbox` received, `outbox` sent. Example: outbox.
            automation (None | Unset | WebhookLinkedInMessageAutomation): Origin: `auto` from a flow, `manual` sent by a
                user, `synced` received and synced from LinkedIn.
            linkedin_type (None | Unset | WebhookLinkedInMessageLinkedinType): LinkedIn message type. Example: message.
            status (None | Unset | WebhookLinkedInMessageStatus): State of the record. Example: done.
            fail_reason (None | str | Unset): Why sending failed.
            read_at (datetime.datetime | None | Unset): When the message was read.
            sent_at (datetime.datetime | None | Unset): When the message was sent.
            user_id (int | None | Unset): User who created the record.
            created_at (datetime.datetime | None | Unset): When the record was created.
            updated_at (datetime.datetime | None | Unset): When the record was last changed.
    """

    uuid: None | str | Unset = UNSET
    team_id: int | None | Unset = UNSET
    sender_profile_uuid: None | str | Unset = UNSET
    linkedin_account_uuid: None | str | Unset = UNSET
    linkedin_conversation_uuid: None | str | Unset = UNSET
    lead_uuid: None | str | Unset = UNSET
    task_pipeline_uuid: None | str | Unset = UNSET
    template_uuid: None | str | Unset = UNSET
    message_hash: None | str | Unset = UNSET
    subject: None | str | Unset = UNSET
    text: None | str | Unset = UNSET
    custom_content: list[Any] | None | Unset = UNSET
    attachments: list[WebhookLinkedInMessageAttachmentsItem] | None | Unset = UNSET
    type_: None | Unset | WebhookLinkedInMessageType = UNSET
    automation: None | Unset | WebhookLinkedInMessageAutomation = UNSET
    linkedin_type: None | Unset | WebhookLinkedInMessageLinkedinType = UNSET
    status: None | Unset | WebhookLinkedInMessageStatus = UNSET
    fail_reason: None | str | Unset = UNSET
    read_at: datetime.datetime | None | Unset = UNSET
    sent_at: datetime.datetime | None | Unset = UNSET
    user_id: int | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid: None | str | Unset
        if isinstance(self.uuid, Unset):
            uuid = UNSET
        else:
            uuid = self.uuid

        team_id: int | None | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        sender_profile_uuid: None | str | Unset
        if isinstance(self.sender_profile_uuid, Unset):
            sender_profile_uuid = UNSET
        else:
            sender_profile_uuid = self.sender_profile_uuid

        linkedin_account_uuid: None | str | Unset
        if isinstance(self.linkedin_account_uuid, Unset):
            linkedin_account_uuid = UNSET
        else:
            linkedin_account_uuid = self.linkedin_account_uuid

        linkedin_conversation_uuid: None | str | Unset
        if isinstance(self.linkedin_conversation_uuid, Unset):
            linkedin_conversation_uuid = UNSET
        else:
            linkedin_conversation_uuid = self.linkedin_conversation_uuid

        lead_uuid: None | str | Unset
        if isinstance(self.lead_uuid, Unset):
            lead_uuid = UNSET
        else:
            lead_uuid = self.lead_uuid

        task_pipeline_uuid: None | str | Unset
        if isinstance(self.task_pipeline_uuid, Unset):
            task_pipeline_uuid = UNSET
        else:
            task_pipeline_uuid = self.task_pipeline_uuid

        template_uuid: None | str | Unset
        if isinstance(self.template_uuid, Unset):
            template_uuid = UNSET
        else:
            template_uuid = self.template_uuid

        message_hash: None | str | Unset
        if isinstance(self.message_hash, Unset):
            message_hash = UNSET
        else:
            message_hash = self.message_hash

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        custom_content: list[Any] | None | Unset
        if isinstance(self.custom_content, Unset):
            custom_content = UNSET
        elif isinstance(self.custom_content, list):
            custom_content = self.custom_content

        else:
            custom_content = self.custom_content

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, WebhookLinkedInMessageType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        automation: None | str | Unset
        if isinstance(self.automation, Unset):
            automation = UNSET
        elif isinstance(self.automation, WebhookLinkedInMessageAutomation):
            automation = self.automation.value
        else:
            automation = self.automation

        linkedin_type: None | str | Unset
        if isinstance(self.linkedin_type, Unset):
            linkedin_type = UNSET
        elif isinstance(self.linkedin_type, WebhookLinkedInMessageLinkedinType):
            linkedin_type = self.linkedin_type.value
        else:
            linkedin_type = self.linkedin_type

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, WebhookLinkedInMessageStatus):
            status = self.status.value
        else:
            status = self.status

        fail_reason: None | str | Unset
        if isinstance(self.fail_reason, Unset):
            fail_reason = UNSET
        else:
            fail_reason = self.fail_reason

        read_at: None | str | Unset
        if isinstance(self.read_at, Unset):
            read_at = UNSET
        elif isinstance(self.read_at, datetime.datetime):
            read_at = self.read_at.isoformat()
        else:
            read_at = self.read_at

        sent_at: None | str | Unset
        if isinstance(self.sent_at, Unset):
            sent_at = UNSET
        elif isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

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
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if sender_profile_uuid is not UNSET:
            field_dict["sender_profile_uuid"] = sender_profile_uuid
        if linkedin_account_uuid is not UNSET:
            field_dict["linkedin_account_uuid"] = linkedin_account_uuid
        if linkedin_conversation_uuid is not UNSET:
            field_dict["linkedin_conversation_uuid"] = linkedin_conversation_uuid
        if lead_uuid is not UNSET:
            field_dict["lead_uuid"] = lead_uuid
        if task_pipeline_uuid is not UNSET:
            field_dict["task_pipeline_uuid"] = task_pipeline_uuid
        if template_uuid is not UNSET:
            field_dict["template_uuid"] = template_uuid
        if message_hash is not UNSET:
            field_dict["message_hash"] = message_hash
        if subject is not UNSET:
            field_dict["subject"] = subject
        if text is not UNSET:
            field_dict["text"] = text
        if custom_content is not UNSET:
            field_dict["custom_content"] = custom_content
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if type_ is not UNSET:
            field_dict["type"] = type_
        if automation is not UNSET:
            field_dict["automation"] = automation
        if linkedin_type is not UNSET:
            field_dict["linkedin_type"] = linkedin_type
        if status is not UNSET:
            field_dict["status"] = status
        if fail_reason is not UNSET:
            field_dict["fail_reason"] = fail_reason
        if read_at is not UNSET:
            field_dict["read_at"] = read_at
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_linked_in_message_attachments_item import (
            WebhookLinkedInMessageAttachmentsItem,
        )

        d = dict(src_dict)

        def _parse_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uuid = _parse_uuid(d.pop("uuid", UNSET))

        def _parse_team_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        def _parse_sender_profile_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender_profile_uuid = _parse_sender_profile_uuid(
            d.pop("sender_profile_uuid", UNSET)
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

        def _parse_linkedin_conversation_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linkedin_conversation_uuid = _parse_linkedin_conversation_uuid(
            d.pop("linkedin_conversation_uuid", UNSET)
        )

        def _parse_lead_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lead_uuid = _parse_lead_uuid(d.pop("lead_uuid", UNSET))

        def _parse_task_pipeline_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        task_pipeline_uuid = _parse_task_pipeline_uuid(
            d.pop("task_pipeline_uuid", UNSET)
        )

        def _parse_template_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        template_uuid = _parse_template_uuid(d.pop("template_uuid", UNSET))

        def _parse_message_hash(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message_hash = _parse_message_hash(d.pop("message_hash", UNSET))

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        def _parse_custom_content(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                custom_content_type_0 = data

                return custom_content_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"custom_content: {type(data).__name__} is not list[Any] | None | Unset ({problem!r})"
            )

        custom_content = _parse_custom_content(d.pop("custom_content", UNSET))

        def _parse_attachments(
            data: object,
        ) -> list[WebhookLinkedInMessageAttachmentsItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachments_type_0 = []
                _attachments_type_0 = data
                for attachments_type_0_item_data in _attachments_type_0:
                    attachments_type_0_item = (
                        WebhookLinkedInMessageAttachmentsItem.from_dict(
                            attachments_type_0_item_data
                        )
                    )

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"attachments: {type(data).__name__} is not list[WebhookLinkedInMessageAttachmentsItem] | None | Unset ({problem!r})"
            )

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        def _parse_type_(data: object) -> None | Unset | WebhookLinkedInMessageType:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = WebhookLinkedInMessageType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookLinkedInMessageType, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_automation(
            data: object,
        ) -> None | Unset | WebhookLinkedInMessageAutomation:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                automation_type_1 = WebhookLinkedInMessageAutomation(data)

                return automation_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookLinkedInMessageAutomation, data)

        automation = _parse_automation(d.pop("automation", UNSET))

        def _parse_linkedin_type(
            data: object,
        ) -> None | Unset | WebhookLinkedInMessageLinkedinType:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                linkedin_type_type_1 = WebhookLinkedInMessageLinkedinType(data)

                return linkedin_type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookLinkedInMessageLinkedinType, data)

        linkedin_type = _parse_linkedin_type(d.pop("linkedin_type", UNSET))

        def _parse_status(data: object) -> None | Unset | WebhookLinkedInMessageStatus:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = WebhookLinkedInMessageStatus(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookLinkedInMessageStatus, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_fail_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        fail_reason = _parse_fail_reason(d.pop("fail_reason", UNSET))

        def _parse_read_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                read_at_type_0 = datetime.datetime.fromisoformat(data)

                return read_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        read_at = _parse_read_at(d.pop("read_at", UNSET))

        def _parse_sent_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                sent_at_type_0 = datetime.datetime.fromisoformat(data)

                return sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        sent_at = _parse_sent_at(d.pop("sent_at", UNSET))

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

        webhook_linked_in_message = cls(
            uuid=uuid,
            team_id=team_id,
            sender_profile_uuid=sender_profile_uuid,
            linkedin_account_uuid=linkedin_account_uuid,
            linkedin_conversation_uuid=linkedin_conversation_uuid,
            lead_uuid=lead_uuid,
            task_pipeline_uuid=task_pipeline_uuid,
            template_uuid=template_uuid,
            message_hash=message_hash,
            subject=subject,
            text=text,
            custom_content=custom_content,
            attachments=attachments,
            type_=type_,
            automation=automation,
            linkedin_type=linkedin_type,
            status=status,
            fail_reason=fail_reason,
            read_at=read_at,
            sent_at=sent_at,
            user_id=user_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        webhook_linked_in_message.additional_properties = d
        return webhook_linked_in_message

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
