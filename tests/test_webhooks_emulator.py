"""Webhooks against the emulator: ``subscribe``/``unsubscribe``, and deliveries end to end.

The end-to-end tests serve a ``WebhookReceiver`` with uvicorn on a loopback port of its own
(real sockets), in the test's event loop; the emulator delivers from its own thread. Tests
wait on events set by the handler (with a generous timeout as a safety net), never on sleeps.
"""

from __future__ import annotations

import asyncio
import socket
import urllib.parse
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from enum import Enum
from pathlib import Path
from typing import Any

import attrs
import httpx
import pytest

from getsales_client.api.leads_contacts import update_lead, upsert_lead
from getsales_client.api.lists import create_list
from getsales_client.api.webhooks import list_webhooks, update_webhook
from getsales_client.models import (
    CreateListBody,
    LeadInput,
    UpdateLeadBody,
    UpdateWebhookBody,
    UpsertLeadBody,
    WebhookDelivery,
    WebhookEvent,
    WebhookStatus,
)
from getsales_extras import create_client, paginate
from getsales_extras.webhooks import Event, WebhookReceiver, subscribe, unsubscribe
from tests.fixtures_emulator import EmulatorFactory

pytest.importorskip("uvicorn")

TOKEN = "e2e-secret"
EVENTS = ["contact_created", "contact_replied_linkedin_message", "contact_replied_email"]
WAIT = 15.0  # a safety net only: tests finish as soon as the handler has seen the events


@asynccontextmanager
async def serve(
    app: Any, *, lifespan: bool = False, sock: socket.socket | None = None
) -> AsyncIterator[str]:
    """Serve ``app`` with uvicorn on a free 127.0.0.1 port (or on ``sock``, bound already)
    in this event loop; yield its URL once the server has started (its lifespan start-up
    done, when ``lifespan``). The socket is closed afterwards."""
    import uvicorn

    from getsales_extras.testing.server import build_uvicorn_config

    started = asyncio.Event()

    class Server(uvicorn.Server):
        async def startup(self, sockets: list[socket.socket] | None = None) -> None:
            await super().startup(sockets=sockets)
            started.set()

    if sock is None:
        sock = loopback_socket()
    sock.listen(128)  # connections wait in the backlog until uvicorn accepts them
    port = sock.getsockname()[1]
    config = build_uvicorn_config(app, "127.0.0.1", port)
    config.lifespan = "on" if lifespan else "off"
    server = Server(config)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        await asyncio.wait_for(started.wait(), WAIT)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task
        sock.close()


def undeclared(model: Any, where: str = "delivery") -> list[str]:
    """Where a parsed delivery holds a key or enum value its schema does not declare."""
    found: list[str] = []
    if isinstance(model, Enum):
        return [f"{where}={model.value!r}"] if model.name == "UNKNOWN" else []
    if isinstance(model, list):
        for index, item in enumerate(model):
            found += undeclared(item, f"{where}[{index}]")
        return found
    if not attrs.has(type(model)):
        return []
    found += [f"{where}.{key}" for key in model.additional_properties]
    for attribute in attrs.fields(type(model)):
        if attribute.name != "additional_properties":
            found += undeclared(getattr(model, attribute.name), f"{where}.{attribute.name}")
    return found


def loopback_socket() -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    return sock


class Collector:
    """A handler that keeps events and lets the test wait for a number of them."""

    def __init__(self) -> None:
        self.events: list[Event] = []
        self._changed = asyncio.Event()
        self.fail_next = 0

    async def __call__(self, event: Event) -> None:
        if self.fail_next:
            self.fail_next -= 1
            raise RuntimeError("handler failure, to be redelivered")
        self.events.append(event)
        self._changed.set()

    async def wait_for(self, count: int) -> list[Event]:
        async def until() -> None:
            while len(self.events) < count:
                self._changed.clear()
                await self._changed.wait()

        await asyncio.wait_for(until(), WAIT)
        return self.events


async def _new_list(client: Any) -> str:
    created = await create_list.asyncio(client=client, body=CreateListBody(name="Webhook test"))
    return str(getattr(created, "uuid", ""))


