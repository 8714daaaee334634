from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AiAgentMetric")


@_attrs_define
class AiAgentMetric:
    """Classification counters of one agent. The counter names follow the categories; the timestamp name is inferred.

    Attributes:
        positive (int | None | Unset): Replies classified positive.
        negative (int | None | Unset): Replies classified negative.
        neutral (int | None | Unset): Replies classified neutral.
        fallback (int | None | Unset): Replies that fell back to the default category.
        no_reply (int | None | Unset): Contacts without a reply.
        last_classified_at (datetime.datetime | None | Unset): Time of the most recent classification.
    """

    positive: int | None | Unset = UNSET
    negative: int | None | Unset = UNSET
    neutral: int | None | Unset = UNSET
    fallback: int | None | Unset = UNSET
    no_reply: int | None | Unset = UNSET
    last_classified_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        positive: int | None | Unset
        if isinstance(self.positive, Unset):
            positive = UNSET
        else:
            positive = self.positive

        negative: int | None | Unset
        if isinstance(self.negative, Unset):
            negative = UNSET
        else:
            negative = self.negative

        neutral: int | None | Unset
        if isinstance(self.neutral, Unset):
            neutral = UNSET
        else:
            neutral = self.neutral

        fallback: int | None | Unset
        if isinstance(self.fallback, Unset):
            fallback = UNSET
        else:
            fallback = self.fallback

        no_reply: int | None | Unset
        if isinstance(self.no_reply, Unset):
            no_reply = UNSET
        else:
            no_reply = self.no_reply

        last_classified_at: None | str | Unset
        if isinstance(self.last_classified_at, Unset):
            last_classified_at = UNSET
        elif isinstance(self.last_classified_at, datetime.datetime):
            last_classified_at = self.last_classified_at.isoformat()
        else:
            last_classified_at = self.last_classified_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if positive is not UNSET:
            field_dict["positive"] = positive
        if negative is not UNSET:
            field_dict["negative"] = negative
        if neutral is not UNSET:
            field_dict["neutral"] = neutral
        if fallback is not UNSET:
            field_dict["fallback"] = fallback
        if no_reply is not UNSET:
            field_dict["no_reply"] = no_reply
        if last_classified_at is not UNSET:
            field_dict["last_classified_at"] = last_classified_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_positive(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        positive = _parse_positive(d.pop("positive", UNSET))

        def _parse_negative(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        negative = _parse_negative(d.pop("negative", UNSET))

        def _parse_neutral(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        neutral = _parse_neutral(d.pop("neutral", UNSET))

        def _parse_fallback(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        fallback = _parse_fallback(d.pop("fallback", UNSET))

        def _parse_no_reply(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        no_reply = _parse_no_reply(d.pop("no_reply", UNSET))

        def _parse_last_classified_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_classified_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_classified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_classified_at = _parse_last_classified_at(
            d.pop("last_classified_at", UNSET)
        )

        ai_agent_metric = cls(
            positive=positive,
            negative=negative,
            neutral=neutral,
            fallback=fallback,
            no_reply=no_reply,
            last_classified_at=last_classified_at,
        )

        ai_agent_metric.additional_properties = d
        return ai_agent_metric

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
