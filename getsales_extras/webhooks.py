"""GetSales webhook deliveries: typed events, an ASGI receiver, and subscriptions.

GetSales pushes an event as an HTTP request (POST by default) carrying a JSON object to the
``target_url`` of each subscription to that event. The object does not name its event, there is
no documented signature, timestamps look like ``2024-01-01 00:00:00``, and some integrations
receive it wrapped as ``{"body": {...}}``. This module deals with all of that::

    from getsales_extras.webhooks import Event, WebhookReceiver, subscribe

    async def on_event(event: Event) -> None:
        if event.event == "contact_replied_linkedin_message" and event.contact:
            print(event.contact.name, "replied:", event.text)

    receiver = WebhookReceiver(on_event, token="a long random secret")  # an ASGI app
    # mount it (FastAPI/Starlette: app.mount("/getsales", receiver)), then, once:
    await subscribe(client, "https://example.com/getsales", ["contact_replied_linkedin_message"],
                    token="a long random secret")

- :func:`parse_event` turns a body (bytes, text or a parsed mapping) into an :class:`Event`
  with the generated models of its parts (``contact``, ``linkedin_message``, ``email``...).
- :class:`WebhookReceiver` takes deliveries at ``<mount>/<event name>?token=...``: 401 for a
  missing or wrong token, 400 for a body that is not a JSON object, 500 when the handler raises
  (GetSales delivers again), 200 otherwise. A delivery identical to one handled successfully
  within ``dedupe_window`` seconds is answered 200 without calling the handler again.
- :func:`subscribe` / :func:`unsubscribe` keep one subscription per event pointing at
  ``<url>/<event>?token=...``; running ``subscribe`` again creates nothing new.

The dedupe memory is this process's by default (:class:`MemoryDedupeStore`); several workers
behind one URL share one through :class:`getsales_extras.shared_dedupe.RedisDedupeStore`, or
any object with the three methods of :class:`DedupeStore`.
"""

from __future__ import annotations

import contextlib
import hashlib
import heapq
import hmac
import json
import logging
import time
import urllib.parse
from collections.abc import Awaitable, Callable, Iterable, Mapping, MutableMapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, TypeVar

import attrs

from getsales_client.client import AuthenticatedClient, Client
from getsales_client.types import PARSE_ERRORS
from getsales_extras._operations import requires
from getsales_extras.errors import ConfigurationError, GetSalesError, NotFoundError
from getsales_extras.pagination import paginate

# The delivery models come from the overlay's `webhookDelivery` description: a client generated
# without them cannot parse deliveries, and says so here rather than with a bare ImportError.
with requires("webhookDelivery", "getsales_extras.webhooks"):
    from getsales_client.models import (
        Company,
        Flow,
        Lead,
        SenderProfile,
        Webhook,
        WebhookContactMarkers,
        WebhookConversationThread,
        WebhookDelivery,
        WebhookEmail,
        WebhookEvent,
        WebhookLinkedInConnection,
        WebhookLinkedInConnectionRequest,
        WebhookLinkedInMessage,
        WebhookRequestMethod,
        WebhookStatus,
    )

__all__ = [
    "DEFAULT_DEDUPE_WINDOW",
    "DedupeState",
    "DedupeStore",
    "Event",
    "Handler",
    "MemoryDedupeStore",
    "WebhookPayloadError",
    "WebhookReceiver",
    "delivery_url",
    "parse_event",
    "subscribe",
    "unsubscribe",
]

logger = logging.getLogger("getsales.webhooks")

T = TypeVar("T")

DEFAULT_DEDUPE_WINDOW = 3600.0
"""Seconds a successfully handled delivery is remembered (one hour)."""

DEFAULT_MAX_BODY = 5 * 1024 * 1024
"""Largest body the receiver reads (bytes); larger ones are answered 413."""

# Top-level keys of a delivery: when one of them is present, a `body` key is part of the
# delivery rather than a wrapper around it.
_DELIVERY_KEYS = frozenset(
    field.name for field in attrs.fields(WebhookDelivery) if field.name != "additional_properties"
)


class WebhookPayloadError(GetSalesError, ValueError):
    """A delivery body that is not a JSON object (cut off, not JSON, an array, empty)."""


# ---------------------------------------------------------------------------------------------
# Parsing


def _part(value: object, cls: type[T]) -> T | None:
    """A part of the delivery when it parsed as its model (absent, null or odd: ``None``)."""
    return value if isinstance(value, cls) else None


