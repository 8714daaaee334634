"""Counters, hooks, log lines, User-Agent and version: what an operator can watch."""

from __future__ import annotations

import logging
import tomllib
from functools import partial
from pathlib import Path
from typing import Any

import anyio
import httpx
import pytest

import getsales_extras
from getsales_client.api.user_team import get_current_user, list_teams
from getsales_extras import (
    ClientStats,
    Hooks,
    RateLimit,
    RateLimitWaitEvent,
    RequestEvent,
    ResponseEvent,
    RetryEvent,
    RetryPolicy,
    client_stats,
    create_client,
)
from getsales_extras.client import USER_AGENT
from tests.fixtures_emulator import EmulatorFactory
from tests.test_transport_fakes import FAST_RETRY, RecordingTransport, envelope, fresh_key

ROOT = Path(__file__).resolve().parent.parent
QUICK = RetryPolicy(initial_backoff=0.05, max_backoff=0.2, jitter=0.0)


class Recorded:
    """Every hook event, by kind."""

    def __init__(self) -> None:
        self.requests: list[RequestEvent] = []
        self.responses: list[ResponseEvent] = []
        self.retries: list[RetryEvent] = []
        self.waits: list[RateLimitWaitEvent] = []

    def hooks(self) -> Hooks:
        return Hooks(
            on_request=self.requests.append,
            on_response=self.responses.append,
            on_retry=self.retries.append,
            on_rate_limit_wait=self.waits.append,
        )


@pytest.mark.anyio
async def test_429s_retries_and_pauses_are_counted_as_the_server_saw_them(
    emulator_factory: EmulatorFactory,
) -> None:
    emu = emulator_factory(rate_limit_requests=None)
    emu.fail_next("rate_limit", "/id/api/users/current", count=2)
    emu.fail_next("status", "/id/api/teams", status=502)
    recorded = Recorded()
    async with create_client(
        emu.api_key,
        base_url=emu.base_url,
        # A window so short that neither it nor the spacing after a pause (0.1 ms) ever holds
        # a request back: only the pauses that follow the 429s do.
        rate_limit=RateLimit(100, 0.01, burst=100),
        retry=QUICK,
        hooks=recorded.hooks(),
    ) as client:
        calls = 0
        for _ in range(5):
            await get_current_user.asyncio(client=client)
            calls += 1
        await list_teams.asyncio(client=client)
        calls += 1
        stats = client_stats(client)

    server = emu.stats
    assert stats.requests == server.total_requests == calls + 3
    assert stats.rate_limited == server.rate_limited == 2
    assert stats.responses_5xx == server.statuses[502] == 1
    assert stats.responses_2xx == server.statuses[200] == calls
    assert stats.responses_4xx == 2
    assert stats.retries == server.total_requests - calls == 3
    # Each 429 paused the key; the retry after it is what the limiter held back.
    assert stats.limiter_waits == 2
    assert stats.limiter_wait_seconds == pytest.approx(sum(w.seconds for w in recorded.waits))
    assert stats.limiter_wait_max >= 0.05  # at least the first backoff
    assert stats.bytes_received > 0 and stats.bytes_sent == 0  # GETs have no body
    assert (stats.window_size, stats.connection_errors) == (100, 0)

    # The hooks saw the same events, in the order the server did.
    assert len(recorded.requests) == len(recorded.responses) == server.total_requests
    assert [e.status for e in recorded.responses] == server.status_log
    assert [(e.path, e.attempt) for e in recorded.requests][:3] == [
        ("/id/api/users/current", 1),
        ("/id/api/users/current", 2),
        ("/id/api/users/current", 3),
    ]
    assert [(e.reason, e.attempt, e.operation) for e in recorded.retries] == [
        ("429", 1, "get_current_user"),
        ("429", 2, "get_current_user"),
        ("502", 1, "list_teams"),
    ]
    assert [(w.path, w.attempt) for w in recorded.waits] == [
        ("/id/api/users/current", 2),
        ("/id/api/users/current", 3),
    ]


@pytest.mark.anyio
async def test_requests_held_back_by_a_full_window_are_counted_exactly(
    emulator_factory: EmulatorFactory,
) -> None:
    requests, period, calls = 10, 2.0, 15
    emu = emulator_factory(rate_limit_requests=requests, rate_limit_period=period)
    recorded = Recorded()
    async with create_client(
        emu.api_key,
        base_url=emu.base_url,
        rate_limit=RateLimit(requests, period, burst=requests),
        hooks=recorded.hooks(),
    ) as client:
        async with anyio.create_task_group() as tg:
            for _ in range(calls):
                tg.start_soon(partial(get_current_user.asyncio, client=client))
        stats = client_stats(client)

    times = sorted(emu.stats.admitted_times)
    after_the_first_window = sum(1 for t in times if t >= times[0] + period)
    assert emu.stats.rate_limited == 0 and stats.rate_limited == 0
    # The first 10 went at once; the other 5 waited for the window, and the server saw
    # exactly those 5 arrive a period later.
    assert stats.limiter_waits == len(recorded.waits) == after_the_first_window == 5
    assert min(w.seconds for w in recorded.waits) >= period * 0.9
    assert stats.limiter_wait_p50 == 0.0  # most requests did not wait at all
    assert stats.limiter_wait_max >= period * 0.9
    assert stats.requests == emu.stats.total_requests == calls
    assert stats.retries == 0


