"""GetSales webhook deliveries: typed events, an ASGI receiver, and subscriptions (README:
"Webhooks"). A delivery does not name its event and carries no signature, so subscriptions
point at ``<url>/<event>?token=...`` and the receiver reads both back."""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import logging
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping, MutableMapping
from typing import Any, Literal, Protocol
from urllib.parse import parse_qs, parse_qsl, quote, unquote, urlencode, urlsplit

import attrs
from attrs import field

from getsales_client.client import AuthenticatedClient, Client
from getsales_client.types import PARSE_ERRORS, Unset
from getsales_extras._operations import requires
from getsales_extras.errors import ConfigurationError, GetSalesError, NotFoundError
from getsales_extras.pagination import paginate

with requires("webhookDelivery", "getsales_extras.webhooks"):
    from getsales_client import models
    from getsales_client.models import WebhookDelivery, WebhookEvent

logger = logging.getLogger("getsales.webhooks")
_DELIVERY_KEYS = frozenset(attrs.fields_dict(WebhookDelivery)) - {"additional_properties"}
_Client = AuthenticatedClient | Client
ASGIScope = MutableMapping[str, Any]
ASGIReceive = Callable[[], Awaitable[MutableMapping[str, Any]]]
ASGISend = Callable[[MutableMapping[str, Any]], Awaitable[None]]


class WebhookPayloadError(GetSalesError, ValueError):
    """A delivery body that is not a JSON object (cut off, not JSON, an array, empty)."""


@attrs.frozen
class Event:
    """One delivery, typed (README: "Webhooks"); a part of ``delivery`` is None when absent."""

    event: WebhookEvent | None
    delivery: WebhookDelivery
    raw: dict[str, Any] = field(repr=False)
    wrapped: bool = False
    contact: models.Lead | None = field(init=False)
    account: models.Company | None = field(init=False)
    contact_markers: models.WebhookContactMarkers | None = field(init=False)
    sender_profile: models.SenderProfile | None = field(init=False)
    automation: models.Flow | None = field(init=False)
    linkedin_message: models.WebhookLinkedInMessage | None = field(init=False)
    email: models.WebhookEmail | None = field(init=False)
    linkedin_connection: models.WebhookLinkedInConnection | None = field(init=False)
    linkedin_connection_request: models.WebhookLinkedInConnectionRequest | None = field(init=False)
    latest_linkedin_conversation_thread: models.WebhookConversationThread | None = field(init=False)
    latest_email_conversation_thread: models.WebhookConversationThread | None = field(init=False)

    def __attrs_post_init__(self) -> None:
        for part in attrs.fields(Event):
            if not part.init:  # a part of the delivery, when it parsed as its model
                value = getattr(self.delivery, part.name)
                object.__setattr__(self, part.name, None if isinstance(value, Unset) else value)

    @property
    def contact_uuid(self) -> str | None:
        return self.contact.uuid if self.contact is not None and self.contact.uuid else None

    @property
    def text(self) -> str | None:
        """The message text: the LinkedIn message's, else the e-mail's body or subject."""
        email, message = self.email, self.linkedin_message
        texts = (message and message.text, email and email.body, email and email.subject)
        return next((text for text in texts if isinstance(text, str) and text), None)


def parse_event(
    payload: bytes | bytearray | memoryview | str | Mapping[str, Any], event: str | None = None
) -> Event:
    """One delivery (bytes, text or a mapping, flat or wrapped) subscribed for ``event`` as an
    :class:`Event`; :class:`WebhookPayloadError` when the payload is not a JSON object."""
    data, wrapped = _json_object(payload), False
    if "body" in data and not _DELIVERY_KEYS & data.keys():  # else "body" is a delivery key
        with contextlib.suppress(WebhookPayloadError):
            data, wrapped = _json_object(data["body"]), True
    name = event or data.get("event_name")
    named = WebhookEvent(name) if isinstance(name, str) and name else None
    return Event(named, _delivery(data), data, wrapped)


def _delivery(data: dict[str, Any]) -> WebhookDelivery:
    """The typed delivery; a part that does not parse is left out (and logged), ``raw`` keeps it."""
    with contextlib.suppress(*PARSE_ERRORS):
        return WebhookDelivery.from_dict(data)
    kept: dict[str, Any] = {}
    for key, value in data.items():
        try:
            WebhookDelivery.from_dict({key: value})
            kept[key] = value
        except PARSE_ERRORS as exc:
            logger.warning("webhook delivery: %r left out, it does not parse (%s)", key, exc)
    return WebhookDelivery.from_dict(kept)


