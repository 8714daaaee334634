from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserConfig")


@_attrs_define
class UserConfig:
    """Personal preferences of the user.

    Attributes:
        latest_team_id (int | None | Unset): Team the user worked in last; a good default for the `Team-ID` header.
            Example: 4211.
    """

    latest_team_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        latest_team_id: int | None | Unset
        if isinstance(self.latest_team_id, Unset):
            latest_team_id = UNSET
        else:
            latest_team_id = self.latest_team_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if latest_team_id is not UNSET:
            field_dict["latest_team_id"] = latest_team_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_latest_team_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        latest_team_id = _parse_latest_team_id(d.pop("latest_team_id", UNSET))

        user_config = cls(
            latest_team_id=latest_team_id,
        )

        user_config.additional_properties = d
        return user_config

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
