"""Pacing requests so a key never exceeds ``requests`` per rolling ``period`` (README.md, "Rate
limit and retries"). What event loops and threads share is times and counts under a thread lock."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import heapq
import math
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from aiolimiter import AsyncLimiter

from getsales_extras.errors import ConfigurationError

if TYPE_CHECKING:
    from getsales_extras.shared_budget import RedisBudget, RedisWindow

Clock = Callable[[], float]


class RollingWindow:
    """At most ``limit`` entries, each counted ``period`` (even a changed one) from its start,
    kept in a heap as they may start out of order. Not thread-safe: its owners lock."""

    def __init__(self, limit: int, period: float) -> None:
        self.limit = limit
        self.period = period
        self._starts: list[float] = []  # min-heap of the times entries started counting

    def __len__(self) -> int:
        return len(self._starts)

    def free_at(self, now: float, *, held: int = 0) -> float | None:
        """None if one more entry fits at ``now`` besides ``held`` counted elsewhere, else the
        time the oldest entry stops counting (a period from now if none has started yet)."""
        while self._starts and self._starts[0] + self.period <= now:
            heapq.heappop(self._starts)
        if len(self._starts) + held < self.limit:
            return None
        return self._starts[0] + self.period if self._starts else now + self.period

    def add(self, start: float, count: int = 1) -> None:
        for _ in range(count):
            heapq.heappush(self._starts, start)

    def take(self, now: float) -> float | None:
        """Add an entry starting ``now`` and return None, or return when to try again."""
        if (free := self.free_at(now)) is None:
            self.add(now)
        return free

    def drop_latest(self) -> None:
        """Forget the entry that would count longest (taken for a request that is not sent)."""
        if self._starts:
            self._starts.remove(max(self._starts))
            heapq.heapify(self._starts)


@dataclass(frozen=True)
class RateLimit:
    """At most ``requests`` in any rolling ``period`` seconds. ``burst``: requests an idle client
    sends at once (default a tenth); ``latency_allowance``: how long after its send the server may
    count a request (default 1% of the period, at least 50 ms); ``shared``: a budget in Redis."""

    requests: int = 300
    period: float = 60.0
    burst: int | None = None
    latency_allowance: float | None = None
    shared: RedisBudget | None = None

    def __post_init__(self) -> None:
        if self.requests < 1:
            raise ValueError("requests must be at least 1")
        if not 0 < self.period < math.inf:
            raise ValueError("period must be a positive number of seconds")
        if self.burst is not None and not 1 <= self.burst <= self.requests:
            raise ValueError("burst must be between 1 and requests")
        if self.latency_allowance is not None and not 0 <= self.latency_allowance < math.inf:
            raise ValueError("latency_allowance must be a non-negative number of seconds")
        if self.shared is not None and (self.shared.processes or 1) > self.requests:
            raise ValueError("shared.processes must not exceed requests (each needs a share)")

    @property
    def burst_size(self) -> int:
        return self.burst if self.burst is not None else max(1, self.requests // 10)

    @property
    def charged_latency(self) -> float:
        allowance = self.latency_allowance
        return max(self.period / 100, 0.05) if allowance is None else allowance

    @property
    def spacing(self) -> float:
        """Seconds between two requests at the steady rate."""
        return self.period / self.requests

    @classmethod
    def parse(cls, text: str) -> RateLimit | None:
        """``"REQUESTS/SECONDS"`` (seconds default to 60), or None for ``off``, ``none``, ``0``."""
        value = text.strip().lower()
        if value in ("off", "none", "0"):
            return None
        requests, _, period = value.partition("/")
        return cls(int(requests), float(period) if period else 60.0)


@dataclass(eq=False)
class LimiterWaitTooLong(Exception):
    """No admission as soon as the caller needs: ``until`` is the earliest; ``paused``: by a 429."""

    until: float
    paused: bool


class _LoopGate:
    """The part of a limiter that belongs to one event loop: its FIFO queue and its pacer."""

    def __init__(self, rate: RateLimit) -> None:
        self.pacer = AsyncLimiter(rate.burst_size, rate.burst_size * rate.spacing)
        self._queue: deque[asyncio.Future[None]] = deque()
        self.busy = False  # a task has the turn (none queued while it is False)
        self.woken = asyncio.Event()

    async def enter(self, *, priority: bool) -> bool:
        """Wait for this task's turn; ``priority`` jumps the queue. True if it had to wait."""
        if not self.busy:
            self.busy = True
            return False
        turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        (self._queue.appendleft if priority else self._queue.append)(turn)
        try:
            await turn
        except asyncio.CancelledError:
            if turn.done() and not turn.cancelled():
                self.leave()  # the turn was handed over just before the cancellation
            elif turn in self._queue:
                self._queue.remove(turn)
            raise
        return True

    def leave(self) -> None:
        """Hand the turn to the next waiting task (the gate stays busy), or free the gate."""
        while self._queue:
            turn = self._queue.popleft()
            if not turn.done():
                turn.set_result(None)
                return
        self.busy = False

    async def sleep(self, seconds: float) -> None:
        """Sleep for ``seconds`` or until ``woken`` is set."""
        self.woken = asyncio.Event()
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self.woken.wait(), max(0.0, seconds))


