from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowLead")


@_attrs_define
class FlowLead:
    """Enrollment of one contact in one flow. Only the flow, contact, sender and status fields are documented; the rest are
    inferred.

        Attributes:
            uuid (str): Enrollment identifier.
            team_id (int | None | Unset): Team (workspace) the record belongs to.
            flow_uuid (None | str | Unset): Flow the contact is enrolled in.
            lead_uuid (None | str | Unset): Enrolled contact.
            sender_profile_uuid (None | str | Unset): Sender profile working the contact.
            contact_source_id (int | None | Unset): Contact source the contact entered through.
            flow_node_id (int | None | Unset): Node the contact is currently at.
            status (None | str | Unset): Enrollment state, for example `in_progress`, `finished`, `failed`, `canceled` or
                `restarted`.
            status_reason (None | str | Unset): Why the enrollment ended, when it did.
            created_at (datetime.datetime | None | Unset): When the record was created.
            updated_at (datetime.datetime | None | Unset): When the record was last changed.
    """

    uuid: str
    team_id: int | None | Unset = UNSET
    flow_uuid: None | str | Unset = UNSET
    lead_uuid: None | str | Unset = UNSET
    sender_profile_uuid: None | str | Unset = UNSET
    contact_source_id: int | None | Unset = UNSET
    flow_node_id: int | None | Unset = UNSET
    status: None | str | Unset = UNSET
    status_reason: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        team_id: int | None | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        flow_uuid: None | str | Unset
        if isinstance(self.flow_uuid, Unset):
            flow_uuid = UNSET
        else:
            flow_uuid = self.flow_uuid

        lead_uuid: None | str | Unset
        if isinstance(self.lead_uuid, Unset):
            lead_uuid = UNSET
        else:
            lead_uuid = self.lead_uuid

        sender_profile_uuid: None | str | Unset
        if isinstance(self.sender_profile_uuid, Unset):
            sender_profile_uuid = UNSET
        else:
            sender_profile_uuid = self.sender_profile_uuid

        contact_source_id: int | None | Unset
        if isinstance(self.contact_source_id, Unset):
            contact_source_id = UNSET
        else:
            contact_source_id = self.contact_source_id

        flow_node_id: int | None | Unset
        if isinstance(self.flow_node_id, Unset):
            flow_node_id = UNSET
        else:
            flow_node_id = self.flow_node_id

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        status_reason: None | str | Unset
        if isinstance(self.status_reason, Unset):
            status_reason = UNSET
        else:
            status_reason = self.status_reason

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
        field_dict.update(
            {
                "uuid": uuid,
            }
        )
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if flow_uuid is not UNSET:
            field_dict["flow_uuid"] = flow_uuid
        if lead_uuid is not UNSET:
            field_dict["lead_uuid"] = lead_uuid
        if sender_profile_uuid is not UNSET:
            field_dict["sender_profile_uuid"] = sender_profile_uuid
        if contact_source_id is not UNSET:
            field_dict["contact_source_id"] = contact_source_id
        if flow_node_id is not UNSET:
            field_dict["flow_node_id"] = flow_node_id
        if status is not UNSET:
            field_dict["status"] = status
        if status_reason is not UNSET:
            field_dict["status_reason"] = status_reason
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        uuid = d.pop("uuid")

        def _parse_team_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        def _parse_flow_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        flow_uuid = _parse_flow_uuid(d.pop("flow_uuid", UNSET))

        def _parse_lead_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        lead_uuid = _parse_lead_uuid(d.pop("lead_uuid", UNSET))

        def _parse_sender_profile_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sender_profile_uuid = _parse_sender_profile_uuid(
            d.pop("sender_profile_uuid", UNSET)
        )

        def _parse_contact_source_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        contact_source_id = _parse_contact_source_id(d.pop("contact_source_id", UNSET))

        def _parse_flow_node_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        flow_node_id = _parse_flow_node_id(d.pop("flow_node_id", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_status_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status_reason = _parse_status_reason(d.pop("status_reason", UNSET))

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

        flow_lead = cls(
            uuid=uuid,
            team_id=team_id,
            flow_uuid=flow_uuid,
            lead_uuid=lead_uuid,
            sender_profile_uuid=sender_profile_uuid,
            contact_source_id=contact_source_id,
            flow_node_id=flow_node_id,
            status=status,
            status_reason=status_reason,
            created_at=created_at,
            updated_at=updated_at,
        )

        flow_lead.additional_properties = d
        return flow_lead

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
