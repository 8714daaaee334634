from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.contact_source_filter_tree_format import ContactSourceFilterTreeFormat
    from ..models.contact_source_mass_actions_filter import (
        ContactSourceMassActionsFilter,
    )


T = TypeVar("T", bound="ContactSource")


@_attrs_define
class ContactSource:
    """Entry point of a flow: which contacts enter and which senders work them.

    Attributes:
        id (int | None | Unset): Contact-source identifier, unique within the flow version. Example: 1.
        name (None | str | Unset): Display name.
        rotation_strategy (None | str | Unset): How contacts are spread over the sender profiles. Example: fair.
        sender_profiles (list[str] | None | Unset): Sender profiles that execute this source's steps.
        after_id (int | None | Unset): Node that contacts from this source enter first. Example: 2.
        active_limit (int | None | Unset): Maximum number of contacts in progress at once.
        coworkers_limit (int | None | Unset): Maximum number of sender profiles working this source at once.
        mass_actions_filter (ContactSourceMassActionsFilter | None | Unset): Saved contact filter selecting who enters
            the flow.
        filter_tree_format (ContactSourceFilterTreeFormat | None | Unset): The same filter in tree form, as used by the
            web editor.
    """

    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    rotation_strategy: None | str | Unset = UNSET
    sender_profiles: list[str] | None | Unset = UNSET
    after_id: int | None | Unset = UNSET
    active_limit: int | None | Unset = UNSET
    coworkers_limit: int | None | Unset = UNSET
    mass_actions_filter: ContactSourceMassActionsFilter | None | Unset = UNSET
    filter_tree_format: ContactSourceFilterTreeFormat | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.contact_source_filter_tree_format import (
            ContactSourceFilterTreeFormat,
        )
        from ..models.contact_source_mass_actions_filter import (
            ContactSourceMassActionsFilter,
        )

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        rotation_strategy: None | str | Unset
        if isinstance(self.rotation_strategy, Unset):
            rotation_strategy = UNSET
        else:
            rotation_strategy = self.rotation_strategy

        sender_profiles: list[str] | None | Unset
        if isinstance(self.sender_profiles, Unset):
            sender_profiles = UNSET
        elif isinstance(self.sender_profiles, list):
            sender_profiles = self.sender_profiles

        else:
            sender_profiles = self.sender_profiles

        after_id: int | None | Unset
        if isinstance(self.after_id, Unset):
            after_id = UNSET
        else:
            after_id = self.after_id

        active_limit: int | None | Unset
        if isinstance(self.active_limit, Unset):
            active_limit = UNSET
        else:
            active_limit = self.active_limit

        coworkers_limit: int | None | Unset
        if isinstance(self.coworkers_limit, Unset):
            coworkers_limit = UNSET
        else:
            coworkers_limit = self.coworkers_limit

        mass_actions_filter: dict[str, Any] | None | Unset
        if isinstance(self.mass_actions_filter, Unset):
            mass_actions_filter = UNSET
        elif isinstance(self.mass_actions_filter, ContactSourceMassActionsFilter):
            mass_actions_filter = self.mass_actions_filter.to_dict()
        else:
            mass_actions_filter = self.mass_actions_filter

        filter_tree_format: dict[str, Any] | None | Unset
        if isinstance(self.filter_tree_format, Unset):
            filter_tree_format = UNSET
        elif isinstance(self.filter_tree_format, ContactSourceFilterTreeFormat):
            filter_tree_format = self.filter_tree_format.to_dict()
        else:
            filter_tree_format = self.filter_tree_format

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
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
        if mass_actions_filter is not UNSET:
            field_dict["mass_actions_filter"] = mass_actions_filter
        if filter_tree_format is not UNSET:
            field_dict["filter_tree_format"] = filter_tree_format

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.contact_source_filter_tree_format import (
            ContactSourceFilterTreeFormat,
        )
        from ..models.contact_source_mass_actions_filter import (
            ContactSourceMassActionsFilter,
        )

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_rotation_strategy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rotation_strategy = _parse_rotation_strategy(d.pop("rotation_strategy", UNSET))

        def _parse_sender_profiles(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sender_profiles_type_0 = cast(list[str], data)

                return sender_profiles_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"sender_profiles: {type(data).__name__} is not list[str] | None | Unset ({problem!r})"
            )

        sender_profiles = _parse_sender_profiles(d.pop("sender_profiles", UNSET))

        def _parse_after_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        after_id = _parse_after_id(d.pop("after_id", UNSET))

        def _parse_active_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        active_limit = _parse_active_limit(d.pop("active_limit", UNSET))

        def _parse_coworkers_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        coworkers_limit = _parse_coworkers_limit(d.pop("coworkers_limit", UNSET))

        def _parse_mass_actions_filter(
            data: object,
        ) -> ContactSourceMassActionsFilter | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mass_actions_filter_type_0 = ContactSourceMassActionsFilter.from_dict(
                    data
                )

                return mass_actions_filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"mass_actions_filter: {type(data).__name__} is not ContactSourceMassActionsFilter | None | Unset ({problem!r})"
            )

        mass_actions_filter = _parse_mass_actions_filter(
            d.pop("mass_actions_filter", UNSET)
        )

        def _parse_filter_tree_format(
            data: object,
        ) -> ContactSourceFilterTreeFormat | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filter_tree_format_type_0 = ContactSourceFilterTreeFormat.from_dict(
                    data
                )

                return filter_tree_format_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"filter_tree_format: {type(data).__name__} is not ContactSourceFilterTreeFormat | None | Unset ({problem!r})"
            )

        filter_tree_format = _parse_filter_tree_format(
            d.pop("filter_tree_format", UNSET)
        )

        contact_source = cls(
            id=id,
            name=name,
            rotation_strategy=rotation_strategy,
            sender_profiles=sender_profiles,
            after_id=after_id,
            active_limit=active_limit,
            coworkers_limit=coworkers_limit,
            mass_actions_filter=mass_actions_filter,
            filter_tree_format=filter_tree_format,
        )

        contact_source.additional_properties = d
        return contact_source

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
