"""The shared window of ``shared_budget`` on Redis: one Lua script on a ``redis.asyncio`` client.

Imported only when a ``RedisBudget`` is used, so that the SDK itself never needs Redis.
See ``getsales_extras.shared_budget`` for the behaviour this implements.

``redis.asyncio`` opens the connection (URL parsing for ``redis``, ``rediss`` and ``unix``,
credentials, the connection pool). Admission is ``_TAKE_SLOT`` below, a moving window in
milliseconds that holds each slot for exactly ``period + allowance`` (a window kept with
``EXPIRE`` would hold slots for whole seconds: 5 s for a 4 s budget).

The script reads the Redis server's clock (``TIME``) rather than being handed the caller's:
every process on every host then measures the window against one clock, so the hosts' clocks
need not agree. What it returns is a duration (how long to wait), which the caller adds to
its own monotonic clock, so no timestamp ever crosses between machines. ``TIME`` before a
write needs Redis 5 or newer (scripts replicate their effects, not their text).
"""

from __future__ import annotations

import asyncio
import logging
import math
import threading
import time
from collections import deque
from collections.abc import Awaitable, Callable
from typing import TypeVar

import redis.asyncio
import redis.exceptions
from redis.asyncio.retry import Retry
from redis.backoff import NoBackoff
from redis.commands.core import AsyncScript

from getsales_extras.errors import ConfigurationError, RateLimitBackendError
from getsales_extras.shared_budget import RedisBudget

__all__ = ["RedisWindow"]

logger = logging.getLogger("getsales")

T = TypeVar("T")

# After Redis failed to answer, requests do not ask it again for this long: they fail at once
# (fail closed) or use the process's share (degrade), instead of each waiting for a timeout.
QUIET_AFTER_FAILURE = 1.0

# Take one slot of a moving window, timed by the Redis server's clock.
#   KEYS[1]  a list of the times (ms) at which slots were taken, newest first
#   KEYS[2]  present while a 429 pauses every process of the key (it expires with the pause)
#   ARGV[1]  how many slots the window has;  ARGV[2]  how long (ms) each slot is held
#   ARGV[3]  "1" to count the slots held after taking one (for the degraded share)
# Returns {0, slots held} when a slot was taken, else {ms to wait before asking again, 0}.
_TAKE_SLOT = """
local slots = tonumber(ARGV[1])
local hold = tonumber(ARGV[2])
local paused = redis.call('PTTL', KEYS[2])
if paused > 0 then
  return {paused, 0}
end
-- The server's clock, in ms: one clock for every process on every host.
local clock = redis.call('TIME')
local now = tonumber(clock[1]) * 1000 + math.floor(tonumber(clock[2]) / 1000)
-- The window is full while its slots-th newest entry is still held.
local oldest = redis.call('LINDEX', KEYS[1], slots - 1)
if oldest and tonumber(oldest) + hold > now then
  return {tonumber(oldest) + hold - now, 0}
end
redis.call('LPUSH', KEYS[1], now)            -- 13 digits: written out exactly
redis.call('LTRIM', KEYS[1], 0, slots - 1)   -- older entries can no longer fill the window
redis.call('PEXPIRE', KEYS[1], hold)         -- an idle window deletes itself once all are free
local held = 0
if ARGV[3] == '1' then
  for _, taken in ipairs(redis.call('LRANGE', KEYS[1], 0, slots - 1)) do
    if tonumber(taken) + hold <= now then break end
    held = held + 1
  end
end
return {0, held}
"""

# Pause every process of the key for ARGV[1] ms (a longer pause already set is kept).
_PAUSE = """
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[1]) then
  redis.call('SET', KEYS[1], '1', 'PX', ARGV[1])
end
return 0
"""


class _StoreSilent(Exception):
    """Redis did not answer in time, or answered with an error."""


