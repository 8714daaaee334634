"""Webhook deliveries: the generated delivery models, ``parse_event`` and ``WebhookReceiver``.

Deliveries are posted through httpx's ASGI transport (no sockets); the dedupe window runs on a
hand-moved clock, and concurrency is steered with events, never sleeps.
"""

from __future__ import annotations

import asyncio
import copy
import datetime
import json
import subprocess
import sys
from collections.abc import AsyncIterator, Callable
from typing import Any

import attrs
import httpx
import pytest

from getsales_client.models import Lead, WebhookContactMarkers, WebhookDelivery, WebhookEvent
from getsales_extras import GetSalesError
from getsales_extras.errors import ConfigurationError
from getsales_extras.webhooks import (
    Event,
    MemoryDedupeStore,
    WebhookPayloadError,
    WebhookReceiver,
    delivery_url,
    parse_event,
)

TOKEN = "s3cret-token"
CONTACT_UUID = "3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b"

# The shape public integrations log for a LinkedIn reply, with the delivery date format.
REPLY: dict[str, Any] = {
    "contact": {
        "uuid": CONTACT_UUID,
        "first_name": "Ada",
        "last_name": "Lovelace",
        "name": "Ada Lovelace",
        "position": "CTO",
        "company_name": "Engines Ltd",
        "linkedin": "ada-lovelace",
        "work_email": "ada@engines.example",
        "created_at": "2024-01-01 00:00:00",
        "updated_at": "2024-03-05 17:45:09",
        "a_field_from_next_year": {"nested": [1, 2]},
    },
    "account": {
        "uuid": "c0ffee00-0000-4000-8000-000000000001",
        "name": "Engines Ltd",
        "domain": "engines.example",
        "industry": "Machinery",
    },
    "contact_markers": {
        "linkedin_last_connection_accepted_at": "2024-02-01 08:30:00",
        "linkedin_messages_sent_count": 3,
        "email_sent_count": 0,
        "unknown_marker": 7,
    },
    "sender_profile": {"uuid": "9d2f6c1b-0000-4000-8000-00000000aa01", "first_name": "Sam"},
    "automation": {"uuid": "9d2f6c1b-0000-4000-8000-00000000bb02", "name": "CTO outreach"},
    "linkedin_message": {
        "text": "Thanks, let's talk next week.",
        "type": "inbox",
        "status": "done",
        "sent_at": "2024-03-05 17:45:00",
        "read_at": None,
    },
    "latest_linkedin_conversation_thread": {"uuid": "t-1", "messages_count": 4},
    "latest_email_conversation_thread": None,
    "delivery_extra": "kept",
}


def wrapped(delivery: dict[str, Any]) -> dict[str, Any]:
    return {"headers": {"user-agent": "GuzzleHttp/7"}, "query": {}, "body": delivery}


# --- the generated models ---------------------------------------------------------------------


def test_delivery_model_parses_the_delivery_date_format_and_keeps_unknown_fields() -> None:
    delivery = WebhookDelivery.from_dict(copy.deepcopy(REPLY))
    contact = delivery.contact
    assert isinstance(contact, Lead)
    assert contact.created_at == datetime.datetime(2024, 1, 1, 0, 0, 0)
    assert contact.updated_at == datetime.datetime(2024, 3, 5, 17, 45, 9)
    assert contact.additional_properties["a_field_from_next_year"] == {"nested": [1, 2]}
    assert delivery.additional_properties == {"delivery_extra": "kept"}
    markers = delivery.contact_markers
    assert isinstance(markers, WebhookContactMarkers)
    assert markers.linkedin_last_connection_accepted_at == datetime.datetime(2024, 2, 1, 8, 30)
    assert markers.additional_properties == {"unknown_marker": 7}


def test_delivery_model_still_parses_iso_dates() -> None:
    contact = {"uuid": CONTACT_UUID, "created_at": "2024-01-01T00:00:00.000000Z"}
    delivery = WebhookDelivery.from_dict({"contact": contact})
    assert isinstance(delivery.contact, Lead)
    assert delivery.contact.created_at == datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)