@pytest.mark.anyio
async def test_subscribe_twice_leaves_one_subscription_per_event(
    emulator_factory: EmulatorFactory,
) -> None:
    emu = emulator_factory()
    url = "https://service.example.com/hooks/getsales"
    async with create_client(emu.api_key, base_url=emu.base_url) as client:
        first = await subscribe(client, url, EVENTS, token=TOKEN)
        second = await subscribe(client, url, [*EVENTS, EVENTS[0]], token=TOKEN)
        other_token = await subscribe(client, url, EVENTS[:1], token="another")
        hooks = [hook async for hook in paginate(list_webhooks, client=client)]
    assert [str(h.uuid) for h in second] == [str(h.uuid) for h in first]
    assert len(hooks) == len(EVENTS) + 1
    mine = [h for h in hooks if "token=" + TOKEN in str(h.target_url)]
    assert sorted(str(h.event) for h in mine) == sorted(EVENTS)
    for hook in mine:
        target = urllib.parse.urlsplit(str(hook.target_url))
        assert target.path == f"/hooks/getsales/{hook.event}"
        assert urllib.parse.parse_qs(target.query) == {"token": [TOKEN]}
    assert str(other_token[0].uuid) not in {str(h.uuid) for h in first}


@pytest.mark.anyio
async def test_subscribe_switches_a_reused_subscription_back_on(
    emulator_factory: EmulatorFactory,
) -> None:
    emu = emulator_factory()
    async with create_client(emu.api_key, base_url=emu.base_url) as client:
        [hook] = await subscribe(
            client, "https://svc.example.com/h", ["contact_created"], token=TOKEN
        )
        off = UpdateWebhookBody(target_url=str(hook.target_url), status=WebhookStatus.OFF)
        await update_webhook.asyncio(hook.uuid, client=client, body=off)
        assert emu.store.get_webhook(str(hook.uuid))["status"] == "off"
        [again] = await subscribe(
            client, "https://svc.example.com/h", ["contact_created"], token=TOKEN
        )
    assert str(again.uuid) == str(hook.uuid)
    assert emu.store.get_webhook(str(hook.uuid))["status"] == "on"
    assert emu.store.counts()["webhooks"] == 1


@pytest.mark.anyio
async def test_unsubscribe_deletes_only_the_matching_subscriptions(
    emulator_factory: EmulatorFactory,
) -> None:
    emu = emulator_factory()
    url = "https://service.example.com/hooks"
    async with create_client(emu.api_key, base_url=emu.base_url) as client:
        await subscribe(client, url, EVENTS, token=TOKEN)
        await subscribe(client, "https://elsewhere.example.com/hooks", EVENTS[:1], token=TOKEN)
        gone = await unsubscribe(client, url, ["contact_created"])
        assert [str(h.event) for h in gone] == ["contact_created"]
        assert await unsubscribe(client, url, token="not-the-token") == []
        rest = await unsubscribe(client, url, token=TOKEN)
        left = [hook async for hook in paginate(list_webhooks, client=client)]
    assert sorted(str(h.event) for h in rest) == sorted(EVENTS[1:])
    assert [str(h.target_url).split("?")[0] for h in left] == [
        "https://elsewhere.example.com/hooks/contact_created"
    ]


