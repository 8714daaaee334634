from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule import Schedule


T = TypeVar("T", bound="UpdateLinkedinBrowserBody")


@_attrs_define
class UpdateLinkedinBrowserBody:
    """
    Attributes:
        linkedin_login (str | Unset): LinkedIn login (email or phone).
        linkedin_password (str | Unset): LinkedIn password.
        ln_code (str | Unset): LinkedIn verification code.
        linkedin_account_uuid (str | Unset): LinkedIn account to attach; cannot be cleared once set.
        schedule (Schedule | Unset): Working-hours schedule: when actions may run.
        status (str | Unset): New browser status. Example: stopped.
    """

    linkedin_login: str | Unset = UNSET
    linkedin_password: str | Unset = UNSET
    ln_code: str | Unset = UNSET
    linkedin_account_uuid: str | Unset = UNSET
    schedule: Schedule | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        linkedin_login = self.linkedin_login

        linkedin_password = self.linkedin_password

        ln_code = self.ln_code

        linkedin_account_uuid = self.linkedin_account_uuid

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if linkedin_login is not UNSET:
            field_dict["linkedin_login"] = linkedin_login
        if linkedin_password is not UNSET:
            field_dict["linkedin_password"] = linkedin_password
        if ln_code is not UNSET:
            field_dict["ln_code"] = ln_code
        if linkedin_account_uuid is not UNSET:
            field_dict["linkedin_account_uuid"] = linkedin_account_uuid
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schedule import Schedule

        d = dict(src_dict)
        linkedin_login = d.pop("linkedin_login", UNSET)

        linkedin_password = d.pop("linkedin_password", UNSET)

        ln_code = d.pop("ln_code", UNSET)

        linkedin_account_uuid = d.pop("linkedin_account_uuid", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule: Schedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = Schedule.from_dict(_schedule)

        status = d.pop("status", UNSET)

        update_linkedin_browser_body = cls(
            linkedin_login=linkedin_login,
            linkedin_password=linkedin_password,
            ln_code=ln_code,
            linkedin_account_uuid=linkedin_account_uuid,
            schedule=schedule,
            status=status,
        )

        update_linkedin_browser_body.additional_properties = d
        return update_linkedin_browser_body

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