# --- parse_event --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("payload", "is_wrapped"),
    [
        pytest.param(json.dumps(REPLY).encode(), False, id="bytes"),
        pytest.param(json.dumps(REPLY), False, id="str"),
        pytest.param(REPLY, False, id="mapping"),
        pytest.param(json.dumps(wrapped(REPLY)).encode(), True, id="wrapped"),
        pytest.param({"body": json.dumps(REPLY)}, True, id="wrapped-as-text"),
    ],
)
def test_parse_event_gives_typed_parts(payload: Any, is_wrapped: bool) -> None:
    event = parse_event(payload, "contact_replied_linkedin_message")
    assert event.event is WebhookEvent.CONTACT_REPLIED_LINKEDIN_MESSAGE
    assert event.contact_uuid == CONTACT_UUID
    assert event.contact is not None and event.contact.first_name == "Ada"
    assert event.linkedin_message is not None
    assert event.linkedin_message.sent_at == datetime.datetime(2024, 3, 5, 17, 45)
    assert event.text == "Thanks, let's talk next week."
    assert event.account is not None and event.account.name == "Engines Ltd"
    assert event.automation is not None and event.automation.name == "CTO outreach"
    assert event.sender_profile is not None and event.sender_profile.first_name == "Sam"
    assert event.contact_markers is not None
    assert event.contact_markers.linkedin_messages_sent_count == 3
    thread = event.latest_linkedin_conversation_thread
    assert thread is not None and thread.additional_properties["messages_count"] == 4
    assert event.latest_email_conversation_thread is None
    assert event.email is None
    assert event.raw["delivery_extra"] == "kept"
    assert event.wrapped is is_wrapped


def test_parse_event_reads_an_email_reply() -> None:
    payload = {"contact": {"uuid": CONTACT_UUID}, "email": {"subject": "Re: hi", "body": "Yes!"}}
    event = parse_event(payload, "contact_replied_email")
    assert event.email is not None and event.email.body == "Yes!"
    assert event.text == "Yes!"


def test_a_body_key_beside_delivery_keys_is_not_a_wrapper() -> None:
    event = parse_event({"contact": {"uuid": CONTACT_UUID}, "body": {"contact": {"uuid": "x"}}})
    assert not event.wrapped
    assert event.contact_uuid == CONTACT_UUID


def test_event_name_from_the_url_wins_then_the_payload_then_none() -> None:
    named = {"event_name": "contact_replied_email", "contact": {"uuid": CONTACT_UUID}}
    assert parse_event(named, "contact_enriched").event == "contact_enriched"
    assert parse_event(named).event is WebhookEvent.CONTACT_REPLIED_EMAIL
    assert parse_event({"contact": {}}).event is None


def test_an_unknown_event_name_is_kept() -> None:
    event = parse_event(REPLY, "contact_linkedin_connection_accepted")
    assert event.event is not None
    assert event.event.name == "UNKNOWN"
    assert event.event == "contact_linkedin_connection_accepted"


@pytest.mark.parametrize(
    "payload",
    [b"", b"   ", b"{not json", b"[1, 2]", b"null", b'"text"', b"\xff\xfe", "42", [1]],
)
def test_parse_event_rejects_what_is_not_a_json_object(payload: Any) -> None:
    with pytest.raises(WebhookPayloadError) as caught:
        parse_event(payload)
    assert isinstance(caught.value, GetSalesError)
    assert isinstance(caught.value, ValueError)


def test_delivery_url_puts_the_event_in_the_path_and_the_token_in_the_query() -> None:
    url = delivery_url(
        "https://hooks.example.com/gs/?team=1&token=old", "contact_replied_email", "a b"
    )
    assert url == "https://hooks.example.com/gs/contact_replied_email?team=1&token=a+b"


# --- the receiver ---------------------------------------------------------------------------------


class ManualClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Recorder:
    """A handler that records events and fails the next ``fail`` calls."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        self.fail = 0

    async def __call__(self, event: Event) -> None:
        if self.fail:
            self.fail -= 1
            raise RuntimeError("the handler broke")
        self.events.append(event)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


@pytest.fixture
async def post(recorder: Recorder, clock: ManualClock) -> AsyncIterator[Callable[..., Any]]:
    receiver = WebhookReceiver(
        recorder, token=TOKEN, dedupe=MemoryDedupeStore(clock=clock), dedupe_window=60.0
    )
    transport = httpx.ASGITransport(app=receiver)
    async with httpx.AsyncClient(transport=transport, base_url="http://receiver") as http:

        async def send(
            event: str, body: Any, *, token: str | None = TOKEN, raw: bytes | None = None
        ) -> httpx.Response:
            params = {} if token is None else {"token": token}
            content = raw if raw is not None else json.dumps(body).encode()
            return await http.post(f"/{event}", params=params, content=content)

        yield send


@pytest.mark.anyio
@pytest.mark.parametrize("form", ["flat", "wrapped"])
async def test_receiver_hands_a_typed_event_to_the_handler(
    post: Callable[..., Any], recorder: Recorder, form: str
) -> None:
    body = REPLY if form == "flat" else wrapped(REPLY)
    response = await post("contact_replied_linkedin_message", body)
    assert response.status_code == 200
    [event] = recorder.events
    assert event.event is WebhookEvent.CONTACT_REPLIED_LINKEDIN_MESSAGE
    assert event.contact_uuid == CONTACT_UUID
    assert event.contact is not None
    assert event.contact.created_at == datetime.datetime(2024, 1, 1)
    assert event.delivery.additional_properties["delivery_extra"] == "kept"
    assert event.wrapped == (form == "wrapped")


@pytest.mark.anyio
@pytest.mark.parametrize("token", [None, "", "s3cret-tokeN", "s3cret-token-and-more", "ünïcode"])
async def test_receiver_answers_401_and_does_not_call_the_handler(
    post: Callable[..., Any], recorder: Recorder, token: str | None
) -> None:
    response = await post("contact_replied_email", REPLY, token=token)
    assert response.status_code == 401
    assert recorder.events == []


@pytest.mark.anyio
@pytest.mark.parametrize("raw", [b"{broken", b"[]", b"", b'"a string"'])
async def test_receiver_answers_400_to_a_body_that_is_not_a_json_object(
    post: Callable[..., Any], recorder: Recorder, raw: bytes
) -> None:
    response = await post("contact_replied_email", None, raw=raw)
    assert response.status_code == 400
    assert recorder.events == []


@pytest.mark.anyio
async def test_a_duplicate_delivery_is_handled_once_within_the_window(
    post: Callable[..., Any], recorder: Recorder, clock: ManualClock
) -> None:
    first = await post("contact_replied_email", REPLY)
    again = await post("contact_replied_email", wrapped(REPLY))  # same content, other form
    other_event = await post("contact_enriched", REPLY)
    assert [first.status_code, again.status_code, other_event.status_code] == [200, 200, 200]
    assert [e.event for e in recorder.events] == ["contact_replied_email", "contact_enriched"]
    clock.now += 59.0
    await post("contact_replied_email", REPLY)
    assert len(recorder.events) == 2
    clock.now += 2.0  # the window has passed: it is a new delivery
    await post("contact_replied_email", REPLY)
    assert len(recorder.events) == 3


@pytest.mark.anyio
async def test_a_handler_failure_answers_500_and_the_redelivery_is_handled(
    post: Callable[..., Any], recorder: Recorder
) -> None:
    recorder.fail = 1
    failed = await post("contact_replied_linkedin_message", REPLY)
    assert failed.status_code == 500
    assert recorder.events == []
    redelivered = await post("contact_replied_linkedin_message", REPLY)
    assert redelivered.status_code == 200
    assert [e.contact_uuid for e in recorder.events] == [CONTACT_UUID]


@pytest.mark.anyio
async def test_an_unknown_event_name_reaches_the_handler(
    post: Callable[..., Any], recorder: Recorder
) -> None:
    response = await post("contact_linkedin_connection_accepted", REPLY)
    assert response.status_code == 200
    [event] = recorder.events
    assert event.event == "contact_linkedin_connection_accepted"
    assert event.event is not None and event.event.name == "UNKNOWN"


@pytest.mark.anyio
async def test_a_delivery_still_being_handled_is_answered_409() -> None:
    started, release = asyncio.Event(), asyncio.Event()
    calls: list[Event] = []

    async def slow(event: Event) -> None:
        calls.append(event)
        started.set()
        await release.wait()

    receiver = WebhookReceiver(slow, token=TOKEN)
    transport = httpx.ASGITransport(app=receiver)
    async with httpx.AsyncClient(transport=transport, base_url="http://receiver") as http:
        url = f"/contact_replied_email?token={TOKEN}"
        first = asyncio.create_task(http.post(url, json=REPLY))
        await started.wait()
        second = await http.post(url, json=REPLY)
        release.set()
        assert (await first).status_code == 200
    assert second.status_code == 409
    assert len(calls) == 1


@pytest.mark.anyio
async def test_dedupe_window_zero_calls_the_handler_every_time(recorder: Recorder) -> None:
    receiver = WebhookReceiver(recorder, token=TOKEN, dedupe_window=0)
    transport = httpx.ASGITransport(app=receiver)
    async with httpx.AsyncClient(transport=transport, base_url="http://receiver") as http:
        for _ in range(2):
            response = await http.post(f"/contact_created?token={TOKEN}", json=REPLY)
            assert response.status_code == 200
    assert len(recorder.events) == 2


@pytest.mark.anyio
async def test_a_body_over_the_limit_is_answered_413(recorder: Recorder) -> None:
    receiver = WebhookReceiver(recorder, token=TOKEN, max_body=100)
    transport = httpx.ASGITransport(app=receiver)
    async with httpx.AsyncClient(transport=transport, base_url="http://receiver") as http:
        response = await http.post(f"/contact_created?token={TOKEN}", json=REPLY)
    assert response.status_code == 413
    assert recorder.events == []


@pytest.mark.anyio
async def test_mounted_under_starlette_the_event_is_the_segment_below_the_mount(
    recorder: Recorder,
) -> None:
    starlette_applications = pytest.importorskip("starlette.applications")
    from starlette.routing import Mount

    receiver = WebhookReceiver(recorder, token=TOKEN)
    app = starlette_applications.Starlette(routes=[Mount("/hooks/getsales", app=receiver)])
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://app") as http:
        named = await http.post(f"/hooks/getsales/contact_created?token={TOKEN}", json=REPLY)
        bare = await http.post(f"/hooks/getsales/?token={TOKEN}", json={"contact": {}})
    assert (named.status_code, bare.status_code) == (200, 200)
    assert [e.event for e in recorder.events] == ["contact_created", None]


def test_the_receiver_needs_a_token_and_never_shows_it(recorder: Recorder) -> None:
    with pytest.raises(ConfigurationError):
        WebhookReceiver(recorder, token="")
    assert TOKEN not in repr(WebhookReceiver(recorder, token=TOKEN))
    assert isinstance(WebhookReceiver(recorder, token=TOKEN, dedupe=None).dedupe, MemoryDedupeStore)


@pytest.mark.anyio
async def test_memory_store_forgets_released_claims_and_expired_entries(clock: ManualClock) -> None:
    store = MemoryDedupeStore(clock=clock)
    assert await store.claim("a", lease=10) == "new"
    assert await store.claim("a", lease=10) == "pending"
    await store.release("a")
    assert await store.claim("a", lease=10) == "new"
    await store.complete("a", window=30)
    await store.release("a")  # a completed delivery stays remembered
    assert await store.claim("a", lease=10) == "done"
    assert await store.claim("b", lease=5) == "new"
    clock.now += 6  # b's lease ran out (its worker died): it may be handled again
    assert await store.claim("b", lease=5) == "new"
    clock.now += 25  # a's window is over too
    assert await store.claim("a", lease=10) == "new"
    assert list(store._entries) == ["a"]  # b's expired entry is gone: memory stays bounded


def test_importing_the_sdk_imports_no_server_or_redis() -> None:
    code = (
        "import sys, getsales_extras, getsales_extras.webhooks\n"
        "heavy = ('starlette', 'uvicorn', 'redis', 'fastapi')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & set(heavy)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    from getsales_extras import WebhookReceiver as exported

    assert exported is WebhookReceiver


def test_a_part_without_its_documented_shape_is_left_out_not_the_event(
    caplog: pytest.LogCaptureFixture,
) -> None:
    delivery = copy.deepcopy(REPLY)
    del delivery["account"]["uuid"]
    event = parse_event(delivery, "contact_replied_linkedin_message")
    assert event.account is None
    assert event.contact_uuid == REPLY["contact"]["uuid"]
    assert event.raw["account"]["name"] == "Engines Ltd"
    assert any("'account' left out" in message for message in caplog.messages)


def test_an_event_has_a_typed_part_for_every_part_of_a_delivery() -> None:
    parts = {part.name for part in attrs.fields(Event) if not part.init}
    delivery = set(attrs.fields_dict(WebhookDelivery)) - {"additional_properties", "event_name"}
    assert parts == delivery  # a part the spec adds or drops must be added or dropped here too
