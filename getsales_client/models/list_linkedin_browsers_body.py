from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sort_direction import SortDirection
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_linkedin_browsers_body_filter import (
        ListLinkedinBrowsersBodyFilter,
    )


T = TypeVar("T", bound="ListLinkedinBrowsersBody")


@_attrs_define
class ListLinkedinBrowsersBody:
    """
    Attributes:
        filter_ (ListLinkedinBrowsersBodyFilter | Unset): Criteria such as status, sender profile or browser owner.
        limit (int | Unset): Page size, 1 to 100 (20 when omitted).

            Server default: `20`. Example: 20.
        offset (int | Unset): Number of records to skip (0 when omitted).

            Server default: `0`. Example: 0.
        order_field (str | Unset): Field to sort by; `created_at` when omitted. Example: created_at.
        order_type (SortDirection | Unset): Sort direction.
    """

    filter_: ListLinkedinBrowsersBodyFilter | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    order_field: str | Unset = UNSET
    order_type: SortDirection | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        limit = self.limit

        offset = self.offset

        order_field = self.order_field

        order_type: str | Unset = UNSET
        if not isinstance(self.order_type, Unset):
            order_type = self.order_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_ is not UNSET:
            field_dict["filter"] = filter_
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if order_field is not UNSET:
            field_dict["order_field"] = order_field
        if order_type is not UNSET:
            field_dict["order_type"] = order_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.list_linkedin_browsers_body_filter import (
            ListLinkedinBrowsersBodyFilter,
        )

        d = dict(src_dict)
        _filter_ = d.pop("filter", UNSET)
        filter_: ListLinkedinBrowsersBodyFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = ListLinkedinBrowsersBodyFilter.from_dict(_filter_)

        limit = d.pop("limit", UNSET)

        offset = d.pop("offset", UNSET)

        order_field = d.pop("order_field", UNSET)

        _order_type = d.pop("order_type", UNSET)
        order_type: SortDirection | Unset
        if isinstance(_order_type, Unset):
            order_type = UNSET
        else:
            order_type = SortDirection(_order_type)

        list_linkedin_browsers_body = cls(
            filter_=filter_,
            limit=limit,
            offset=offset,
            order_field=order_field,
            order_type=order_type,
        )

        list_linkedin_browsers_body.additional_properties = d
        return list_linkedin_browsers_body

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
