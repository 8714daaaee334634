"""A budget shared through Redis: several processes, one window, and what happens without Redis.

These tests run a real ``redis-server`` (``tests.fixtures_redis``) and the emulator, which
enforces its own rolling window and counts every 429 and every request body it received. The
multi-process tests start worker processes that run this module as a script (see
``_worker_main`` at the bottom), so each has its own interpreter and its own in-process
limiter: only Redis connects them. Windows are scaled down (a few seconds) to stay fast.
"""

from __future__ import annotations

import asyncio
import json
import logging
import math
import os
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import anyio
import pytest

from getsales_client.api.lists import create_list, get_list
from getsales_client.api.user_team import get_current_user
from getsales_client.models.create_list_body import CreateListBody
from getsales_extras import (
    ConfigurationError,
    GetSalesError,
    NotFoundError,
    RateLimit,
    RateLimitBackendError,
    RedisBudget,
    RetryPolicy,
    create_client,
)
from getsales_extras.shared_budget import (
    QUIET_AFTER_FAILURE,
    RedisWindow,
    budget_identity,
)
from getsales_extras.testing import Emulator, ManualClock, busiest_window
from tests.fixtures_emulator import EmulatorFactory
from tests.fixtures_redis import RedisFactory, RedisServer

pytestmark = [pytest.mark.redis]

REPO_ROOT = Path(__file__).resolve().parent.parent
LISTS = "/leads/api/lists"


def _redis_contents(server: RedisServer) -> dict[str, list[str]]:
    """Every key in the server, with the entries of the list it holds."""
    import redis

    client = redis.Redis(host="127.0.0.1", port=server.port, decode_responses=True)
    try:
        return {
            str(key): [str(entry) for entry in client.lrange(key, 0, -1)]
            for key in client.scan_iter(count=1000)
        }
    finally:
        client.close()


def _redis_contents_keys(server: RedisServer) -> set[str]:
    import redis

    client = redis.Redis(host="127.0.0.1", port=server.port, decode_responses=True)
    try:
        return {str(key) for key in client.scan_iter(count=1000)}
    finally:
        client.close()


# ---------------------------------------------------------------------------------------------
# The value object


def test_redis_budget_validates_and_never_shows_its_password() -> None:
    budget = RedisBudget("redis://:s3cret-pass@cache.internal/2", timeout=0.2)
    rate = RateLimit(300, 60.0, shared=budget)
    for text in (repr(budget), repr(rate), str(rate), budget.location):
        assert "s3cret-pass" not in text
    assert budget.location == "redis://cache.internal:6379/2"
    assert RedisBudget("unix:///run/redis.sock?db=1").location == "unix:///run/redis.sock"
    assert rate == RateLimit(
        300, 60.0, shared=RedisBudget("redis://:s3cret-pass@cache.internal/2", timeout=0.2)
    )
    with pytest.raises(ValueError, match="processes"):
        RedisBudget("redis://h:1/0", on_error="degrade")
    with pytest.raises(ValueError, match="redis://"):
        RedisBudget("http://h:1/0")
    with pytest.raises(ValueError, match="timeout"):
        RedisBudget("redis://h:1/0", timeout=0)
    with pytest.raises(ValueError, match="exceed"):
        RateLimit(3, 1.0, shared=RedisBudget("redis://h:1/0", on_error="degrade", processes=4))
    assert RedisBudget("redis://h:1/0", on_error="degrade", processes=4).share_of(300) == 75


def test_importing_the_sdk_does_not_import_redis() -> None:
    code = (
        "import sys, getsales_extras\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('redis', 'limits')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=REPO_ROOT
    )
    assert out.stdout.strip() == "[]"


