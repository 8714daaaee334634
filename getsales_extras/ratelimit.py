"""Pacing requests so a key never exceeds its budget of ``requests`` per rolling ``period``.

GetSales allows 300 requests per minute per API key. A plain leaky bucket such as
``aiolimiter.AsyncLimiter(300, 60)`` is not enough on its own: it admits a full bucket at once
and then drips at 5/s, so a rolling minute can hold close to 600 requests. This module stacks
three parts, and optionally a fourth, each with one job and one guarantee:

1. **The rolling window** (process-wide, per key and base URL). ``requests`` slots; a slot is
   taken when a request is sent and held until ``period`` seconds after the server may have
   counted it. The server counts a request somewhere between our send and our receipt of the
   answer; we charge the round trip up to ``latency_allowance`` (default 1% of the period,
   at least 50 ms: it must cover connection set-up and TLS between our send and the arrival):
   a slot is held until ``period`` after ``min(answer, send + latency_allowance)``, where
   ``send`` is when the request's headers went out (the transport moves ``Permit.sent_at``
   there: a start-up burst can leave tens of milliseconds after admission). Guarantee:
   at most ``requests`` requests are sent in any interval of length ``period``, and this still
   holds as seen by a server that counts each request within ``latency_allowance`` of its send.
   Sustained throughput is at least ``requests / (period + latency_allowance)``: above 99% of
   the budget for GetSales' minute whatever the latency (a slow answer costs at most the
   allowance), and ``requests / (period + round trip)`` when answers come faster than that.

2. **The pacer** (an ``aiolimiter.AsyncLimiter`` per event loop): a leaky bucket draining at
   exactly ``requests / period`` with room for ``burst`` requests. Guarantee: never more than
   ``burst`` requests back to back; after that they leave evenly spaced. An idle client gets
   its ``burst`` at once. Under saturation this spreads sends across the period, so slots come
   free one by one instead of in clumps and the server never sees a wall of simultaneous
   requests (which would also inflate the latency that the window charges for).

3. **The pause** (process-wide, per key): a 429 answer means the server's own count is full, so
   *every* task of that key stops until the pause ends (the ``Retry-After`` the server gave, else
   an exponential backoff that grows with consecutive 429 episodes). For one period after a
   pause, admissions are additionally spaced ``period / requests`` apart, as if the window were
   full of evenly spread requests, so recovery does not start with a burst that is rejected
   again. 429s for requests that were sent before the pause started belong to the same episode
   and do not lengthen the backoff. The transport clamps the pause before it is recorded (never
   past ``retry_after_cap``); a server asking for more makes requests fail at once while the
   clamped pause lasts, after which the key works again. With a shared window, the pause is
   also published to every other process of the key.

4. **The shared window** (optional, ``RateLimit(shared=RedisBudget(...))``): every process of
   the key takes one more slot in a rolling window kept in Redis just before sending, so that
   several processes together stay within one budget (see ``getsales_extras.shared_budget``).

Waiting tasks of one event loop are admitted in FIFO order, except that retries of requests
already in progress go to the front of the queue. Each ``Permit`` says how long its request was
held back (``waited``; 0.0 when it was admitted without waiting), for the client's counters.
The shared state is protected by a thread lock and holds only timestamps, so clients in
different event loops (successive ``asyncio.run`` calls, threads, sync clients' background
loops) share one budget safely.
"""

from __future__ import annotations

import asyncio
import hashlib
import heapq
import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from aiolimiter import AsyncLimiter

from getsales_extras.errors import ConfigurationError
from getsales_extras.shared_budget import (
    RedisBudget,
    SharedWindow,
    budget_identity,
    open_shared_window,
)

if TYPE_CHECKING:
    import httpx

__all__ = [
    "LimiterWaitTooLong",
    "Permit",
    "RateLimit",
    "RollingWindowLimiter",
    "clear_shared_limiters",
    "shared_limiter",
]

