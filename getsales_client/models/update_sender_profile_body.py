from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule import Schedule


T = TypeVar("T", bound="UpdateSenderProfileBody")


@_attrs_define
class UpdateSenderProfileBody:
    """
    Attributes:
        first_name (str | Unset): New first name.
        last_name (str | Unset): New last name.
        label (str | Unset): New label. Example: DACH team.
        schedule (Schedule | Unset): Working-hours schedule: when actions may run.
        notification_emails (list[str] | Unset): Addresses that receive notifications about this profile. Example:
            ['alerts@example.com'].
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    label: str | Unset = UNSET
    schedule: Schedule | Unset = UNSET
    notification_emails: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        label = self.label

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        notification_emails: list[str] | Unset = UNSET
        if not isinstance(self.notification_emails, Unset):
            notification_emails = self.notification_emails

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if label is not UNSET:
            field_dict["label"] = label
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if notification_emails is not UNSET:
            field_dict["notification_emails"] = notification_emails

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schedule import Schedule

        d = dict(src_dict)
        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        label = d.pop("label", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule: Schedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = Schedule.from_dict(_schedule)

        notification_emails = cast(list[str], d.pop("notification_emails", UNSET))

        update_sender_profile_body = cls(
            first_name=first_name,
            last_name=last_name,
            label=label,
            schedule=schedule,
            notification_emails=notification_emails,
        )

        update_sender_profile_body.additional_properties = d
        return update_sender_profile_body

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
