from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_source_status import DataSourceStatus
from ..models.data_source_type import DataSourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_data_source_body_payload import UpdateDataSourceBodyPayload


T = TypeVar("T", bound="UpdateDataSourceBody")


@_attrs_define
class UpdateDataSourceBody:
    """
    Attributes:
        type_ (DataSourceType | Unset): Where a data source (LinkedIn import) reads its contacts from.
        list_uuid (str | Unset): New target list.
        payload (UpdateDataSourceBodyPayload | Unset): New job settings, including the LinkedIn `url`.
        tags (list[str] | None | Unset): Tags put on imported contacts.
        status (DataSourceStatus | Unset): Progress of a data source.
        repeat_after_minutes (int | None | Unset): Minutes between runs; `null` turns recurrence off.
    """

    type_: DataSourceType | Unset = UNSET
    list_uuid: str | Unset = UNSET
    payload: UpdateDataSourceBodyPayload | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    status: DataSourceStatus | Unset = UNSET
    repeat_after_minutes: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        list_uuid = self.list_uuid

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        repeat_after_minutes: int | None | Unset
        if isinstance(self.repeat_after_minutes, Unset):
            repeat_after_minutes = UNSET
        else:
            repeat_after_minutes = self.repeat_after_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if list_uuid is not UNSET:
            field_dict["list_uuid"] = list_uuid
        if payload is not UNSET:
            field_dict["payload"] = payload
        if tags is not UNSET:
            field_dict["tags"] = tags
        if status is not UNSET:
            field_dict["status"] = status
        if repeat_after_minutes is not UNSET:
            field_dict["repeat_after_minutes"] = repeat_after_minutes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_data_source_body_payload import UpdateDataSourceBodyPayload

        d = dict(src_dict)
        _type_ = d.pop("type", UNSET)
        type_: DataSourceType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = DataSourceType(_type_)

        list_uuid = d.pop("list_uuid", UNSET)

        _payload = d.pop("payload", UNSET)
        payload: UpdateDataSourceBodyPayload | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = UpdateDataSourceBodyPayload.from_dict(_payload)

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"tags: {type(data).__name__} is not list[str] | None | Unset ({problem!r})"
            )

        tags = _parse_tags(d.pop("tags", UNSET))

        _status = d.pop("status", UNSET)
        status: DataSourceStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = DataSourceStatus(_status)

        def _parse_repeat_after_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        repeat_after_minutes = _parse_repeat_after_minutes(
            d.pop("repeat_after_minutes", UNSET)
        )

        update_data_source_body = cls(
            type_=type_,
            list_uuid=list_uuid,
            payload=payload,
            tags=tags,
            status=status,
            repeat_after_minutes=repeat_after_minutes,
        )

        update_data_source_body.additional_properties = d
        return update_data_source_body

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
