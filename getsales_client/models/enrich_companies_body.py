from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.company_selection import CompanySelection


T = TypeVar("T", bound="EnrichCompaniesBody")


@_attrs_define
class EnrichCompaniesBody:
    """
    Attributes:
        uuids (list[str] | Unset): Specific companies to enrich. Example: ['a9e7a4f9-6822-5ea1-9caa-f184a26b598e'].
        filter_ (CompanySelection | Unset): Which companies an action applies to.
    """

    uuids: list[str] | Unset = UNSET
    filter_: CompanySelection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuids: list[str] | Unset = UNSET
        if not isinstance(self.uuids, Unset):
            uuids = self.uuids

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuids is not UNSET:
            field_dict["uuids"] = uuids
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.company_selection import CompanySelection

        d = dict(src_dict)
        uuids = cast(list[str], d.pop("uuids", UNSET))

        _filter_ = d.pop("filter", UNSET)
        filter_: CompanySelection | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = CompanySelection.from_dict(_filter_)

        enrich_companies_body = cls(
            uuids=uuids,
            filter_=filter_,
        )

        enrich_companies_body.additional_properties = d
        return enrich_companies_body

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