@pytest.mark.anyio
async def test_end_to_end_upsert_and_reply_reach_the_handler_typed(
    emulator_factory: EmulatorFactory,
) -> None:
    emu = emulator_factory()
    collector = Collector()
    receiver = WebhookReceiver(collector, token=TOKEN)
    async with (
        serve(receiver) as receiver_url,
        create_client(emu.api_key, base_url=emu.base_url) as client,
    ):
        await subscribe(client, receiver_url + "/getsales", EVENTS, token=TOKEN)
        list_uuid = await _new_list(client)
        body = UpsertLeadBody.from_dict(
            {"lead": {"email": "ada@example.com", "first_name": "Ada"}, "list_uuid": list_uuid}
        )
        contact = await upsert_lead.asyncio(client=client, body=body)
        contact_uuid = str(getattr(contact, "uuid", ""))
        [created] = await collector.wait_for(1)
        emu.inject_reply(contact_uuid, "Sounds good, call me Tuesday.")
        _, reply = await collector.wait_for(2)
    assert created.event is WebhookEvent.CONTACT_CREATED
    assert created.contact_uuid == contact_uuid
    assert created.contact is not None and created.contact.first_name == "Ada"
    assert reply.event is WebhookEvent.CONTACT_REPLIED_LINKEDIN_MESSAGE
    assert reply.contact_uuid == contact_uuid
    assert reply.linkedin_message is not None
    assert reply.text == "Sounds good, call me Tuesday."
    assert reply.linkedin_message.sent_at is not None
    assert not isinstance(reply.linkedin_message.sent_at, str)  # parsed as a datetime
    assert all(d.done.wait(5) and d.delivered for d in emu.webhook_deliveries)
    for delivery in emu.webhook_deliveries:
        assert undeclared(WebhookDelivery.from_dict(delivery.payload)) == []


@pytest.mark.anyio
async def test_a_failed_delivery_is_redelivered_and_handled_once(
    emulator_factory: EmulatorFactory,
) -> None:
    emu = emulator_factory()
    collector = Collector()
    collector.fail_next = 1
    async with (
        serve(WebhookReceiver(collector, token=TOKEN)) as receiver_url,
        create_client(emu.api_key, base_url=emu.base_url) as client,
    ):
        await subscribe(client, receiver_url, ["contact_replied_email"], token=TOKEN)
        list_uuid = await _new_list(client)
        body = UpsertLeadBody(lead=LeadInput(email="bob@example.com"), list_uuid=list_uuid)
        contact = await upsert_lead.asyncio(client=client, body=body)
        emu.inject_reply(str(getattr(contact, "uuid", "")), "Yes please", channel="email")
        [reply] = await collector.wait_for(1)
    [delivery] = emu.webhook_deliveries
    assert delivery.done.wait(5)  # the receiver's answer is in
    assert (delivery.attempts, delivery.status) == (2, 200)
    assert undeclared(WebhookDelivery.from_dict(delivery.payload)) == []
    assert reply.email is not None and reply.email.body == "Yes please"
    assert reply.event == "contact_replied_email"


@pytest.mark.anyio
async def test_an_update_is_delivered_and_the_payload_uses_only_declared_shapes(
    emulator_factory: EmulatorFactory,
) -> None:
    emu = emulator_factory()
    collector = Collector()
    async with (
        serve(WebhookReceiver(collector, token=TOKEN)) as receiver_url,
        create_client(emu.api_key, base_url=emu.base_url) as client,
    ):
        await subscribe(client, receiver_url, ["contact_updated"], token=TOKEN)
        list_uuid = await _new_list(client)
        body = UpsertLeadBody.from_dict(
            {"lead": {"email": "c@example.com"}, "list_uuid": list_uuid}
        )
        contact = await upsert_lead.asyncio(client=client, body=body)  # created: not subscribed
        contact_uuid = str(getattr(contact, "uuid", ""))
        change = UpdateLeadBody.from_dict({"position": "CTO"})
        await update_lead.asyncio(contact_uuid, client=client, body=change)
        [updated] = await collector.wait_for(1)
    assert updated.event is WebhookEvent.CONTACT_UPDATED
    assert updated.contact is not None and updated.contact.position == "CTO"
    delivery = emu.webhook_deliveries[0].payload
    declared = {a.name for a in WebhookDelivery.__attrs_attrs__} - {"additional_properties"}
    assert set(delivery) == {"contact", "contact_markers"}
    assert set(delivery) <= declared
    assert delivery["contact"]["created_at"][10] == " "  # the delivery date format
    assert WebhookDelivery.from_dict(delivery).additional_properties == {}