@pytest.mark.anyio
async def test_info_lines_for_retries_and_long_waits_only_and_never_a_query_string(
    caplog: pytest.LogCaptureFixture,
) -> None:
    answers = iter(
        [
            httpx.Response(503, json=envelope(503, "unavailable", "Busy")),
            httpx.Response(200, json={"uuid": "u1"}),
            httpx.Response(429, headers={"Retry-After": "1.5"}, json={"message": "slow"}),
            httpx.Response(200, json={"uuid": "u1"}),
            httpx.Response(200, json={"uuid": "u1"}),
        ]
    )
    server = RecordingTransport(lambda request: next(answers))
    caplog.set_level(logging.INFO, logger="getsales")
    key = fresh_key()
    async with create_client(
        key, base_url="http://api.test", transport=server, retry=FAST_RETRY
    ) as client:
        with_query = client.get_async_httpx_client()
        await with_query.get("/leads/api/leads/abc", params={"email": "secret@example.com"})
        await get_current_user.asyncio(client=client)
        await get_current_user.asyncio(client=client)  # no retry, no wait: no INFO line
    lines = [r.getMessage() for r in caplog.records if r.levelno == logging.INFO]
    assert len(lines) == 3, lines
    assert lines[0].startswith("GET /leads/api/leads/abc: 503; retry 1 of 2 in ")
    assert lines[1] == "GET /id/api/users/current: 429; sending again in 1.50 s"
    assert lines[2].startswith("GET /id/api/users/current: waited 1.")
    assert lines[2].endswith("s for the rate limiter")
    everything = caplog.text
    assert "secret@example.com" not in everything and key not in everything
    assert "authorization" not in everything.lower()


@pytest.mark.anyio
async def test_a_hook_that_raises_does_not_fail_the_request(
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(event: Any) -> None:
        raise RuntimeError("exporter down")

    server = RecordingTransport(lambda request: httpx.Response(200, json={"uuid": "u1"}))
    hooks = Hooks(on_request=broken, on_response=broken)
    async with create_client(
        fresh_key(), base_url="http://api.test", transport=server, hooks=hooks
    ) as client:
        user = await get_current_user.asyncio(client=client)
    assert user.uuid == "u1"
    assert "a getsales hook raised" in caplog.text


@pytest.mark.anyio
async def test_stats_are_per_client_and_shared_with_its_with_options_copies() -> None:
    server = RecordingTransport(lambda request: httpx.Response(200, json={"uuid": "u1"}))
    key = fresh_key()
    first = create_client(key, base_url="http://api.test", transport=server)
    second = create_client(key, base_url="http://api.test", transport=server)
    quick = first.with_options(timeout=1.0)
    async with first, second:
        await get_current_user.asyncio(client=first)
        await get_current_user.asyncio(client=quick)
        await get_current_user.asyncio(client=second)
    assert client_stats(first).requests == 2
    assert client_stats(second).requests == 1
    snapshot = client_stats(first)
    assert isinstance(snapshot, ClientStats)
    with pytest.raises(AttributeError):
        snapshot.requests = 0  # type: ignore[misc]  # a frozen snapshot


@pytest.mark.anyio
async def test_every_request_carries_the_sdk_user_agent_and_may_append_its_own() -> None:
    server = RecordingTransport(lambda request: httpx.Response(200, json={"uuid": "u1"}))
    plain = create_client(fresh_key(), base_url="http://api.test", transport=server)
    branded = create_client(
        fresh_key(), base_url="http://api.test", transport=server, headers={"user-agent": "app/2"}
    )
    async with plain, branded:
        await get_current_user.asyncio(client=plain)
        await get_current_user.asyncio(client=branded)
        await get_current_user.asyncio(client=plain.with_options(headers={"User-Agent": "job/1"}))
    agents = [sent.headers["User-Agent"] for sent in server.sent]
    version = getsales_extras.__version__
    assert agents[0] == USER_AGENT
    assert agents[0].startswith(f"getsales-python/{version} httpx/{httpx.__version__} python/3.")
    assert agents[1] == f"{USER_AGENT} app/2"
    assert agents[2] == f"{USER_AGENT} job/1"


@pytest.mark.anyio
async def test_requests_accept_only_codings_the_body_cap_can_bound(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # What httpx offers by default once brotli and zstandard are installed: the cap cannot see
    # how far those inflate before httpx has inflated them.
    monkeypatch.setattr(httpx._client, "ACCEPT_ENCODING", "gzip, deflate, br, zstd")
    server = RecordingTransport(lambda request: httpx.Response(200, json={"uuid": "u1"}))
    async with create_client(fresh_key(), base_url="http://api.test", transport=server) as client:
        await get_current_user.asyncio(client=client)
    assert server.sent[0].headers["Accept-Encoding"] == "gzip, deflate"


def test_the_version_is_the_package_version() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert getsales_extras.__version__ == project["version"]
    assert "__version__" in getsales_extras.__all__
