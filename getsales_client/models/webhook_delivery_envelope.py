from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.webhook_delivery import WebhookDelivery


T = TypeVar("T", bound="WebhookDeliveryEnvelope")


@_attrs_define
class WebhookDeliveryEnvelope:
    """A delivery as some integrations receive it, wrapped in a `body` key; other keys of the wrapper (headers, query) are
    kept.

        Attributes:
            body (None | Unset | WebhookDelivery): The delivery itself.
    """

    body: None | Unset | WebhookDelivery = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.webhook_delivery import WebhookDelivery

        body: dict[str, Any] | None | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        elif isinstance(self.body, WebhookDelivery):
            body = self.body.to_dict()
        else:
            body = self.body

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.webhook_delivery import WebhookDelivery

        d = dict(src_dict)

        def _parse_body(data: object) -> None | Unset | WebhookDelivery:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                body_type_0 = WebhookDelivery.from_dict(data)

                return body_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"body: {type(data).__name__} is not None | Unset | WebhookDelivery ({problem!r})"
            )

        body = _parse_body(d.pop("body", UNSET))

        webhook_delivery_envelope = cls(
            body=body,
        )

        webhook_delivery_envelope.additional_properties = d
        return webhook_delivery_envelope

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