@dataclass(frozen=True)
class Event:
    """One delivery, typed.

    Attributes:
        event: the event name (from the URL the delivery came to, else the delivery's own
            ``event_name``), or ``None`` when neither says. A name this SDK does not list is
            kept as ``WebhookEvent.UNKNOWN`` with the raw name as its ``value``; the enum is a
            ``str``, so ``event.event == "contact_replied_email"`` works either way.
        delivery: the whole delivery as the generated model (unknown keys in
            ``delivery.additional_properties``).
        raw: the delivery object as received (unwrapped from ``body`` when it was wrapped).
        wrapped: whether it came wrapped as ``{"body": {...}}``.
    """

    event: WebhookEvent | None
    delivery: WebhookDelivery
    raw: dict[str, Any] = field(repr=False)
    wrapped: bool = False

    @property
    def contact(self) -> Lead | None:
        return _part(self.delivery.contact, Lead)

    @property
    def account(self) -> Company | None:
        return _part(self.delivery.account, Company)

    @property
    def contact_markers(self) -> WebhookContactMarkers | None:
        return _part(self.delivery.contact_markers, WebhookContactMarkers)

    @property
    def sender_profile(self) -> SenderProfile | None:
        return _part(self.delivery.sender_profile, SenderProfile)

    @property
    def automation(self) -> Flow | None:
        return _part(self.delivery.automation, Flow)

    @property
    def linkedin_message(self) -> WebhookLinkedInMessage | None:
        return _part(self.delivery.linkedin_message, WebhookLinkedInMessage)

    @property
    def email(self) -> WebhookEmail | None:
        return _part(self.delivery.email, WebhookEmail)

    @property
    def linkedin_connection(self) -> WebhookLinkedInConnection | None:
        return _part(self.delivery.linkedin_connection, WebhookLinkedInConnection)

    @property
    def linkedin_connection_request(self) -> WebhookLinkedInConnectionRequest | None:
        return _part(self.delivery.linkedin_connection_request, WebhookLinkedInConnectionRequest)

    @property
    def latest_linkedin_conversation_thread(self) -> WebhookConversationThread | None:
        return _part(self.delivery.latest_linkedin_conversation_thread, WebhookConversationThread)

    @property
    def latest_email_conversation_thread(self) -> WebhookConversationThread | None:
        return _part(self.delivery.latest_email_conversation_thread, WebhookConversationThread)

    @property
    def contact_uuid(self) -> str | None:
        """The contact's uuid as text, when the delivery has one."""
        contact = self.contact
        uuid = None if contact is None else contact.uuid
        return str(uuid) if uuid else None

    @property
    def text(self) -> str | None:
        """The message text: the LinkedIn message's, else the e-mail's body or subject."""
        for value in (
            getattr(self.linkedin_message, "text", None),
            getattr(self.email, "body", None),
            getattr(self.email, "subject", None),
        ):
            if isinstance(value, str) and value:
                return value
        return None


def parse_event(
    payload: bytes | bytearray | memoryview | str | Mapping[str, Any],
    event: str | None = None,
) -> Event:
    """Parse one delivery: a raw body (bytes or text) or an already parsed JSON object.

    ``event`` is the event name the delivery was subscribed for (the receiver takes it from
    the URL). Both the flat form and ``{"body": {...}}`` are accepted; fields in the
    ``2024-01-01 00:00:00`` form parse as ``datetime``. Raises :class:`WebhookPayloadError`
    when the payload is not a JSON object.
    """
    data = _json_object(payload)
    wrapped = False
    if "body" in data and not (_DELIVERY_KEYS & data.keys()):
        inner = data["body"]
        if isinstance(inner, (str, bytes, bytearray)):
            try:
                inner = json.loads(inner)
            except ValueError:
                inner = None
        if isinstance(inner, Mapping):
            data, wrapped = dict(inner), True
    name = event if event else data.get("event_name")
    delivery = _delivery(data)
    return Event(
        event=WebhookEvent(name) if isinstance(name, str) and name else None,
        delivery=delivery,
        raw=data,
        wrapped=wrapped,
    )