class _LocalShare:
    """This process's part of the budget: a rolling window of ``limit`` per ``period``."""

    def __init__(self, limit: int, period: float) -> None:
        self.limit = limit
        self.period = period
        self._taken: deque[float] = deque()
        self._lock = threading.Lock()

    def try_take(self, now: float) -> float | None:
        """Take a slot and return None, or return when the oldest slot comes free."""
        with self._lock:
            horizon = now - self.period
            while self._taken and self._taken[0] <= horizon:
                self._taken.popleft()
            if len(self._taken) < self.limit:
                self._taken.append(now)
                return None
            return self._taken[0] + self.period

    def fill(self, at: float, count: int) -> None:
        """Count ``count`` slots as taken at ``at`` (what the shared window had used)."""
        with self._lock:
            missing = min(count, self.limit) - len(self._taken)
            if missing > 0:
                self._taken = deque(sorted([*self._taken, *([at] * missing)]))

    def give_back(self) -> None:
        """Undo the latest ``try_take`` (its request will not be sent)."""
        with self._lock:
            if self._taken:
                self._taken.pop()


class RedisWindow:
    """A moving window of ``requests`` in Redis, shared by all processes of a key.

    The server counts a request when it processes it, which may be well after the moment the
    request took its slot in Redis (the round trip to Redis, connecting, the server's own
    queue: tens of milliseconds in a burst). A request that took its slot late but reached the
    server early could then meet, within one server period, an earlier request that reached
    it late. So each slot is held for ``period + allowance`` (the limiter's latency
    allowance), to the millisecond: 60.6 s for the 60 s GetSales budget, 4.05 s for 40
    requests per 4 s. The local share used while Redis is away holds its slots just as long.

    One Redis client is kept per event loop, because asyncio connections belong to the loop
    that opened them.
    """

    def __init__(
        self,
        budget: RedisBudget,
        *,
        requests: int,
        period: float,
        allowance: float,
        identity: str,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._budget = budget
        self._clock = clock
        self._requests = requests
        # Whole milliseconds, rounded up (the rounding only absorbs float noise such as
        # 4.05 * 1000 = 4050.0000000000005).
        self._hold_ms = max(1, math.ceil(round((period + allowance) * 1000, 6)))
        self.hold = self._hold_ms / 1000
        self._key = f"{budget.key_prefix}:budget:{identity}"
        self._pause_key = f"{budget.key_prefix}:pause:{identity}"
        self._share = (
            _LocalShare(budget.share_of(requests), self.hold)
            if budget.on_error == "degrade"
            else None
        )
        self._scripts: dict[asyncio.AbstractEventLoop, tuple[AsyncScript, AsyncScript]] = {}
        self._last_held = (0.0, 0)  # (when, slots held) as of Redis's latest admission
        self._lock = threading.Lock()
        self._silent = False
        self._quiet_until = -math.inf
        self._cause = ""
        self._last_degraded = -math.inf
        self._script()  # fail on a bad URL now, not at the first request

    def describe(self) -> str:
        return f"shared via {self._budget.location}"

    async def admit(self, *, patience: float | None, retrying: bool) -> float | None:
        started = self._clock()
        share_held = False
        if self._share is not None and self._share_in_force(started):
            wait = await self._take_share(started, patience)
            if wait is not None:
                return wait
            share_held = True
        if not self._quiet(self._clock()):
            try:
                wait = await self._take_from_store(started, patience)
            except _StoreSilent as silent:
                self._went_silent(str(silent))
            else:
                self._answered()
                if wait is not None and share_held and self._share is not None:
                    self._share.give_back()
                return wait
        if self._share is None:
            raise self._not_sent(retrying)
        if not share_held:
            wait = await self._take_share(started, patience)
            if wait is not None:
                return wait
        with self._lock:
            self._last_degraded = self._clock()
        return None

    async def pause(self, seconds: float) -> None:
        if seconds <= 0 or self._quiet(self._clock()):
            return
        try:
            await self._ask(self._script()[1]([self._pause_key], [math.ceil(seconds * 1000)]))
        except _StoreSilent as silent:
            self._went_silent(str(silent))

    # --- Redis -----------------------------------------------------------------------------

    def _script(self) -> tuple[AsyncScript, AsyncScript]:
        """``_TAKE_SLOT`` and ``_PAUSE`` on this event loop's connection to Redis."""
        try:
            loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        with self._lock:
            script = self._scripts.get(loop) if loop is not None else None
            if script is None:
                for stale in [known for known in self._scripts if known.is_closed()]:
                    del self._scripts[stale]
                # Registering only computes the script's digest; Redis learns the script on
                # first use (EVALSHA, then SCRIPT LOAD if the server does not know it).
                client = self._connect()
                script = (client.register_script(_TAKE_SLOT), client.register_script(_PAUSE))
                if loop is not None:
                    self._scripts[loop] = script
            return script

    def _connect(self) -> redis.asyncio.Redis:
        """A client for this event loop (a fresh pool: asyncio connections belong to a loop)."""
        timeout = self._budget.timeout
        try:
            return redis.asyncio.Redis.from_url(
                self._budget.url,
                socket_timeout=timeout,
                socket_connect_timeout=timeout,
                # One try per call: the timeout is the whole patience for an answer.
                retry=Retry(NoBackoff(), 0),
            )
        except ValueError as exc:
            detail = str(exc).replace(self._budget.url, self._budget.location)
            raise ConfigurationError(
                f"cannot use {self._budget.location} for the shared budget: {detail}"
            ) from None

    async def _take_from_store(self, started: float, patience: float | None) -> float | None:
        take_slot = self._script()[0]
        count = "1" if self._share is not None else "0"
        keys = [self._key, self._pause_key]
        while True:
            answer = await self._ask(take_slot(keys, [self._requests, self._hold_ms, count]))
            wait_ms, held = (int(part) for part in answer)
            if not wait_ms:
                with self._lock:
                    self._last_held = (self._clock(), held)
                return None
            wait = wait_ms / 1000
            if patience is not None and self._clock() - started + wait > patience:
                return wait
            await asyncio.sleep(wait)

    async def _ask(self, call: Awaitable[T]) -> T:
        try:
            return await asyncio.wait_for(call, self._budget.timeout)
        except TimeoutError:
            raise _StoreSilent(f"no answer within {self._budget.timeout:g} s") from None
        except (redis.exceptions.RedisError, OSError) as exc:
            raise _StoreSilent(_describe(exc)) from None

    # --- outages ---------------------------------------------------------------------------

    def _quiet(self, now: float) -> bool:
        with self._lock:
            return now < self._quiet_until

    def _went_silent(self, cause: str) -> None:
        with self._lock:
            first = not self._silent
            self._silent = True
            self._cause = cause
            self._quiet_until = self._clock() + QUIET_AFTER_FAILURE
            last_at, held = self._last_held
        if first:
            if self._share is not None:
                # The share starts as full as the shared window was: the others' requests
                # still count at the server, though this process can no longer see them.
                self._share.fill(last_at, math.ceil(held * self._share.limit / self._requests))
                then = (
                    f"this process keeps to its share of {self._share.limit} requests per "
                    f"{self._share.period:g} s until it answers again"
                )
            else:
                then = "requests of this key are not sent until it answers again"
            logger.warning(
                "the shared rate-limit budget at %s does not answer (%s); %s",
                self._budget.location,
                cause,
                then,
            )

    def _answered(self) -> None:
        with self._lock:
            was_silent = self._silent
            self._silent = False
        if was_silent:
            logger.info(
                "the shared rate-limit budget at %s is back: requests are counted in it again",
                self._budget.location,
            )

    def _share_in_force(self, now: float) -> bool:
        """Whether requests must keep to the local share: Redis is silent, or was recently
        and requests sent meanwhile still count at the server without being in Redis."""
        with self._lock:
            return self._silent or now < self._last_degraded + self.hold

    async def _take_share(self, started: float, patience: float | None) -> float | None:
        assert self._share is not None
        while True:
            now = self._clock()
            free_at = self._share.try_take(now)
            if free_at is None:
                return None
            wait = free_at - now
            if patience is not None and now - started + wait > patience:
                return wait
            await asyncio.sleep(wait)

    def _not_sent(self, retrying: bool) -> RateLimitBackendError:
        with self._lock:
            cause = self._cause
        what = "this retry of the request" if retrying else "the request"
        return RateLimitBackendError(
            f"the shared rate-limit budget at {self._budget.location} does not answer "
            f"({cause}); {what} was not sent",
            store=self._budget.location,
        )


def _describe(error: BaseException) -> str:
    text = str(error)
    return f"{type(error).__name__}: {text}" if text else type(error).__name__
