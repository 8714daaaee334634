from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeleteMailboxBody")


@_attrs_define
class DeleteMailboxBody:
    """
    Attributes:
        automation_reassign_mailboxes (bool): True to move the mailbox's automation tasks to another mailbox, false to
            cancel them; required. Example: False.
        automation_mailbox_to_reassign (str | Unset): UUID of the mailbox that takes over the tasks when reassigning.
    """

    automation_reassign_mailboxes: bool
    automation_mailbox_to_reassign: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        automation_reassign_mailboxes = self.automation_reassign_mailboxes

        automation_mailbox_to_reassign = self.automation_mailbox_to_reassign

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "automation_reassign_mailboxes": automation_reassign_mailboxes,
            }
        )
        if automation_mailbox_to_reassign is not UNSET:
            field_dict["automation_mailbox_to_reassign"] = (
                automation_mailbox_to_reassign
            )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        automation_reassign_mailboxes = d.pop("automation_reassign_mailboxes")

        automation_mailbox_to_reassign = d.pop("automation_mailbox_to_reassign", UNSET)

        delete_mailbox_body = cls(
            automation_reassign_mailboxes=automation_reassign_mailboxes,
            automation_mailbox_to_reassign=automation_mailbox_to_reassign,
        )

        delete_mailbox_body.additional_properties = d
        return delete_mailbox_body

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