@pytest.mark.anyio
async def test_the_control_endpoint_injects_a_reply(emulator_factory: EmulatorFactory) -> None:
    emu = emulator_factory()
    emu.seed(leads=1)
    [lead_uuid] = emu.store.lead_uuids()
    async with httpx.AsyncClient(base_url=emu.base_url) as http:
        ok = await http.post("/_emulator/replies", json={"lead_uuid": lead_uuid, "text": "hi"})
        missing = await http.post("/_emulator/replies", json={"lead_uuid": "nope", "text": "hi"})
        empty = await http.post("/_emulator/replies", json={"lead_uuid": lead_uuid, "text": ""})
    assert ok.status_code == 200 and ok.json() == {"deliveries": []}  # nobody subscribed
    assert missing.status_code == 404
    assert empty.status_code == 422


def _readme_block(marker: str) -> str:
    readme = Path(__file__).resolve().parent.parent / "README.md"
    blocks = [
        chunk.split("\n```", 1)[0] for chunk in readme.read_text("utf-8").split("```python\n")[1:]
    ]
    [block] = [block for block in blocks if marker in block]
    return block


@pytest.mark.anyio
async def test_the_readme_fastapi_service_subscribes_and_handles_deliveries(
    emulator_factory: EmulatorFactory,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    pytest.importorskip("fastapi")
    emu = emulator_factory()
    block = _readme_block("from fastapi import FastAPI")
    sock = loopback_socket()  # bound first: the start-up subscription needs the URL
    public_url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    monkeypatch.setenv("PUBLIC_URL", public_url)
    monkeypatch.setenv("GETSALES_WEBHOOK_TOKEN", TOKEN)
    monkeypatch.setenv("GETSALES_API_KEY", emu.api_key)
    monkeypatch.setenv("GETSALES_BASE_URL", emu.base_url)
    monkeypatch.delenv("GETSALES_TEAM_ID", raising=False)
    service: dict[str, Any] = {"__name__": "readme_service"}
    exec(compile(block, "README.md", "exec"), service)

    collector = Collector()
    readme_handler = service["receiver"].handler

    async def observed(event: Event) -> None:
        await readme_handler(event)
        await collector(event)

    service["receiver"].handler = observed
    async with (
        serve(service["app"], lifespan=True, sock=sock),
        create_client(emu.api_key, base_url=emu.base_url) as client,
    ):
        hooks = [hook async for hook in paginate(list_webhooks, client=client)]
        assert sorted(str(h.target_url).split("?")[0] for h in hooks) == sorted(
            f"{public_url}/getsales/{event}" for event in service["EVENTS"]
        )
        list_uuid = await _new_list(client)
        body = UpsertLeadBody.from_dict(
            {"lead": {"email": "grace@example.com", "name": "Grace Hopper"}, "list_uuid": list_uuid}
        )
        contact = await upsert_lead.asyncio(client=client, body=body)
        await collector.wait_for(1)
        emu.inject_reply(str(getattr(contact, "uuid", "")), "Happy to chat", channel="email")
        created, replied = await collector.wait_for(2)
    assert (created.event, replied.event) == ("contact_created", "contact_replied_email")
    out = capsys.readouterr().out
    assert f"new contact {created.contact_uuid}: Grace Hopper" in out
    assert "Grace Hopper replied: Happy to chat" in out


@pytest.mark.anyio
async def test_an_emulator_process_delivers_an_injected_reply() -> None:
    import anyio.to_thread

    from getsales_client.api.leads_contacts import search_leads
    from getsales_client.models import SearchLeadsBody
    from getsales_extras.testing import spawn_emulator

    collector = Collector()
    with spawn_emulator({"rate_limit_requests": None}, seed_leads=1) as emu:
        async with (
            serve(WebhookReceiver(collector, token=TOKEN)) as receiver_url,
            create_client(emu.api_key, base_url=emu.base_url, rate_limit=None) as client,
        ):
            await subscribe(client, receiver_url, ["contact_replied_email"], token=TOKEN)
            body = SearchLeadsBody.from_dict({})
            [lead] = [item async for item in paginate(search_leads, client=client, body=body)]
            lead_uuid = str(lead.uuid)
            queued = await anyio.to_thread.run_sync(
                lambda: emu.inject_reply(lead_uuid, "From another process", channel="email")
            )
            [event] = await collector.wait_for(1)
    assert len(queued) == 1
    assert event.contact_uuid == lead_uuid
    assert event.text == "From another process"
