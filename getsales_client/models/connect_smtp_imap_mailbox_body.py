from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.smtp_imap_settings import SmtpImapSettings


T = TypeVar("T", bound="ConnectSmtpImapMailboxBody")


@_attrs_define
class ConnectSmtpImapMailboxBody:
    """
    Attributes:
        email (str): Address of the mailbox; required. Example: anna@getsales-demo.com.
        sender_name (str): Display name used when sending; required. Example: Anna Schmidt.
        sender_profile_uuid (str): Sender profile the mailbox belongs to; required. Example: d616a600-d9a6-52ed-
            bd8e-d441bebb98af.
        provider (str | Unset): Mailbox provider type. Example: smtp.
        connection_settings (SmtpImapSettings | Unset): SMTP (sending) and IMAP (reply sync) credentials.
        automation_daily_limit (int | Unset): Maximum automated emails per day from this mailbox. Example: 50.
        automation_task_interval (int | Unset): Minimum gap between automated sends (seconds). Example: 120.
    """

    email: str
    sender_name: str
    sender_profile_uuid: str
    provider: str | Unset = UNSET
    connection_settings: SmtpImapSettings | Unset = UNSET
    automation_daily_limit: int | Unset = UNSET
    automation_task_interval: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        sender_name = self.sender_name

        sender_profile_uuid = self.sender_profile_uuid

        provider = self.provider

        connection_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connection_settings, Unset):
            connection_settings = self.connection_settings.to_dict()

        automation_daily_limit = self.automation_daily_limit

        automation_task_interval = self.automation_task_interval

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "sender_name": sender_name,
                "sender_profile_uuid": sender_profile_uuid,
            }
        )
        if provider is not UNSET:
            field_dict["provider"] = provider
        if connection_settings is not UNSET:
            field_dict["connection_settings"] = connection_settings
        if automation_daily_limit is not UNSET:
            field_dict["automation_daily_limit"] = automation_daily_limit
        if automation_task_interval is not UNSET:
            field_dict["automation_task_interval"] = automation_task_interval

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.smtp_imap_settings import SmtpImapSettings

        d = dict(src_dict)
        email = d.pop("email")

        sender_name = d.pop("sender_name")

        sender_profile_uuid = d.pop("sender_profile_uuid")

        provider = d.pop("provider", UNSET)

        _connection_settings = d.pop("connection_settings", UNSET)
        connection_settings: SmtpImapSettings | Unset
        if isinstance(_connection_settings, Unset):
            connection_settings = UNSET
        else:
            connection_settings = SmtpImapSettings.from_dict(_connection_settings)

        automation_daily_limit = d.pop("automation_daily_limit", UNSET)

        automation_task_interval = d.pop("automation_task_interval", UNSET)

        connect_smtp_imap_mailbox_body = cls(
            email=email,
            sender_name=sender_name,
            sender_profile_uuid=sender_profile_uuid,
            provider=provider,
            connection_settings=connection_settings,
            automation_daily_limit=automation_daily_limit,
            automation_task_interval=automation_task_interval,
        )

        connect_smtp_imap_mailbox_body.additional_properties = d
        return connect_smtp_imap_mailbox_body

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
