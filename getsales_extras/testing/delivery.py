"""Webhook deliveries, sent to subscribed URLs the way GetSales sends them (the subscription's
method, a JSON object with only the keys the spec declares for deliveries, dates written
``2024-01-01 00:00:00``): ``contact_created`` / ``contact_updated`` when the API changes a
contact, the reply events for ``inject_reply``. They leave in order from one background thread,
so a slow receiver never slows the API; one without a 2xx answer is tried ``ATTEMPTS`` times.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

import httpx

from getsales_extras.testing.errors import FieldErrors
from getsales_extras.testing.records import Record
from getsales_extras.testing.spec import empty_object

if TYPE_CHECKING:
    from getsales_extras.testing.contacts import ContactStore as Store

ATTEMPTS = 3
RETRY_DELAY = 0.2
TIMEOUT = 10.0

ReplyChannel = Literal["linkedin", "email"]


def markers() -> dict[str, Any]:
    """A contact's activity markers: the spec's, empty (the emulator keeps no activity)."""
    return dict(empty_object("WebhookContactMarkers"))


# An ISO timestamp as a whole JSON string, which deliveries write as "2024-01-01 00:00:00".
_ISO = re.compile(r'"(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d+)?(?:Z|[+-]00:?00)?"')


@dataclass
class Delivery:
    """One call to one subscription's URL, and how it went."""

    event: str
    method: str
    target_url: str
    payload: dict[str, Any]
    webhook_uuid: str
    status: int | None = None
    attempts: int = 0
    error: str | None = None
    done: threading.Event = field(default_factory=threading.Event, repr=False, compare=False)

    @property
    def delivered(self) -> bool:
        return self.status is not None and 200 <= self.status < 300


class WebhookDispatcher:
    """Sends deliveries from a background thread started on the first one."""

    def __init__(self) -> None:
        self.sent: list[Delivery] = []
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._pool: ThreadPoolExecutor | None = None
        self._http: httpx.Client | None = None

    def submit(self, delivery: Delivery) -> None:
        with self._lock:
            self.sent.append(delivery)
            if self._pool is None or self._http is None:
                self._stopping.clear()
                self._pool = ThreadPoolExecutor(1, "getsales-emulator-webhooks")
                self._http = httpx.Client(timeout=TIMEOUT, headers={"User-Agent": "GuzzleHttp/7"})
            self._pool.submit(self._send, self._http, delivery)

    def close(self) -> None:
        """Stop sending (deliveries still queued are dropped) and end the thread."""
        with self._lock:
            pool, http, self._pool, self._http = self._pool, self._http, None, None
        self._stopping.set()
        if pool is not None and http is not None:
            pool.shutdown(cancel_futures=True)
            http.close()

    def _send(self, http: httpx.Client, delivery: Delivery) -> None:
        try:
            for attempt in range(1, ATTEMPTS + 1):
                if attempt > 1 and self._stopping.wait(RETRY_DELAY):
                    return
                delivery.attempts = attempt
                try:
                    response = http.request(
                        delivery.method, delivery.target_url, json=delivery.payload
                    )
                except httpx.HTTPError as exc:
                    delivery.status, delivery.error = None, type(exc).__name__
                    continue
                delivery.status, delivery.error = response.status_code, None
                if delivery.delivered:
                    return
        finally:
            delivery.done.set()


def emit(store: Store, event: str, parts: Callable[[], Mapping[str, Any]]) -> list[Delivery]:
    """Queue the delivery ``parts()`` builds (only when someone is subscribed: an import of
    many contacts pays nothing otherwise) for every active subscription to ``event``."""
    with store.lock:
        hooks = [
            hook
            for hook in store.webhooks.values()
            if hook.get("event") == event and hook.get("status") == "on"
        ]
        deliver = store.deliver
        if not hooks or deliver is None:
            return []
        payload = _ISO.sub(r'"\1 \2"', json.dumps(dict(parts())))
    queued = []
    for hook in hooks:
        method, url = str(hook.get("request_method") or "POST"), str(hook["target_url"])
        queued.append(Delivery(event, method, url, json.loads(payload), str(hook["uuid"])))
        deliver(queued[-1])
    return queued


def inject_reply(
    store: Store,
    lead_uuid: str,
    text: str,
    *,
    channel: ReplyChannel = "linkedin",
    subject: str | None = None,
) -> list[Delivery]:
    """The contact ``lead_uuid`` replies on LinkedIn or by e-mail: deliver the event."""
    errors = FieldErrors()
    if channel not in ("linkedin", "email"):
        errors.add("channel", "The channel must be linkedin or email.")
    if not isinstance(text, str) or not text.strip():
        errors.add("text", "The text must be a non-empty string.")
    errors.raise_if_any()
    with store.lock:
        contact = store.render_lead(store.existing(store.leads, lead_uuid, "Contact"))
        now, thread = store.now(), store.new_id()
        message: Record = {"uuid": store.new_id(), "team_id": store.team_id}
        message.update(lead_uuid=lead_uuid, type="inbox", subject=subject, sent_at=now)
        message.update(created_at=now, updated_at=now)
        if channel == "linkedin":
            message.update(linkedin_conversation_uuid=thread, text=text, automation="synced")
            message.update(linkedin_type="message", status="done", read_at=None)
        else:
            email = contact.get("work_email") or contact.get("personal_email")
            message.update(thread_uuid=thread, body=text, status="sync")
            message.update(from_name=contact.get("name"), from_email=email)
        marks = {**markers(), "last_messaging_activity_at": now}
        key = "linkedin_message" if channel == "linkedin" else "email"
        event = f"contact_replied_{key}"
        return emit(
            store, event, lambda: {"contact": contact, "contact_markers": marks, key: message}
        )
