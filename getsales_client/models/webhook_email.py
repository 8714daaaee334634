from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_email_type import WebhookEmailType
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookEmail")


@_attrs_define
class WebhookEmail:
    """An e-mail as deliveries carry it: the fields of Email, every one optional (a delivery may leave out even the uuid),
    plus the message body.

        Attributes:
            uuid (None | str | Unset): Unique identifier.
            team_id (int | None | Unset): Team (workspace) the record belongs to.
            user_id (int | None | Unset): User who created the record.
            sender_profile_uuid (None | str | Unset): UUID of the sender profile.
            mailbox_uuid (None | str | Unset): UUID of the mailbox.
            email_body_uuid (None | str | Unset): UUID of the email body.
            flow_uuid (None | str | Unset): UUID of the flow.
            lead_uuid (None | str | Unset): UUID of the contact.
            status (None | str | Unset): Delivery state, for example `waiting`, `sent` or `sync`.
            type_ (None | Unset | WebhookEmailType): Message direction.
            from_name (None | str | Unset): Sender name.
            from_email (None | str | Unset): Sender address.
            to_name (None | str | Unset): Recipient name.
            to_email (None | str | Unset): Recipient address.
            cc (list[str] | None | Unset): Carbon-copy addresses.
            bcc (list[str] | None | Unset): Blind-copy addresses.
            subject (None | str | Unset): Subject line.
            replied_to_uuid (None | str | Unset): UUID of the email replied to.
            bounced_by_uuid (None | str | Unset): UUID of the bounce message.
            sent_at (datetime.datetime | None | Unset): When the message was sent.
            created_at (datetime.datetime | None | Unset): When the record was created.
            updated_at (datetime.datetime | None | Unset): When the record was last changed.
            flow_node_id (int | None | Unset): Id of the flow node.
            task_pipeline_uuid (None | str | Unset): UUID of the task.
            template_uuid (None | str | Unset): UUID of the template.
            gpt_prompt_uuid (None | str | Unset): UUID of the AI prompt.
            email_uid (None | str | Unset): IMAP UID of the message.
            email_id (None | str | Unset): Message-ID header of the email.
            folder (None | str | Unset): Mailbox folder.
            headers (list[Any] | None | Unset): Raw message headers.
            sending_attempts (int | None | Unset): Number of send attempts.
            thread_uuid (None | str | Unset): Conversation thread the email belongs to.
            body (None | str | Unset): The message body (HTML or text).
    """

    uuid: None | str | Unset = UNSET
    team_id: int | None | Unset = UNSET
    user_id: int | None | Unset = UNSET
    sender_profile_uuid: None | str | Unset = UNSET
    mailbox_uuid: None | str | Unset = UNSET
    email_body_uuid: None | str | Unset = UNSET
    flow_uuid: None | str | Unset = UNSET
    lead_uuid: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    type_: None | Unset | WebhookEmailType = UNSET
    from_name: None | str | Unset = UNSET
    from_email: None | str | Unset = UNSET
    to_name: None | str | Unset = UNSET
    to_email: None | str | Unset = UNSET
    cc: list[str] | None | Unset = UNSET
    bcc: list[str] | None | Unset = UNSET
    subject: None | str | Unset = UNSET
    replied_to_uuid: None | str | Unset = UNSET
    bounced_by_uuid: None | str | Unset = UNSET
    sent_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    flow_node_id: int | None | Unset = UNSET
    task_pipeline_uuid: None | str | Unset = UNSET
    template_uuid: None | str | Unset = UNSET
    gpt_prompt_uuid: None | str | Unset = UNSET
    email_uid: None | str | Unset = UNSET
    email_id: None | str | Unset = UNSET
    folder: None | str | Unset = UNSET
    headers: list[Any] | None | Unset = UNSET
    sending_attempts: int | None | Unset = UNSET
    thread_uuid: None | str | Unset = UNSET
    body: None | str | Unset = UNSET
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

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

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

        email_body_uuid: None | str | Unset
        if isinstance(self.email_body_uuid, Unset):
            email_body_uuid = UNSET
        else:
            email_body_uuid = self.email_body_uuid

        flow_uuid: None | str | Unset
        if isinstance(self.flow_uuid, Unset):
            flow_uuid = UNSET
        else:
            flow_uuid = self.flow_uuid

        lead_uuid: None | str | Unset
        if isinstance(self.lead_uuid, Unset):
            lead_uuid = UNSET
        else:
            lead_uuid = self.lead_uuid

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, WebhookEmailType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        from_name: None | str | Unset
        if isinstance(self.from_name, Unset):
            from_name = UNSET
        else:
            from_name = self.from_name

        from_email: None | str | Unset
        if isinstance(self.from_email, Unset):
            from_email = UNSET
        else:
            from_email = self.from_email

        to_name: None | str | Unset
        if isinstance(self.to_name, Unset):
            to_name = UNSET
        else:
            to_name = self.to_name

        to_email: None | str | Unset
        if isinstance(self.to_email, Unset):
            to_email = UNSET
        else:
            to_email = self.to_email

        cc: list[str] | None | Unset
        if isinstance(self.cc, Unset):
            cc = UNSET
        elif isinstance(self.cc, list):
            cc = self.cc

        else:
            cc = self.cc

        bcc: list[str] | None | Unset
        if isinstance(self.bcc, Unset):
            bcc = UNSET
        elif isinstance(self.bcc, list):
            bcc = self.bcc

        else:
            bcc = self.bcc

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        replied_to_uuid: None | str | Unset
        if isinstance(self.replied_to_uuid, Unset):
            replied_to_uuid = UNSET
        else:
            replied_to_uuid = self.replied_to_uuid

        bounced_by_uuid: None | str | Unset
        if isinstance(self.bounced_by_uuid, Unset):
            bounced_by_uuid = UNSET
        else:
            bounced_by_uuid = self.bounced_by_uuid

        sent_at: None | str | Unset
        if isinstance(self.sent_at, Unset):
            sent_at = UNSET
        elif isinstance(self.sent_at, datetime.datetime):
            sent_at = self.sent_at.isoformat()
        else:
            sent_at = self.sent_at

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

        flow_node_id: int | None | Unset
        if isinstance(self.flow_node_id, Unset):
            flow_node_id = UNSET
        else:
            flow_node_id = self.flow_node_id

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

        gpt_prompt_uuid: None | str | Unset
        if isinstance(self.gpt_prompt_uuid, Unset):
            gpt_prompt_uuid = UNSET
        else:
            gpt_prompt_uuid = self.gpt_prompt_uuid

        email_uid: None | str | Unset
        if isinstance(self.email_uid, Unset):
            email_uid = UNSET
        else:
            email_uid = self.email_uid

        email_id: None | str | Unset
        if isinstance(self.email_id, Unset):
            email_id = UNSET
        else:
            email_id = self.email_id

        folder: None | str | Unset
        if isinstance(self.folder, Unset):
            folder = UNSET
        else:
            folder = self.folder

        headers: list[Any] | None | Unset
        if isinstance(self.headers, Unset):
            headers = UNSET
        elif isinstance(self.headers, list):
            headers = self.headers

        else:
            headers = self.headers

        sending_attempts: int | None | Unset
        if isinstance(self.sending_attempts, Unset):
            sending_attempts = UNSET
        else:
            sending_attempts = self.sending_attempts

        thread_uuid: None | str | Unset
        if isinstance(self.thread_uuid, Unset):
            thread_uuid = UNSET
        else:
            thread_uuid = self.thread_uuid

        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if sender_profile_uuid is not UNSET:
            field_dict["sender_profile_uuid"] = sender_profile_uuid
        if mailbox_uuid is not UNSET:
            field_dict["mailbox_uuid"] = mailbox_uuid
        if email_body_uuid is not UNSET:
            field_dict["email_body_uuid"] = email_body_uuid
        if flow_uuid is not UNSET:
            field_dict["flow_uuid"] = flow_uuid
        if lead_uuid is not UNSET:
            field_dict["lead_uuid"] = lead_uuid
        if status is not UNSET:
            field_dict["status"] = status
        if type_ is not UNSET:
            field_dict["type"] = type_
        if from_name is not UNSET:
            field_dict["from_name"] = from_name
        if from_email is not UNSET:
            field_dict["from_email"] = from_email
        if to_name is not UNSET:
            field_dict["to_name"] = to_name
        if to_email is not UNSET:
            field_dict["to_email"] = to_email
        if cc is not UNSET:
            field_dict["cc"] = cc
        if bcc is not UNSET:
            field_dict["bcc"] = bcc
        if subject is not UNSET:
            field_dict["subject"] = subject
        if replied_to_uuid is not UNSET:
            field_dict["replied_to_uuid"] = replied_to_uuid
        if bounced_by_uuid is not UNSET:
            field_dict["bounced_by_uuid"] = bounced_by_uuid
        if sent_at is not UNSET:
            field_dict["sent_at"] = sent_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if flow_node_id is not UNSET:
            field_dict["flow_node_id"] = flow_node_id
        if task_pipeline_uuid is not UNSET:
            field_dict["task_pipeline_uuid"] = task_pipeline_uuid
        if template_uuid is not UNSET:
            field_dict["template_uuid"] = template_uuid
        if gpt_prompt_uuid is not UNSET:
            field_dict["gpt_prompt_uuid"] = gpt_prompt_uuid
        if email_uid is not UNSET:
            field_dict["email_uid"] = email_uid
        if email_id is not UNSET:
            field_dict["email_id"] = email_id
        if folder is not UNSET:
            field_dict["folder"] = folder
        if headers is not UNSET:
            field_dict["headers"] = headers
        if sending_attempts is not UNSET:
            field_dict["sending_attempts"] = sending_attempts
        if thread_uuid is not UNSET:
            field_dict["thread_uuid"] = thread_uuid
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
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

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

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

        def _parse_email_body_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_body_uuid = _parse_email_body_uuid(d.pop("email_body_uuid", UNSET))

        def _parse_flow_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flow_uuid = _parse_flow_uuid(d.pop("flow_uuid", UNSET))

        def _parse_lead_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lead_uuid = _parse_lead_uuid(d.pop("lead_uuid", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_type_(data: object) -> None | Unset | WebhookEmailType:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = WebhookEmailType(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | WebhookEmailType, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_from_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_name = _parse_from_name(d.pop("from_name", UNSET))

        def _parse_from_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_email = _parse_from_email(d.pop("from_email", UNSET))

        def _parse_to_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_name = _parse_to_name(d.pop("to_name", UNSET))

        def _parse_to_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        to_email = _parse_to_email(d.pop("to_email", UNSET))

        def _parse_cc(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cc_type_0 = cast(list[str], data)

                return cc_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"cc: {type(data).__name__} is not list[str] | None | Unset ({problem!r})"
            )

        cc = _parse_cc(d.pop("cc", UNSET))

        def _parse_bcc(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bcc_type_0 = cast(list[str], data)

                return bcc_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"bcc: {type(data).__name__} is not list[str] | None | Unset ({problem!r})"
            )

        bcc = _parse_bcc(d.pop("bcc", UNSET))

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        def _parse_replied_to_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        replied_to_uuid = _parse_replied_to_uuid(d.pop("replied_to_uuid", UNSET))

        def _parse_bounced_by_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bounced_by_uuid = _parse_bounced_by_uuid(d.pop("bounced_by_uuid", UNSET))

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

        def _parse_flow_node_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        flow_node_id = _parse_flow_node_id(d.pop("flow_node_id", UNSET))

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

        def _parse_gpt_prompt_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gpt_prompt_uuid = _parse_gpt_prompt_uuid(d.pop("gpt_prompt_uuid", UNSET))

        def _parse_email_uid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_uid = _parse_email_uid(d.pop("email_uid", UNSET))

        def _parse_email_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_id = _parse_email_id(d.pop("email_id", UNSET))

        def _parse_folder(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        folder = _parse_folder(d.pop("folder", UNSET))

        def _parse_headers(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                headers_type_0 = data

                return headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"headers: {type(data).__name__} is not list[Any] | None | Unset ({problem!r})"
            )

        headers = _parse_headers(d.pop("headers", UNSET))

        def _parse_sending_attempts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sending_attempts = _parse_sending_attempts(d.pop("sending_attempts", UNSET))

        def _parse_thread_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        thread_uuid = _parse_thread_uuid(d.pop("thread_uuid", UNSET))

        def _parse_body(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        body = _parse_body(d.pop("body", UNSET))

        webhook_email = cls(
            uuid=uuid,
            team_id=team_id,
            user_id=user_id,
            sender_profile_uuid=sender_profile_uuid,
            mailbox_uuid=mailbox_uuid,
            email_body_uuid=email_body_uuid,
            flow_uuid=flow_uuid,
            lead_uuid=lead_uuid,
            status=status,
            type_=type_,
            from_name=from_name,
            from_email=from_email,
            to_name=to_name,
            to_email=to_email,
            cc=cc,
            bcc=bcc,
            subject=subject,
            replied_to_uuid=replied_to_uuid,
            bounced_by_uuid=bounced_by_uuid,
            sent_at=sent_at,
            created_at=created_at,
            updated_at=updated_at,
            flow_node_id=flow_node_id,
            task_pipeline_uuid=task_pipeline_uuid,
            template_uuid=template_uuid,
            gpt_prompt_uuid=gpt_prompt_uuid,
            email_uid=email_uid,
            email_id=email_id,
            folder=folder,
            headers=headers,
            sending_attempts=sending_attempts,
            thread_uuid=thread_uuid,
            body=body,
        )

        webhook_email.additional_properties = d
        return webhook_email

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