def _json_object(payload: object) -> dict[str, Any]:
    if isinstance(payload, bytes | bytearray | memoryview | str):
        try:
            payload = json.loads(payload if isinstance(payload, str) else bytes(payload))
        except ValueError as exc:  # UnicodeDecodeError included
            raise WebhookPayloadError(f"the delivery body is not JSON: {exc}") from None
    if isinstance(payload, Mapping):
        return dict(payload)
    kind = "null" if payload is None else type(payload).__name__
    raise WebhookPayloadError(f"a delivery must be a JSON object, not {kind}")


DedupeState = Literal["new", "pending", "done"]
Handler = Callable[[Event], Awaitable[object]]


class DedupeStore(Protocol):
    """Where the receiver remembers deliveries. ``claim`` is atomic: one caller gets ``"new"``
    until it calls ``release`` (the handler failed) or the ``lease`` runs out; ``complete``
    keeps the key ``"done"`` for ``window`` seconds."""

    async def claim(self, key: str, lease: float) -> DedupeState: ...
    async def complete(self, key: str, window: float) -> None: ...
    async def release(self, key: str) -> None: ...


class MemoryDedupeStore:
    """The receiver's default: recent deliveries in this process (``clock`` is for tests)."""

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._entries: dict[str, tuple[DedupeState, float]] = {}  # state, expiry
        self._pruned = clock()

    async def claim(self, key: str, lease: float) -> DedupeState:
        now = self._clock()
        if now >= self._pruned + 1.0:  # expired entries go about once a second
            self._entries = {k: entry for k, entry in self._entries.items() if entry[1] > now}
            self._pruned = now
        state, expires = self._entries.get(key, ("new", now))
        if expires > now:
            return state
        self._entries[key] = ("pending", now + lease)
        return "new"

    async def complete(self, key: str, window: float) -> None:
        self._entries[key] = ("done", self._clock() + window)

    async def release(self, key: str) -> None:
        if self._entries.get(key, ("done", 0.0))[0] == "pending":
            del self._entries[key]


def delivery_key(event: Event) -> str:
    """What makes two deliveries identical: the event name and the delivery's content."""
    name = "" if event.event is None else event.event.value
    content = json.dumps(event.raw, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(f"{name}\n{content}".encode()).hexdigest()


def _or_memory(store: DedupeStore | None) -> DedupeStore:
    return MemoryDedupeStore() if store is None else store


@attrs.define
class WebhookReceiver:
    """An ASGI app handing each delivery at ``<mount>/<event>?token=...`` to ``handler`` once."""

    handler: Handler
    _token: str = field(alias="token", kw_only=True, repr=False)
    dedupe: DedupeStore = field(default=None, converter=_or_memory, kw_only=True)
    dedupe_window: float = field(default=3600.0, kw_only=True)
    handler_timeout: float = field(default=300.0, kw_only=True)  # the longest claim
    max_body: int = field(default=5 * 1024 * 1024, kw_only=True)  # bytes; more is a 413

    def __attrs_post_init__(self) -> None:
        if not isinstance(self._token, str) or not self._token:
            raise ConfigurationError("WebhookReceiver needs a non-empty token")
        if self.dedupe_window < 0 or self.handler_timeout <= 0:
            raise ConfigurationError("dedupe_window must be >= 0 and handler_timeout > 0")

    async def __call__(self, scope: ASGIScope, receive: ASGIReceive, send: ASGISend) -> None:
        if scope["type"] != "http":
            return  # nothing to do at start-up or shut-down
        status, message = await self._handle(scope, receive)
        body = json.dumps({"status": status, "message": message}).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(body))]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    async def _handle(self, scope: ASGIScope, receive: ASGIReceive) -> tuple[int, str]:
        if scope.get("method", "POST").upper() not in {"POST", "PUT", "PATCH", "GET", "DELETE"}:
            return 405, "method not allowed"
        if not _has_token(scope.get("query_string", b"").decode("latin-1"), self._token):
            return 401, "missing or wrong token"
        body, more = b"", True
        while more and len(body) <= self.max_body:  # a disconnect has neither body nor more
            chunk = await receive()
            body, more = body + chunk.get("body", b""), chunk.get("more_body", False)
        if len(body) > self.max_body:
            return 413, "body too large"
        # The event is the last path segment below the mount point, as subscribed.
        path = str(scope.get("path", "")).removeprefix(str(scope.get("root_path", "")))
        try:
            event = parse_event(body, path.rstrip("/").rpartition("/")[2] or None)
        except WebhookPayloadError as exc:
            return 400, str(exc)
        key = delivery_key(event) if self.dedupe_window > 0 else None
        try:
            state = "new" if key is None else await self.dedupe.claim(key, self.handler_timeout)
        except Exception:
            logger.exception("webhook dedupe store failed; the delivery will come again")
            return 500, "dedupe store failed"
        if state != "new":
            return (200, "already handled") if state == "done" else (409, "being handled")
        try:
            await self.handler(event)
            answer = 200, "ok"
        except Exception:
            logger.exception("webhook handler failed for %s", event.event or "an unnamed event")
            answer = 500, "handler failed"
        try:
            if key is not None and answer[0] == 200:
                await self.dedupe.complete(key, self.dedupe_window)
            elif key is not None:
                await self.dedupe.release(key)
        except Exception:
            logger.exception("webhook dedupe store failed after handling a delivery")
        return answer