Clock = Callable[[], float]


@dataclass(frozen=True)
class RateLimit:
    """A request budget: at most ``requests`` in any rolling ``period`` seconds.

    ``burst`` is how many requests an idle client may send back to back before the rest are
    spread evenly over the period; by default a tenth of ``requests`` (at least 1).
    ``shared`` makes every process of the key share the budget through Redis (see
    ``getsales_extras.shared_budget``); by default each process has a budget of its own.
    """

    requests: int = 300
    period: float = 60.0
    burst: int | None = None
    latency_allowance: float | None = None
    shared: RedisBudget | None = None

    def __post_init__(self) -> None:
        if self.requests < 1:
            raise ValueError("requests must be at least 1")
        if not (self.period > 0 and math.isfinite(self.period)):
            raise ValueError("period must be a positive number of seconds")
        if self.burst is not None and not 1 <= self.burst <= self.requests:
            raise ValueError("burst must be between 1 and requests")
        if self.latency_allowance is not None and not (
            0 <= self.latency_allowance and math.isfinite(self.latency_allowance)
        ):
            raise ValueError("latency_allowance must be a non-negative number of seconds")
        if self.shared is not None and (self.shared.processes or 1) > self.requests:
            raise ValueError("shared.processes must not exceed requests (each needs a share)")

    @property
    def burst_size(self) -> int:
        """The effective burst (``burst``, or its default)."""
        return self.burst if self.burst is not None else max(1, self.requests // 10)

    @property
    def charged_latency(self) -> float:
        """How much of a round trip keeps a slot busy: the allowance, or 1% of the period
        (at least 50 ms)."""
        if self.latency_allowance is not None:
            return self.latency_allowance
        return max(self.period / 100, 0.05)

    @property
    def spacing(self) -> float:
        """Seconds between two requests at the steady rate."""
        return self.period / self.requests


class LimiterWaitTooLong(Exception):
    """Admission cannot happen within the time the caller allowed.

    ``until`` is the earliest moment admission could happen as far as known now;
    ``paused_by`` is the 429 response that started a pause, when a pause is the reason.
    """

    def __init__(self, until: float, paused_by: httpx.Response | None) -> None:
        super().__init__(f"no admission before t={until:.3f}")
        self.until = until
        self.paused_by = paused_by


class _Ledger:
    """The process-wide budget of one key: timestamps only, guarded by a thread lock."""

    def __init__(self, rate: RateLimit) -> None:
        self.rate = rate
        self._lock = threading.Lock()
        self._in_flight = 0
        self._holds: list[float] = []  # min-heap: when each counted request stops counting
        self._pause_until = -math.inf
        self._pause_started = -math.inf
        self._ramp_next = -math.inf
        self._ramp_until = -math.inf
        self._strikes = 0
        self._paused_by: httpx.Response | None = None
        self._refuse_until = -math.inf

    def try_admit(self, now: float) -> float | None:
        """Take a slot and return None, or return the earliest time worth trying again."""
        rate = self.rate
        with self._lock:
            if now < self._pause_until:
                return self._pause_until
            ramping = now < self._ramp_until
            if ramping and now < self._ramp_next:
                return self._ramp_next
            holds = self._holds
            while holds and holds[0] <= now:
                heapq.heappop(holds)
            if self._in_flight + len(holds) >= rate.requests:
                # Only in-flight requests: any of them finishing frees its slot a full period
                # later, so checking again one period from now never delays admission.
                return holds[0] if holds else now + rate.period
            self._in_flight += 1
            if ramping:
                self._ramp_next = max(self._ramp_next, now) + rate.spacing
            return None

    def finish(self, now: float, sent_at: float, *, counted: bool) -> None:
        """A request admitted earlier is over; if it was sent it keeps counting for a period."""
        with self._lock:
            self._in_flight -= 1
            if counted:
                counted_at = min(now, sent_at + self.rate.charged_latency)
                heapq.heappush(self._holds, counted_at + self.rate.period)

    def pause_state(self) -> tuple[float, httpx.Response | None, bool]:
        """(when the pause ends, the 429 behind it, whether waiting it out is refused)."""
        with self._lock:
            refused = self._refuse_until >= self._pause_until
            return self._pause_until, self._paused_by, refused

    def record_success(self, sent_at: float) -> None:
        """A request sent after the latest pause began got through: the episode is over."""
        with self._lock:
            if sent_at >= self._pause_started:
                self._strikes = 0

    def record_rejection(
        self,
        now: float,
        sent_at: float,
        retry_after: float | None,
        backoff: Callable[[int], float],
        response: httpx.Response | None,
        refuse: bool = False,
    ) -> float:
        """Pause every request of this key after a 429; return when the pause ends.

        ``refuse``: the server asked for more than the client waits; requests fail at once
        instead of waiting while this pause lasts (and it lasts no longer than asked here)."""
        with self._lock:
            same_episode = sent_at < self._pause_started
            if same_episode:
                wait = retry_after if retry_after is not None else 0.0
            else:
                wait = retry_after if retry_after is not None else backoff(self._strikes)
                self._strikes += 1
                self._pause_started = now
            end = max(self._pause_until, now + wait)
            self._pause_until = end
            self._ramp_next = max(self._ramp_next, end)
            self._ramp_until = max(self._ramp_until, end + self.rate.period)
            self._paused_by = response
            if refuse:
                self._refuse_until = end
            return end

    def stats(self) -> tuple[int, int]:
        """(requests in flight, finished requests still counted) — for tests and diagnostics."""
        with self._lock:
            return self._in_flight, len(self._holds)


class _LoopGate:
    """The part of a limiter that belongs to one event loop: its FIFO queue and its pacer."""

    def __init__(self, loop: asyncio.AbstractEventLoop, rate: RateLimit) -> None:
        self.loop = loop
        burst = rate.burst_size
        self.pacer = AsyncLimiter(burst, burst * rate.spacing)
        self._queue: deque[asyncio.Future[None]] = deque()
        self._busy = False
        self._waker: asyncio.Future[None] | None = None

    async def enter(self, *, priority: bool) -> bool:
        """Wait for this task's turn; ``priority`` jumps the queue. True if it had to wait."""
        if not self._busy and not self._queue:
            self._busy = True
            return False
        turn: asyncio.Future[None] = self.loop.create_future()
        if priority:
            self._queue.appendleft(turn)
        else:
            self._queue.append(turn)
        try:
            await turn
        except asyncio.CancelledError:
            if turn.done() and not turn.cancelled():
                self.leave()  # the turn was handed over just before the cancellation
            else:
                try:
                    self._queue.remove(turn)
                except ValueError:
                    pass
            raise
        return True

    def leave(self) -> None:
        """Hand the turn to the next waiting task (the gate stays busy), or free the gate."""
        while self._queue:
            turn = self._queue.popleft()
            if not turn.done():
                turn.set_result(None)
                return
        self._busy = False

    async def sleep_until(self, deadline: float, clock: Clock) -> None:
        """Sleep until ``deadline`` (in ``clock`` time) or until ``wake`` is called."""
        waker: asyncio.Future[None] = self.loop.create_future()
        self._waker = waker
        handle = self.loop.call_later(max(0.0, deadline - clock()), _resolve, waker)
        try:
            await waker
        finally:
            handle.cancel()
            if self._waker is waker:
                self._waker = None

    def wake(self) -> None:
        """A slot came free early: let the task at the head of the queue look again."""
        if self._waker is not None:
            _resolve(self._waker)


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


class Permit:
    """One admitted request. ``release`` must be called once when it is over.

    ``waited`` is how long the limiter held the request back (seconds from asking to
    admission), or 0.0 when it was admitted at once, without suspending.
    """

    __slots__ = ("_clock", "_gate", "_ledger", "_released", "sent_at", "waited")

    def __init__(
        self, ledger: _Ledger, gate: _LoopGate, clock: Clock, sent_at: float, waited: float = 0.0
    ) -> None:
        self._ledger = ledger
        self._gate = gate
        self._clock = clock
        self._released = False
        self.sent_at = sent_at
        self.waited = waited

    def release(self, *, counted: bool = True) -> None:
        """End the request now; ``counted=False`` when it never reached the network."""
        if self._released:
            return
        self._released = True
        self._ledger.finish(self._clock(), self.sent_at, counted=counted)
        if not counted:
            self._gate.wake()


class RollingWindowLimiter:
    """The budget of one API key (see the module docstring for what each part guarantees)."""

    def __init__(
        self, rate: RateLimit, *, clock: Clock = time.monotonic, shared: SharedWindow | None = None
    ) -> None:
        self.rate = rate
        self.clock = clock
        self._shared = shared
        self._ledger = _Ledger(rate)
        self._gates: dict[asyncio.AbstractEventLoop, _LoopGate] = {}
        self._gates_lock = threading.Lock()

    def __repr__(self) -> str:
        in_flight, counted = self._ledger.stats()
        shared = f", {self._shared.describe()}" if self._shared is not None else ""
        return (
            f"RollingWindowLimiter(requests={self.rate.requests}, period={self.rate.period}, "
            f"burst={self.rate.burst_size}, in_flight={in_flight}, counted={counted}{shared})"
        )

    def _gate(self) -> _LoopGate:
        loop = asyncio.get_running_loop()
        with self._gates_lock:
            gate = self._gates.get(loop)
            if gate is None:
                for stale in [known for known in self._gates if known.is_closed()]:
                    del self._gates[stale]
                gate = self._gates[loop] = _LoopGate(loop, self.rate)
            return gate

    async def acquire(
        self,
        *,
        priority: bool = False,
        deadline: float | None = None,
        max_pause: float | None = None,
    ) -> Permit:
        """Wait until a request may be sent, and count it as sent.

        ``priority`` puts the caller at the front of the queue (used for retries).
        Raises ``LimiterWaitTooLong`` instead of waiting past ``deadline`` (a ``clock`` time)
        or when the key is paused for more than ``max_pause`` seconds from now.
        """
        gate = self._gate()
        asked_at = self.clock()
        # Whether this request was held back: it queued, sat out a pause, waited for the pacer
        # or for a slot. An admission that never suspends is not a wait.
        held = await gate.enter(priority=priority)
        try:
            # Sit out a pause before taking pacer capacity, and refuse early if it is too long.
            while True:
                now = self.clock()
                pause_until, paused_by, refused = self._ledger.pause_state()
                if pause_until <= now:
                    break
                too_long = refused or (max_pause is not None and pause_until - now > max_pause)
                if too_long or (deadline is not None and pause_until > deadline):
                    raise LimiterWaitTooLong(pause_until, paused_by)
                held = True
                await gate.sleep_until(pause_until, self.clock)
            held = held or not gate.pacer.has_capacity()
            if deadline is None:
                await gate.pacer.acquire()
            else:
                try:
                    await asyncio.wait_for(
                        gate.pacer.acquire(), timeout=max(0.0, deadline - self.clock())
                    )
                except TimeoutError:
                    raise LimiterWaitTooLong(deadline, None) from None
            while True:
                now = self.clock()
                retry_at = self._ledger.try_admit(now)
                if retry_at is None:
                    if self._shared is not None:
                        await self._admit_shared(deadline, retrying=priority)
                        now = self.clock()
                    waited = now - asked_at if held else 0.0
                    return Permit(self._ledger, gate, self.clock, now, waited)
                pause_until, paused_by, refused = self._ledger.pause_state()
                if pause_until > now and (
                    refused or (max_pause is not None and pause_until - now > max_pause)
                ):
                    raise LimiterWaitTooLong(pause_until, paused_by)
                if deadline is not None and retry_at > deadline:
                    raise LimiterWaitTooLong(
                        retry_at, paused_by if pause_until >= retry_at else None
                    )
                held = True
                await gate.sleep_until(retry_at, self.clock)
        finally:
            gate.leave()

    async def _admit_shared(self, deadline: float | None, *, retrying: bool) -> None:
        """Take the slot in the shared window, or give the local slot back and raise."""
        assert self._shared is not None
        patience = None if deadline is None else max(0.0, deadline - self.clock())
        try:
            wait = await self._shared.admit(patience=patience, retrying=retrying)
        except BaseException:
            self._ledger.finish(self.clock(), 0.0, counted=False)
            raise
        if wait is not None:
            self._ledger.finish(self.clock(), 0.0, counted=False)
            raise LimiterWaitTooLong(self.clock() + wait, None)

    def record_success(self, permit: Permit) -> None:
        """Report that a request got an answer other than 429."""
        self._ledger.record_success(permit.sent_at)

    def record_rejection(
        self,
        permit: Permit,
        *,
        retry_after: float | None,
        backoff: Callable[[int], float],
        response: httpx.Response | None = None,
        refuse: bool = False,
    ) -> float:
        """Report a 429: pause every task of this key. Returns when the pause ends.

        ``backoff(n)`` gives the pause after ``n`` earlier consecutive 429 episodes; it is used
        when the server did not say (``retry_after`` None). ``refuse``: see ``_Ledger``.
        """
        return self._ledger.record_rejection(
            self.clock(), permit.sent_at, retry_after, backoff, response, refuse
        )

    async def share_pause(self, until: float) -> None:
        """Pause every other process sharing this key's budget until ``until`` (this clock).

        Best effort: a shared store that does not answer only leaves the others unpaused
        (their own 429s will pause them)."""
        if self._shared is not None:
            await self._shared.pause(max(0.0, until - self.clock()))

    def stats(self) -> tuple[int, int]:
        """(requests in flight, finished requests still counted against the window)."""
        return self._ledger.stats()


_registry: dict[tuple[str, str], RollingWindowLimiter] = {}
_registry_lock = threading.Lock()


def shared_limiter(api_key: str, base_url: str, rate: RateLimit) -> RollingWindowLimiter:
    """The one limiter of this process for ``api_key`` at ``base_url``.

    Keyed by a SHA-256 digest of the key, so the key itself is not kept here. Asking again with
    a different ``rate`` is an error: the budget belongs to the key, not to a client. With
    ``rate.shared`` the limiter also takes part in the key's window in Redis.
    """
    digest = hashlib.sha256(api_key.encode("utf-8")).hexdigest()
    slot = (digest, base_url.rstrip("/"))
    with _registry_lock:
        limiter = _registry.get(slot)
        if limiter is None:
            shared = None
            if rate.shared is not None:
                shared = open_shared_window(
                    rate.shared,
                    requests=rate.requests,
                    period=rate.period,
                    allowance=rate.charged_latency,
                    identity=budget_identity(api_key, base_url),
                )
            limiter = _registry[slot] = RollingWindowLimiter(rate, shared=shared)
        elif limiter.rate != rate:
            raise ConfigurationError(
                f"another client in this process already paces this API key at {limiter.rate}; "
                f"all clients of one key share one budget, so they must use the same rate_limit "
                f"(asked for {rate})"
            )
        return limiter


def clear_shared_limiters() -> None:
    """Forget every shared limiter, so the next client of a key starts with a fresh budget.

    For test suites that reuse one key and base URL (a long-lived emulator, say) with
    different ``rate_limit`` settings; clients created before keep their limiter.
    """
    with _registry_lock:
        _registry.clear()
