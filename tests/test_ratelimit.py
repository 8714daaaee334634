"""The rolling-window limiter: exact bounds, throughput, sharing, 429 pauses, fairness."""

from __future__ import annotations

import asyncio
import heapq
import random
import threading
import time

import httpx
import pytest

from getsales_extras import RateLimit, RetryPolicy
from getsales_extras.errors import ConfigurationError
from getsales_extras.ratelimit import (
    LimiterWaitTooLong,
    RollingWindowLimiter,
    clear_shared_limiters,
    shared_limiter,
)
from getsales_extras.testing import ManualClock, busiest_window
from tests.test_transport_fakes import (
    BASE_URL,
    RecordingTransport,
    fresh_key,
    wrapped_client,
)

# ---------------------------------------------------------------------------------------------
# The arithmetic: timestamps passed in, or an explicit clock.


def test_rate_limit_validation_and_defaults() -> None:
    assert RateLimit() == RateLimit(requests=300, period=60.0)
    assert RateLimit().burst_size == 30
    assert RateLimit(5, 1.0).burst_size == 1
    assert RateLimit(30, 3.0, burst=30).burst_size == 30
    assert RateLimit(30, 3.0).spacing == pytest.approx(0.1)
    for bad in [(0, 1.0), (5, 0.0), (5, float("inf"))]:
        with pytest.raises(ValueError):
            RateLimit(*bad)
    with pytest.raises(ValueError):
        RateLimit(5, 1.0, burst=6)


def test_a_slot_is_held_until_a_period_after_the_answer() -> None:
    limiter = RollingWindowLimiter(RateLimit(2, 10.0, latency_allowance=5.0))
    assert limiter.try_admit(0.0) is None
    assert limiter.try_admit(0.0) is None
    # Both in flight: nothing is known to expire, so look again one period later.
    assert limiter.try_admit(1.0) == 11.0
    limiter.finish(3.0, 0.0, counted=True)  # answered after a 3 s round trip
    assert limiter.try_admit(5.0) == 13.0  # not 10.0: the server may have counted it at 3.0
    assert limiter.try_admit(12.999) == 13.0
    assert limiter.try_admit(13.0) is None


def test_a_slow_answer_costs_its_slot_at_most_the_latency_allowance() -> None:
    rate = RateLimit(1, 10.0)  # default allowance: 1% of the period (at least 50 ms)
    assert rate.charged_latency == pytest.approx(0.1)
    limiter = RollingWindowLimiter(rate)
    assert limiter.try_admit(0.0) is None
    limiter.finish(4.0, 0.0, counted=True)  # a 4 s round trip is charged as 0.1 s
    assert limiter.try_admit(9.0) == pytest.approx(10.1)
    assert limiter.try_admit(10.1) is None
    assert RateLimit(30, 3.0).charged_latency == pytest.approx(0.05)


def test_a_request_that_never_left_frees_its_slot_at_once() -> None:
    limiter = RollingWindowLimiter(RateLimit(1, 10.0))
    assert limiter.try_admit(0.0) is None
    limiter.finish(0.5, 0.0, counted=False)
    assert limiter.try_admit(0.5) is None


def _simulate(rate: RateLimit, arrivals: list[float], seed: int) -> tuple[list[float], list[float]]:
    """Drive a limiter with random latencies; return (send times, server receipt times)."""
    rng = random.Random(seed)
    limiter = RollingWindowLimiter(rate)
    events: list[tuple[float, int, str]] = []  # (time, order, kind)
    order = 0
    for t in arrivals:
        heapq.heappush(events, (t, order, "try"))
        order += 1
    sends: list[float] = []
    receipts: list[float] = []
    sent_at: dict[int, float] = {}
    while events:
        now, key, kind = heapq.heappop(events)
        if kind == "done":
            limiter.finish(now, sent_at.pop(key), counted=True)
            continue
        retry_at = limiter.try_admit(now)
        if retry_at is not None:
            heapq.heappush(events, (retry_at, order, "try"))
        else:
            # Round trips up to 40% of the period; the server counts the request within the
            # latency allowance of its send (the assumption the limiter documents).
            latency = rng.uniform(0.0, 0.4 * rate.period)
            sends.append(now)
            receipts.append(now + rng.uniform(0.0, min(latency, rate.charged_latency)))
            sent_at[order] = now
            heapq.heappush(events, (now + latency, order, "done"))
        order += 1
    return sends, receipts


