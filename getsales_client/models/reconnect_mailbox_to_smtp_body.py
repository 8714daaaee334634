from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.smtp_imap_settings import SmtpImapSettings


T = TypeVar("T", bound="ReconnectMailboxToSmtpBody")


@_attrs_define
class ReconnectMailboxToSmtpBody:
    """
    Attributes:
        provider (str | Unset): New provider type (field inferred from the description). Example: smtp.
        connection_settings (SmtpImapSettings | Unset): SMTP (sending) and IMAP (reply sync) credentials.
    """

    provider: str | Unset = UNSET
    connection_settings: SmtpImapSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        connection_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.connection_settings, Unset):
            connection_settings = self.connection_settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider is not UNSET:
            field_dict["provider"] = provider
        if connection_settings is not UNSET:
            field_dict["connection_settings"] = connection_settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.smtp_imap_settings import SmtpImapSettings

        d = dict(src_dict)
        provider = d.pop("provider", UNSET)

        _connection_settings = d.pop("connection_settings", UNSET)
        connection_settings: SmtpImapSettings | Unset
        if isinstance(_connection_settings, Unset):
            connection_settings = UNSET
        else:
            connection_settings = SmtpImapSettings.from_dict(_connection_settings)

        reconnect_mailbox_to_smtp_body = cls(
            provider=provider,
            connection_settings=connection_settings,
        )

        reconnect_mailbox_to_smtp_body.additional_properties = d
        return reconnect_mailbox_to_smtp_body

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
