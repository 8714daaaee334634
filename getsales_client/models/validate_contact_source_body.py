from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.validate_contact_source_body_options import (
        ValidateContactSourceBodyOptions,
    )


T = TypeVar("T", bound="ValidateContactSourceBody")


@_attrs_define
class ValidateContactSourceBody:
    """
    Attributes:
        id (int): Integer id of the contact source. Example: 1.
        type_ (str | Unset): Kind of contact source, e.g. `manual`. Example: manual.
        options (ValidateContactSourceBodyOptions | Unset): Source settings such as sender profiles, rotation strategy
            and limits.
        name (str | Unset): Display name.
        rotation_strategy (str | Unset): How contacts are spread over the senders. Example: fair.
        sender_profiles (list[str] | Unset): Sender profiles working the source.
        after_id (int | Unset): First node contacts enter.
        active_limit (int | Unset): Maximum contacts in progress at once.
        coworkers_limit (int | Unset): Maximum sender profiles at once.
    """

    id: int
    type_: str | Unset = UNSET
    options: ValidateContactSourceBodyOptions | Unset = UNSET
    name: str | Unset = UNSET
    rotation_strategy: str | Unset = UNSET
    sender_profiles: list[str] | Unset = UNSET
    after_id: int | Unset = UNSET
    active_limit: int | Unset = UNSET
    coworkers_limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_

        options: dict[str, Any] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options.to_dict()

        name = self.name

        rotation_strategy = self.rotation_strategy

        sender_profiles: list[str] | Unset = UNSET
        if not isinstance(self.sender_profiles, Unset):
            sender_profiles = self.sender_profiles

        after_id = self.after_id

        active_limit = self.active_limit

        coworkers_limit = self.coworkers_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if options is not UNSET:
            field_dict["options"] = options
        if name is not UNSET:
            field_dict["name"] = name
        if rotation_strategy is not UNSET:
            field_dict["rotation_strategy"] = rotation_strategy
        if sender_profiles is not UNSET:
            field_dict["sender_profiles"] = sender_profiles
        if after_id is not UNSET:
            field_dict["after_id"] = after_id
        if active_limit is not UNSET:
            field_dict["active_limit"] = active_limit
        if coworkers_limit is not UNSET:
            field_dict["coworkers_limit"] = coworkers_limit

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.validate_contact_source_body_options import (
            ValidateContactSourceBodyOptions,
        )

        d = dict(src_dict)
        id = d.pop("id")

        type_ = d.pop("type", UNSET)

        _options = d.pop("options", UNSET)
        options: ValidateContactSourceBodyOptions | Unset
        if isinstance(_options, Unset):
            options = UNSET
        else:
            options = ValidateContactSourceBodyOptions.from_dict(_options)

        name = d.pop("name", UNSET)

        rotation_strategy = d.pop("rotation_strategy", UNSET)

        sender_profiles = cast(list[str], d.pop("sender_profiles", UNSET))

        after_id = d.pop("after_id", UNSET)

        active_limit = d.pop("active_limit", UNSET)

        coworkers_limit = d.pop("coworkers_limit", UNSET)

        validate_contact_source_body = cls(
            id=id,
            type_=type_,
            options=options,
            name=name,
            rotation_strategy=rotation_strategy,
            sender_profiles=sender_profiles,
            after_id=after_id,
            active_limit=active_limit,
            coworkers_limit=coworkers_limit,
        )

        validate_contact_source_body.additional_properties = d
        return validate_contact_source_body

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
