from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.timeblock import Timeblock


T = TypeVar("T", bound="Schedule")


@_attrs_define
class Schedule:
    """Working-hours schedule: when actions may run.

    Attributes:
        timezone (None | str | Unset): IANA time-zone name the time windows are expressed in. Example: Europe/Berlin.
        use_lead_timezone (bool | None | Unset): Interpret the windows in each contact's own time zone when known.
        timeblocks (list[Timeblock] | None | Unset): Allowed working windows.
    """

    timezone: None | str | Unset = UNSET
    use_lead_timezone: bool | None | Unset = UNSET
    timeblocks: list[Timeblock] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        use_lead_timezone: bool | None | Unset
        if isinstance(self.use_lead_timezone, Unset):
            use_lead_timezone = UNSET
        else:
            use_lead_timezone = self.use_lead_timezone

        timeblocks: list[dict[str, Any]] | None | Unset
        if isinstance(self.timeblocks, Unset):
            timeblocks = UNSET
        elif isinstance(self.timeblocks, list):
            timeblocks = []
            for timeblocks_type_0_item_data in self.timeblocks:
                timeblocks_type_0_item = timeblocks_type_0_item_data.to_dict()
                timeblocks.append(timeblocks_type_0_item)

        else:
            timeblocks = self.timeblocks

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if use_lead_timezone is not UNSET:
            field_dict["use_lead_timezone"] = use_lead_timezone
        if timeblocks is not UNSET:
            field_dict["timeblocks"] = timeblocks

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.timeblock import Timeblock

        d = dict(src_dict)

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        def _parse_use_lead_timezone(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_lead_timezone = _parse_use_lead_timezone(d.pop("use_lead_timezone", UNSET))

        def _parse_timeblocks(data: object) -> list[Timeblock] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                timeblocks_type_0 = []
                _timeblocks_type_0 = data
                for timeblocks_type_0_item_data in _timeblocks_type_0:
                    timeblocks_type_0_item = Timeblock.from_dict(
                        timeblocks_type_0_item_data
                    )

                    timeblocks_type_0.append(timeblocks_type_0_item)

                return timeblocks_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"timeblocks: {type(data).__name__} is not list[Timeblock] | None | Unset ({problem!r})"
            )

        timeblocks = _parse_timeblocks(d.pop("timeblocks", UNSET))

        schedule = cls(
            timezone=timezone,
            use_lead_timezone=use_lead_timezone,
            timeblocks=timeblocks,
        )

        schedule.additional_properties = d
        return schedule

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