@pytest.mark.parametrize("seed", range(5))
def test_no_rolling_window_ever_holds_more_than_the_limit(seed: int) -> None:
    """Exact bound, seen at send time and at any moment the server may count the request."""
    rate = RateLimit(20, 1.0, latency_allowance=0.05)
    rng = random.Random(seed)
    arrivals = sorted(rng.uniform(0.0, 5.0) for _ in range(400))
    sends, receipts = _simulate(rate, arrivals, seed)
    assert len(sends) == 400
    assert busiest_window(sends, rate.period) <= rate.requests
    assert busiest_window(receipts, rate.period) <= rate.requests
    # and the window is really used: it fills up, not some fraction of it
    assert busiest_window(sends, rate.period) == rate.requests


@pytest.mark.anyio
async def test_a_429_pauses_everyone_and_consecutive_episodes_are_counted() -> None:
    clock = ManualClock(start=0.0)
    limiter = RollingWindowLimiter(RateLimit(10, 1.0), clock=clock)
    assert limiter.try_admit(0.0) is None
    assert limiter.try_admit(0.0) is None
    assert limiter.record_rejection(0.1, 0.0) == 0  # the first episode: no 429 just before it
    clock.advance(0.1)
    assert await limiter.pause(0.5) == 0.6
    assert limiter.try_admit(0.3) == pytest.approx(0.6)
    # the other request of the same burst is rejected too: same episode
    assert limiter.record_rejection(0.2, 0.0) is None
    # a shorter pause does not cut the one in force short
    clock.advance(0.1)
    assert await limiter.pause(0.2) == 0.6
    # a request sent after the pause began and rejected again: the second episode
    assert limiter.try_admit(0.6) is None
    assert limiter.record_rejection(0.7, 0.6) == 1
    # a success of a request sent after the pause began ends the run of episodes
    clock.advance(0.5)
    assert await limiter.pause(3.1) == pytest.approx(3.8)
    assert limiter.try_admit(3.8) is None
    limiter.record_success(3.8)
    assert limiter.record_rejection(4.0, 3.9) == 0


@pytest.mark.anyio
async def test_after_a_pause_requests_come_back_at_the_steady_pace() -> None:
    rate = RateLimit(10, 1.0)  # steady pace: one per 0.1 s
    limiter = RollingWindowLimiter(rate, clock=ManualClock(start=0.0))
    assert await limiter.pause(0.5) == 0.5
    admitted: list[float] = []
    now = 0.5
    while len(admitted) < 5:
        retry_at = limiter.try_admit(now)
        if retry_at is None:
            admitted.append(now)
        else:
            now = retry_at
    assert admitted == pytest.approx([0.5, 0.6, 0.7, 0.8, 0.9])
    # one period after the pause ended, bursts are allowed again
    for _ in range(5):
        assert limiter.try_admit(1.6) is None


# ---------------------------------------------------------------------------------------------
# The async limiter in real (scaled-down) time.


@pytest.mark.anyio
async def test_an_idle_client_gets_its_burst_at_once_then_the_steady_pace() -> None:
    limiter = RollingWindowLimiter(RateLimit(30, 1.5, burst=10))  # pace: one per 50 ms
    start = time.monotonic()
    for _ in range(10):
        (await limiter.acquire()).release()
    burst_done = time.monotonic()
    for _ in range(3):
        (await limiter.acquire()).release()
    paced_done = time.monotonic()
    assert burst_done - start < 0.04
    assert paced_done - burst_done >= 3 * 0.05 * 0.9


@pytest.mark.anyio
async def test_waiters_are_admitted_in_arrival_order_and_retries_go_first() -> None:
    limiter = RollingWindowLimiter(RateLimit(100, 1.0, burst=1))  # one per 10 ms
    order: list[str] = []

    async def take(name: str, priority: bool = False) -> None:
        permit = await limiter.acquire(priority=priority)
        order.append(name)
        permit.release()

    tasks = [asyncio.create_task(take(f"t{n}")) for n in range(8)]
    await asyncio.sleep(0)  # all eight are queued now
    tasks.append(asyncio.create_task(take("retry", priority=True)))
    await asyncio.gather(*tasks)
    assert [name for name in order if name != "retry"] == [f"t{n}" for n in range(8)]
    # t0 was admitted at once and t1 was already at the head, waiting for the pacer, when the
    # retry arrived; the retry went before the six still queued behind t1
    assert order.index("retry") == 2


