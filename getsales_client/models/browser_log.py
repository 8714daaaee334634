from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.browser_log_payload import BrowserLogPayload


T = TypeVar("T", bound="BrowserLog")


@_attrs_define
class BrowserLog:
    """One event reported by the automation server for a browser. Only the info/error distinction is documented; field
    names are inferred.

        Attributes:
            id (int | None | Unset): Log entry identifier.
            team_id (int | None | Unset): Team (workspace) the record belongs to.
            linkedin_browser_id (int | None | Unset): Browser the event belongs to.
            type_ (None | str | Unset): Event kind: `info` or `error`.
            message (None | str | Unset): Event text.
            payload (BrowserLogPayload | None | Unset): Extra event details.
            created_at (datetime.datetime | None | Unset): When the record was created.
    """

    id: int | None | Unset = UNSET
    team_id: int | None | Unset = UNSET
    linkedin_browser_id: int | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    payload: BrowserLogPayload | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.browser_log_payload import BrowserLogPayload

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

        linkedin_browser_id: int | None | Unset
        if isinstance(self.linkedin_browser_id, Unset):
            linkedin_browser_id = UNSET
        else:
            linkedin_browser_id = self.linkedin_browser_id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        payload: dict[str, Any] | None | Unset
        if isinstance(self.payload, Unset):
            payload = UNSET
        elif isinstance(self.payload, BrowserLogPayload):
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
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if linkedin_browser_id is not UNSET:
            field_dict["linkedin_browser_id"] = linkedin_browser_id
        if type_ is not UNSET:
            field_dict["type"] = type_
        if message is not UNSET:
            field_dict["message"] = message
        if payload is not UNSET:
            field_dict["payload"] = payload
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.browser_log_payload import BrowserLogPayload

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

        def _parse_linkedin_browser_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        linkedin_browser_id = _parse_linkedin_browser_id(
            d.pop("linkedin_browser_id", UNSET)
        )

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        message = _parse_message(d.pop("message", UNSET))

        def _parse_payload(data: object) -> BrowserLogPayload | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_0 = BrowserLogPayload.from_dict(data)

                return payload_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"payload: {type(data).__name__} is not BrowserLogPayload | None | Unset ({problem!r})"
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

        browser_log = cls(
            id=id,
            team_id=team_id,
            linkedin_browser_id=linkedin_browser_id,
            type_=type_,
            message=message,
            payload=payload,
            created_at=created_at,
        )

        browser_log.additional_properties = d
        return browser_log

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
