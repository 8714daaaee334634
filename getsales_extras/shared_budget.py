"""One key's budget shared by every process of the key through Redis (README: "One budget
across processes"): a moving window timed by the Redis server's clock, under a digest of base
URL and key. ``redis`` (``getsales[redis]``) is imported by the first client that uses it."""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import math
import threading
import time
import urllib.parse
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from getsales_extras.errors import ConfigurationError, RateLimitBackendError
from getsales_extras.ratelimit import RollingWindow

if TYPE_CHECKING:
    import redis.asyncio
    from redis.commands.core import AsyncScript


logger = logging.getLogger("getsales")

# After a failure Redis is not asked for this long: requests fail or keep to the share at once.
QUIET_AFTER_FAILURE = 1.0

# Take one slot of a moving window, timed by the Redis server's clock. KEYS: the times (ms) slots
# were taken, newest first; a key present while a 429 pauses the key (it expires with the pause).
# ARGV: slots, how long (ms) each is held, "1" to count the slots held (for the degraded share).
# Returns {0, slots held} when a slot was taken, else {ms to wait before asking again, 0}.
_TAKE_SLOT = """
local slots, hold = tonumber(ARGV[1]), tonumber(ARGV[2])
local paused = redis.call('PTTL', KEYS[2])
if paused > 0 then
  return {paused, 0}
end
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


def redis_location(url: str, what: str) -> str:
    """The server's address in ``url`` without credentials or options, for messages and logs."""
    parsed = urllib.parse.urlsplit(url)
    if parsed.scheme not in ("redis", "rediss", "unix"):
        raise ConfigurationError(
            f"{what} url must start with redis://, rediss:// or unix:// "
            f"(got {parsed.scheme or 'no scheme'}://)"
        )
    if parsed.scheme == "unix":
        if not parsed.path:
            raise ConfigurationError(f"a unix:// {what} url needs the socket's path")
        return f"unix://{parsed.path}"
    if not parsed.hostname:
        raise ConfigurationError(f"a {what} url needs a host")
    try:
        port = parsed.port or 6379
    except ValueError:
        raise ConfigurationError(f"the port of the {what} url is not a number") from None
    host = f"[{parsed.hostname}]" if ":" in parsed.hostname else parsed.hostname
    return f"{parsed.scheme}://{host}:{port}{parsed.path}"


def connect_redis(url: str, timeout: float, what: str) -> redis.asyncio.Redis:
    """A ``redis.asyncio`` client (a fresh pool) that tries each call once, within ``timeout``."""
    try:
        import redis.asyncio
        from redis.asyncio.retry import Retry
        from redis.backoff import NoBackoff
    except ImportError as exc:
        raise ConfigurationError(
            f'{what} needs the optional Redis support: pip install "getsales[redis]" '
            f"({exc.name or 'a module'} is missing)"
        ) from None
    try:
        return redis.asyncio.Redis.from_url(
            url, socket_timeout=timeout, socket_connect_timeout=timeout, retry=Retry(NoBackoff(), 0)
        )
    except ValueError as exc:
        location = redis_location(url, what)
        detail = str(exc).replace(url, location)
        raise ConfigurationError(f"cannot use {location} for {what}: {detail}") from None