@pytest.mark.anyio
async def test_a_cancelled_waiter_does_not_block_the_queue() -> None:
    limiter = RollingWindowLimiter(RateLimit(1, 0.3, burst=1))
    first = await limiter.acquire()
    first.release()
    stuck = asyncio.create_task(limiter.acquire())
    behind = asyncio.create_task(limiter.acquire())
    await asyncio.sleep(0.05)
    stuck.cancel()
    with pytest.raises(asyncio.CancelledError):
        await stuck
    permit = await asyncio.wait_for(behind, timeout=2.0)
    assert limiter.stats() == (1, 0)  # the first request's slot has expired meanwhile
    permit.release()
    assert limiter.stats() == (0, 1)


@pytest.mark.anyio
async def test_waits_beyond_the_deadline_or_pause_allowance_are_refused() -> None:
    paced = RollingWindowLimiter(RateLimit(1, 5.0, burst=1))
    (await paced.acquire()).release()
    started = time.monotonic()
    with pytest.raises(LimiterWaitTooLong) as caught:
        await paced.acquire(deadline=paced.clock() + 0.1)
    assert time.monotonic() - started < 1.0  # refused at the deadline, not after the wait
    assert not caught.value.paused

    paused = RollingWindowLimiter(RateLimit(10, 1.0, burst=10))
    (await paused.acquire()).release()
    end = await paused.pause(30.0)
    with pytest.raises(LimiterWaitTooLong) as caught:
        await paused.acquire(max_pause=10.0)
    assert caught.value.paused
    assert caught.value.until == end
    with pytest.raises(LimiterWaitTooLong) as caught:
        await paused.acquire(deadline=paused.clock() + 1.0)
    assert caught.value.paused
    refused = RollingWindowLimiter(RateLimit(10, 1.0, burst=10))
    await refused.pause(0.5, refuse=True)  # the server asked for more than callers wait
    with pytest.raises(LimiterWaitTooLong) as caught:
        await refused.acquire()
    assert caught.value.paused


def test_one_budget_across_event_loops() -> None:
    """Successive asyncio.run calls (a CLI, a notebook) share the budget and do not break."""
    limiter = RollingWindowLimiter(RateLimit(3, 0.4, burst=3))

    async def take(count: int) -> float:
        start = time.monotonic()
        for _ in range(count):
            (await limiter.acquire()).release()
        return time.monotonic() - start

    assert asyncio.run(take(3)) < 0.1
    assert asyncio.run(take(1)) >= 0.3  # the first loop's three requests still count


def test_shared_limiter_registry() -> None:
    key = fresh_key()
    rate = RateLimit(30, 3.0)
    one = shared_limiter(key, "http://a.test", rate)
    assert shared_limiter(key, "http://a.test/", rate) is one
    assert shared_limiter(key, "http://b.test", rate) is not one
    assert shared_limiter(fresh_key(), "http://a.test", rate) is not one
    with pytest.raises(ConfigurationError, match="same rate_limit"):
        shared_limiter(key, "http://a.test", RateLimit(10, 3.0))
    assert key not in repr(one)
    clear_shared_limiters()
    fresh = shared_limiter(key, "http://a.test", RateLimit(10, 3.0))
    assert fresh is not one and fresh.rate == RateLimit(10, 3.0)


# ---------------------------------------------------------------------------------------------
# Through the transport, against a fake server that records when requests arrive.


def _ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"uuid": "x"})


async def _hammer(client: httpx.AsyncClient, tasks: int, until: float) -> int:
    """``tasks`` concurrent loops of GET requests, cancelled at ``until``; returns answers."""
    done = 0

    async def loop() -> None:
        nonlocal done
        while True:
            await client.get("/id/api/users/current")
            done += 1

    workers = [asyncio.create_task(loop()) for _ in range(tasks)]
    await asyncio.sleep(until - time.monotonic())
    for worker in workers:
        worker.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    return done


