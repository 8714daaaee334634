from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.object_type import ObjectType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.activity_payload import ActivityPayload


T = TypeVar("T", bound="Activity")


@_attrs_define
class Activity:
    """One event in the activity feed of a contact or company.

    Attributes:
        uuid (str): Unique identifier.
        team_id (int | None | Unset): Team (workspace) the record belongs to.
        object_type (None | ObjectType | Unset):
        object_uuid (None | str | Unset): UUID of the contact or company.
        type_ (None | str | Unset): Event type, for example `email_sent`, `email_opened`,
            `linkedin_connection_request_accepted`, `linkedin_message_replied`, `pipeline_stage_changed` or `note_left`.
            Example: linkedin_message_sent.
        payload (ActivityPayload | None | Unset): Details; the shape depends on the type.
        created_at (datetime.datetime | None | Unset): When the record was created.
    """

    uuid: str
    team_id: int | None | Unset = UNSET
    object_type: None | ObjectType | Unset = UNSET
    object_uuid: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    payload: ActivityPayload | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.activity_payload import ActivityPayload

        uuid = self.uuid

        team_id: int | None | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        object_type: None | str | Unset
        if isinstance(self.object_type, Unset):
            object_type = UNSET
        elif isinstance(self.object_type, ObjectType):
            object_type = self.object_type.value
        else:
            object_type = self.object_type

        object_uuid: None | str | Unset
        if isinstance(self.object_uuid, Unset):
            object_uuid = UNSET
        else:
            object_uuid = self.object_uuid

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        payload: dict[str, Any] | None | Unset
        if isinstance(self.payload, Unset):
            payload = UNSET
        elif isinstance(self.payload, ActivityPayload):
            payload = self.payload.to_dict()
        else:
            payload = self.payload

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
            }
        )
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if object_type is not UNSET:
            field_dict["object_type"] = object_type
        if object_uuid is not UNSET:
            field_dict["object_uuid"] = object_uuid
        if type_ is not UNSET:
            field_dict["type"] = type_
        if payload is not UNSET:
            field_dict["payload"] = payload
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.activity_payload import ActivityPayload

        d = dict(src_dict)
        uuid = d.pop("uuid")

        def _parse_team_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        def _parse_object_type(data: object) -> None | ObjectType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                object_type_type_0 = ObjectType(data)

                return object_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ObjectType | Unset, data)

        object_type = _parse_object_type(d.pop("object_type", UNSET))

        def _parse_object_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_uuid = _parse_object_uuid(d.pop("object_uuid", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_payload(data: object) -> ActivityPayload | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_0 = ActivityPayload.from_dict(data)

                return payload_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"payload: {type(data).__name__} is not ActivityPayload | None | Unset ({problem!r})"
            )

        payload = _parse_payload(d.pop("payload", UNSET))

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

        activity = cls(
            uuid=uuid,
            team_id=team_id,
            object_type=object_type,
            object_uuid=object_uuid,
            type_=type_,
            payload=payload,
            created_at=created_at,
        )

        activity.additional_properties = d
        return activity

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
