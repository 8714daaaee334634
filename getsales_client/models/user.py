from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.user_config import UserConfig
    from ..models.user_whitelabel import UserWhitelabel


T = TypeVar("T", bound="User")


@_attrs_define
class User:
    """A GetSales user account.

    Attributes:
        uuid (str): Unique identifier.
        id (int | None | Unset): Numeric identifier.
        first_name (None | str | Unset): First name. Example: John.
        last_name (None | str | Unset): Last name. Example: Doe.
        email (None | str | Unset): Email address. Example: john@example.com.
        email_status (None | str | Unset): State of the email address.
        image_url (None | str | Unset): Profile picture URL.
        timezone (None | str | Unset): IANA time-zone name. Example: Europe/Berlin.
        config (None | Unset | UserConfig): Personal preferences of the user.
        created_at (datetime.datetime | None | Unset): When the record was created.
        updated_at (datetime.datetime | None | Unset): When the record was last changed.
        whitelabel (None | Unset | UserWhitelabel): White-label context the account belongs to, if any.
    """

    uuid: str
    id: int | None | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    email_status: None | str | Unset = UNSET
    image_url: None | str | Unset = UNSET
    timezone: None | str | Unset = UNSET
    config: None | Unset | UserConfig = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    whitelabel: None | Unset | UserWhitelabel = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.user_config import UserConfig
        from ..models.user_whitelabel import UserWhitelabel

        uuid = self.uuid

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        email_status: None | str | Unset
        if isinstance(self.email_status, Unset):
            email_status = UNSET
        else:
            email_status = self.email_status

        image_url: None | str | Unset
        if isinstance(self.image_url, Unset):
            image_url = UNSET
        else:
            image_url = self.image_url

        timezone: None | str | Unset
        if isinstance(self.timezone, Unset):
            timezone = UNSET
        else:
            timezone = self.timezone

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, UserConfig):
            config = self.config.to_dict()
        else:
            config = self.config

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

        whitelabel: dict[str, Any] | None | Unset
        if isinstance(self.whitelabel, Unset):
            whitelabel = UNSET
        elif isinstance(self.whitelabel, UserWhitelabel):
            whitelabel = self.whitelabel.to_dict()
        else:
            whitelabel = self.whitelabel

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if email_status is not UNSET:
            field_dict["email_status"] = email_status
        if image_url is not UNSET:
            field_dict["image_url"] = image_url
        if timezone is not UNSET:
            field_dict["timezone"] = timezone
        if config is not UNSET:
            field_dict["config"] = config
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if whitelabel is not UNSET:
            field_dict["whitelabel"] = whitelabel

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.user_config import UserConfig
        from ..models.user_whitelabel import UserWhitelabel

        d = dict(src_dict)
        uuid = d.pop("uuid")

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_email_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email_status = _parse_email_status(d.pop("email_status", UNSET))

        def _parse_image_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        image_url = _parse_image_url(d.pop("image_url", UNSET))

        def _parse_timezone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timezone = _parse_timezone(d.pop("timezone", UNSET))

        def _parse_config(data: object) -> None | Unset | UserConfig:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = UserConfig.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"config: {type(data).__name__} is not None | Unset | UserConfig ({problem!r})"
            )

        config = _parse_config(d.pop("config", UNSET))

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

        def _parse_whitelabel(data: object) -> None | Unset | UserWhitelabel:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                whitelabel_type_0 = UserWhitelabel.from_dict(data)

                return whitelabel_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"whitelabel: {type(data).__name__} is not None | Unset | UserWhitelabel ({problem!r})"
            )

        whitelabel = _parse_whitelabel(d.pop("whitelabel", UNSET))

        user = cls(
            uuid=uuid,
            id=id,
            first_name=first_name,
            last_name=last_name,
            email=email,
            email_status=email_status,
            image_url=image_url,
            timezone=timezone,
            config=config,
            created_at=created_at,
            updated_at=updated_at,
            whitelabel=whitelabel,
        )

        user.additional_properties = d
        return user

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