def _delivery(data: dict[str, Any]) -> WebhookDelivery:
    """The typed delivery; a part that does not have its documented shape (an account without
    its uuid, say) is left out and logged, so the rest of the event still reaches the handler
    (its raw form stays in ``Event.raw``)."""
    try:
        return WebhookDelivery.from_dict(data)
    except PARSE_ERRORS:
        pass
    kept: dict[str, Any] = {}
    for key, value in data.items():
        try:
            WebhookDelivery.from_dict({key: value})
        except PARSE_ERRORS as exc:
            logger.warning("webhook delivery: %r left out, it does not parse (%s)", key, exc)
            continue
        kept[key] = value
    return WebhookDelivery.from_dict(kept)


def _json_object(payload: object) -> dict[str, Any]:
    if isinstance(payload, Mapping):
        return dict(payload)
    if isinstance(payload, (bytes, bytearray, memoryview, str)):
        text = bytes(payload) if not isinstance(payload, str) else payload
        if not text.strip():
            raise WebhookPayloadError("the delivery body is empty")
        try:
            payload = json.loads(text)
        except (ValueError, UnicodeDecodeError) as exc:
            raise WebhookPayloadError(f"the delivery body is not JSON: {exc}") from None
        if isinstance(payload, dict):
            return payload
    raise WebhookPayloadError(
        f"a delivery must be a JSON object, not {_json_kind(payload)}",
    )


def _json_kind(value: object) -> str:
    if isinstance(value, list):
        return "an array"
    if value is None:
        return "null"
    if isinstance(value, (str, int, float)):
        return f"a {type(value).__name__}"
    return type(value).__name__


# ---------------------------------------------------------------------------------------------
# Dedupe memory

DedupeState = Literal["new", "pending", "done"]


class DedupeStore(Protocol):
    """Where the receiver remembers deliveries (in this process, or shared by workers).

    ``claim`` is atomic: exactly one caller gets ``"new"`` for a key until it calls
    ``release`` (the handler failed) or the claim's ``lease`` runs out; ``complete`` keeps the
    key as ``"done"`` for ``window`` seconds.
    """

    async def claim(self, key: str, lease: float) -> DedupeState: ...

    async def complete(self, key: str, window: float) -> None: ...

    async def release(self, key: str) -> None: ...


