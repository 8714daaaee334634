from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_request_method import WebhookRequestMethod

T = TypeVar("T", bound="TestWebhookBody")


@_attrs_define
class TestWebhookBody:
    """
    Attributes:
        uuid (str): UUID of the webhook to test. Example: 720bc8f3-c1ac-5dc2-ab50-8593333a8073.
        event (str): Event whose sample payload is sent (same values as when creating). Example: contact_replied_email.
        request_method (WebhookRequestMethod): HTTP method a webhook calls its target with.
        target_url (str): URL to send the sample payload to. Example: https://hooks.example.com/getsales.
    """

    uuid: str
    event: str
    request_method: WebhookRequestMethod
    target_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        event = self.event

        request_method = self.request_method.value

        target_url = self.target_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "event": event,
                "request_method": request_method,
                "target_url": target_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        uuid = d.pop("uuid")

        event = d.pop("event")

        request_method = WebhookRequestMethod(d.pop("request_method"))

        target_url = d.pop("target_url")

        test_webhook_body = cls(
            uuid=uuid,
            event=event,
            request_method=request_method,
            target_url=target_url,
        )

        test_webhook_body.additional_properties = d
        return test_webhook_body

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
