from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SendLinkedinMessageBody")


@_attrs_define
class SendLinkedinMessageBody:
    """
    Attributes:
        sender_profile_uuid (str | Unset): Sender profile that sends the message. Example: d616a600-d9a6-52ed-
            bd8e-d441bebb98af.
        lead_uuid (str | Unset): Contact who receives the message. Example: 0b3090a6-0285-56c2-9a4c-2e5778d802ba.
        text (str | Unset): Message text. Example: Hi John, thanks for connecting!.
        template_uuid (str | Unset): Optional template to build the message from.
        subject (str | Unset): Subject line, used when sending an InMail.
        attachments (list[Any] | Unset): Files to attach: `{uuid}` references to uploaded attachments. Example:
            [{'uuid': 'e94a3b39-1242-4d70-8703-8b600d8960d6'}].
    """

    sender_profile_uuid: str | Unset = UNSET
    lead_uuid: str | Unset = UNSET
    text: str | Unset = UNSET
    template_uuid: str | Unset = UNSET
    subject: str | Unset = UNSET
    attachments: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender_profile_uuid = self.sender_profile_uuid

        lead_uuid = self.lead_uuid

        text = self.text

        template_uuid = self.template_uuid

        subject = self.subject

        attachments: list[Any] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sender_profile_uuid is not UNSET:
            field_dict["sender_profile_uuid"] = sender_profile_uuid
        if lead_uuid is not UNSET:
            field_dict["lead_uuid"] = lead_uuid
        if text is not UNSET:
            field_dict["text"] = text
        if template_uuid is not UNSET:
            field_dict["template_uuid"] = template_uuid
        if subject is not UNSET:
            field_dict["subject"] = subject
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        sender_profile_uuid = d.pop("sender_profile_uuid", UNSET)

        lead_uuid = d.pop("lead_uuid", UNSET)

        text = d.pop("text", UNSET)

        template_uuid = d.pop("template_uuid", UNSET)

        subject = d.pop("subject", UNSET)

        attachments = d.pop("attachments", UNSET)

        send_linkedin_message_body = cls(
            sender_profile_uuid=sender_profile_uuid,
            lead_uuid=lead_uuid,
            text=text,
            template_uuid=template_uuid,
            subject=subject,
            attachments=attachments,
        )

        send_linkedin_message_body.additional_properties = d
        return send_linkedin_message_body

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
