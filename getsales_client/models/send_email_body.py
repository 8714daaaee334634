from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.attachment_ref import AttachmentRef


T = TypeVar("T", bound="SendEmailBody")


@_attrs_define
class SendEmailBody:
    """
    Attributes:
        sender_profile_uuid (str | Unset): Sender profile that sends the email. Example: d616a600-d9a6-52ed-
            bd8e-d441bebb98af.
        lead_uuid (str | Unset): Contact the email is for. Example: 0b3090a6-0285-56c2-9a4c-2e5778d802ba.
        from_name (str | Unset): Sender display name. Example: Anna Schmidt.
        from_email (str | Unset): Sender address; one of the sender profile's mailboxes. Example: anna@getsales-
            demo.com.
        to_name (str | Unset): Recipient display name. Example: John Doe.
        to_email (str | Unset): Recipient address. Example: john@acme.com.
        cc (list[str] | Unset): Addresses to copy.
        bcc (list[str] | Unset): Addresses to blind-copy.
        subject (str | Unset): Subject line. Example: Quick question about your outreach stack.
        body (str | Unset): Email body; HTML is allowed. Example: <p>Hi John,</p><p>…</p>.
        attachments (list[AttachmentRef] | Unset): Files to attach: `{uuid}` references to uploaded attachments.
    """

    sender_profile_uuid: str | Unset = UNSET
    lead_uuid: str | Unset = UNSET
    from_name: str | Unset = UNSET
    from_email: str | Unset = UNSET
    to_name: str | Unset = UNSET
    to_email: str | Unset = UNSET
    cc: list[str] | Unset = UNSET
    bcc: list[str] | Unset = UNSET
    subject: str | Unset = UNSET
    body: str | Unset = UNSET
    attachments: list[AttachmentRef] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender_profile_uuid = self.sender_profile_uuid

        lead_uuid = self.lead_uuid

        from_name = self.from_name

        from_email = self.from_email

        to_name = self.to_name

        to_email = self.to_email

        cc: list[str] | Unset = UNSET
        if not isinstance(self.cc, Unset):
            cc = self.cc

        bcc: list[str] | Unset = UNSET
        if not isinstance(self.bcc, Unset):
            bcc = self.bcc

        subject = self.subject

        body = self.body

        attachments: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = []
            for attachments_item_data in self.attachments:
                attachments_item = attachments_item_data.to_dict()
                attachments.append(attachments_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sender_profile_uuid is not UNSET:
            field_dict["sender_profile_uuid"] = sender_profile_uuid
        if lead_uuid is not UNSET:
            field_dict["lead_uuid"] = lead_uuid
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
        if body is not UNSET:
            field_dict["body"] = body
        if attachments is not UNSET:
            field_dict["attachments"] = attachments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.attachment_ref import AttachmentRef

        d = dict(src_dict)
        sender_profile_uuid = d.pop("sender_profile_uuid", UNSET)

        lead_uuid = d.pop("lead_uuid", UNSET)

        from_name = d.pop("from_name", UNSET)

        from_email = d.pop("from_email", UNSET)

        to_name = d.pop("to_name", UNSET)

        to_email = d.pop("to_email", UNSET)

        cc = cast(list[str], d.pop("cc", UNSET))

        bcc = cast(list[str], d.pop("bcc", UNSET))

        subject = d.pop("subject", UNSET)

        body = d.pop("body", UNSET)

        _attachments = d.pop("attachments", UNSET)
        attachments: list[AttachmentRef] | Unset = UNSET
        if _attachments is not UNSET:
            attachments = []
            for attachments_item_data in _attachments:
                attachments_item = AttachmentRef.from_dict(attachments_item_data)

                attachments.append(attachments_item)

        send_email_body = cls(
            sender_profile_uuid=sender_profile_uuid,
            lead_uuid=lead_uuid,
            from_name=from_name,
            from_email=from_email,
            to_name=to_name,
            to_email=to_email,
            cc=cc,
            bcc=bcc,
            subject=subject,
            body=body,
            attachments=attachments,
        )

        send_email_body.additional_properties = d
        return send_email_body

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
