from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SmtpImapSettings")


@_attrs_define
class SmtpImapSettings:
    """SMTP (sending) and IMAP (reply sync) credentials.

    Attributes:
        smtp_host (str | Unset): SMTP server host. Example: smtp.example.com.
        smtp_port (int | Unset): SMTP server port. Example: 587.
        smtp_username (str | Unset): SMTP login. Example: outreach@example.com.
        smtp_password (str | Unset): SMTP password or app password. Example: app-password.
        imap_host (str | Unset): IMAP server host. Example: imap.example.com.
        imap_port (int | Unset): IMAP server port. Example: 993.
        imap_username (str | Unset): IMAP login. Example: outreach@example.com.
        imap_password (str | Unset): IMAP password or app password. Example: app-password.
    """

    smtp_host: str | Unset = UNSET
    smtp_port: int | Unset = UNSET
    smtp_username: str | Unset = UNSET
    smtp_password: str | Unset = UNSET
    imap_host: str | Unset = UNSET
    imap_port: int | Unset = UNSET
    imap_username: str | Unset = UNSET
    imap_password: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        smtp_host = self.smtp_host

        smtp_port = self.smtp_port

        smtp_username = self.smtp_username

        smtp_password = self.smtp_password

        imap_host = self.imap_host

        imap_port = self.imap_port

        imap_username = self.imap_username

        imap_password = self.imap_password

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if smtp_host is not UNSET:
            field_dict["smtp_host"] = smtp_host
        if smtp_port is not UNSET:
            field_dict["smtp_port"] = smtp_port
        if smtp_username is not UNSET:
            field_dict["smtp_username"] = smtp_username
        if smtp_password is not UNSET:
            field_dict["smtp_password"] = smtp_password
        if imap_host is not UNSET:
            field_dict["imap_host"] = imap_host
        if imap_port is not UNSET:
            field_dict["imap_port"] = imap_port
        if imap_username is not UNSET:
            field_dict["imap_username"] = imap_username
        if imap_password is not UNSET:
            field_dict["imap_password"] = imap_password

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        smtp_host = d.pop("smtp_host", UNSET)

        smtp_port = d.pop("smtp_port", UNSET)

        smtp_username = d.pop("smtp_username", UNSET)

        smtp_password = d.pop("smtp_password", UNSET)

        imap_host = d.pop("imap_host", UNSET)

        imap_port = d.pop("imap_port", UNSET)

        imap_username = d.pop("imap_username", UNSET)

        imap_password = d.pop("imap_password", UNSET)

        smtp_imap_settings = cls(
            smtp_host=smtp_host,
            smtp_port=smtp_port,
            smtp_username=smtp_username,
            smtp_password=smtp_password,
            imap_host=imap_host,
            imap_port=imap_port,
            imap_username=imap_username,
            imap_password=imap_password,
        )

        smtp_imap_settings.additional_properties = d
        return smtp_imap_settings

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
