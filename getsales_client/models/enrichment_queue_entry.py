from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.enrichment_queue_entry_status import EnrichmentQueueEntryStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="EnrichmentQueueEntry")


@_attrs_define
class EnrichmentQueueEntry:
    """A contact or company waiting for, or going through, LinkedIn enrichment. Only `status` and the attempt counter are
    documented; the other field names are inferred.

        Attributes:
            id (int | None | Unset): Queue entry identifier.
            team_id (int | None | Unset): Team (workspace) the record belongs to.
            object_ (None | str | Unset): Record type being enriched (`lead` or `company`).
            object_uuid (None | str | Unset): Contact or company being enriched.
            sender_profile_uuid (None | str | Unset): Sender profile whose LinkedIn account does the work.
            linkedin_account_uuid (None | str | Unset): LinkedIn account doing the work.
            status (EnrichmentQueueEntryStatus | None | Unset): Processing state.
            attempts (int | None | Unset): Enrichment attempts made so far.
            created_at (datetime.datetime | None | Unset): When the record was created.
            updated_at (datetime.datetime | None | Unset): When the record was last changed.
    """

    id: int | None | Unset = UNSET
    team_id: int | None | Unset = UNSET
    object_: None | str | Unset = UNSET
    object_uuid: None | str | Unset = UNSET
    sender_profile_uuid: None | str | Unset = UNSET
    linkedin_account_uuid: None | str | Unset = UNSET
    status: EnrichmentQueueEntryStatus | None | Unset = UNSET
    attempts: int | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        team_id: int | None | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        object_: None | str | Unset
        if isinstance(self.object_, Unset):
            object_ = UNSET
        else:
            object_ = self.object_

        object_uuid: None | str | Unset
        if isinstance(self.object_uuid, Unset):
            object_uuid = UNSET
        else:
            object_uuid = self.object_uuid

        sender_profile_uuid: None | str | Unset
        if isinstance(self.sender_profile_uuid, Unset):
            sender_profile_uuid = UNSET
        else:
            sender_profile_uuid = self.sender_profile_uuid

        linkedin_account_uuid: None | str | Unset
        if isinstance(self.linkedin_account_uuid, Unset):
            linkedin_account_uuid = UNSET
        else:
            linkedin_account_uuid = self.linkedin_account_uuid

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, EnrichmentQueueEntryStatus):
            status = self.status.value
        else:
            status = self.status

        attempts: int | None | Unset
        if isinstance(self.attempts, Unset):
            attempts = UNSET
        else:
            attempts = self.attempts

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if object_ is not UNSET:
            field_dict["object"] = object_
        if object_uuid is not UNSET:
            field_dict["object_uuid"] = object_uuid
        if sender_profile_uuid is not UNSET:
            field_dict["sender_profile_uuid"] = sender_profile_uuid
        if linkedin_account_uuid is not UNSET:
            field_dict["linkedin_account_uuid"] = linkedin_account_uuid
        if status is not UNSET:
            field_dict["status"] = status
        if attempts is not UNSET:
            field_dict["attempts"] = attempts
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_team_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        def _parse_object_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_ = _parse_object_(d.pop("object", UNSET))

        def _parse_object_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        object_uuid = _parse_object_uuid(d.pop("object_uuid", UNSET))

        def _parse_sender_profile_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender_profile_uuid = _parse_sender_profile_uuid(
            d.pop("sender_profile_uuid", UNSET)
        )

        def _parse_linkedin_account_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        linkedin_account_uuid = _parse_linkedin_account_uuid(
            d.pop("linkedin_account_uuid", UNSET)
        )

        def _parse_status(data: object) -> EnrichmentQueueEntryStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = EnrichmentQueueEntryStatus(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EnrichmentQueueEntryStatus | None | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_attempts(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        attempts = _parse_attempts(d.pop("attempts", UNSET))

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

        enrichment_queue_entry = cls(
            id=id,
            team_id=team_id,
            object_=object_,
            object_uuid=object_uuid,
            sender_profile_uuid=sender_profile_uuid,
            linkedin_account_uuid=linkedin_account_uuid,
            status=status,
            attempts=attempts,
            created_at=created_at,
            updated_at=updated_at,
        )

        enrichment_queue_entry.additional_properties = d
        return enrichment_queue_entry

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
