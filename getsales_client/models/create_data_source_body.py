from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_source_type import DataSourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_data_source_body_payload import CreateDataSourceBodyPayload


T = TypeVar("T", bound="CreateDataSourceBody")


@_attrs_define
class CreateDataSourceBody:
    """
    Attributes:
        type_ (DataSourceType): Where a data source (LinkedIn import) reads its contacts from.
        list_uuid (str): List that receives the imported records. Example: abd0d6a8-8dc1-5614-93c8-f2a54136f7b8.
        payload (CreateDataSourceBodyPayload | Unset): Settings of the job for its type; must hold the LinkedIn `url`.
        sender_profile_uuid (str | Unset): Sender profile whose LinkedIn account runs the import. Example:
            d616a600-d9a6-52ed-bd8e-d441bebb98af.
        tags (list[str] | None | Unset): Tags put on every imported contact.
        repeat_after_minutes (int | None | Unset): Run the import again after this many minutes, e.g. 1440 for daily.
    """

    type_: DataSourceType
    list_uuid: str
    payload: CreateDataSourceBodyPayload | Unset = UNSET
    sender_profile_uuid: str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    repeat_after_minutes: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        list_uuid = self.list_uuid

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        sender_profile_uuid = self.sender_profile_uuid

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        repeat_after_minutes: int | None | Unset
        if isinstance(self.repeat_after_minutes, Unset):
            repeat_after_minutes = UNSET
        else:
            repeat_after_minutes = self.repeat_after_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "list_uuid": list_uuid,
            }
        )
        if payload is not UNSET:
            field_dict["payload"] = payload
        if sender_profile_uuid is not UNSET:
            field_dict["sender_profile_uuid"] = sender_profile_uuid
        if tags is not UNSET:
            field_dict["tags"] = tags
        if repeat_after_minutes is not UNSET:
            field_dict["repeat_after_minutes"] = repeat_after_minutes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_data_source_body_payload import CreateDataSourceBodyPayload

        d = dict(src_dict)
        type_ = DataSourceType(d.pop("type"))

        list_uuid = d.pop("list_uuid")

        _payload = d.pop("payload", UNSET)
        payload: CreateDataSourceBodyPayload | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = CreateDataSourceBodyPayload.from_dict(_payload)

        sender_profile_uuid = d.pop("sender_profile_uuid", UNSET)

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

        def _parse_repeat_after_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        repeat_after_minutes = _parse_repeat_after_minutes(
            d.pop("repeat_after_minutes", UNSET)
        )

        create_data_source_body = cls(
            type_=type_,
            list_uuid=list_uuid,
            payload=payload,
            sender_profile_uuid=sender_profile_uuid,
            tags=tags,
            repeat_after_minutes=repeat_after_minutes,
        )

        create_data_source_body.additional_properties = d
        return create_data_source_body

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