@pytest.mark.anyio
async def test_200_tasks_use_at_least_99_percent_of_the_window_and_never_exceed_it() -> None:
    rate = RateLimit(30, 1.0)
    windows = 4
    server = RecordingTransport(_ok)
    limiter = RollingWindowLimiter(rate)
    async with wrapped_client(server, limiter=limiter) as client:
        start = time.monotonic()
        await _hammer(client, 200, until=start + windows * rate.period)
    times = server.times()
    assert busiest_window(times, rate.period) <= rate.requests
    first = times[0]
    in_windows = sum(1 for t in times if t < first + windows * rate.period)
    efficiency = in_windows / (windows * rate.requests)
    print(f"\nrolling-window efficiency, 200 tasks, 30/1s over 4 windows: {efficiency:.4f}")
    assert efficiency >= 0.99


@pytest.mark.anyio
async def test_two_clients_of_one_key_share_the_budget() -> None:
    rate = RateLimit(20, 1.0)
    key = fresh_key()
    server = RecordingTransport(_ok)
    one = wrapped_client(server, limiter=shared_limiter(key, BASE_URL, rate))
    two = wrapped_client(server, limiter=shared_limiter(key, BASE_URL, rate))
    async with one, two:
        until = time.monotonic() + 2 * rate.period
        made = await asyncio.gather(_hammer(one, 10, until), _hammer(two, 10, until))
    assert min(made) > 5  # both made progress
    assert busiest_window(server.times(), rate.period) <= rate.requests


def test_clients_in_different_threads_share_the_budget() -> None:
    rate = RateLimit(20, 0.5)
    key = fresh_key()
    server = RecordingTransport(_ok)
    made: list[int] = []

    def worker() -> None:
        async def run() -> int:
            limiter = shared_limiter(key, BASE_URL, rate)
            async with wrapped_client(server, limiter=limiter) as client:
                return await _hammer(client, 10, time.monotonic() + 3 * rate.period)

        made.append(asyncio.run(run()))

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(made) == 2 and min(made) > 5
    assert busiest_window(server.times(), rate.period) <= rate.requests


class _BusyServer:
    """A fake server whose budget an outside burst has used up until ``busy_until``."""

    def __init__(self, busy_until: float, retry_after: str | None) -> None:
        self.busy_until = busy_until
        self.retry_after = retry_after
        self.rejected_at: list[float] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        now = time.monotonic()
        if now < self.busy_until:
            self.rejected_at.append(now)
            headers = {"Retry-After": self.retry_after} if self.retry_after else {}
            body = {"error": {"reason": "too_many_requests", "message": "Slow down", "data": {}}}
            return httpx.Response(429, json=body, headers=headers)
        return httpx.Response(200, json={"uuid": "x"})


@pytest.mark.anyio
@pytest.mark.parametrize("retry_after", [None, "0.3"])
async def test_a_429_pauses_every_task_and_all_recover_without_errors(
    retry_after: str | None,
) -> None:
    rate = RateLimit(30, 1.0)
    fake = _BusyServer(time.monotonic() + 0.6, retry_after)
    server = RecordingTransport(fake)
    # Without Retry-After the pause doubles from 0.2 s: 0.2, 0.4, 0.8 ...
    policy = RetryPolicy(initial_backoff=0.2, max_backoff=2.0, jitter=0.0, max_retries=0)
    async with wrapped_client(server, limiter=RollingWindowLimiter(rate), retry=policy) as client:
        answers = await asyncio.gather(*(client.get(f"/leads/api/leads/l{n}") for n in range(24)))
    assert [a.status_code for a in answers] == [200] * 24  # no error reached any caller
    assert fake.rejected_at, "the outside burst was noticed"
    first_rejection = fake.rejected_at[0]
    pause = 0.3 if retry_after else 0.2
    early = [
        s for s in server.sent if first_rejection + 0.01 < s.at < first_rejection + pause - 0.01
    ]
    assert early == []  # nobody sent anything while the key was paused
    # a handful of probes, not a storm: each episode costs at most the requests in flight
    assert len(fake.rejected_at) <= 3 * rate.burst_size
    assert busiest_window(server.times(), rate.period) <= rate.requests


def test_a_budget_is_read_from_the_command_line_form() -> None:
    assert RateLimit.parse("300/60") == RateLimit(300, 60.0)
    assert RateLimit.parse(" 10/2.5 ") == RateLimit(10, 2.5)
    assert RateLimit.parse("120") == RateLimit(120, 60.0)
    assert RateLimit.parse("OFF") is None and RateLimit.parse("0") is None
    for bad in ("x/60", "10/-1", "-5/60", "ten"):
        with pytest.raises(ValueError):
            RateLimit.parse(bad)
