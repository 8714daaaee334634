from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.schedule import Schedule


T = TypeVar("T", bound="CreateSenderProfileBody")


@_attrs_define
class CreateSenderProfileBody:
    """
    Attributes:
        first_name (str | Unset): Sender's first name. Example: Anna.
        last_name (str | Unset): Sender's last name. Example: Schmidt.
        assignee_user_id (int | Unset): Id of the team member the profile is assigned to. Example: 1001.
        label (str | Unset): Free-text label that tells profiles apart, e.g. a region or audience. Example: DACH team.
        linkedin_schedule (Schedule | Unset): Working-hours schedule: when actions may run.
        email_schedule (Schedule | Unset): Working-hours schedule: when actions may run.
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    assignee_user_id: int | Unset = UNSET
    label: str | Unset = UNSET
    linkedin_schedule: Schedule | Unset = UNSET
    email_schedule: Schedule | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        assignee_user_id = self.assignee_user_id

        label = self.label

        linkedin_schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.linkedin_schedule, Unset):
            linkedin_schedule = self.linkedin_schedule.to_dict()

        email_schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.email_schedule, Unset):
            email_schedule = self.email_schedule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if assignee_user_id is not UNSET:
            field_dict["assignee_user_id"] = assignee_user_id
        if label is not UNSET:
            field_dict["label"] = label
        if linkedin_schedule is not UNSET:
            field_dict["linkedin_schedule"] = linkedin_schedule
        if email_schedule is not UNSET:
            field_dict["email_schedule"] = email_schedule

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.schedule import Schedule

        d = dict(src_dict)
        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        assignee_user_id = d.pop("assignee_user_id", UNSET)

        label = d.pop("label", UNSET)

        _linkedin_schedule = d.pop("linkedin_schedule", UNSET)
        linkedin_schedule: Schedule | Unset
        if isinstance(_linkedin_schedule, Unset):
            linkedin_schedule = UNSET
        else:
            linkedin_schedule = Schedule.from_dict(_linkedin_schedule)

        _email_schedule = d.pop("email_schedule", UNSET)
        email_schedule: Schedule | Unset
        if isinstance(_email_schedule, Unset):
            email_schedule = UNSET
        else:
            email_schedule = Schedule.from_dict(_email_schedule)

        create_sender_profile_body = cls(
            first_name=first_name,
            last_name=last_name,
            assignee_user_id=assignee_user_id,
            label=label,
            linkedin_schedule=linkedin_schedule,
            email_schedule=email_schedule,
        )

        create_sender_profile_body.additional_properties = d
        return create_sender_profile_body

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