@dataclass(eq=False, slots=True)
class Permit:
    """One admitted request, to ``release`` once over; ``waited``: seconds waited (0.0: none)."""

    _limiter: RollingWindowLimiter = field(repr=False)
    _gate: _LoopGate = field(repr=False)
    sent_at: float
    waited: float
    _released: bool = False

    def release(self, *, counted: bool = True) -> None:
        """End the request now; ``counted=False`` when it never reached the network."""
        if self._released:
            return
        self._released = True
        self._limiter.finish(self._limiter.clock(), self.sent_at, counted=counted)
        if not counted:  # its slot came free early: the head of the queue may look again
            self._gate.woken.set()


class RollingWindowLimiter:
    """The budget of one API key, shared by its clients in every event loop and thread."""

    def __init__(
        self, rate: RateLimit, *, clock: Clock = time.monotonic, shared: RedisWindow | None = None
    ) -> None:
        self.rate = rate
        self.clock = clock
        self._shared = shared
        self._gates: dict[asyncio.AbstractEventLoop, _LoopGate] = {}
        self._lock = threading.Lock()
        self._in_flight = 0
        self._window = RollingWindow(rate.requests, rate.period)
        self._pause_until = self._pause_started = self._refuse_until = -math.inf
        self._ramp_next = self._ramp_until = -math.inf  # the steady spacing after a pause
        self._episodes = 0  # consecutive 429 episodes

    def try_admit(self, now: float) -> float | None:
        """Take a slot and return None, or return the earliest time worth trying again."""
        with self._lock:
            if now < self._pause_until:
                return self._pause_until
            ramping = now < self._ramp_until
            if ramping and now < self._ramp_next:
                return self._ramp_next
            # Only requests in flight fill it: retry a period on, as each holds its slot that long.
            if (free_at := self._window.free_at(now, held=self._in_flight)) is not None:
                return free_at
            self._in_flight += 1
            if ramping:
                self._ramp_next = max(self._ramp_next, now) + self.rate.spacing
            return None

    def finish(self, now: float, sent_at: float, *, counted: bool) -> None:
        """A request is over; if sent, it counts for a period from when the server may count it."""
        with self._lock:
            self._in_flight -= 1
            if counted:
                self._window.add(min(now, sent_at + self.rate.charged_latency))

    def record_success(self, sent_at: float) -> None:
        """A request sent after the latest pause began got through: the episode is over."""
        with self._lock:
            if sent_at >= self._pause_started:
                self._episodes = 0

    def record_rejection(self, now: float, sent_at: float) -> int | None:
        """Count a 429: the episodes before it if it starts one, None if sent before the pause."""
        with self._lock:
            if sent_at < self._pause_started:
                return None
            self._pause_started = now
            self._episodes += 1
            return self._episodes - 1

    async def pause(self, seconds: float, *, refuse: bool = False) -> float:
        """Hold every task of the key (other processes: best effort) for ``seconds`` or a longer
        pause in force, then the steady spacing for a period; ``refuse``: fail requests meantime."""
        with self._lock:
            end = self._pause_until = max(self._pause_until, self.clock() + seconds)
            self._ramp_next = max(self._ramp_next, end)
            self._ramp_until = max(self._ramp_until, end + self.rate.period)
            if refuse:
                self._refuse_until = end
        if self._shared is not None:
            await self._shared.pause(max(0.0, end - self.clock()))
        return end

    def stats(self) -> tuple[int, int]:
        """(requests in flight, finished requests still counted against the window)."""
        with self._lock:
            return self._in_flight, len(self._window)

    def _gate(self) -> _LoopGate:
        loop = asyncio.get_running_loop()
        if (gate := self._gates.get(loop)) is not None:
            return gate
        with self._lock:
            if loop not in self._gates:
                for closed in [old for old in self._gates if old.is_closed()]:
                    del self._gates[closed]
                self._gates[loop] = _LoopGate(self.rate)
            return self._gates[loop]

    async def acquire(
        self,
        *,
        priority: bool = False,
        deadline: float | None = None,
        max_pause: float | None = None,
    ) -> Permit:
        """Wait until a request may be sent and count it; ``priority`` (retries) jumps the queue.
        ``LimiterWaitTooLong`` instead of waiting past ``deadline`` or a ``max_pause`` s pause."""
        gate = self._gate()
        asked_at = self.clock()
        # Nobody queued, no pause, room everywhere (most of the time): take it without waiting.
        if not gate.busy and self._shared is None and gate.pacer.has_capacity():
            if self.try_admit(asked_at) is None:
                await gate.pacer.acquire()  # it has capacity: returns at once
                return Permit(self, gate, asked_at, 0.0)
        held = await gate.enter(priority=priority)  # held back: an admission that suspended
        try:
            # Sit out a pause before taking pacer capacity.
            while (pause_end := self._pause_end(deadline, max_pause)) is not None:
                held = True
                await gate.sleep(pause_end - self.clock())
            held = held or not gate.pacer.has_capacity()
            left = None if deadline is None else max(0.0, deadline - self.clock())
            try:
                await asyncio.wait_for(gate.pacer.acquire(), timeout=left)
            except TimeoutError:
                raise LimiterWaitTooLong(self.clock(), paused=False) from None
            while (retry_at := self.try_admit(self.clock())) is not None:
                self._pause_end(deadline, max_pause)
                if deadline is not None and retry_at > deadline:
                    raise LimiterWaitTooLong(retry_at, paused=False)
                held = True
                await gate.sleep(retry_at - self.clock())
            if self._shared is not None:
                try:  # the slot in the shared window, or the local slot given back
                    left = None if deadline is None else max(0.0, deadline - self.clock())
                    wait = await self._shared.admit(patience=left, retrying=priority)
                    if wait is not None:
                        raise LimiterWaitTooLong(self.clock() + wait, paused=False)
                except BaseException:
                    self.finish(self.clock(), 0.0, counted=False)
                    raise
            now = self.clock()
            return Permit(self, gate, now, now - asked_at if held else 0.0)
        finally:
            gate.leave()

    def _pause_end(self, deadline: float | None, max_pause: float | None) -> float | None:
        """When the pause in force ends (None without one); raises if the caller cannot wait."""
        now = self.clock()
        with self._lock:
            until, refused = self._pause_until, self._refuse_until >= self._pause_until
        if until <= now:
            return None
        too_long = max_pause is not None and until - now > max_pause
        if refused or too_long or (deadline is not None and until > deadline):
            raise LimiterWaitTooLong(until, paused=True)
        return until


_registry: dict[tuple[str, str], RollingWindowLimiter] = {}
_registry_lock = threading.Lock()


def shared_limiter(api_key: str, base_url: str, rate: RateLimit) -> RollingWindowLimiter:
    """The one limiter of this process for ``api_key`` (a digest) at ``base_url``, at one rate."""
    slot = (hashlib.sha256(api_key.encode()).hexdigest(), base_url.rstrip("/"))
    with _registry_lock:
        limiter = _registry.get(slot)
        if limiter is None:
            shared = None
            if rate.shared is not None:
                from getsales_extras.shared_budget import RedisWindow, budget_identity

                shared = RedisWindow(
                    rate.shared,
                    requests=rate.requests,
                    hold=rate.period + rate.charged_latency,
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
    """Forget every shared limiter (for test suites that reuse a key with other ``rate_limit``s)."""
    with _registry_lock:
        _registry.clear()
