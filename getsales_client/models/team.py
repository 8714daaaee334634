from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.team_config import TeamConfig
    from ..models.team_credits import TeamCredits
    from ..models.team_features import TeamFeatures


T = TypeVar("T", bound="Team")


@_attrs_define
class Team:
    """A team (workspace) with its plan limits and credit balances.

    Attributes:
        id (int | None | Unset): Numeric identifier.
        cluster_id (int | None | Unset): Data cluster hosting the team.
        subscription_id (int | None | Unset): Plan subscription.
        license_uuid (None | str | Unset): License the team runs under.
        name (None | str | Unset): Name. Example: My Team.
        color (None | str | Unset): Display colour as a hex code.
        status (None | str | Unset): State of the record. Example: active.
        features (None | TeamFeatures | Unset): Plan limits of the team.
        credits_ (None | TeamCredits | Unset): Credit balances of the team.
        config (None | TeamConfig | Unset): Settings.
        user_id (int | None | Unset): User who created the record.
        created_at (datetime.datetime | None | Unset): When the record was created.
        updated_at (datetime.datetime | None | Unset): When the record was last changed.
    """

    id: int | None | Unset = UNSET
    cluster_id: int | None | Unset = UNSET
    subscription_id: int | None | Unset = UNSET
    license_uuid: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    color: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    features: None | TeamFeatures | Unset = UNSET
    credits_: None | TeamCredits | Unset = UNSET
    config: None | TeamConfig | Unset = UNSET
    user_id: int | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.team_config import TeamConfig
        from ..models.team_credits import TeamCredits
        from ..models.team_features import TeamFeatures

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        cluster_id: int | None | Unset
        if isinstance(self.cluster_id, Unset):
            cluster_id = UNSET
        else:
            cluster_id = self.cluster_id

        subscription_id: int | None | Unset
        if isinstance(self.subscription_id, Unset):
            subscription_id = UNSET
        else:
            subscription_id = self.subscription_id

        license_uuid: None | str | Unset
        if isinstance(self.license_uuid, Unset):
            license_uuid = UNSET
        else:
            license_uuid = self.license_uuid

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        features: dict[str, Any] | None | Unset
        if isinstance(self.features, Unset):
            features = UNSET
        elif isinstance(self.features, TeamFeatures):
            features = self.features.to_dict()
        else:
            features = self.features

        credits_: dict[str, Any] | None | Unset
        if isinstance(self.credits_, Unset):
            credits_ = UNSET
        elif isinstance(self.credits_, TeamCredits):
            credits_ = self.credits_.to_dict()
        else:
            credits_ = self.credits_

        config: dict[str, Any] | None | Unset
        if isinstance(self.config, Unset):
            config = UNSET
        elif isinstance(self.config, TeamConfig):
            config = self.config.to_dict()
        else:
            config = self.config

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if cluster_id is not UNSET:
            field_dict["cluster_id"] = cluster_id
        if subscription_id is not UNSET:
            field_dict["subscription_id"] = subscription_id
        if license_uuid is not UNSET:
            field_dict["license_uuid"] = license_uuid
        if name is not UNSET:
            field_dict["name"] = name
        if color is not UNSET:
            field_dict["color"] = color
        if status is not UNSET:
            field_dict["status"] = status
        if features is not UNSET:
            field_dict["features"] = features
        if credits_ is not UNSET:
            field_dict["credits"] = credits_
        if config is not UNSET:
            field_dict["config"] = config
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.team_config import TeamConfig
        from ..models.team_credits import TeamCredits
        from ..models.team_features import TeamFeatures

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_cluster_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        cluster_id = _parse_cluster_id(d.pop("cluster_id", UNSET))

        def _parse_subscription_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        subscription_id = _parse_subscription_id(d.pop("subscription_id", UNSET))

        def _parse_license_uuid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        license_uuid = _parse_license_uuid(d.pop("license_uuid", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        color = _parse_color(d.pop("color", UNSET))

        def _parse_status(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_features(data: object) -> None | TeamFeatures | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                features_type_0 = TeamFeatures.from_dict(data)

                return features_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"features: {type(data).__name__} is not None | TeamFeatures | Unset ({problem!r})"
            )

        features = _parse_features(d.pop("features", UNSET))

        def _parse_credits_(data: object) -> None | TeamCredits | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                credits_type_0 = TeamCredits.from_dict(data)

                return credits_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"credits: {type(data).__name__} is not None | TeamCredits | Unset ({problem!r})"
            )

        credits_ = _parse_credits_(d.pop("credits", UNSET))

        def _parse_config(data: object) -> None | TeamConfig | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                config_type_0 = TeamConfig.from_dict(data)

                return config_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"config: {type(data).__name__} is not None | TeamConfig | Unset ({problem!r})"
            )

        config = _parse_config(d.pop("config", UNSET))

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

        team = cls(
            id=id,
            cluster_id=cluster_id,
            subscription_id=subscription_id,
            license_uuid=license_uuid,
            name=name,
            color=color,
            status=status,
            features=features,
            credits_=credits_,
            config=config,
            user_id=user_id,
            created_at=created_at,
            updated_at=updated_at,
        )

        team.additional_properties = d
        return team

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
