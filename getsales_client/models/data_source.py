from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.data_source_status import DataSourceStatus
from ..models.data_source_type import DataSourceType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.data_source_errors_item import DataSourceErrorsItem
    from ..models.data_source_payload import DataSourcePayload


T = TypeVar("T", bound="DataSource")


@_attrs_define
class DataSource:
    """A LinkedIn import (data source): a scraping job that fills a list.

    Attributes:
        uuid (str): Unique identifier.
        team_id (int | None | Unset): Team (workspace) the record belongs to.
        sender_profile_uuid (None | str | Unset): UUID of the sender profile.
        list_uuid (None | str | Unset): UUID of the list.
        payload (DataSourcePayload | None | Unset): Import settings; always carries the LinkedIn `url`.
        tags (list[str] | None | Unset): Tags of the record.
        type_ (DataSourceType | None | Unset):
        status (DataSourceStatus | None | Unset):
        errors (list[DataSourceErrorsItem] | None | Unset): Problems met while importing.
        user_id (int | None | Unset): User who created the record.
        created_at (datetime.datetime | None | Unset): When the record was created.
        updated_at (datetime.datetime | None | Unset): When the record was last changed.
        repeat_after_minutes (int | None | Unset): Re-run interval in minutes; null when the import runs once.
    """

    uuid: str
    team_id: int | None | Unset = UNSET
    sender_profile_uuid: None | str | Unset = UNSET
    list_uuid: None | str | Unset = UNSET
    payload: DataSourcePayload | None | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    type_: DataSourceType | None | Unset = UNSET
    status: DataSourceStatus | None | Unset = UNSET
    errors: list[DataSourceErrorsItem] | None | Unset = UNSET
    user_id: int | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    repeat_after_minutes: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.data_source_payload import DataSourcePayload

        uuid = self.uuid

        team_id: int | None | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        sender_profile_uuid: None | str | Unset
        if isinstance(self.sender_profile_uuid, Unset):
            sender_profile_uuid = UNSET
        else:
            sender_profile_uuid = self.sender_profile_uuid

        list_uuid: None | str | Unset
        if isinstance(self.list_uuid, Unset):
            list_uuid = UNSET
        else:
            list_uuid = self.list_uuid

        payload: dict[str, Any] | None | Unset
        if isinstance(self.payload, Unset):
            payload = UNSET
        elif isinstance(self.payload, DataSourcePayload):
            payload = self.payload.to_dict()
        else:
            payload = self.payload

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, DataSourceType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, DataSourceStatus):
            status = self.status.value
        else:
            status = self.status

        errors: list[dict[str, Any]] | None | Unset
        if isinstance(self.errors, Unset):
            errors = UNSET
        elif isinstance(self.errors, list):
            errors = []
            for errors_type_0_item_data in self.errors:
                errors_type_0_item = errors_type_0_item_data.to_dict()
                errors.append(errors_type_0_item)

        else:
            errors = self.errors

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        repeat_after_minutes: int | None | Unset
        if isinstance(self.repeat_after_minutes, Unset):
            repeat_after_minutes = UNSET
        else:
            repeat_after_minutes = self.repeat_after_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
            }
        )
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if sender_profile_uuid is not UNSET:
            field_dict["sender_profile_uuid"] = sender_profile_uuid
        if list_uuid is not UNSET:
            field_dict["list_uuid"] = list_uuid
        if payload is not UNSET:
            field_dict["payload"] = payload
        if tags is not UNSET:
            field_dict["tags"] = tags
        if type_ is not UNSET:
            field_dict["type"] = type_
        if status is not UNSET:
            field_dict["status"] = status
        if errors is not UNSET:
            field_dict["errors"] = errors
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if repeat_after_minutes is not UNSET:
            field_dict["repeat_after_minutes"] = repeat_after_minutes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.data_source_errors_item import DataSourceErrorsItem
        from ..models.data_source_payload import DataSourcePayload

        d = dict(src_dict)
        uuid = d.pop("uuid")

        def _parse_team_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        def _parse_sender_profile_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender_profile_uuid = _parse_sender_profile_uuid(
            d.pop("sender_profile_uuid", UNSET)
        )

        def _parse_list_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        list_uuid = _parse_list_uuid(d.pop("list_uuid", UNSET))

        def _parse_payload(data: object) -> DataSourcePayload | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_0 = DataSourcePayload.from_dict(data)

                return payload_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"payload: {type(data).__name__} is not DataSourcePayload | None | Unset ({problem!r})"
            )

        payload = _parse_payload(d.pop("payload", UNSET))

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

        def _parse_type_(data: object) -> DataSourceType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = DataSourceType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataSourceType | None | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_status(data: object) -> DataSourceStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = DataSourceStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DataSourceStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_errors(data: object) -> list[DataSourceErrorsItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                errors_type_0 = []
                _errors_type_0 = data
                for errors_type_0_item_data in _errors_type_0:
                    errors_type_0_item = DataSourceErrorsItem.from_dict(
                        errors_type_0_item_data
                    )

                    errors_type_0.append(errors_type_0_item)

                return errors_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"errors: {type(data).__name__} is not list[DataSourceErrorsItem] | None | Unset ({problem!r})"
            )

        errors = _parse_errors(d.pop("errors", UNSET))

        def _parse_user_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        user_id = _parse_user_id(d.pop("user_id", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = datetime.datetime.fromisoformat(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_repeat_after_minutes(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        repeat_after_minutes = _parse_repeat_after_minutes(
            d.pop("repeat_after_minutes", UNSET)
        )

        data_source = cls(
            uuid=uuid,
            team_id=team_id,
            sender_profile_uuid=sender_profile_uuid,
            list_uuid=list_uuid,
            payload=payload,
            tags=tags,
            type_=type_,
            status=status,
            errors=errors,
            user_id=user_id,
            created_at=created_at,
            updated_at=updated_at,
            repeat_after_minutes=repeat_after_minutes,
        )

        data_source.additional_properties = d
        return data_source

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
