from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.connect_external_browser_body_daily_limits import (
        ConnectExternalBrowserBodyDailyLimits,
    )
    from ..models.schedule import Schedule


T = TypeVar("T", bound="ConnectExternalBrowserBody")


@_attrs_define
class ConnectExternalBrowserBody:
    """
    Attributes:
        first_name (str): Sender's first name, up to 255 characters; required. Example: Anna.
        last_name (str): Sender's last name, up to 255 characters; required. Example: Schmidt.
        gologin_external_id (str): Id of the existing GoLogin profile to attach; required. Example: gl-profile-123456.
        label (None | str | Unset): Optional label to recognise the profile. Example: Main LinkedIn profile.
        schedule (None | Schedule | Unset): Optional working-hours schedule (`timezone` plus `timeblocks`).
        smart_limits_enabled (bool | None | Unset): Turns on smart sending limits for automation. Example: True.
        notification_emails (list[str] | None | Unset): Addresses that receive alerts about this profile. Example:
            ['alerts@example.com'].
        browser_owner (None | str | Unset): Optional owner of the browser profile, e.g. `customer`. Example: customer.
        daily_limits (ConnectExternalBrowserBodyDailyLimits | Unset): Overrides for the default daily action limits.
    """

    first_name: str
    last_name: str
    gologin_external_id: str
    label: None | str | Unset = UNSET
    schedule: None | Schedule | Unset = UNSET
    smart_limits_enabled: bool | None | Unset = UNSET
    notification_emails: list[str] | None | Unset = UNSET
    browser_owner: None | str | Unset = UNSET
    daily_limits: ConnectExternalBrowserBodyDailyLimits | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.schedule import Schedule

        first_name = self.first_name

        last_name = self.last_name

        gologin_external_id = self.gologin_external_id

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        schedule: dict[str, Any] | None | Unset
        if isinstance(self.schedule, Unset):
            schedule = UNSET
        elif isinstance(self.schedule, Schedule):
            schedule = self.schedule.to_dict()
        else:
            schedule = self.schedule

        smart_limits_enabled: bool | None | Unset
        if isinstance(self.smart_limits_enabled, Unset):
            smart_limits_enabled = UNSET
        else:
            smart_limits_enabled = self.smart_limits_enabled

        notification_emails: list[str] | None | Unset
        if isinstance(self.notification_emails, Unset):
            notification_emails = UNSET
        elif isinstance(self.notification_emails, list):
            notification_emails = self.notification_emails

        else:
            notification_emails = self.notification_emails

        browser_owner: None | str | Unset
        if isinstance(self.browser_owner, Unset):
            browser_owner = UNSET
        else:
            browser_owner = self.browser_owner

        daily_limits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.daily_limits, Unset):
            daily_limits = self.daily_limits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "first_name": first_name,
                "last_name": last_name,
                "gologin_external_id": gologin_external_id,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if smart_limits_enabled is not UNSET:
            field_dict["smart_limits_enabled"] = smart_limits_enabled
        if notification_emails is not UNSET:
            field_dict["notification_emails"] = notification_emails
        if browser_owner is not UNSET:
            field_dict["browser_owner"] = browser_owner
        if daily_limits is not UNSET:
            field_dict["daily_limits"] = daily_limits

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.connect_external_browser_body_daily_limits import (
            ConnectExternalBrowserBodyDailyLimits,
        )
        from ..models.schedule import Schedule

        d = dict(src_dict)
        first_name = d.pop("first_name")

        last_name = d.pop("last_name")

        gologin_external_id = d.pop("gologin_external_id")

        def _parse_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        label = _parse_label(d.pop("label", UNSET))

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

        def _parse_smart_limits_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        smart_limits_enabled = _parse_smart_limits_enabled(
            d.pop("smart_limits_enabled", UNSET)
        )

        def _parse_notification_emails(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                notification_emails_type_0 = cast(list[str], data)

                return notification_emails_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"notification_emails: {type(data).__name__} is not list[str] | None | Unset ({problem!r})"
            )

        notification_emails = _parse_notification_emails(
            d.pop("notification_emails", UNSET)
        )

        def _parse_browser_owner(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        browser_owner = _parse_browser_owner(d.pop("browser_owner", UNSET))

        _daily_limits = d.pop("daily_limits", UNSET)
        daily_limits: ConnectExternalBrowserBodyDailyLimits | Unset
        if isinstance(_daily_limits, Unset):
            daily_limits = UNSET
        else:
            daily_limits = ConnectExternalBrowserBodyDailyLimits.from_dict(
                _daily_limits
            )

        connect_external_browser_body = cls(
            first_name=first_name,
            last_name=last_name,
            gologin_external_id=gologin_external_id,
            label=label,
            schedule=schedule,
            smart_limits_enabled=smart_limits_enabled,
            notification_emails=notification_emails,
            browser_owner=browser_owner,
            daily_limits=daily_limits,
        )

        connect_external_browser_body.additional_properties = d
        return connect_external_browser_body

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
