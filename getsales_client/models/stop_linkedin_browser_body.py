from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.stop_linkedin_browser_body_now import StopLinkedinBrowserBodyNow
from ..types import UNSET, Unset

T = TypeVar("T", bound="StopLinkedinBrowserBody")


@_attrs_define
class StopLinkedinBrowserBody:
    """
    Attributes:
        now (StopLinkedinBrowserBodyNow | Unset): `1` stops immediately (default), `0` stops after the current action.

            Server default: `1`. Example: 1.
    """

    now: StopLinkedinBrowserBodyNow | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        now: int | Unset = UNSET
        if not isinstance(self.now, Unset):
            now = self.now.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if now is not UNSET:
            field_dict["now"] = now

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _now = d.pop("now", UNSET)
        now: StopLinkedinBrowserBodyNow | Unset
        if isinstance(_now, Unset):
            now = UNSET
        else:
            now = StopLinkedinBrowserBodyNow(_now)

        stop_linkedin_browser_body = cls(
            now=now,
        )

        stop_linkedin_browser_body.additional_properties = d
        return stop_linkedin_browser_body

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
