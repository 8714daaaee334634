from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookContactMarkers")


@_attrs_define
class WebhookContactMarkers:
    """Activity timestamps and counters of a contact, as deliveries carry them. Other markers are kept.

    Attributes:
        linkedin_last_connection_sent_at (datetime.datetime | None | Unset): When a connection request was last sent to
            the contact.
        linkedin_last_connection_accepted_at (datetime.datetime | None | Unset): When the contact last accepted a
            connection request.
        linkedin_messages_sent_count (int | None | Unset): LinkedIn messages sent to the contact.
        email_sent_count (int | None | Unset): E-mails sent to the contact.
        last_messaging_activity_at (datetime.datetime | None | Unset): When a message was last sent or received.
    """

    linkedin_last_connection_sent_at: datetime.datetime | None | Unset = UNSET
    linkedin_last_connection_accepted_at: datetime.datetime | None | Unset = UNSET
    linkedin_messages_sent_count: int | None | Unset = UNSET
    email_sent_count: int | None | Unset = UNSET
    last_messaging_activity_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        linkedin_last_connection_sent_at: None | str | Unset
        if isinstance(self.linkedin_last_connection_sent_at, Unset):
            linkedin_last_connection_sent_at = UNSET
        elif isinstance(self.linkedin_last_connection_sent_at, datetime.datetime):
            linkedin_last_connection_sent_at = (
                self.linkedin_last_connection_sent_at.isoformat()
            )
        else:
            linkedin_last_connection_sent_at = self.linkedin_last_connection_sent_at

        linkedin_last_connection_accepted_at: None | str | Unset
        if isinstance(self.linkedin_last_connection_accepted_at, Unset):
            linkedin_last_connection_accepted_at = UNSET
        elif isinstance(self.linkedin_last_connection_accepted_at, datetime.datetime):
            linkedin_last_connection_accepted_at = (
                self.linkedin_last_connection_accepted_at.isoformat()
            )
        else:
            linkedin_last_connection_accepted_at = (
                self.linkedin_last_connection_accepted_at
            )

        linkedin_messages_sent_count: int | None | Unset
        if isinstance(self.linkedin_messages_sent_count, Unset):
            linkedin_messages_sent_count = UNSET
        else:
            linkedin_messages_sent_count = self.linkedin_messages_sent_count

        email_sent_count: int | None | Unset
        if isinstance(self.email_sent_count, Unset):
            email_sent_count = UNSET
        else:
            email_sent_count = self.email_sent_count

        last_messaging_activity_at: None | str | Unset
        if isinstance(self.last_messaging_activity_at, Unset):
            last_messaging_activity_at = UNSET
        elif isinstance(self.last_messaging_activity_at, datetime.datetime):
            last_messaging_activity_at = self.last_messaging_activity_at.isoformat()
        else:
            last_messaging_activity_at = self.last_messaging_activity_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if linkedin_last_connection_sent_at is not UNSET:
            field_dict["linkedin_last_connection_sent_at"] = (
                linkedin_last_connection_sent_at
            )
        if linkedin_last_connection_accepted_at is not UNSET:
            field_dict["linkedin_last_connection_accepted_at"] = (
                linkedin_last_connection_accepted_at
            )
        if linkedin_messages_sent_count is not UNSET:
            field_dict["linkedin_messages_sent_count"] = linkedin_messages_sent_count
        if email_sent_count is not UNSET:
            field_dict["email_sent_count"] = email_sent_count
        if last_messaging_activity_at is not UNSET:
            field_dict["last_messaging_activity_at"] = last_messaging_activity_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_linkedin_last_connection_sent_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                linkedin_last_connection_sent_at_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return linkedin_last_connection_sent_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        linkedin_last_connection_sent_at = _parse_linkedin_last_connection_sent_at(
            d.pop("linkedin_last_connection_sent_at", UNSET)
        )

        def _parse_linkedin_last_connection_accepted_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                linkedin_last_connection_accepted_at_type_0 = (
                    datetime.datetime.fromisoformat(data)
                )

                return linkedin_last_connection_accepted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        linkedin_last_connection_accepted_at = (
            _parse_linkedin_last_connection_accepted_at(
                d.pop("linkedin_last_connection_accepted_at", UNSET)
            )
        )

        def _parse_linkedin_messages_sent_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        linkedin_messages_sent_count = _parse_linkedin_messages_sent_count(
            d.pop("linkedin_messages_sent_count", UNSET)
        )

        def _parse_email_sent_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        email_sent_count = _parse_email_sent_count(d.pop("email_sent_count", UNSET))

        def _parse_last_messaging_activity_at(
            data: object,
        ) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_messaging_activity_at_type_0 = datetime.datetime.fromisoformat(
                    data
                )

                return last_messaging_activity_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_messaging_activity_at = _parse_last_messaging_activity_at(
            d.pop("last_messaging_activity_at", UNSET)
        )

        webhook_contact_markers = cls(
            linkedin_last_connection_sent_at=linkedin_last_connection_sent_at,
            linkedin_last_connection_accepted_at=linkedin_last_connection_accepted_at,
            linkedin_messages_sent_count=linkedin_messages_sent_count,
            email_sent_count=email_sent_count,
            last_messaging_activity_at=last_messaging_activity_at,
        )

        webhook_contact_markers.additional_properties = d
        return webhook_contact_markers

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
