from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mass_action_leads_body_type import MassActionLeadsBodyType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.lead_selection import LeadSelection
    from ..models.mass_action_leads_body_payload import MassActionLeadsBodyPayload


T = TypeVar("T", bound="MassActionLeadsBody")


@_attrs_define
class MassActionLeadsBody:
    """
    Attributes:
        type_ (MassActionLeadsBodyType): Which operation to run on the selected contacts. Example: contact_add_tags.
        filter_ (LeadSelection | Unset): Which contacts an action applies to: `{"ids": [...]}` for given contacts,
            `{"all": true}` for all, or the same filter keys as contact search.
        payload (MassActionLeadsBodyPayload | Unset): Arguments of the chosen operation (see the table).
    """

    type_: MassActionLeadsBodyType
    filter_: LeadSelection | Unset = UNSET
    payload: MassActionLeadsBodyPayload | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        payload: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payload, Unset):
            payload = self.payload.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if payload is not UNSET:
            field_dict["payload"] = payload

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.lead_selection import LeadSelection
        from ..models.mass_action_leads_body_payload import MassActionLeadsBodyPayload

        d = dict(src_dict)
        type_ = MassActionLeadsBodyType(d.pop("type"))

        _filter_ = d.pop("filter", UNSET)
        filter_: LeadSelection | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = LeadSelection.from_dict(_filter_)

        _payload = d.pop("payload", UNSET)
        payload: MassActionLeadsBodyPayload | Unset
        if isinstance(_payload, Unset):
            payload = UNSET
        else:
            payload = MassActionLeadsBodyPayload.from_dict(_payload)

        mass_action_leads_body = cls(
            type_=type_,
            filter_=filter_,
            payload=payload,
        )

        mass_action_leads_body.additional_properties = d
        return mass_action_leads_body

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