class MemoryDedupeStore:
    """The receiver's default: a dict of recent deliveries in this process.

    ``clock`` (seconds, monotonic) is injectable for tests. Expired entries are dropped as new
    ones arrive, so memory holds about one window of deliveries.
    """

    def __init__(self, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._clock = clock
        self._entries: dict[str, tuple[DedupeState, float]] = {}
        self._expiries: list[tuple[float, str]] = []

    def __len__(self) -> int:
        self._prune(self._clock())
        return len(self._entries)

    def _prune(self, now: float) -> None:
        while self._expiries and self._expiries[0][0] <= now:
            _, key = heapq.heappop(self._expiries)
            entry = self._entries.get(key)
            if entry is not None and entry[1] <= now:
                del self._entries[key]

    def _set(self, key: str, state: DedupeState, ttl: float) -> None:
        expires = self._clock() + ttl
        self._entries[key] = (state, expires)
        heapq.heappush(self._expiries, (expires, key))

    async def claim(self, key: str, lease: float) -> DedupeState:
        self._prune(self._clock())
        entry = self._entries.get(key)
        if entry is not None:
            return entry[0]
        self._set(key, "pending", lease)
        return "new"

    async def complete(self, key: str, window: float) -> None:
        self._set(key, "done", window)

    async def release(self, key: str) -> None:
        entry = self._entries.get(key)
        if entry is not None and entry[0] == "pending":
            del self._entries[key]


def delivery_key(event: Event) -> str:
    """What makes two deliveries identical: the event name and the delivery's content."""
    name = "" if event.event is None else event.event.value
    content = json.dumps(event.raw, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(f"{name}\n{content}".encode()).hexdigest()


# ---------------------------------------------------------------------------------------------
# The receiver

Handler = Callable[[Event], Awaitable[object]]
ASGIScope = MutableMapping[str, Any]
ASGIReceive = Callable[[], Awaitable[MutableMapping[str, Any]]]
ASGISend = Callable[[MutableMapping[str, Any]], Awaitable[None]]

_METHODS = frozenset({"POST", "PUT", "PATCH", "GET", "DELETE"})


class _BodyTooLarge(Exception):
    pass


class WebhookReceiver:
    """An ASGI application that takes GetSales deliveries and hands them to ``handler``.

    Mount it anywhere (FastAPI or Starlette: ``app.mount("/getsales", receiver)``; or serve it
    alone with any ASGI server) and subscribe ``<public URL of the mount>/<event name>``.
    Every request must carry ``?token=<token>``; the comparison takes constant time. Answers:

    - 401 without calling the handler: the token is missing or wrong;
    - 400: the body is not a JSON object; 413: it is larger than ``max_body`` bytes;
    - 200 without calling the handler: the same event with the same content was handled
      successfully within ``dedupe_window`` seconds (``0`` turns this off);
    - 409: the same delivery is being handled right now (by this or another worker), so
      GetSales should deliver it again later;
    - 500: the handler raised (logged on the ``getsales.webhooks`` logger); the delivery is not
      remembered, so the redelivery is handled;
    - 200: the handler returned.

    An event name this SDK does not know is handed to the handler like any other, so GetSales
    never retries it forever. ``dedupe`` is where deliveries are remembered (this process's
    memory by default; see :class:`DedupeStore`); a claim on a delivery being handled lasts
    ``handler_timeout`` seconds at most.
    """

    def __init__(
        self,
        handler: Handler,
        *,
        token: str,
        dedupe: DedupeStore | None = None,
        dedupe_window: float = DEFAULT_DEDUPE_WINDOW,
        handler_timeout: float = 300.0,
        max_body: int = DEFAULT_MAX_BODY,
    ) -> None:
        if not isinstance(token, str) or not token:
            raise ConfigurationError("WebhookReceiver needs a non-empty token")
        if dedupe_window < 0 or handler_timeout <= 0:
            raise ConfigurationError("dedupe_window must be >= 0 and handler_timeout > 0")
        self.handler = handler
        self._token = token.encode()
        self.dedupe: DedupeStore = dedupe if dedupe is not None else MemoryDedupeStore()
        self.dedupe_window = dedupe_window
        self.handler_timeout = handler_timeout
        self.max_body = max_body

    def __repr__(self) -> str:  # never the token
        return f"<WebhookReceiver handler={getattr(self.handler, '__name__', self.handler)!r}>"

    async def __call__(self, scope: ASGIScope, receive: ASGIReceive, send: ASGISend) -> None:
        if scope["type"] == "lifespan":
            await _lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        status, message = await self._handle(scope, receive)
        body = json.dumps({"status": status, "message": message}).encode()
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (b"content-type", b"application/json"),
                    (b"content-length", str(len(body)).encode()),
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})

    async def _handle(self, scope: ASGIScope, receive: ASGIReceive) -> tuple[int, str]:
        if scope.get("method", "POST").upper() not in _METHODS:
            return 405, "method not allowed"
        if not self._token_ok(scope):
            return 401, "missing or wrong token"
        try:
            body = await _read_body(receive, self.max_body)
        except _BodyTooLarge:
            return 413, "body too large"
        try:
            event = parse_event(body, _event_name(scope))
        except WebhookPayloadError as exc:
            return 400, str(exc)
        if self.dedupe_window <= 0:
            return await self._call_handler(event)
        key = delivery_key(event)
        try:
            state = await self.dedupe.claim(key, self.handler_timeout)
        except Exception:
            logger.exception("webhook dedupe store failed; the delivery will come again")
            return 500, "dedupe store failed"
        if state == "done":
            return 200, "already handled"
        if state == "pending":
            return 409, "being handled"
        status, message = await self._call_handler(event)
        try:
            if status == 200:
                await self.dedupe.complete(key, self.dedupe_window)
            else:
                await self.dedupe.release(key)
        except Exception:
            logger.exception("webhook dedupe store failed after handling a delivery")
        return status, message

    async def _call_handler(self, event: Event) -> tuple[int, str]:
        try:
            await self.handler(event)
        except Exception:
            logger.exception("webhook handler failed for %s", event.event or "an unnamed event")
            return 500, "handler failed"
        return 200, "ok"

    def _token_ok(self, scope: ASGIScope) -> bool:
        query = urllib.parse.parse_qs(scope.get("query_string", b"").decode("latin-1"))
        given = query.get("token") or [""]
        return hmac.compare_digest(given[-1].encode(), self._token)


def _event_name(scope: ASGIScope) -> str | None:
    """The last path segment below the mount point: the event the URL was subscribed for."""
    path: str = scope.get("path", "")
    root: str = scope.get("root_path", "")
    if root and path.startswith(root):
        path = path[len(root) :]
    segments = [segment for segment in path.split("/") if segment]  # ASGI paths are decoded
    return segments[-1] if segments else None


async def _read_body(receive: ASGIReceive, limit: int) -> bytes:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise _BodyTooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


