"""create_sync_client: plain scripts and threads on the async transport, and its limits."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from functools import partial
from pathlib import Path
from typing import Any

import anyio
import attrs
import httpx
import pytest

from getsales_client.api.leads_contacts import get_lead_by_uuid, search_leads, upsert_lead
from getsales_client.api.lists import create_list, list_lists
from getsales_client.api.user_team import get_current_user
from getsales_client.models import (
    CreateListBody,
    LeadFilter,
    LeadInput,
    SearchLeadsBody,
    UpsertLeadBody,
)
from getsales_extras import (
    NotFoundError,
    RateLimit,
    ServerError,
    SyncClientInEventLoopError,
    client_stats,
    create_client,
    create_sync_client,
    paginate,
    paginate_pages_sync,
    paginate_sync,
)
from getsales_extras.testing import Emulator
from tests import sync_tour
from tests.fixtures_emulator import EmulatorFactory
from tests.test_transport_fakes import FAST_RETRY, RecordingTransport, envelope, fresh_key

ROOT = Path(__file__).resolve().parent.parent
# The counters that must come out the same whichever client ran the tour.
COMPARED = (
    "requests",
    "responses_2xx",
    "responses_4xx",
    "responses_5xx",
    "rate_limited",
    "connection_errors",
    "retries",
)


def script_faults(emu: Emulator) -> None:
    """Two 429s (one on a change, which is safe to resend after a 429), a 503 on a search
    and a dropped connection on a list read: each retried once."""
    emu.fail_next("rate_limit", "/id/api/users/current")
    emu.fail_next("rate_limit", "/leads/api/leads/upsert")
    emu.fail_next("status", "/leads/api/leads/search", status=503)
    emu.fail_next("reset", "/leads/api/lists", method="GET")


def tour_emulator(factory: EmulatorFactory) -> Emulator:
    rate = sync_tour.RATE
    return factory(rate_limit_requests=rate.requests, rate_limit_period=rate.period)


async def async_tour(emu: Emulator) -> dict[str, Any]:
    """What tests/sync_tour.py does, with create_client and await."""
    async with create_client(
        emu.api_key, base_url=emu.base_url, rate_limit=sync_tour.RATE, retry=sync_tour.RETRY
    ) as client:
        user = await get_current_user.asyncio(client=client)
        created = await create_list.asyncio(client=client, body=CreateListBody(name="Webinar"))
        uuids = []
        for n in range(sync_tour.CONTACTS):
            lead = await upsert_lead.asyncio(
                client=client,
                body=UpsertLeadBody(
                    lead=LeadInput(email=f"Webinar-{n}@example.com", first_name=f"Person {n}"),
                    list_uuid=created.uuid,
                ),
            )
            uuids.append(lead.uuid)
        again = await get_lead_by_uuid.asyncio(uuids[0], client=client)
        in_list = SearchLeadsBody(filter_=LeadFilter(list_uuid=created.uuid))
        found = [
            lead.uuid
            async for lead in paginate(
                search_leads, client=client, body=in_list, page_size=sync_tour.PAGE_SIZE
            )
        ]
        names = [item.name async for item in paginate(list_lists, client=client)]
        return {
            "email": user.email,
            "read_back": again.uuid == uuids[0],
            "found_all": sorted(found) == sorted(uuids),
            "found": len(found),
            "list_seen": "Webinar" in names,
            "stats": attrs.asdict(client_stats(client)),
        }


def run_script(emu: Emulator, *args: str) -> str:
    """Run ``python *args`` against the emulator; its standard output, once it has exited."""
    env = {**os.environ, "GETSALES_BASE_URL": emu.base_url, "GETSALES_API_KEY": emu.api_key}
    env.pop("GETSALES_TEAM_ID", None)
    done = subprocess.run(
        [sys.executable, *args], env=env, cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def check_against_emulator(result: dict[str, Any], emu: Emulator) -> None:
    stats = result["stats"]
    assert result["read_back"] and result["found_all"] and result["list_seen"]
    assert result["found"] == sync_tour.CONTACTS
    # The client's counts are the server's.
    assert stats["requests"] == emu.stats.total_requests
    assert stats["rate_limited"] == emu.stats.rate_limited == 2
    assert stats["responses_5xx"] == emu.stats.statuses[503] == 1
    assert stats["connection_errors"] == emu.stats.faults["reset"] == 1
    assert stats["retries"] == 4
    # The budget held: the only 429s are the two scripted ones.
    assert emu.stats.max_admitted_in_window(sync_tour.RATE.period) <= sync_tour.RATE.requests
    assert emu.stats.mutations_for("POST", "/leads/api/leads/upsert") == sync_tour.CONTACTS
    assert emu.stats.duplicate_payloads(applied=True) == {}


def test_a_plain_script_does_the_tour_with_the_counts_of_the_async_client(
    emulator_factory: EmulatorFactory,
) -> None:
    emu = tour_emulator(emulator_factory)
    script_faults(emu)
    from_script: dict[str, Any] = json.loads(run_script(emu, str(ROOT / "tests" / "sync_tour.py")))
    check_against_emulator(from_script, emu)
    # 25 upserts and 8 other calls exceed the 30-request window: the limiter made some wait.
    assert from_script["stats"]["limiter_waits"] > 0
    assert from_script["stats"]["window_size"] == sync_tour.RATE.requests

    other = tour_emulator(emulator_factory)
    script_faults(other)
    from_async = anyio.run(async_tour, other)
    check_against_emulator(from_async, other)
    assert {k: v for k, v in from_script.items() if k != "stats"} == {
        k: v for k, v in from_async.items() if k != "stats"
    }
    assert {k: from_script["stats"][k] for k in COMPARED} == {
        k: from_async["stats"][k] for k in COMPARED
    }


@pytest.mark.parametrize("clients", ["one shared client", "a client per thread"])
def test_four_threads_at_once_stay_within_the_budget(
    emulator_factory: EmulatorFactory, clients: str
) -> None:
    requests, period = 20, 1.0
    emu = emulator_factory(rate_limit_requests=requests, rate_limit_period=period)
    rate = RateLimit(requests, period)

    def make() -> Any:
        return create_sync_client(emu.api_key, base_url=emu.base_url, rate_limit=rate)

    made = [make()] * 4 if clients == "one shared client" else [make() for _ in range(4)]
    results: list[dict[str, Any]] = []
    failures: list[BaseException] = []
    start = threading.Barrier(4)

    def work(number: int) -> None:
        try:
            start.wait()
            results.append(sync_tour.tour(made[number], contacts=6, name=f"thread-{number}"))
        except BaseException as exc:
            failures.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    for client in {id(c): c for c in made}.values():
        client.close()

    assert failures == []
    assert len(results) == 4
    assert all(r["found"] == 6 and r["found_all"] and r["list_seen"] for r in results)
    assert emu.stats.rate_limited == 0
    assert emu.stats.max_admitted_in_window(period) <= requests
    sent = sum(client_stats(c).requests for c in {id(c): c for c in made}.values())
    assert sent == emu.stats.total_requests > requests  # more than one window's worth
    assert not [t for t in threading.enumerate() if t.name == "getsales-sync-client"]


@pytest.mark.anyio
async def test_sync_and_async_clients_of_one_key_share_one_budget(
    emulator_factory: EmulatorFactory,
) -> None:
    requests, period = 15, 1.0
    emu = emulator_factory(rate_limit_requests=requests, rate_limit_period=period)
    rate = RateLimit(requests, period)

    def sync_side() -> None:
        with create_sync_client(emu.api_key, base_url=emu.base_url, rate_limit=rate) as client:
            for _ in range(15):
                get_current_user.sync(client=client)

    async with create_client(emu.api_key, base_url=emu.base_url, rate_limit=rate) as client:
        async with anyio.create_task_group() as tg:
            tg.start_soon(anyio.to_thread.run_sync, sync_side)
            for _ in range(15):
                tg.start_soon(partial(get_current_user.asyncio, client=client))
    # Each side alone could send its 15 at once; together they must share the window.
    assert emu.stats.total_admitted == 30
    assert emu.stats.rate_limited == 0
    assert emu.stats.max_admitted_in_window(period) <= requests


@pytest.mark.anyio
async def test_inside_a_running_event_loop_the_documented_error_is_raised() -> None:
    server = RecordingTransport(lambda request: httpx.Response(200, json={"uuid": "u"}))
    client = create_sync_client(fresh_key(), base_url="http://api.test", transport=server)
    with pytest.raises(SyncClientInEventLoopError, match="create_client"):
        get_current_user.sync(client=client)
    with pytest.raises(SyncClientInEventLoopError):
        with client:
            pass
    with pytest.raises(SyncClientInEventLoopError):
        next(paginate_sync(list_lists, client=client))
    assert server.sent == []  # nothing was sent
    assert isinstance(SyncClientInEventLoopError("x"), RuntimeError)
    # The sync client is no async client either, and says which one to use.
    with pytest.raises(TypeError, match="create_client"):
        await get_current_user.asyncio(client=client)
    await anyio.to_thread.run_sync(client.close)


def test_errors_retries_and_pages_behave_as_with_the_async_client() -> None:
    calls = {"search": 0}

    def answer(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/search"):
            calls["search"] += 1
            if calls["search"] == 1:
                raise httpx.ReadTimeout("slow", request=request)
            body = json.loads(request.content)
            offset, limit = body["offset"], body["limit"]
            data = [{"uuid": f"lead-{n}"} for n in range(offset, min(offset + limit, 7))]
            return httpx.Response(200, json={"data": data, "total": 7, "has_more": None})
        return httpx.Response(404, json=envelope(404, "not_found", "No such contact"))

    server = RecordingTransport(answer)
    with create_sync_client(
        fresh_key(), base_url="http://api.test", transport=server, retry=FAST_RETRY
    ) as client:
        with pytest.raises(NotFoundError, match="No such contact"):
            get_lead_by_uuid.sync("missing", client=client)
        leads = list(
            paginate_sync(search_leads, client=client, body=SearchLeadsBody(), page_size=3)
        )
        pages = list(
            paginate_pages_sync(search_leads, client=client, body=SearchLeadsBody(), page_size=3)
        )
        # Leaving a loop early closes the walk (its prefetched pages are cancelled).
        walk = paginate_sync(search_leads, client=client, body=SearchLeadsBody(), page_size=3)
        assert next(walk).uuid == "lead-0"
        walk.close()
        stats = client_stats(client)
    assert [lead.uuid for lead in leads] == [f"lead-{n}" for n in range(7)]
    assert [(page.offset, len(page.items)) for page in pages] == [(0, 3), (3, 3), (6, 1)]
    assert stats.retries == 1 and stats.connection_errors == 1 and stats.responses_4xx == 1


def test_a_script_that_never_closes_its_client_still_exits(emulator: Emulator) -> None:
    code = (
        "from getsales_client.api.user_team import get_current_user\n"
        "from getsales_extras import create_sync_client\n"
        "client = create_sync_client()\n"
        "print(get_current_user.sync(client=client).email)\n"
    )
    assert "@" in run_script(emulator, "-c", code)


def test_with_options_on_a_sync_client_shares_its_loop_and_leaves_it_unchanged() -> None:
    def unavailable(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503, json=envelope(503, "unavailable", "Busy"))

    server = RecordingTransport(unavailable)
    client = create_sync_client(
        fresh_key(), base_url="http://api.test", transport=server, retry=FAST_RETRY
    )
    built = client.get_httpx_client()
    quick = client.with_options(timeout=0.5, max_retries=0, headers={"X-Trace": "t-2"})
    with quick:  # closing the copy leaves the original (and its loop) running
        with pytest.raises(ServerError):
            get_current_user.sync(client=quick)
    with client:
        with pytest.raises(ServerError):
            get_current_user.sync(client=client)
    assert [sent.headers.get("X-Trace") for sent in server.sent] == ["t-2", None, None, None]
    assert built.timeout == httpx.Timeout(30.0)
    assert quick.get_httpx_client().timeout == httpx.Timeout(0.5)
    assert client_stats(client).requests == 4  # the copy counts into the original's numbers
    with pytest.raises(RuntimeError, match="closed"):
        get_current_user.sync(client=client)


def test_create_sync_client_shows_create_clients_parameters() -> None:
    import inspect

    from getsales_extras import SyncGetSalesClient, create_client, create_sync_client

    shown = inspect.signature(create_sync_client)
    assert shown.parameters == inspect.signature(create_client).parameters
    assert shown.return_annotation is SyncGetSalesClient


def test_closing_while_another_thread_waits_ends_its_call_with_a_typed_error() -> None:
    import asyncio
    import threading

    import httpx

    from getsales_extras import ClientClosedError, create_sync_client

    reached = threading.Event()

    class Stalled(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            reached.set()
            await asyncio.Event().wait()  # never answers
            raise AssertionError("unreachable")

    client = create_sync_client(
        api_key="k" * 20, base_url="http://api.test", transport=Stalled(), rate_limit=None
    )
    outcome: list[BaseException] = []

    def call() -> None:
        try:
            client.get_httpx_client().get("/x")
        except BaseException as exc:
            outcome.append(exc)

    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    assert reached.wait(10)
    client.close()
    worker.join(10)
    assert not worker.is_alive()
    assert len(outcome) == 1 and isinstance(outcome[0], ClientClosedError)


def test_closing_the_client_closes_a_walk_left_open_and_cancels_its_prefetch(
    caplog: pytest.LogCaptureFixture,
) -> None:
    import asyncio
    import gc

    cancelled: list[int] = []

    class FirstPageThenStall(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            offset = json.loads(request.content).get("offset", 0)
            if offset == 0:
                data = [{"uuid": f"lead-{n}"} for n in range(3)]
                return httpx.Response(200, json={"data": data, "total": 9, "has_more": True})
            try:
                await asyncio.Event().wait()  # the pages fetched ahead never arrive
            except asyncio.CancelledError:
                cancelled.append(offset)
                raise
            raise AssertionError("unreachable")

    client = create_sync_client(
        fresh_key(), base_url="http://api.test", transport=FirstPageThenStall(), rate_limit=None
    )
    walk = paginate_sync(search_leads, client=client, body=SearchLeadsBody(), page_size=3)
    assert next(walk).uuid == "lead-0"
    client.close()  # the walk is still held, never closed by the caller
    gc.collect()
    assert sorted(cancelled) == [3, 6]
    assert "Task was destroyed" not in caplog.text
