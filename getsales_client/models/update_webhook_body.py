from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_event import WebhookEvent
from ..models.webhook_request_method import WebhookRequestMethod
from ..models.webhook_status import WebhookStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_webhook_body_filters import UpdateWebhookBodyFilters


T = TypeVar("T", bound="UpdateWebhookBody")


@_attrs_define
class UpdateWebhookBody:
    """
    Attributes:
        target_url (str): Public URL that receives the payload; send it on every update. Example:
            https://hooks.example.com/getsales.
        name (str | Unset): New name. Example: Reply handler.
        event (WebhookEvent | Unset): Event that fires a webhook. One set of names for creating, updating, filtering and
            reading webhooks.
        request_method (WebhookRequestMethod | Unset): HTTP method a webhook calls its target with.
        filters (None | Unset | UpdateWebhookBodyFilters): New condition tree, or null to remove it.
        status (WebhookStatus | Unset): Whether a webhook fires (`on`) or not (`off`).
    """

    target_url: str
    name: str | Unset = UNSET
    event: WebhookEvent | Unset = UNSET
    request_method: WebhookRequestMethod | Unset = UNSET
    filters: None | Unset | UpdateWebhookBodyFilters = UNSET
    status: WebhookStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_webhook_body_filters import UpdateWebhookBodyFilters

        target_url = self.target_url

        name = self.name

        event: str | Unset = UNSET
        if not isinstance(self.event, Unset):
            event = self.event.value

        request_method: str | Unset = UNSET
        if not isinstance(self.request_method, Unset):
            request_method = self.request_method.value

        filters: dict[str, Any] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, UpdateWebhookBodyFilters):
            filters = self.filters.to_dict()
        else:
            filters = self.filters

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "target_url": target_url,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if event is not UNSET:
            field_dict["event"] = event
        if request_method is not UNSET:
            field_dict["request_method"] = request_method
        if filters is not UNSET:
            field_dict["filters"] = filters
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.update_webhook_body_filters import UpdateWebhookBodyFilters

        d = dict(src_dict)
        target_url = d.pop("target_url")

        name = d.pop("name", UNSET)

        _event = d.pop("event", UNSET)
        event: WebhookEvent | Unset
        if isinstance(_event, Unset):
            event = UNSET
        else:
            event = WebhookEvent(_event)

        _request_method = d.pop("request_method", UNSET)
        request_method: WebhookRequestMethod | Unset
        if isinstance(_request_method, Unset):
            request_method = UNSET
        else:
            request_method = WebhookRequestMethod(_request_method)

        def _parse_filters(data: object) -> None | Unset | UpdateWebhookBodyFilters:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filters_type_0 = UpdateWebhookBodyFilters.from_dict(data)

                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"filters: {type(data).__name__} is not None | Unset | UpdateWebhookBodyFilters ({problem!r})"
            )

        filters = _parse_filters(d.pop("filters", UNSET))

        _status = d.pop("status", UNSET)
        status: WebhookStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = WebhookStatus(_status)

        update_webhook_body = cls(
            target_url=target_url,
            name=name,
            event=event,
            request_method=request_method,
            filters=filters,
            status=status,
        )

        update_webhook_body.additional_properties = d
        return update_webhook_body

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
