from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DataSourceMetric")


@_attrs_define
class DataSourceMetric:
    """Progress counters of one import.

    Attributes:
        queued_records (int | None | Unset): Records waiting to be processed.
        saved_records (int | None | Unset): Records saved as new contacts or companies.
        duplicate_records (int | None | Unset): Records skipped because they already exist in the list.
        blacklisted_records (int | None | Unset): Records skipped because they match the blacklist.
        error_records (int | None | Unset): Records that failed to import.
        child_queued_records (int | None | Unset): Nested records (for example contacts under a company) waiting.
        child_saved_records (int | None | Unset): Nested records saved.
        child_duplicate_records (int | None | Unset): Nested records skipped as duplicates.
    """

    queued_records: int | None | Unset = UNSET
    saved_records: int | None | Unset = UNSET
    duplicate_records: int | None | Unset = UNSET
    blacklisted_records: int | None | Unset = UNSET
    error_records: int | None | Unset = UNSET
    child_queued_records: int | None | Unset = UNSET
    child_saved_records: int | None | Unset = UNSET
    child_duplicate_records: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queued_records: int | None | Unset
        if isinstance(self.queued_records, Unset):
            queued_records = UNSET
        else:
            queued_records = self.queued_records

        saved_records: int | None | Unset
        if isinstance(self.saved_records, Unset):
            saved_records = UNSET
        else:
            saved_records = self.saved_records

        duplicate_records: int | None | Unset
        if isinstance(self.duplicate_records, Unset):
            duplicate_records = UNSET
        else:
            duplicate_records = self.duplicate_records

        blacklisted_records: int | None | Unset
        if isinstance(self.blacklisted_records, Unset):
            blacklisted_records = UNSET
        else:
            blacklisted_records = self.blacklisted_records

        error_records: int | None | Unset
        if isinstance(self.error_records, Unset):
            error_records = UNSET
        else:
            error_records = self.error_records

        child_queued_records: int | None | Unset
        if isinstance(self.child_queued_records, Unset):
            child_queued_records = UNSET
        else:
            child_queued_records = self.child_queued_records

        child_saved_records: int | None | Unset
        if isinstance(self.child_saved_records, Unset):
            child_saved_records = UNSET
        else:
            child_saved_records = self.child_saved_records

        child_duplicate_records: int | None | Unset
        if isinstance(self.child_duplicate_records, Unset):
            child_duplicate_records = UNSET
        else:
            child_duplicate_records = self.child_duplicate_records

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if queued_records is not UNSET:
            field_dict["queued_records"] = queued_records
        if saved_records is not UNSET:
            field_dict["saved_records"] = saved_records
        if duplicate_records is not UNSET:
            field_dict["duplicate_records"] = duplicate_records
        if blacklisted_records is not UNSET:
            field_dict["blacklisted_records"] = blacklisted_records
        if error_records is not UNSET:
            field_dict["error_records"] = error_records
        if child_queued_records is not UNSET:
            field_dict["child_queued_records"] = child_queued_records
        if child_saved_records is not UNSET:
            field_dict["child_saved_records"] = child_saved_records
        if child_duplicate_records is not UNSET:
            field_dict["child_duplicate_records"] = child_duplicate_records

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_queued_records(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        queued_records = _parse_queued_records(d.pop("queued_records", UNSET))

        def _parse_saved_records(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        saved_records = _parse_saved_records(d.pop("saved_records", UNSET))

        def _parse_duplicate_records(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duplicate_records = _parse_duplicate_records(d.pop("duplicate_records", UNSET))

        def _parse_blacklisted_records(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        blacklisted_records = _parse_blacklisted_records(
            d.pop("blacklisted_records", UNSET)
        )

        def _parse_error_records(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        error_records = _parse_error_records(d.pop("error_records", UNSET))

        def _parse_child_queued_records(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        child_queued_records = _parse_child_queued_records(
            d.pop("child_queued_records", UNSET)
        )

        def _parse_child_saved_records(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        child_saved_records = _parse_child_saved_records(
            d.pop("child_saved_records", UNSET)
        )

        def _parse_child_duplicate_records(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        child_duplicate_records = _parse_child_duplicate_records(
            d.pop("child_duplicate_records", UNSET)
        )

        data_source_metric = cls(
            queued_records=queued_records,
            saved_records=saved_records,
            duplicate_records=duplicate_records,
            blacklisted_records=blacklisted_records,
            error_records=error_records,
            child_queued_records=child_queued_records,
            child_saved_records=child_saved_records,
            child_duplicate_records=child_duplicate_records,
        )

        data_source_metric.additional_properties = d
        return data_source_metric

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
