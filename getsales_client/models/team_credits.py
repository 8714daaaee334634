from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamCredits")


@_attrs_define
class TeamCredits:
    """Credit balances of the team.

    Attributes:
        activities (int | None | Unset): Activity credits left.
        advanced_enrichment (int | None | Unset): Monthly enrichment allowance.
        llm (int | None | Unset): AI credits left.
    """

    activities: int | None | Unset = UNSET
    advanced_enrichment: int | None | Unset = UNSET
    llm: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        activities: int | None | Unset
        if isinstance(self.activities, Unset):
            activities = UNSET
        else:
            activities = self.activities

        advanced_enrichment: int | None | Unset
        if isinstance(self.advanced_enrichment, Unset):
            advanced_enrichment = UNSET
        else:
            advanced_enrichment = self.advanced_enrichment

        llm: int | None | Unset
        if isinstance(self.llm, Unset):
            llm = UNSET
        else:
            llm = self.llm

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if activities is not UNSET:
            field_dict["activities"] = activities
        if advanced_enrichment is not UNSET:
            field_dict["advanced_enrichment"] = advanced_enrichment
        if llm is not UNSET:
            field_dict["llm"] = llm

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_activities(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        activities = _parse_activities(d.pop("activities", UNSET))

        def _parse_advanced_enrichment(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        advanced_enrichment = _parse_advanced_enrichment(
            d.pop("advanced_enrichment", UNSET)
        )

        def _parse_llm(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        llm = _parse_llm(d.pop("llm", UNSET))

        team_credits = cls(
            activities=activities,
            advanced_enrichment=advanced_enrichment,
            llm=llm,
        )

        team_credits.additional_properties = d
        return team_credits

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
