"""One key's budget shared by every process that uses the key, kept in Redis.

GetSales counts requests per API key, not per process. The in-process limiter
(``getsales_extras.ratelimit``) keeps one process within ``RateLimit.requests`` per rolling
``period``; several workers, containers or task-queue consumers on one key would each take a
full budget. Giving the ``RateLimit`` a ``RedisBudget`` makes them share one rolling window::

    rate_limit = RateLimit(300, 60.0, shared=RedisBudget("redis://cache:6379/0"))
    client = create_client(api_key, rate_limit=rate_limit)

How it works: each process still paces itself with its own limiter (bursts, even spacing, the
pause after a 429); before a request is sent, one more slot is taken in a moving window in
Redis, shared by every process of the key. A short Lua script takes the slot atomically and,
when the window is full, tells the request how long until the oldest slot comes free; the
request waits that long, then tries again. ``redis.asyncio`` provides the connection.
The window is stored under a SHA-256 digest of the base URL and the API key, never the key.
Slots are timed by the Redis server's own clock, so the clocks of the hosts sharing a budget
need not agree (Redis 5 or newer).

Each slot is held for the period plus the limiter's latency allowance, to the millisecond:
60.6 s for the 60 s GetSales budget, 4.05 s for 40 requests per 4 s. The allowance absorbs
the time between taking a slot and the server counting the request (connecting, queueing at
the server), which differs from request to request; without it, requests from different
processes can meet within one server period and draw 429s. It costs 1% of the throughput
(at least 50 ms per slot, so a little more for periods under 5 s).

When Redis does not answer within ``timeout`` seconds (down, unreachable, overloaded):

- ``on_error="fail"`` (the default, "fail closed"): the request is not sent and the caller
  gets ``RateLimitBackendError``. Nothing was sent, so nothing is lost or done twice; the
  caller decides when to try again. Sending without the shared count could break the budget
  for every process of the key.
- ``on_error="degrade"``: the process falls back to its share of the budget,
  ``requests // processes`` per window (held as long as Redis's entries), where ``processes``
  is how many processes the user runs on the key, and keeps to that share until one window
  after Redis answers again (the requests it sent meanwhile are not in Redis's window). A
  warning is logged once per outage. Processes that still reach Redis are not slowed down by
  the others' outage, so the key may exceed its budget while some reach Redis and others do
  not.

When the outage starts, the share counts as used what the shared window held at Redis's last
answer (scaled to the share), so an outage while the window is full does not add a fresh
share per process on top of it. A 429 answer seen by any process pauses every process of the
key: the pause is kept in Redis next to the window, and admission waits it out.

After a failure, Redis is asked again only after a second; until then requests fail at once
(or use the share) instead of each waiting for the timeout. A request whose slot was asked
for but not confirmed in time may still be counted when a slow Redis catches up, which only
ever errs on the safe side. A Redis that restarts without its
data has forgotten the window: for up to one period the key may then draw 429s, which the
client waits out as usual.

Redis needs the optional dependency: ``pip install "getsales[redis]"``. Importing this module
does not import Redis; the first client that uses a ``RedisBudget`` does.
"""

from __future__ import annotations

import hashlib
import math
import time
import urllib.parse
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Protocol

from getsales_extras.errors import ConfigurationError

__all__ = [
    "RedisBudget",
    "SharedWindow",
    "budget_identity",
    "open_shared_window",
]

OnStoreError = Literal["fail", "degrade"]

_SCHEMES = ("redis", "rediss", "unix")
_DEFAULT_PORT = 6379


