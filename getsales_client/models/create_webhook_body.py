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
    from ..models.create_webhook_body_filters import CreateWebhookBodyFilters


T = TypeVar("T", bound="CreateWebhookBody")


@_attrs_define
class CreateWebhookBody:
    """
    Attributes:
        name (str): Readable name of the webhook; required. Example: Reply handler.
        event (WebhookEvent): Event that fires a webhook. One set of names for creating, updating, filtering and reading
            webhooks.
        target_url (str): Public URL that receives the payload; required. Example: https://hooks.example.com/getsales.
        request_method (WebhookRequestMethod | Unset): HTTP method a webhook calls its target with.
        filters (CreateWebhookBodyFilters | None | Unset): Optional condition tree that limits which contacts fire the
            webhook.
        status (WebhookStatus | Unset): Whether a webhook fires (`on`) or not (`off`).
    """

    name: str
    event: WebhookEvent
    target_url: str
    request_method: WebhookRequestMethod | Unset = UNSET
    filters: CreateWebhookBodyFilters | None | Unset = UNSET
    status: WebhookStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_webhook_body_filters import CreateWebhookBodyFilters

        name = self.name

        event = self.event.value

        target_url = self.target_url

        request_method: str | Unset = UNSET
        if not isinstance(self.request_method, Unset):
            request_method = self.request_method.value

        filters: dict[str, Any] | None | Unset
        if isinstance(self.filters, Unset):
            filters = UNSET
        elif isinstance(self.filters, CreateWebhookBodyFilters):
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
                "name": name,
                "event": event,
                "target_url": target_url,
            }
        )
        if request_method is not UNSET:
            field_dict["request_method"] = request_method
        if filters is not UNSET:
            field_dict["filters"] = filters
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.create_webhook_body_filters import CreateWebhookBodyFilters

        d = dict(src_dict)
        name = d.pop("name")

        event = WebhookEvent(d.pop("event"))

        target_url = d.pop("target_url")

        _request_method = d.pop("request_method", UNSET)
        request_method: WebhookRequestMethod | Unset
        if isinstance(_request_method, Unset):
            request_method = UNSET
        else:
            request_method = WebhookRequestMethod(_request_method)

        def _parse_filters(data: object) -> CreateWebhookBodyFilters | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            problem: Exception | None = None
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                filters_type_0 = CreateWebhookBodyFilters.from_dict(data)

                return filters_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as exc:
                problem = exc
            raise TypeError(
                f"filters: {type(data).__name__} is not CreateWebhookBodyFilters | None | Unset ({problem!r})"
            )

        filters = _parse_filters(d.pop("filters", UNSET))

        _status = d.pop("status", UNSET)
        status: WebhookStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = WebhookStatus(_status)

        create_webhook_body = cls(
            name=name,
            event=event,
            target_url=target_url,
            request_method=request_method,
            filters=filters,
            status=status,
        )

        create_webhook_body.additional_properties = d
        return create_webhook_body

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
