from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.get_lead_metrics_body_group_by import GetLeadMetricsBodyGroupBy
from ..models.get_lead_metrics_body_metrics_item import GetLeadMetricsBodyMetricsItem
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.get_lead_metrics_body_filter import GetLeadMetricsBodyFilter


T = TypeVar("T", bound="GetLeadMetricsBody")


@_attrs_define
class GetLeadMetricsBody:
    """
    Attributes:
        metrics (list[GetLeadMetricsBodyMetricsItem]): One metric name, including the live counters `unread_count`,
            `unread_count_linkedin` and `unread_count_email`. Example: ['linkedin_sent_count', 'linkedin_inbox_count',
            'email_sent_count'].
        period_from (datetime.datetime | Unset): Start of the period, ISO 8601 date-time, inclusive. Example:
            2025-03-01T00:00:00Z.
        period_to (datetime.datetime | Unset): End of the period, ISO 8601 date-time, inclusive. Example:
            2025-03-31T23:59:59Z.
        group_by (GetLeadMetricsBodyGroupBy | Unset): Break figures down by `sender_profiles`, `flows`, `lists`, `tags`,
            `pipeline_stages`, `workflows` or `date`.
        flows (list[str] | Unset): Automation UUIDs to limit the figures to; an empty list means all.
        sender_profiles (list[str] | Unset): Only these sender profiles.
        filter_ (GetLeadMetricsBodyFilter | Unset): Extra filter, e.g. by sender profile; reportedly ignored by some
            servers.
    """

    metrics: list[GetLeadMetricsBodyMetricsItem]
    period_from: datetime.datetime | Unset = UNSET
    period_to: datetime.datetime | Unset = UNSET
    group_by: GetLeadMetricsBodyGroupBy | Unset = UNSET
    flows: list[str] | Unset = UNSET
    sender_profiles: list[str] | Unset = UNSET
    filter_: GetLeadMetricsBodyFilter | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        metrics = []
        for metrics_item_data in self.metrics:
            metrics_item = metrics_item_data.value
            metrics.append(metrics_item)

        period_from: str | Unset = UNSET
        if not isinstance(self.period_from, Unset):
            period_from = self.period_from.isoformat()

        period_to: str | Unset = UNSET
        if not isinstance(self.period_to, Unset):
            period_to = self.period_to.isoformat()

        group_by: str | Unset = UNSET
        if not isinstance(self.group_by, Unset):
            group_by = self.group_by.value

        flows: list[str] | Unset = UNSET
        if not isinstance(self.flows, Unset):
            flows = self.flows

        sender_profiles: list[str] | Unset = UNSET
        if not isinstance(self.sender_profiles, Unset):
            sender_profiles = self.sender_profiles

        filter_: dict[str, Any] | Unset = UNSET
        if not isinstance(self.filter_, Unset):
            filter_ = self.filter_.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metrics": metrics,
            }
        )
        if period_from is not UNSET:
            field_dict["period_from"] = period_from
        if period_to is not UNSET:
            field_dict["period_to"] = period_to
        if group_by is not UNSET:
            field_dict["group_by"] = group_by
        if flows is not UNSET:
            field_dict["flows"] = flows
        if sender_profiles is not UNSET:
            field_dict["sender_profiles"] = sender_profiles
        if filter_ is not UNSET:
            field_dict["filter"] = filter_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.get_lead_metrics_body_filter import GetLeadMetricsBodyFilter

        d = dict(src_dict)
        metrics = []
        _metrics = d.pop("metrics")
        for metrics_item_data in _metrics:
            metrics_item = GetLeadMetricsBodyMetricsItem(metrics_item_data)

            metrics.append(metrics_item)

        _period_from = d.pop("period_from", UNSET)
        period_from: datetime.datetime | Unset
        if isinstance(_period_from, Unset):
            period_from = UNSET
        else:
            period_from = datetime.datetime.fromisoformat(_period_from)

        _period_to = d.pop("period_to", UNSET)
        period_to: datetime.datetime | Unset
        if isinstance(_period_to, Unset):
            period_to = UNSET
        else:
            period_to = datetime.datetime.fromisoformat(_period_to)

        _group_by = d.pop("group_by", UNSET)
        group_by: GetLeadMetricsBodyGroupBy | Unset
        if isinstance(_group_by, Unset):
            group_by = UNSET
        else:
            group_by = GetLeadMetricsBodyGroupBy(_group_by)

        flows = cast(list[str], d.pop("flows", UNSET))

        sender_profiles = cast(list[str], d.pop("sender_profiles", UNSET))

        _filter_ = d.pop("filter", UNSET)
        filter_: GetLeadMetricsBodyFilter | Unset
        if isinstance(_filter_, Unset):
            filter_ = UNSET
        else:
            filter_ = GetLeadMetricsBodyFilter.from_dict(_filter_)

        get_lead_metrics_body = cls(
            metrics=metrics,
            period_from=period_from,
            period_to=period_to,
            group_by=group_by,
            flows=flows,
            sender_profiles=sender_profiles,
            filter_=filter_,
        )

        get_lead_metrics_body.additional_properties = d
        return get_lead_metrics_body

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
