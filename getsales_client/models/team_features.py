from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamFeatures")


@_attrs_define
class TeamFeatures:
    """Plan limits of the team.

    Attributes:
        sender_profiles (int | None | Unset): Maximum number of sender profiles.
        cloud_browsers (int | None | Unset): Maximum number of cloud browsers.
        contacts (int | None | Unset): Maximum number of contacts.
        linkedin_accounts (int | None | Unset): Maximum number of LinkedIn accounts.
        email_accounts (int | None | Unset): Maximum number of mailboxes.
        users (int | None | Unset): Maximum number of users.
    """

    sender_profiles: int | None | Unset = UNSET
    cloud_browsers: int | None | Unset = UNSET
    contacts: int | None | Unset = UNSET
    linkedin_accounts: int | None | Unset = UNSET
    email_accounts: int | None | Unset = UNSET
    users: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sender_profiles: int | None | Unset
        if isinstance(self.sender_profiles, Unset):
            sender_profiles = UNSET
        else:
            sender_profiles = self.sender_profiles

        cloud_browsers: int | None | Unset
        if isinstance(self.cloud_browsers, Unset):
            cloud_browsers = UNSET
        else:
            cloud_browsers = self.cloud_browsers

        contacts: int | None | Unset
        if isinstance(self.contacts, Unset):
            contacts = UNSET
        else:
            contacts = self.contacts

        linkedin_accounts: int | None | Unset
        if isinstance(self.linkedin_accounts, Unset):
            linkedin_accounts = UNSET
        else:
            linkedin_accounts = self.linkedin_accounts

        email_accounts: int | None | Unset
        if isinstance(self.email_accounts, Unset):
            email_accounts = UNSET
        else:
            email_accounts = self.email_accounts

        users: int | None | Unset
        if isinstance(self.users, Unset):
            users = UNSET
        else:
            users = self.users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sender_profiles is not UNSET:
            field_dict["sender_profiles"] = sender_profiles
        if cloud_browsers is not UNSET:
            field_dict["cloud_browsers"] = cloud_browsers
        if contacts is not UNSET:
            field_dict["contacts"] = contacts
        if linkedin_accounts is not UNSET:
            field_dict["linkedin_accounts"] = linkedin_accounts
        if email_accounts is not UNSET:
            field_dict["email_accounts"] = email_accounts
        if users is not UNSET:
            field_dict["users"] = users

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_sender_profiles(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        sender_profiles = _parse_sender_profiles(d.pop("sender_profiles", UNSET))

        def _parse_cloud_browsers(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cloud_browsers = _parse_cloud_browsers(d.pop("cloud_browsers", UNSET))

        def _parse_contacts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        contacts = _parse_contacts(d.pop("contacts", UNSET))

        def _parse_linkedin_accounts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        linkedin_accounts = _parse_linkedin_accounts(d.pop("linkedin_accounts", UNSET))

        def _parse_email_accounts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        email_accounts = _parse_email_accounts(d.pop("email_accounts", UNSET))

        def _parse_users(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        users = _parse_users(d.pop("users", UNSET))

        team_features = cls(
            sender_profiles=sender_profiles,
            cloud_browsers=cloud_browsers,
            contacts=contacts,
            linkedin_accounts=linkedin_accounts,
            email_accounts=email_accounts,
            users=users,
        )

        team_features.additional_properties = d
        return team_features

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
