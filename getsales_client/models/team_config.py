from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamConfig")


@_attrs_define
class TeamConfig:
    """Settings.

    Attributes:
        is_onboarding_completed (bool | None | Unset): The team finished onboarding.
        is_cloud_browser_disabled (bool | None | Unset): Cloud browsers are turned off for the team.
    """

    is_onboarding_completed: bool | None | Unset = UNSET
    is_cloud_browser_disabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        is_onboarding_completed: bool | None | Unset
        if isinstance(self.is_onboarding_completed, Unset):
            is_onboarding_completed = UNSET
        else:
            is_onboarding_completed = self.is_onboarding_completed

        is_cloud_browser_disabled: bool | None | Unset
        if isinstance(self.is_cloud_browser_disabled, Unset):
            is_cloud_browser_disabled = UNSET
        else:
            is_cloud_browser_disabled = self.is_cloud_browser_disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_onboarding_completed is not UNSET:
            field_dict["is_onboarding_completed"] = is_onboarding_completed
        if is_cloud_browser_disabled is not UNSET:
            field_dict["is_cloud_browser_disabled"] = is_cloud_browser_disabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_is_onboarding_completed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_onboarding_completed = _parse_is_onboarding_completed(
            d.pop("is_onboarding_completed", UNSET)
        )

        def _parse_is_cloud_browser_disabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_cloud_browser_disabled = _parse_is_cloud_browser_disabled(
            d.pop("is_cloud_browser_disabled", UNSET)
        )

        team_config = cls(
            is_onboarding_completed=is_onboarding_completed,
            is_cloud_browser_disabled=is_cloud_browser_disabled,
        )

        team_config.additional_properties = d
        return team_config

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