async def _lifespan(receive: ASGIReceive, send: ASGISend) -> None:
    while True:
        message = await receive()
        if message["type"] == "lifespan.startup":
            await send({"type": "lifespan.startup.complete"})
        elif message["type"] == "lifespan.shutdown":
            await send({"type": "lifespan.shutdown.complete"})
            return


# ---------------------------------------------------------------------------------------------
# Subscriptions


def delivery_url(url: str, event: str, token: str) -> str:
    """``<url>/<event>?token=<token>``: where the subscription to ``event`` delivers."""
    parts = urllib.parse.urlsplit(url)
    path = parts.path.rstrip("/") + "/" + urllib.parse.quote(str(event), safe="")
    query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    query = [(k, v) for k, v in query if k != "token"] + [("token", token)]
    return urllib.parse.urlunsplit(
        (parts.scheme, parts.netloc, path, urllib.parse.urlencode(query), "")
    )


def _event_value(event: object) -> str:
    return str(getattr(event, "value", event))


async def _all_webhooks(client: AuthenticatedClient | Client) -> list[Webhook]:
    with requires("listWebhooks", "webhook subscriptions"):
        from getsales_client.api.webhooks import list_webhooks
    return [item async for item in paginate(list_webhooks, client=client)]


async def subscribe(
    client: AuthenticatedClient | Client,
    url: str,
    events: Iterable[str],
    *,
    token: str,
    name: str | None = None,
) -> list[Webhook]:
    """Subscribe ``<url>/<event>?token=<token>`` to each of ``events``; one webhook per event.

    A subscription with the same target already present is reused (switched on if it was
    off), so running this at every start-up creates nothing new. Returns the webhooks in the
    order of ``events``. ``name`` names new webhooks (default ``"<event> (getsales SDK)"``).
    """
    if not token:
        raise ConfigurationError("subscribe needs a non-empty token")
    with requires("createWebhook", "subscribe"):
        from getsales_client.api.webhooks import create_webhook
        from getsales_client.models import CreateWebhookBody
    with requires("updateWebhook", "subscribe"):
        from getsales_client.api.webhooks import update_webhook
        from getsales_client.models import UpdateWebhookBody
    wanted = list(dict.fromkeys(_event_value(event) for event in events))
    by_target = {str(hook.target_url): hook for hook in await _all_webhooks(client)}
    result: list[Webhook] = []
    for event in wanted:
        target = delivery_url(url, event, token)
        hook = by_target.get(target)
        if hook is None:
            body = CreateWebhookBody(
                name=name or f"{event} (getsales SDK)",
                event=WebhookEvent(event),
                target_url=target,
                request_method=WebhookRequestMethod.POST,
            )
            hook = await create_webhook.asyncio(client=client, body=body)
            by_target[target] = hook
        elif _event_value(hook.status) == "off":
            body_on = UpdateWebhookBody(target_url=target, status=WebhookStatus.ON)
            hook = await update_webhook.asyncio(hook.uuid, client=client, body=body_on)
        result.append(hook)
    return result


async def unsubscribe(
    client: AuthenticatedClient | Client,
    url: str,
    events: Iterable[str] | None = None,
    *,
    token: str | None = None,
) -> list[Webhook]:
    """Delete the webhooks that deliver to ``<url>/<event>`` (any token, or only ``token``).

    ``events`` limits it to those events (default: every event under ``url``). Returns the
    webhooks deleted.
    """
    with requires("deleteWebhook", "unsubscribe"):
        from getsales_client.api.webhooks import delete_webhook
    wanted = None if events is None else {_event_value(event) for event in events}
    base = urllib.parse.urlsplit(url)
    base_path = base.path.rstrip("/")
    deleted: list[Webhook] = []
    for hook in await _all_webhooks(client):
        target = urllib.parse.urlsplit(str(hook.target_url))
        folder, _, event = target.path.rpartition("/")
        if (target.scheme, target.netloc, folder) != (base.scheme, base.netloc, base_path):
            continue
        if wanted is not None and urllib.parse.unquote(event) not in wanted:
            continue
        if token is not None:
            given = urllib.parse.parse_qs(target.query).get("token") or [""]
            if not hmac.compare_digest(given[-1].encode(), token.encode()):
                continue
        with contextlib.suppress(NotFoundError):  # deleted meanwhile: just as good
            await delete_webhook.asyncio(hook.uuid, client=client)
        deleted.append(hook)
    return deleted
