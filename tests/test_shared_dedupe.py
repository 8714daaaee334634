"""Webhook dedupe shared through Redis: two receivers (two workers) on one real redis-server."""

from __future__ import annotations

import asyncio
import sys
import uuid
from collections.abc import AsyncIterator

import httpx
import pytest

from getsales_extras.errors import ConfigurationError
from getsales_extras.shared_dedupe import RedisDedupeStore
from getsales_extras.webhooks import Event, WebhookReceiver
from tests.fixtures_redis import RedisServer

pytestmark = [pytest.mark.redis]

TOKEN = "t0ken"
DELIVERY = {"contact": {"uuid": "3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b"}, "email": {"body": "hi"}}
URL = f"/contact_replied_email?token={TOKEN}"


@pytest.fixture
async def store(redis_server: RedisServer) -> AsyncIterator[RedisDedupeStore]:
    # A prefix per test: the server is shared by the whole session.
    shared = RedisDedupeStore(redis_server.url, key_prefix=f"test:{uuid.uuid4().hex}:")
    yield shared
    await shared.aclose()


def _worker(receiver: WebhookReceiver) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=receiver), base_url="http://w")


@pytest.mark.anyio
async def test_a_redelivery_to_another_worker_is_not_handled_again(
    store: RedisDedupeStore,
) -> None:
    handled: list[tuple[str, Event]] = []
    failures = [1]

    def handler(worker: str) -> object:
        async def handle(event: Event) -> None:
            if worker == "a" and failures[0]:
                failures[0] -= 1
                raise RuntimeError("worker a broke")
            handled.append((worker, event))

        return handle

    a = WebhookReceiver(handler("a"), token=TOKEN, dedupe=store, dedupe_window=60)
    b = WebhookReceiver(handler("b"), token=TOKEN, dedupe=store, dedupe_window=60)
    async with _worker(a) as worker_a, _worker(b) as worker_b:
        assert (await worker_a.post(URL, json=DELIVERY)).status_code == 500  # released
        assert (await worker_b.post(URL, json=DELIVERY)).status_code == 200  # handled by b
        assert (await worker_a.post(URL, json=DELIVERY)).status_code == 200  # remembered
        assert (await worker_b.post(URL, json=DELIVERY)).status_code == 200
    assert [worker for worker, _ in handled] == ["b"]
    assert handled[0][1].text == "hi"


@pytest.mark.anyio
async def test_a_delivery_in_progress_on_one_worker_is_answered_409_on_the_other(
    store: RedisDedupeStore,
) -> None:
    started, release = asyncio.Event(), asyncio.Event()

    async def slow(event: Event) -> None:
        started.set()
        await release.wait()

    async def never(event: Event) -> None:
        raise AssertionError("the second worker must not handle it")

    a = WebhookReceiver(slow, token=TOKEN, dedupe=store)
    b = WebhookReceiver(never, token=TOKEN, dedupe=store)
    async with _worker(a) as worker_a, _worker(b) as worker_b:
        first = asyncio.create_task(worker_a.post(URL, json=DELIVERY))
        await started.wait()
        assert (await worker_b.post(URL, json=DELIVERY)).status_code == 409
        release.set()
        assert (await first).status_code == 200
        assert (await worker_b.post(URL, json=DELIVERY)).status_code == 200


@pytest.mark.anyio
async def test_entries_expire_with_the_window_and_the_lease(store: RedisDedupeStore) -> None:
    import redis.asyncio

    assert await store.claim("k", lease=30) == "new"
    assert await store.claim("k", lease=30) == "pending"
    redis_client = store._redis()
    assert isinstance(redis_client, redis.asyncio.Redis)
    assert 0 < await redis_client.pttl(store.key_prefix + "k") <= 30_000
    await store.complete("k", window=120)
    await store.release("k")  # a completed delivery is never forgotten by a release
    assert await store.claim("k", lease=30) == "done"
    assert 30_000 < await redis_client.pttl(store.key_prefix + "k") <= 120_000


@pytest.mark.anyio
async def test_redis_down_answers_500_so_the_delivery_comes_again() -> None:
    calls: list[Event] = []

    async def handler(event: Event) -> None:
        calls.append(event)

    dead = RedisDedupeStore("redis://127.0.0.1:1/0", timeout=0.5)
    receiver = WebhookReceiver(handler, token=TOKEN, dedupe=dead)
    async with _worker(receiver) as worker:
        assert (await worker.post(URL, json=DELIVERY)).status_code == 500
    assert calls == []
    await dead.aclose()


def test_store_needs_a_redis_url_or_client(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(ConfigurationError):
        RedisDedupeStore()
    with pytest.raises(ConfigurationError):
        RedisDedupeStore("http://cache:6379")
    store = RedisDedupeStore("redis://:hunter2@cache:6379/0")
    assert "hunter2" not in repr(store)
    monkeypatch.setitem(sys.modules, "redis", None)
    monkeypatch.setitem(sys.modules, "redis.asyncio", None)
    with pytest.raises(ConfigurationError, match=r"getsales\[redis\]"):
        store._redis()
