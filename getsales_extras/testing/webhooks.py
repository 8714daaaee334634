"""Webhook subscriptions: checked events, target URLs and methods. What is delivered to them,
and when, is in ``delivery``."""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from getsales_extras.testing.errors import FieldErrors, not_found
from getsales_extras.testing.listing import Page, PageRequest, Record, build_predicate
from getsales_extras.testing.objects import WEBHOOK_EVENTS, WEBHOOK_METHODS
from getsales_extras.testing.store_core import StoreCore

if TYPE_CHECKING:
    from getsales_extras.testing.delivery import Delivery


class WebhookStore(StoreCore):
    """Operations on webhook subscriptions."""

    deliver: Callable[[Delivery], None] | None = None
    """Sends a delivery (installed by the runtime); without it, events are not delivered."""

    def _webhook_fields(self, body: Mapping[str, Any], *, creating: bool) -> Record:
        errors = FieldErrors()
        fields: Record = {}
        for name in ("name", "event", "target_url"):
            value = body.get(name)
            if value is None:
                if creating:
                    errors.add(name, f"The {name} field is required.")
                continue
            if not isinstance(value, str) or not value.strip():
                errors.add(name, f"The {name} must be a non-empty string.")
                continue
            fields[name] = value.strip()
        event = fields.get("event")
        if event is not None and event not in WEBHOOK_EVENTS:
            errors.add("event", "The selected event is invalid.")
        target = fields.get("target_url")
        if target is not None and not re.match(r"^https?://[^\s/]+", target):
            errors.add("target_url", "The target url must be a valid URL.")
        method = body.get("request_method")
        if method is not None:
            if not isinstance(method, str) or method.upper() not in WEBHOOK_METHODS:
                errors.add("request_method", "The selected request method is invalid.")
            else:
                fields["request_method"] = method.upper()
        elif creating:
            fields["request_method"] = "POST"
        status = body.get("status")
        if status is not None:
            if status not in ("on", "off"):
                errors.add("status", "The status must be on or off.")
            else:
                fields["status"] = status
        elif creating:
            fields["status"] = "on"
        if "filters" in body:
            filters = body["filters"]
            if filters is not None and not isinstance(filters, dict):
                errors.add("filters", "The filters must be an object.")
            else:
                fields["filters"] = copy.deepcopy(filters)
        elif creating:
            fields["filters"] = None
        errors.raise_if_any()
        return fields

    def render_webhook(self, record: Record) -> Record:
        rendered = copy.deepcopy(record)
        rendered["team_id"] = self.team_id
        rendered["user_id"] = 1
        return rendered

    def list_webhooks(self, request: PageRequest, conditions: Mapping[str, Any]) -> Page:
        with self.lock:
            predicate = build_predicate(conditions, text_fields=("name", "target_url"))
            return self._page(self.webhooks, request, conditions, predicate, self.render_webhook)

    def create_webhook(self, body: Mapping[str, Any]) -> Record:
        with self.lock:
            fields = self._webhook_fields(body, creating=True)
            record = self._stamp({"uuid": self.ids.new(), **fields})
            self.webhooks.insert(record)
            return self.render_webhook(record)

    def get_webhook(self, webhook_uuid: str) -> Record:
        with self.lock:
            record = self.webhooks.get(webhook_uuid)
            if record is None:
                raise not_found("Webhook")
            return self.render_webhook(record)

    def update_webhook(self, webhook_uuid: str, body: Mapping[str, Any]) -> Record:
        with self.lock:
            record = self.webhooks.get(webhook_uuid)
            if record is None:
                raise not_found("Webhook")
            record.update(self._webhook_fields(body, creating=False))
            record["updated_at"] = self.clock.now()
            self.webhooks.changed()
            return self.render_webhook(record)

    def delete_webhook(self, webhook_uuid: str) -> None:
        with self.lock:
            if self.webhooks.remove(webhook_uuid) is None:
                raise not_found("Webhook")