@dataclass(frozen=True, repr=False)
class RedisBudget:
    """Where and how processes share a key's budget: a Redis server and what to do without it.

    Attributes:
        url: ``redis://[[user]:password@]host[:port][/db]``, ``rediss://...`` (TLS) or
            ``unix:///path/to/redis.sock?db=0``. The password never appears in ``repr()``, logs
            or error messages.
        on_error: ``"fail"`` to raise ``RateLimitBackendError`` without sending when Redis does
            not answer, ``"degrade"`` to fall back to this process's share of the budget.
        processes: how many processes share the key; required with ``on_error="degrade"``
            (each then gets ``requests // processes`` per period while Redis is away).
        timeout: seconds to wait for one answer from Redis (connecting included).
        key_prefix: the prefix of the Redis keys this budget creates.
    """

    url: str
    on_error: OnStoreError = "fail"
    processes: int | None = None
    timeout: float = 0.5
    key_prefix: str = "getsales"

    def __post_init__(self) -> None:
        parsed = urllib.parse.urlsplit(self.url)
        if parsed.scheme not in _SCHEMES:
            raise ValueError(
                f"RedisBudget url must start with redis://, rediss:// or unix:// "
                f"(got {parsed.scheme or 'no scheme'}://)"
            )
        if parsed.scheme == "unix" and not parsed.path:
            raise ValueError("a unix:// RedisBudget url needs the socket's path")
        if parsed.scheme != "unix":
            if not parsed.hostname:
                raise ValueError("a RedisBudget url needs a host")
            _port_of(parsed)  # a port that is not a number is refused here, not at first use
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
        if not self.key_prefix:
            raise ValueError("key_prefix must not be empty")

    @property
    def location(self) -> str:
        """The server's address without credentials or options, for messages and logs."""
        parsed = urllib.parse.urlsplit(self.url)
        if parsed.scheme == "unix":
            return f"unix://{parsed.path}"
        host = parsed.hostname or ""
        if ":" in host:
            host = f"[{host}]"
        port = _port_of(parsed)
        return f"{parsed.scheme}://{host}:{port}{parsed.path}"

    def share_of(self, requests: int) -> int:
        """This process's part of ``requests`` while Redis does not answer (at least 1)."""
        return max(1, requests // (self.processes or 1))

    def __repr__(self) -> str:
        extra = f", processes={self.processes}" if self.processes is not None else ""
        return (
            f"RedisBudget({self.location!r}, on_error={self.on_error!r}{extra}, "
            f"timeout={self.timeout:g})"
        )


def _port_of(parsed: urllib.parse.SplitResult) -> int:
    try:
        port = parsed.port
    except ValueError:
        raise ValueError("the port of the RedisBudget url is not a number") from None
    return port if port is not None else _DEFAULT_PORT


class SharedWindow(Protocol):
    """What the in-process limiter asks of a budget kept outside the process."""

    async def admit(self, *, patience: float | None, retrying: bool) -> float | None:
        """Count one request that is about to be sent.

        Returns None once the request may go. When it could only go more than ``patience``
        seconds from now, returns how many seconds that would take, counting nothing.
        Raises ``RateLimitBackendError`` when the store cannot be asked and the budget fails
        closed; ``retrying`` tells the message whether an earlier attempt exists.
        """
        ...

    async def pause(self, seconds: float) -> None:
        """Pause every process of the key for ``seconds`` (a 429 answer said the budget is
        spent); best effort: a store that does not answer is not an error here."""
        ...

    def describe(self) -> str:
        """A short, credential-free description for ``repr()``."""
        ...


def budget_identity(api_key: str, base_url: str) -> str:
    """The name of a key's shared window: a digest of base URL and key, not the key itself."""
    material = f"getsales-budget\n{base_url.rstrip('/')}\n{api_key}".encode()
    return hashlib.sha256(material).hexdigest()


def open_shared_window(
    budget: RedisBudget,
    *,
    requests: int,
    period: float,
    allowance: float,
    identity: str,
    clock: Callable[[], float] = time.monotonic,
) -> SharedWindow:
    """The shared window of one key on ``budget``'s server (Redis is imported here).

    ``allowance`` is how long after taking its slot a request may still be counted by the
    server (the limiter's latency allowance); slots are held for ``period + allowance``.
    """
    try:
        from getsales_extras._redis_window import RedisWindow
    except ImportError as exc:
        raise ConfigurationError(
            f'a RedisBudget needs the optional Redis support: pip install "getsales[redis]" '
            f"({exc.name or 'a module'} is missing)"
        ) from None
    return RedisWindow(
        budget,
        requests=requests,
        period=period,
        allowance=allowance,
        identity=identity,
        clock=clock,
    )