def test_a_missing_redis_extra_is_a_configuration_error(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in [name for name in sys.modules if name.split(".")[0] == "redis"] + ["redis"]:
        monkeypatch.setitem(sys.modules, name, None)  # as if never installed
    rate = RateLimit(10, 1.0, shared=RedisBudget("redis://127.0.0.1:1/0"))
    with pytest.raises(ConfigurationError, match=r'pip install "getsales\[redis\]"'):
        create_client("key-without-redis", base_url="http://127.0.0.1:1", rate_limit=rate)


# ---------------------------------------------------------------------------------------------
# One process against a real Redis


@pytest.mark.anyio
async def test_the_window_lives_under_a_digest_never_under_the_key(
    emulator_factory: EmulatorFactory, redis_server: RedisServer
) -> None:
    secret = "gs-live-7Qm2xV9pL4"
    emulator = emulator_factory(api_key=secret)
    rate = RateLimit(50, 5.0, shared=RedisBudget(redis_server.url))
    async with create_client(secret, base_url=emulator.base_url, rate_limit=rate) as client:
        for _ in range(3):
            assert (await get_current_user.asyncio_detailed(client=client)).status_code == 200
        assert secret not in repr(client.transport)
    contents = _redis_contents(redis_server)
    digest = budget_identity(secret, emulator.base_url)
    ours = [key for key in contents if digest in key]
    assert len(ours) == 1 and ours[0].startswith("getsales:")
    assert len(contents[ours[0]]) == 3  # one entry per request sent
    for key, entries in contents.items():
        assert secret not in key
        assert not [entry for entry in entries if secret in entry]


@pytest.mark.anyio
async def test_slots_are_held_to_the_millisecond_not_to_the_second(
    redis_server: RedisServer,
) -> None:
    import redis

    hold = 0.55  # 5 per 0.5 s with a 50 ms allowance: whole seconds would make it 1 s
    identity = uuid.uuid4().hex
    window = RedisWindow(RedisBudget(redis_server.url), requests=5, hold=0.55, identity=identity)
    began = time.monotonic()
    for _ in range(5):
        assert await window.admit(patience=0.0, retrying=False) is None
    # The sixth is refused (patience 0) with the wait the server computed from its clock:
    # the first slot's time plus 550 ms, less what has passed since.
    wait = await window.admit(patience=0.0, retrying=False)
    elapsed = time.monotonic() - began
    assert wait is not None
    assert hold - elapsed - 0.002 <= wait <= hold

    client = redis.Redis(host="127.0.0.1", port=redis_server.port, decode_responses=True)
    try:
        key = f"getsales:budget:{identity}"
        assert 0 < int(client.pttl(key)) <= 550  # an idle window removes itself after 550 ms
        first = int(client.lrange(key, 0, -1)[-1])  # ms on Redis's clock, newest first
        assert await window.admit(patience=None, retrying=False) is None  # waits it out
        sixth = int(client.lrange(key, 0, 0)[0])
    finally:
        client.close()
    # The sixth slot was taken no sooner than 550 ms after the first, by Redis's own clock,
    # and well before the full second that whole-second rounding would impose.
    assert 550 <= sixth - first < 1000


@pytest.mark.anyio
async def test_errors_and_retries_work_through_the_shared_budget(
    emulator: Emulator, redis_server: RedisServer
) -> None:
    rate = RateLimit(50, 5.0, shared=RedisBudget(redis_server.url))
    retry = RetryPolicy(initial_backoff=0.01, max_backoff=0.02)
    emulator.fail_next("status", "/id/api/users/current", status=503)
    async with create_client(
        emulator.api_key, base_url=emulator.base_url, rate_limit=rate, retry=retry
    ) as client:
        response = await get_current_user.asyncio_detailed(client=client)
        assert response.status_code == 200  # the 503 was retried
        with pytest.raises(NotFoundError):
            await get_list.asyncio_detailed(uuid.UUID(int=12345), client=client)
    assert emulator.stats.total_requests == 3


# ---------------------------------------------------------------------------------------------
# Redis goes away in the middle of a run


@dataclass
class _Run:
    outcomes: dict[str, BaseException | None]
    killed_at: float


async def _create_lists_and_kill_redis(
    emu: Emulator, server: RedisServer, rate: RateLimit, *, calls: int, kill_after: int
) -> _Run:
    """Create ``calls`` lists concurrently; kill Redis once ``kill_after`` have succeeded."""
    outcomes: dict[str, BaseException | None] = {}
    killed_at = 0.0
    done = 0
    async with create_client(emu.api_key, base_url=emu.base_url, rate_limit=rate) as client:

        async def create(name: str) -> None:
            nonlocal done, killed_at
            try:
                response = await create_list.asyncio_detailed(
                    client=client, body=CreateListBody(name=name)
                )
            except GetSalesError as exc:
                outcomes[name] = exc
                return
            assert response.status_code == 201
            outcomes[name] = None
            done += 1
            if done == kill_after:
                server.kill()
                killed_at = time.monotonic()

        async with anyio.create_task_group() as tg:
            for index in range(calls):
                tg.start_soon(create, f"list-{index:03d}")
    return _Run(outcomes, killed_at)


def _assert_each_input_sent_once_or_not_at_all(emu: Emulator, run: _Run) -> None:
    for name, outcome in run.outcomes.items():
        sent = emu.stats.times_admitted("POST", LISTS, {"name": name})
        if outcome is None:
            assert sent == 1, f"{name} succeeded but reached the server {sent} times"
        else:
            assert isinstance(outcome, RateLimitBackendError), repr(outcome)
            assert sent == 0, f"{name} raised 'not sent' but reached the server"
    assert emu.stats.duplicate_payloads() == {}
    assert emu.stats.total_requests == sum(o is None for o in run.outcomes.values())


@pytest.mark.anyio
async def test_redis_killed_mid_run_fails_closed_and_loses_nothing(
    emulator_factory: EmulatorFactory, redis_server_factory: RedisFactory
) -> None:
    emu = emulator_factory(rate_limit_requests=20, rate_limit_period=2.0)
    password = "redis-pw-5Xk3"
    server = redis_server_factory(password=password)
    rate = RateLimit(20, 2.0, shared=RedisBudget(server.url, timeout=0.5))
    run = await _create_lists_and_kill_redis(emu, server, rate, calls=30, kill_after=6)
    failed = [o for o in run.outcomes.values() if o is not None]
    assert len(run.outcomes) == 30
    assert 6 <= 30 - len(failed) < 30, "Redis must die mid-run"
    _assert_each_input_sent_once_or_not_at_all(emu, run)
    assert all("was not sent" in str(error) for error in failed)
    for text in [str(error) for error in failed] + [repr(error) for error in failed]:
        assert password not in text and emu.api_key not in text


@pytest.mark.anyio
async def test_redis_killed_mid_run_degrades_to_the_process_share(
    emulator_factory: EmulatorFactory,
    redis_server_factory: RedisFactory,
    caplog: pytest.LogCaptureFixture,
) -> None:
    requests, period, processes = 20, 2.0, 2
    share = requests // processes
    emu = emulator_factory(rate_limit_requests=requests, rate_limit_period=period)
    server = redis_server_factory()
    budget = RedisBudget(server.url, on_error="degrade", processes=processes, timeout=0.5)
    with caplog.at_level(logging.WARNING, logger="getsales"):
        run = await _create_lists_and_kill_redis(
            emu, server, RateLimit(requests, period, shared=budget), calls=20, kill_after=6
        )
    assert all(outcome is None for outcome in run.outcomes.values())
    _assert_each_input_sent_once_or_not_at_all(emu, run)
    after = [t for t in emu.stats.admitted_times if t > run.killed_at + 0.05]
    assert len(after) >= 20 - 6 - 2
    assert busiest_window(after, period) <= share
    outage = [r for r in caplog.records if "does not answer" in r.getMessage()]
    assert len(outage) == 1, "one warning per outage"
    assert f"share of {share} requests" in outage[0].getMessage()


@pytest.mark.anyio
async def test_degraded_processes_go_back_to_redis_when_it_answers(
    emulator: Emulator,
    redis_server_factory: RedisFactory,
    caplog: pytest.LogCaptureFixture,
) -> None:
    password = "redis-pw-Hn82"
    server = redis_server_factory(password=password)
    budget = RedisBudget(server.url, on_error="degrade", processes=4, timeout=0.2)
    rate = RateLimit(20, 2.0, shared=budget)
    digest = budget_identity(emulator.api_key, emulator.base_url)

    def entries_in_redis() -> int:
        import redis

        client = redis.Redis(host="127.0.0.1", port=server.port, password=password)
        try:
            return sum(int(client.llen(key)) for key in client.scan_iter(f"*{digest}*"))
        finally:
            client.close()

    with caplog.at_level(logging.INFO, logger="getsales"):
        async with create_client(
            emulator.api_key, base_url=emulator.base_url, rate_limit=rate
        ) as client:
            assert (await get_current_user.asyncio_detailed(client=client)).status_code == 200
            server.freeze()
            try:
                for _ in range(3):  # within the share of 5: sent without Redis
                    response = await get_current_user.asyncio_detailed(client=client)
                    assert response.status_code == 200
            finally:
                server.thaw()
            await anyio.sleep(QUIET_AFTER_FAILURE + 0.1)
            # The hit that timed out may still have been counted once Redis woke: on the
            # safe side. The three requests sent without Redis are not in it.
            before = entries_in_redis()
            assert before in (1, 2)
            assert (await get_current_user.asyncio_detailed(client=client)).status_code == 200
            assert entries_in_redis() == before + 1  # counted in Redis again
    messages = [record.getMessage() for record in caplog.records]
    assert len([m for m in messages if "does not answer" in m]) == 1
    assert len([m for m in messages if "is back" in m]) == 1
    assert not [m for m in messages if password in m or emulator.api_key in m]
    assert emulator.stats.total_requests == 5


@pytest.mark.anyio
async def test_a_frozen_redis_times_out_then_recovers(
    emulator: Emulator, redis_server_factory: RedisFactory
) -> None:
    server = redis_server_factory()
    rate = RateLimit(50, 5.0, shared=RedisBudget(server.url, timeout=0.3))
    async with create_client(emulator.api_key, base_url=emulator.base_url, rate_limit=rate) as c:
        assert (await get_current_user.asyncio_detailed(client=c)).status_code == 200
        server.freeze()
        began = time.monotonic()
        try:
            with pytest.raises(RateLimitBackendError, match="was not sent") as raised:
                await get_current_user.asyncio_detailed(client=c)
            assert time.monotonic() - began < 2.0
            assert raised.value.store == server.url
            assert f"{server.url} does not answer" in str(raised.value)
            # Within the quiet interval the next request fails at once, without asking Redis.
            began = time.monotonic()
            with pytest.raises(RateLimitBackendError):
                await get_current_user.asyncio_detailed(client=c)
            assert time.monotonic() - began < 0.2
        finally:
            server.thaw()
        await anyio.sleep(QUIET_AFTER_FAILURE + 0.1)  # then Redis is asked again
        assert (await get_current_user.asyncio_detailed(client=c)).status_code == 200
    assert emulator.stats.total_requests == 2


# ---------------------------------------------------------------------------------------------
# Outages and 429s seen by one process reach the others


@pytest.mark.anyio
async def test_degraded_shares_start_as_full_as_the_shared_window_was(
    redis_server_factory: RedisFactory,
) -> None:
    server = redis_server_factory()
    budget = RedisBudget(server.url, on_error="degrade", processes=2, timeout=0.3)
    clock = ManualClock()
    identity = uuid.uuid4().hex
    # Two processes of one key: each its own window object, one window in Redis.
    one, two = (
        RedisWindow(budget, requests=20, hold=2.05, identity=identity, clock=clock)
        for _ in range(2)
    )
    for _ in range(10):
        assert await one.admit(patience=0.0, retrying=False) is None
        assert await two.admit(patience=0.0, retrying=False) is None
    assert await one.admit(patience=0.0, retrying=False) is not None  # 20 of 20 used
    server.kill()
    clock.advance(0.5)
    # Redis is gone while its window is full: the server still counts those 20, so neither
    # process may send until they have left the window (each share would otherwise add 10).
    waits = [await window.admit(patience=0.0, retrying=False) for window in (one, two)]
    assert all(wait is not None and wait > 1.5 for wait in waits), waits
    clock.advance(2.05)
    for window in (one, two):
        admitted = [await window.admit(patience=0.0, retrying=False) for _ in range(11)]
        assert admitted.count(None) == 10  # then each keeps to its share of 20 // 2


@pytest.mark.anyio
async def test_a_429_seen_by_one_process_pauses_every_process_of_the_key(
    redis_server: RedisServer,
) -> None:
    import httpx

    from getsales_extras.ratelimit import RollingWindowLimiter
    from getsales_extras.transport import GetSalesTransport
    from tests.test_transport_fakes import RawRequest, http_answer, raw_server

    arrivals: list[float] = []

    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        arrivals.append(time.monotonic())
        if len(arrivals) == 1:
            writer.write(http_answer(429, b"{}", Retry_After="0.6"))
        else:
            writer.write(http_answer(200, b'{"uuid": "u"}'))

    budget = RedisBudget(redis_server.url)
    identity = uuid.uuid4().hex
    rate = RateLimit(50, 1.0)

    published = asyncio.Event()

    class Announcing(RollingWindowLimiter):
        async def pause(self, seconds: float, *, refuse: bool = False) -> float:
            end = await super().pause(seconds, refuse=refuse)
            published.set()
            return end

    def process_client(url: str, kind: type[RollingWindowLimiter]) -> httpx.AsyncClient:
        """A client as another process would have it: its own limiter, the shared window."""
        window = RedisWindow(budget, requests=50, hold=1.05, identity=identity)
        limiter = kind(rate, shared=window)
        return httpx.AsyncClient(
            base_url=url, transport=GetSalesTransport(httpx.AsyncHTTPTransport(), limiter=limiter)
        )

    async with raw_server(handler) as (url, _seen):
        async with (
            process_client(url, Announcing) as first,
            process_client(url, RollingWindowLimiter) as second,
        ):
            hit = asyncio.create_task(first.get("/id/api/users/current"))
            await published.wait()  # the first process got its 429 and told Redis
            assert f"getsales:pause:{identity}" in _redis_contents_keys(redis_server)
            other = await second.get("/id/api/users/current")
            assert other.status_code == 200 and (await hit).status_code == 200
    assert len(arrivals) == 3
    # The second process sent nothing until the pause the first one was told about ended.
    assert min(arrivals[1:]) - arrivals[0] >= 0.55


# ---------------------------------------------------------------------------------------------
# Four processes, one key, one Redis


@dataclass
class _WorkerResult:
    ok: int
    statuses: dict[str, int]
    errors: list[str]


def _run_workers(
    emu: Emulator,
    *,
    processes: int,
    calls: int,
    requests: int,
    period: float,
    redis_url: str | None,
    stop_after: float | None = None,
) -> list[_WorkerResult]:
    """Start the workers, let them all begin at once, collect what each reports."""
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    command = [
        sys.executable,
        "-m",
        "tests.test_shared_budget",
        emu.base_url,
        str(requests),
        str(period),
        str(calls),
        redis_url or "-",
        str(stop_after) if stop_after is not None else "-",
    ]
    workers = [
        subprocess.Popen(
            command,
            cwd=REPO_ROOT,
            env={**env, "GETSALES_API_KEY": emu.api_key},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(processes)
    ]
    try:
        for worker in workers:
            assert worker.stdout is not None
            assert worker.stdout.readline().strip() == "ready"
        for worker in workers:
            assert worker.stdin is not None
            worker.stdin.write("go\n")
            worker.stdin.flush()
        results = []
        for worker in workers:
            out, _ = worker.communicate(timeout=60)
            assert worker.returncode == 0
            results.append(_WorkerResult(**json.loads(out.strip().splitlines()[-1])))
        return results
    finally:
        for worker in workers:
            if worker.poll() is None:
                worker.kill()
                worker.wait()


def sustained_fraction(times: Sequence[float], requests: int, period: float) -> float:
    """The rate a saturated window sustained, as a fraction of ``requests / period``.

    Once the window is full, the k-th admission can only use the slot the (k - requests)-th
    one frees: the mean distance between the two is how long a slot takes to come round.
    """
    ordered = sorted(times)
    cycles = [ordered[k] - ordered[k - requests] for k in range(requests, len(ordered))]
    return period / (sum(cycles) / len(cycles))


# 40 requests per 4 s, the 60 s budget scaled down: the shared window holds each slot 4.1 s
# (period plus latency allowance), so the best it can sustain is 97.6%. The allowance covers
# the time from a slot's admission to the request's arrival. Six processes on two cores can
# delay that by more than the default 50 ms; unlike the clock, such delays do not scale down.
MP_REQUESTS, MP_PERIOD, MP_PROCESSES, MP_ALLOWANCE = 40, 4.0, 4, 0.1


@pytest.mark.slow
def test_four_processes_share_one_budget_without_a_429(
    emulator_factory: EmulatorFactory, redis_server: RedisServer
) -> None:
    emu = emulator_factory(rate_limit_requests=MP_REQUESTS, rate_limit_period=MP_PERIOD)
    calls = 25  # 100 in all: two and a half windows' worth, each process asking 4x its share
    results = _run_workers(
        emu,
        processes=MP_PROCESSES,
        calls=calls,
        requests=MP_REQUESTS,
        period=MP_PERIOD,
        redis_url=redis_server.url,
    )
    assert [r.ok for r in results] == [calls] * MP_PROCESSES, results
    assert emu.stats.rate_limited == 0
    times = emu.stats.admitted_times
    assert busiest_window(times, MP_PERIOD) <= MP_REQUESTS
    achieved = sustained_fraction(times, MP_REQUESTS, MP_PERIOD)
    assert achieved >= 0.95, f"sustained {achieved:.1%} of the allowed rate"


@pytest.mark.slow
def test_four_processes_without_the_shared_budget_hit_429s(
    emulator_factory: EmulatorFactory,
) -> None:
    emu = emulator_factory(rate_limit_requests=MP_REQUESTS, rate_limit_period=MP_PERIOD)
    results = _run_workers(
        emu,
        processes=MP_PROCESSES,
        calls=25,
        requests=MP_REQUESTS,
        period=MP_PERIOD,
        redis_url=None,
        stop_after=3.0,  # the 429s come at once; waiting them out proves nothing more
    )
    assert emu.stats.rate_limited > 0  # each process alone thought it had the whole budget
    assert emu.stats.max_received_in_window(MP_PERIOD) > MP_REQUESTS
    assert sum(r.ok for r in results) <= MP_REQUESTS


# ---------------------------------------------------------------------------------------------
# The worker: python -m tests.test_shared_budget BASE_URL REQUESTS PERIOD CALLS REDIS|- STOP|-


async def _worker(
    base_url: str, rate: RateLimit, calls: int, stop_after: float | None
) -> dict[str, Any]:
    statuses: Counter[str] = Counter()
    errors: list[str] = []
    async with create_client(base_url=base_url, rate_limit=rate) as client:

        async def one() -> None:
            try:
                response = await get_current_user.asyncio_detailed(client=client)
            except GetSalesError as exc:
                errors.append(repr(exc))
            else:
                statuses[str(int(response.status_code))] += 1

        with anyio.move_on_after(stop_after if stop_after is not None else math.inf):
            await asyncio.gather(*(one() for _ in range(calls)))
    return {"ok": statuses["200"], "statuses": dict(statuses), "errors": errors}


def _worker_main(argv: Sequence[str]) -> int:
    base_url, requests, period, calls, redis_url, stop_after = argv
    shared = RedisBudget(redis_url) if redis_url != "-" else None
    rate = RateLimit(int(requests), float(period), latency_allowance=MP_ALLOWANCE, shared=shared)
    print("ready", flush=True)
    sys.stdin.readline()
    stop = float(stop_after) if stop_after != "-" else None
    result = asyncio.run(_worker(base_url, rate, int(calls), stop))
    print(json.dumps(result), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(_worker_main(sys.argv[1:]))
