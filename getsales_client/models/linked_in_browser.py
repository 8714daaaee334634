from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.linked_in_browser_status import LinkedInBrowserStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule import Schedule


T = TypeVar("T", bound="LinkedInBrowser")


@_attrs_define
class LinkedInBrowser:
    """A cloud browser profile that runs LinkedIn automation for a sender.

    Attributes:
        id (int | None | Unset): Numeric identifier.
        team_id (int | None | Unset): Team (workspace) the record belongs to.
        sender_profile_uuid (None | str | Unset): UUID of the sender profile.
        linkedin_account_uuid (None | str | Unset): UUID of the linkedin account.
        external_id (None | str | Unset): GoLogin browser profile id.
        name (None | str | Unset): Name.
        shared_emails (list[str] | None | Unset): Addresses the browser profile is shared with.
        linkedin_automation_server_id (int | None | Unset): Id of the LinkedIn automation server.
        linkedin_proxy_id (int | None | Unset): Id of the LinkedIn proxy.
        proxy_country_code (None | str | Unset): Country of the managed proxy.
        custom_proxy_config (Any | Unset): Own proxy settings, when a custom proxy is used.
        schedule (None | Schedule | Unset): Working-hours schedule.
        linkedin_login (None | str | Unset): Hidden unless `show_all_fields=true` is requested.
        linkedin_password (None | str | Unset): Hidden unless `show_all_fields=true` is requested.
        ln_code (None | str | Unset): Hidden unless `show_all_fields=true` is requested.
        browser_owner (None | str | Unset): Who owns the browser profile.
        status (LinkedInBrowserStatus | None | Unset): Browser state.
        error_reason (None | str | Unset): Why the browser is in an error state.
        user_id (int | None | Unset): User who created the record.
        last_start_at (datetime.datetime | None | Unset): When the browser last started.
        created_at (datetime.datetime | None | Unset): When the record was created.
        updated_at (datetime.datetime | None | Unset): When the record was last changed.
    """

    id: int | None | Unset = UNSET
    team_id: int | None | Unset = UNSET
    sender_profile_uuid: None | str | Unset = UNSET
    linkedin_account_uuid: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    shared_emails: list[str] | None | Unset = UNSET
    linkedin_automation_server_id: int | None | Unset = UNSET
    linkedin_proxy_id: int | None | Unset = UNSET
    proxy_country_code: None | str | Unset = UNSET
    custom_proxy_config: Any | Unset = UNSET
    schedule: None | Schedule | Unset = UNSET
    linkedin_login: None | str | Unset = UNSET
    linkedin_password: None | str | Unset = UNSET
    ln_code: None | str | Unset = UNSET
    browser_owner: None | str | Unset = UNSET
    status: LinkedInBrowserStatus | None | Unset = UNSET
    error_reason: None | str | Unset = UNSET
    user_id: int | None | Unset = UNSET
    last_start_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.schedule import Schedule

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

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

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        shared_emails: list[str] | None | Unset
        if isinstance(self.shared_emails, Unset):
            shared_emails = UNSET
        elif isinstance(self.shared_emails, list):
            shared_emails = self.shared_emails

        else:
            shared_emails = self.shared_emails

        linkedin_automation_server_id: int | None | Unset
        if isinstance(self.linkedin_automation_server_id, Unset):
            linkedin_automation_server_id = UNSET
        else:
            linkedin_automation_server_id = self.linkedin_automation_server_id

        linkedin_proxy_id: int | None | Unset
        if isinstance(self.linkedin_proxy_id, Unset):
            linkedin_proxy_id = UNSET
        else:
            linkedin_proxy_id = self.linkedin_proxy_id

        proxy_country_code: None | str | Unset
        if isinstance(self.proxy_country_code, Unset):
            proxy_country_code = UNSET
        else:
            proxy_country_code = self.proxy_country_code

        custom_proxy_config = self.custom_proxy_config

        schedule: dict[str, Any] | None | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        elif isinstance(self.schedule, Schedule):
            schedule = self.schedule.to_dict()
        else:
            schedule = self.schedule

        linkedin_login: None | str | Unset
        if isinstance(self.linkedin_login, Unset):
            linkedin_login = UNSET
        else:
            linkedin_login = self.linkedin_login

        linkedin_password: None | str | Unset
        if isinstance(self.linkedin_password, Unset):
            linkedin_password = UNSET
        else:
            linkedin_password = self.linkedin_password

        ln_code: None | str | Unset
        if isinstance(self.ln_code, Unset):
            ln_code = UNSET
        else:
            ln_code = self.ln_code

        browser_owner: None | str | Unset
        if isinstance(self.browser_owner, Unset):
            browser_owner = UNSET
        else:
            browser_owner = self.browser_owner

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, LinkedInBrowserStatus):
            status = self.status.value
        else:
            status = self.status

        error_reason: None | str | Unset
        if isinstance(self.error_reason, Unset):
            error_reason = UNSET
        else:
            error_reason = self.error_reason

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        last_start_at: None | str | Unset
        if isinstance(self.last_start_at, Unset):
            last_start_at = UNSET
        elif isinstance(self.last_start_at, datetime.datetime):
            last_start_at = self.last_start_at.isoformat()
        else:
            last_start_at = self.last_start_at

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
        if id is not UNSET:
            field_dict["id"] = id
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if sender_profile_uuid is not UNSET:
            field_dict["sender_profile_uuid"] = sender_profile_uuid
        if linkedin_account_uuid is not UNSET:
            field_dict["linkedin_account_uuid"] = linkedin_account_uuid
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if name is not UNSET:
            field_dict["name"] = name
        if shared_emails is not UNSET:
            field_dict["shared_emails"] = shared_emails
        if linkedin_automation_server_id is not UNSET:
            field_dict["linkedin_automation_server_id"] = linkedin_automation_server_id
        if linkedin_proxy_id is not UNSET:
            field_dict["linkedin_proxy_id"] = linkedin_proxy_id
        if proxy_country_code is not UNSET:
            field_dict["proxy_country_code"] = proxy_country_code
        if custom_proxy_config is not UNSET:
            field_dict["custom_proxy_config"] = custom_proxy_config
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if linkedin_login is not UNSET:
            field_dict["linkedin_login"] = linkedin_login
        if linkedin_password is not UNSET:
            field_dict["linkedin_password"] = linkedin_password
        if ln_code is not UNSET:
            field_dict["ln_code"] = ln_code
        if browser_owner is not UNSET:
            field_dict["browser_owner"] = browser_owner
        if status is not UNSET:
            field_dict["status"] = status
        if error_reason is not UNSET:
            field_dict["error_reason"] = error_reason
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if last_start_at is not UNSET:
            field_dict["last_start_at"] = last_start_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schedule import Schedule

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

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

        def _parse_external_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_id = _parse_external_id(d.pop("external_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_shared_emails(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                shared_emails_type_0 = cast(list[str], data)

                return shared_emails_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"shared_emails: {type(data).__name__} is not list[str] | None | Unset ({problem!r})"
            )

        shared_emails = _parse_shared_emails(d.pop("shared_emails", UNSET))

        def _parse_linkedin_automation_server_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        linkedin_automation_server_id = _parse_linkedin_automation_server_id(
            d.pop("linkedin_automation_server_id", UNSET)
        )

        def _parse_linkedin_proxy_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        linkedin_proxy_id = _parse_linkedin_proxy_id(d.pop("linkedin_proxy_id", UNSET))

        def _parse_proxy_country_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        proxy_country_code = _parse_proxy_country_code(
            d.pop("proxy_country_code", UNSET)
        )

        custom_proxy_config = d.pop("custom_proxy_config", UNSET)

        def _parse_schedule(data: object) -> None | Schedule | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                schedule_type_0 = Schedule.from_dict(data)

                return schedule_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"schedule: {type(data).__name__} is not None | Schedule | Unset ({problem!r})"
            )

        schedule = _parse_schedule(d.pop("schedule", UNSET))

        def _parse_linkedin_login(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linkedin_login = _parse_linkedin_login(d.pop("linkedin_login", UNSET))

        def _parse_linkedin_password(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linkedin_password = _parse_linkedin_password(d.pop("linkedin_password", UNSET))

        def _parse_ln_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ln_code = _parse_ln_code(d.pop("ln_code", UNSET))

        def _parse_browser_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_owner = _parse_browser_owner(d.pop("browser_owner", UNSET))

        def _parse_status(data: object) -> LinkedInBrowserStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = LinkedInBrowserStatus(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(LinkedInBrowserStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_error_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_reason = _parse_error_reason(d.pop("error_reason", UNSET))

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_last_start_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_start_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_start_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_start_at = _parse_last_start_at(d.pop("last_start_at", UNSET))

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

        linked_in_browser = cls(
            id=id,
            team_id=team_id,
            sender_profile_uuid=sender_profile_uuid,
            linkedin_account_uuid=linkedin_account_uuid,
            external_id=external_id,
            name=name,
            shared_emails=shared_emails,
            linkedin_automation_server_id=linkedin_automation_server_id,
            linkedin_proxy_id=linkedin_proxy_id,
            proxy_country_code=proxy_country_code,
            custom_proxy_config=custom_proxy_config,
            schedule=schedule,
            linkedin_login=linkedin_login,
            linkedin_password=linkedin_password,
            ln_code=ln_code,
            browser_owner=browser_owner,
            status=status,
            error_reason=error_reason,
            user_id=user_id,
            last_start_at=last_start_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        linked_in_browser.additional_properties = d
        return linked_in_browser

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
