from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.mass_action_leads_response_200_mass_action import (
        MassActionLeadsResponse200MassAction,
    )


T = TypeVar("T", bound="MassActionLeadsResponse200")


@_attrs_define
class MassActionLeadsResponse200:
    """
    Attributes:
        mass_action (MassActionLeadsResponse200MassAction | None | Unset): Tracking object of a queued action; absent
            when the action ran at once.
    """

    mass_action: MassActionLeadsResponse200MassAction | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.mass_action_leads_response_200_mass_action import (
            MassActionLeadsResponse200MassAction,
        )

        mass_action: dict[str, Any] | None | Unset
        if isinstance(self.mass_action, Unset):
            mass_action = UNSET
        elif isinstance(self.mass_action, MassActionLeadsResponse200MassAction):
            mass_action = self.mass_action.to_dict()
        else:
            mass_action = self.mass_action

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mass_action is not UNSET:
            field_dict["mass_action"] = mass_action

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.mass_action_leads_response_200_mass_action import (
            MassActionLeadsResponse200MassAction,
        )

        d = dict(src_dict)

        def _parse_mass_action(
            data: object,
        ) -> MassActionLeadsResponse200MassAction | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                mass_action_type_0 = MassActionLeadsResponse200MassAction.from_dict(
                    data
                )

                return mass_action_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"mass_action: {type(data).__name__} is not MassActionLeadsResponse200MassAction | None | Unset ({problem!r})"
            )

        mass_action = _parse_mass_action(d.pop("mass_action", UNSET))

        mass_action_leads_response_200 = cls(
            mass_action=mass_action,
        )

        mass_action_leads_response_200.additional_properties = d
        return mass_action_leads_response_200

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
