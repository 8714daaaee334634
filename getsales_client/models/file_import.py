from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.file_import_matches import FileImportMatches
    from ..models.file_import_payload import FileImportPayload


T = TypeVar("T", bound="FileImport")


@_attrs_define
class FileImport:
    """An uploaded CSV file and the state of its import.

    Attributes:
        uuid (str): File import identifier; use it in the import-leads / import-companies call.
        team_id (int | None | Unset): Team (workspace) the record belongs to.
        type_ (None | str | Unset): File type: `csv_leads` or `csv_accounts`.
        payload (FileImportPayload | None | Unset): File location, detected delimiter and parser settings.
        status (None | str | Unset): Processing state, `in_progress` while rows are being imported.
        csv_headers (list[str] | None | Unset): Column headers found in the file.
        csv_preview (list[list[None | str]] | None | Unset): First rows of the file.
        matches (FileImportMatches | None | Unset): Auto-detected mapping of contact fields to column indexes.
        created_at (datetime.datetime | None | Unset): When the record was created.
        updated_at (datetime.datetime | None | Unset): When the record was last changed.
    """

    uuid: str
    team_id: int | None | Unset = UNSET
    type_: None | str | Unset = UNSET
    payload: FileImportPayload | None | Unset = UNSET
    status: None | str | Unset = UNSET
    csv_headers: list[str] | None | Unset = UNSET
    csv_preview: list[list[None | str]] | None | Unset = UNSET
    matches: FileImportMatches | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.file_import_matches import FileImportMatches
        from ..models.file_import_payload import FileImportPayload

        uuid = self.uuid

        team_id: int | None | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        payload: dict[str, Any] | None | Unset
        if isinstance(self.payload, Unset):
            payload = UNSET
        elif isinstance(self.payload, FileImportPayload):
            payload = self.payload.to_dict()
        else:
            payload = self.payload

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        csv_headers: list[str] | None | Unset
        if isinstance(self.csv_headers, Unset):
            csv_headers = UNSET
        elif isinstance(self.csv_headers, list):
            csv_headers = self.csv_headers

        else:
            csv_headers = self.csv_headers

        csv_preview: list[list[None | str]] | None | Unset
        if isinstance(self.csv_preview, Unset):
            csv_preview = UNSET
        elif isinstance(self.csv_preview, list):
            csv_preview = []
            for csv_preview_type_0_item_data in self.csv_preview:
                csv_preview_type_0_item = []
                for csv_preview_type_0_item_item_data in csv_preview_type_0_item_data:
                    csv_preview_type_0_item_item: None | str
                    csv_preview_type_0_item_item = csv_preview_type_0_item_item_data
                    csv_preview_type_0_item.append(csv_preview_type_0_item_item)

                csv_preview.append(csv_preview_type_0_item)

        else:
            csv_preview = self.csv_preview

        matches: dict[str, Any] | None | Unset
        if isinstance(self.matches, Unset):
            matches = UNSET
        elif isinstance(self.matches, FileImportMatches):
            matches = self.matches.to_dict()
        else:
            matches = self.matches

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
        if type_ is not UNSET:
            field_dict["type"] = type_
        if payload is not UNSET:
            field_dict["payload"] = payload
        if status is not UNSET:
            field_dict["status"] = status
        if csv_headers is not UNSET:
            field_dict["csv_headers"] = csv_headers
        if csv_preview is not UNSET:
            field_dict["csv_preview"] = csv_preview
        if matches is not UNSET:
            field_dict["matches"] = matches
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.file_import_matches import FileImportMatches
        from ..models.file_import_payload import FileImportPayload

        d = dict(src_dict)
        uuid = d.pop("uuid")

        def _parse_team_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_payload(data: object) -> FileImportPayload | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                payload_type_0 = FileImportPayload.from_dict(data)

                return payload_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"payload: {type(data).__name__} is not FileImportPayload | None | Unset ({problem!r})"
            )

        payload = _parse_payload(d.pop("payload", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_csv_headers(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                csv_headers_type_0 = cast(list[str], data)

                return csv_headers_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"csv_headers: {type(data).__name__} is not list[str] | None | Unset ({problem!r})"
            )

        csv_headers = _parse_csv_headers(d.pop("csv_headers", UNSET))

        def _parse_csv_preview(data: object) -> list[list[None | str]] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                csv_preview_type_0 = []
                _csv_preview_type_0 = data
                for csv_preview_type_0_item_data in _csv_preview_type_0:
                    csv_preview_type_0_item = []
                    _csv_preview_type_0_item = csv_preview_type_0_item_data
                    for csv_preview_type_0_item_item_data in _csv_preview_type_0_item:

                        def _parse_csv_preview_type_0_item_item(
                            data: object,
                        ) -> None | str:
                            if data is None:
                                return data
                            return cast(None | str, data)

                        csv_preview_type_0_item_item = (
                            _parse_csv_preview_type_0_item_item(
                                csv_preview_type_0_item_item_data
                            )
                        )

                        csv_preview_type_0_item.append(csv_preview_type_0_item_item)

                    csv_preview_type_0.append(csv_preview_type_0_item)

                return csv_preview_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"csv_preview: {type(data).__name__} is not list[list[None | str]] | None | Unset ({problem!r})"
            )

        csv_preview = _parse_csv_preview(d.pop("csv_preview", UNSET))

        def _parse_matches(data: object) -> FileImportMatches | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                matches_type_0 = FileImportMatches.from_dict(data)

                return matches_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"matches: {type(data).__name__} is not FileImportMatches | None | Unset ({problem!r})"
            )

        matches = _parse_matches(d.pop("matches", UNSET))

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

        file_import = cls(
            uuid=uuid,
            team_id=team_id,
            type_=type_,
            payload=payload,
            status=status,
            csv_headers=csv_headers,
            csv_preview=csv_preview,
            matches=matches,
            created_at=created_at,
            updated_at=updated_at,
        )

        file_import.additional_properties = d
        return file_import

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