def _has_token(query: str, token: str) -> bool:
    given = parse_qs(query).get("token") or [""]
    return hmac.compare_digest(given[-1].encode(), token.encode())


def delivery_url(url: str, event: str, token: str) -> str:
    """``<url>/<event>?token=<token>``: where the subscription to ``event`` delivers."""
    parts = urlsplit(url)
    path = parts.path.rstrip("/") + "/" + quote(str(event), safe="")
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "token"]
    query.append(("token", token))
    return parts._replace(path=path, query=urlencode(query), fragment="").geturl()


async def _all_webhooks(client: _Client) -> list[models.Webhook]:
    with requires("listWebhooks", "webhook subscriptions"):
        from getsales_client.api.webhooks import list_webhooks
    return [item async for item in paginate(list_webhooks, client=client)]


async def subscribe(
    client: _Client, url: str, events: Iterable[str], *, token: str, name: str | None = None
) -> list[models.Webhook]:
    """One webhook per event at ``<url>/<event>?token=<token>``, existing ones reused (README)."""
    if not token:
        raise ConfigurationError("subscribe needs a non-empty token")
    with requires("createWebhook", "subscribe"):
        from getsales_client.api.webhooks import create_webhook
        from getsales_client.models import CreateWebhookBody
    with requires("updateWebhook", "subscribe"):
        from getsales_client.api.webhooks import update_webhook
        from getsales_client.models import UpdateWebhookBody
    by_target = {str(hook.target_url): hook for hook in await _all_webhooks(client)}
    result: list[models.Webhook] = []
    for event in dict.fromkeys(map(str, events)):  # a WebhookEvent's str() is its value
        target = delivery_url(url, event, token)
        if (hook := by_target.get(target)) is None:
            label = name or f"{event} (getsales SDK)"  # delivered by POST, the default
            new = CreateWebhookBody(name=label, event=WebhookEvent(event), target_url=target)
            hook = await create_webhook.asyncio(client=client, body=new)
        elif hook.status == models.WebhookStatus.OFF:
            on = UpdateWebhookBody(target_url=target, status=models.WebhookStatus.ON)
            hook = await update_webhook.asyncio(hook.uuid, client=client, body=on)
        result.append(hook)
    return result


async def unsubscribe(
    client: _Client, url: str, events: Iterable[str] | None = None, *, token: str | None = None
) -> list[models.Webhook]:
    """Delete and return the webhooks at ``<url>/<event>`` (only ``events``/``token`` if given)."""
    with requires("deleteWebhook", "unsubscribe"):
        from getsales_client.api.webhooks import delete_webhook
    wanted = None if events is None else set(map(str, events))
    base = urlsplit(url)
    deleted: list[models.Webhook] = []
    for hook in await _all_webhooks(client):
        target = urlsplit(str(hook.target_url))
        folder, _, event = target.path.rpartition("/")
        ours = target[:2] == base[:2] and folder == base.path.rstrip("/")  # scheme, host, folder
        wrong_token = token is not None and not _has_token(target.query, token)
        if not ours or wrong_token or (wanted is not None and unquote(event) not in wanted):
            continue
        with contextlib.suppress(NotFoundError):  # deleted meanwhile: just as good
            await delete_webhook.asyncio(hook.uuid, client=client)
        deleted.append(hook)
    return deleted
