from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mailbox_connection_settings import MailboxConnectionSettings


T = TypeVar("T", bound="Mailbox")


@_attrs_define
class Mailbox:
    """A connected email account.

    Attributes:
        uuid (str): Unique identifier.
        team_id (int | None | Unset): Team (workspace) the record belongs to.
        user_id (int | None | Unset): User who created the record.
        sender_profile_uuid (None | str | Unset): UUID of the sender profile.
        email (None | str | Unset): Email address. Example: outreach@company.com.
        sender_name (None | str | Unset): Display name on sent mail. Example: John from Company.
        provider (None | str | Unset): Connection type, for example `smtp`, `gmail` or `outlook`.
        status (None | str | Unset): State of the record.
        automation_daily_limit (int | None | Unset): Maximum automated emails per day. Example: 50.
        automation_task_interval (int | None | Unset): Seconds between automated emails. Example: 120.
        custom_tracking_domain_uuid (None | str | Unset): UUID of the custom tracking domain.
        connection_settings (MailboxConnectionSettings | None | Unset): Connection settings.
        created_at (datetime.datetime | None | Unset): When the record was created.
        updated_at (datetime.datetime | None | Unset): When the record was last changed.
        send_status (None | str | Unset): Health of sending, for example `ok` or `error`.
        sync_status (None | str | Unset): Health of reply syncing.
    """

    uuid: str
    team_id: int | None | Unset = UNSET
    user_id: int | None | Unset = UNSET
    sender_profile_uuid: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    sender_name: None | str | Unset = UNSET
    provider: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    automation_daily_limit: int | None | Unset = UNSET
    automation_task_interval: int | None | Unset = UNSET
    custom_tracking_domain_uuid: None | str | Unset = UNSET
    connection_settings: MailboxConnectionSettings | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    send_status: None | str | Unset = UNSET
    sync_status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.mailbox_connection_settings import MailboxConnectionSettings

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

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        sender_name: None | str | Unset
        if isinstance(self.sender_name, Unset):
            sender_name = UNSET
        else:
            sender_name = self.sender_name

        provider: None | str | Unset
        if isinstance(self.provider, Unset):
            provider = UNSET
        else:
            provider = self.provider

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        automation_daily_limit: int | None | Unset
        if isinstance(self.automation_daily_limit, Unset):
            automation_daily_limit = UNSET
        else:
            automation_daily_limit = self.automation_daily_limit

        automation_task_interval: int | None | Unset
        if isinstance(self.automation_task_interval, Unset):
            automation_task_interval = UNSET
        else:
            automation_task_interval = self.automation_task_interval

        custom_tracking_domain_uuid: None | str | Unset
        if isinstance(self.custom_tracking_domain_uuid, Unset):
            custom_tracking_domain_uuid = UNSET
        else:
            custom_tracking_domain_uuid = self.custom_tracking_domain_uuid

        connection_settings: dict[str, Any] | None | Unset
        if isinstance(self.connection_settings, Unset):
            connection_settings = UNSET
        elif isinstance(self.connection_settings, MailboxConnectionSettings):
            connection_settings = self.connection_settings.to_dict()
        else:
            connection_settings = self.connection_settings

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

        send_status: None | str | Unset
        if isinstance(self.send_status, Unset):
            send_status = UNSET
        else:
            send_status = self.send_status

        sync_status: None | str | Unset
        if isinstance(self.sync_status, Unset):
            sync_status = UNSET
        else:
            sync_status = self.sync_status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
            }
        )
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if sender_profile_uuid is not UNSET:
            field_dict["sender_profile_uuid"] = sender_profile_uuid
        if email is not UNSET:
            field_dict["email"] = email
        if sender_name is not UNSET:
            field_dict["sender_name"] = sender_name
        if provider is not UNSET:
            field_dict["provider"] = provider
        if status is not UNSET:
            field_dict["status"] = status
        if automation_daily_limit is not UNSET:
            field_dict["automation_daily_limit"] = automation_daily_limit
        if automation_task_interval is not UNSET:
            field_dict["automation_task_interval"] = automation_task_interval
        if custom_tracking_domain_uuid is not UNSET:
            field_dict["custom_tracking_domain_uuid"] = custom_tracking_domain_uuid
        if connection_settings is not UNSET:
            field_dict["connection_settings"] = connection_settings
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if send_status is not UNSET:
            field_dict["send_status"] = send_status
        if sync_status is not UNSET:
            field_dict["sync_status"] = sync_status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mailbox_connection_settings import MailboxConnectionSettings

        d = dict(src_dict)
        uuid = d.pop("uuid")

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

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_sender_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender_name = _parse_sender_name(d.pop("sender_name", UNSET))

        def _parse_provider(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        provider = _parse_provider(d.pop("provider", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_automation_daily_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        automation_daily_limit = _parse_automation_daily_limit(
            d.pop("automation_daily_limit", UNSET)
        )

        def _parse_automation_task_interval(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        automation_task_interval = _parse_automation_task_interval(
            d.pop("automation_task_interval", UNSET)
        )

        def _parse_custom_tracking_domain_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        custom_tracking_domain_uuid = _parse_custom_tracking_domain_uuid(
            d.pop("custom_tracking_domain_uuid", UNSET)
        )

        def _parse_connection_settings(
            data: object,
        ) -> MailboxConnectionSettings | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                connection_settings_type_0 = MailboxConnectionSettings.from_dict(data)

                return connection_settings_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"connection_settings: {type(data).__name__} is not MailboxConnectionSettings | None | Unset ({problem!r})"
            )

        connection_settings = _parse_connection_settings(
            d.pop("connection_settings", UNSET)
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

        def _parse_send_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        send_status = _parse_send_status(d.pop("send_status", UNSET))

        def _parse_sync_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sync_status = _parse_sync_status(d.pop("sync_status", UNSET))

        mailbox = cls(
            uuid=uuid,
            team_id=team_id,
            user_id=user_id,
            sender_profile_uuid=sender_profile_uuid,
            email=email,
            sender_name=sender_name,
            provider=provider,
            status=status,
            automation_daily_limit=automation_daily_limit,
            automation_task_interval=automation_task_interval,
            custom_tracking_domain_uuid=custom_tracking_domain_uuid,
            connection_settings=connection_settings,
            created_at=created_at,
            updated_at=updated_at,
            send_status=send_status,
            sync_status=sync_status,
        )

        mailbox.additional_properties = d
        return mailbox

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