@dataclass(frozen=True)
class RedisBudget:
    """The Redis server (``redis://``, ``rediss://`` or ``unix://``; its password is never shown)
    through which processes share a key's budget (README: "One budget across processes");
    ``timeout``: seconds to wait for one answer, connecting included."""

    url: str = field(repr=False)
    on_error: Literal["fail", "degrade"] = "fail"
    processes: int | None = None
    timeout: float = 0.5
    location: str = field(init=False)  # the url without its password, for repr() and messages

    def __post_init__(self) -> None:
        object.__setattr__(self, "location", redis_location(self.url, "RedisBudget"))
        if self.on_error not in ("fail", "degrade"):
            raise ValueError('on_error must be "fail" or "degrade"')
        if self.processes is not None and self.processes < 1:
            raise ValueError("processes must be at least 1")
        if self.on_error == "degrade" and self.processes is None:
            raise ValueError(
                'on_error="degrade" needs processes=<how many processes share the key>: each '
                "one falls back to that share of the budget while Redis does not answer"
            )
        if not (self.timeout > 0 and math.isfinite(self.timeout)):
            raise ValueError("timeout must be a positive number of seconds")

    def share_of(self, requests: int) -> int:
        """This process's part of ``requests`` while Redis does not answer (at least 1)."""
        return max(1, requests // (self.processes or 1))


def budget_identity(api_key: str, base_url: str) -> str:
    """The name of a key's shared window: a digest of base URL and key, not the key itself."""
    material = f"getsales-budget\n{base_url.rstrip('/')}\n{api_key}".encode()
    return hashlib.sha256(material).hexdigest()


class _StoreSilent(Exception):
    """Redis did not answer in time, or answered with an error (the outage is noted already)."""


class RedisWindow:
    """A moving window of ``requests`` slots in Redis with one Redis client per event loop
    (asyncio connections belong to the loop that opened them)."""

    def __init__(
        self,
        budget: RedisBudget,
        *,
        requests: int,
        hold: float,
        identity: str,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._budget = budget
        self._clock = clock
        self._requests = requests
        # Whole milliseconds, rounded up (the rounding absorbs float noise: 4050.0000000000005).
        hold_ms = max(1, math.ceil(round(hold * 1000, 6)))
        self.hold = hold_ms / 1000
        self._keys = [f"getsales:budget:{identity}", f"getsales:pause:{identity}"]
        self._share: RollingWindow | None = None  # this process's part while Redis is away
        if budget.on_error == "degrade":
            self._share = RollingWindow(budget.share_of(requests), self.hold)
        self._take_args = [requests, hold_ms, "0" if self._share is None else "1"]
        self._scripts: dict[asyncio.AbstractEventLoop, tuple[AsyncScript, AsyncScript]] = {}
        self._last_held = (0.0, 0)  # (when, slots held) as of Redis's latest admission
        self._lock = threading.Lock()
        self._silent = False
        self._quiet_until = -math.inf
        self._cause = ""
        self._last_degraded = -math.inf
        connect_redis(budget.url, budget.timeout, "the shared budget")  # fails now, not later

    async def admit(self, *, patience: float | None, retrying: bool) -> float | None:
        """Count one request about to be sent: None once it may go, else the wait past
        ``patience`` (counting nothing); ``RateLimitBackendError`` when Redis is silent (fail)."""
        started = self._clock()
        with self._lock:
            # Keep to the share while Redis is silent, and for one hold after (requests sent
            # meanwhile still count at the server without being in Redis).
            in_force = self._silent or started < self._last_degraded + self.hold
        share_held = self._share is not None and in_force
        if share_held:
            wait = await self._wait_for(self._take_share, started, patience)
            if wait is not None:
                return wait
        if not self._quiet():
            with contextlib.suppress(_StoreSilent):  # then the share, or the error below
                wait = await self._wait_for(self._take_slot, started, patience)
                if wait is not None and share_held and self._share is not None:
                    with self._lock:
                        self._share.drop_latest()
                return wait
        if self._share is None:
            what = "this retry of the request" if retrying else "the request"
            raise RateLimitBackendError(
                f"the shared rate-limit budget at {self._budget.location} does not answer "
                f"({self._cause}); {what} was not sent",
                store=self._budget.location,
            )
        if not share_held:
            wait = await self._wait_for(self._take_share, started, patience)
            if wait is not None:
                return wait
        with self._lock:
            self._last_degraded = self._clock()
        return None

    async def pause(self, seconds: float) -> None:
        """Pause every process of the key (best effort: a silent Redis is not an error here)."""
        if seconds > 0 and not self._quiet():
            with contextlib.suppress(_StoreSilent):
                await self._ask(self._script()[1]([self._keys[1]], [math.ceil(seconds * 1000)]))

    async def _wait_for(
        self, take: Callable[[], Awaitable[float | None]], started: float, patience: float | None
    ) -> float | None:
        """Try ``take`` until it succeeds (None), or return a wait that would pass ``patience``."""
        while (wait := await take()) is not None:
            if patience is not None and self._clock() - started + wait > patience:
                return wait
            await asyncio.sleep(wait)
        return None

    async def _take_slot(self) -> float | None:
        answer = await self._ask(self._script()[0](self._keys, self._take_args))
        wait_ms, held = (int(part) for part in answer)
        with self._lock:
            was_silent, self._silent = self._silent, False
            if not wait_ms:
                self._last_held = (self._clock(), held)
        if was_silent:
            logger.info(
                "the shared rate-limit budget at %s is back: requests are counted in it again",
                self._budget.location,
            )
        return wait_ms / 1000 if wait_ms else None

    async def _take_share(self) -> float | None:
        assert self._share is not None
        with self._lock:
            now = self._clock()
            free_at = self._share.take(now)
        return None if free_at is None else free_at - now

    def _script(self) -> tuple[AsyncScript, AsyncScript]:
        loop = asyncio.get_running_loop()
        with self._lock:
            if loop not in self._scripts:
                self._scripts = {k: v for k, v in self._scripts.items() if not k.is_closed()}
                client = connect_redis(self._budget.url, self._budget.timeout, "the shared budget")
                # Registering only computes the digest; Redis learns a script on first use.
                register = client.register_script
                self._scripts[loop] = (register(_TAKE_SLOT), register(_PAUSE))
            return self._scripts[loop]

    async def _ask(self, call: Awaitable[Any]) -> Any:
        """Await ``call``; when Redis fails, note the outage (warn once) and raise _StoreSilent."""
        import redis.exceptions  # loaded with the client by now

        try:
            return await asyncio.wait_for(call, self._budget.timeout)
        except TimeoutError:
            cause = f"no answer within {self._budget.timeout:g} s"
        except (redis.exceptions.RedisError, OSError) as exc:
            cause = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
        with self._lock:
            first, self._silent = not self._silent, True
            self._cause = cause
            self._quiet_until = self._clock() + QUIET_AFTER_FAILURE
            if first and self._share is not None:
                # The others' requests still count at the server, though unseen from here now.
                last_at, held = self._last_held
                scaled = math.ceil(held * self._share.limit / self._requests)
                self._share.add(last_at, min(scaled, self._share.limit) - len(self._share))
        if first:
            then = "requests of this key are not sent"
            if self._share is not None:
                share = f"{self._share.limit} requests per {self._share.period:g} s"
                then = f"this process keeps to its share of {share}"
            logger.warning(
                "the shared rate-limit budget at %s does not answer (%s); %s until it does",
                self._budget.location,
                cause,
                then,
            )
        raise _StoreSilent

    def _quiet(self) -> bool:
        """Redis failed moments ago: do not wait for its timeout again yet."""
        with self._lock:
            return self._clock() < self._quiet_until
