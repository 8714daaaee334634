"""Counters, timings and hooks per client: each transport reports every attempt to its
:class:`ClientObserver`, which counts it, logs it and passes it to the client's :class:`Hooks`."""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import attrs
from httpx import Request

from getsales_client.types import OPERATION_EXTENSION

if TYPE_CHECKING:
    from getsales_extras.ratelimit import RollingWindowLimiter

logger = logging.getLogger("getsales")
LOGGED_WAIT = 1.0  # seconds: a longer limiter wait gets an INFO line on the logger
SAMPLES = 10_000  # the percentiles are over this many of the latest waits and durations


@attrs.frozen
class _AttemptEvent:
    method: str
    path: str  # never the query string
    operation: str | None  # the generated module's name, None for a request built by hand
    attempt: int  # 1 for the first try of a request


@attrs.frozen
class RequestEvent(_AttemptEvent):
    """An attempt is being sent."""

    bytes_sent: int


@attrs.frozen
class ResponseEvent(_AttemptEvent):
    """An attempt is over: its ``status``, or the ``error`` (``ReadTimeout``) when none came."""

    status: int | None
    error: str | None
    bytes_received: int
    seconds: float


@attrs.frozen
class RetryEvent(_AttemptEvent):
    """The attempt failed (``reason``: ``"429"``, ``"ReadTimeout"``...); next try in ``wait`` s."""

    reason: str
    wait: float


@attrs.frozen
class RateLimitWaitEvent(_AttemptEvent):
    """The rate limiter held the attempt back for ``seconds`` before letting it go."""

    seconds: float


@attrs.frozen
class Hooks:
    """Callbacks for the events of every request of a client (``create_client(hooks=...)``)."""

    on_request: Callable[[RequestEvent], None] | None = None
    on_response: Callable[[ResponseEvent], None] | None = None
    on_retry: Callable[[RetryEvent], None] | None = None
    on_rate_limit_wait: Callable[[RateLimitWaitEvent], None] | None = None


@attrs.frozen
class ClientStats:
    """What a client has done so far (``client_stats(client)``); README.md says what each counts."""

    requests: int
    responses_2xx: int
    responses_3xx: int
    responses_4xx: int
    responses_5xx: int
    rate_limited: int
    connection_errors: int
    retries: int
    limiter_waits: int
    limiter_wait_seconds: float
    limiter_wait_p50: float
    limiter_wait_p90: float
    limiter_wait_p99: float
    limiter_wait_max: float
    response_seconds_p50: float
    response_seconds_p90: float
    response_seconds_p99: float
    bytes_sent: int
    bytes_received: int
    window_used: int | None = None  # None without a limiter
    window_size: int | None = None


# The plain counters are the integer fields of ClientStats, kept under the same names.
_COUNTERS = tuple(f.name for f in attrs.fields(ClientStats) if f.type in (int, "int"))
_Hook = Callable[[Any], None] | None


class ClientObserver:
    """Counts what one client's transport does and passes it on to the client's hooks; a lock
    guards the counts, so a snapshot can be taken from any thread."""

    def __init__(self, hooks: Hooks | None = None) -> None:
        self.hooks = hooks if hooks is not None else Hooks()
        self._lock = threading.Lock()
        self._counts = dict.fromkeys(_COUNTERS, 0)
        self._waited = 0.0
        self._waits: deque[float] = deque(maxlen=SAMPLES)
        self._durations: deque[float] = deque(maxlen=SAMPLES)

    def admitted(self, request: Request, attempt: int, waited: float) -> None:
        """The rate limiter let an attempt go after holding it back ``waited`` seconds."""
        with self._lock:
            self._waits.append(waited)
            if waited > 0:
                self._waited += waited
                self._counts["limiter_waits"] += 1
        if waited > LOGGED_WAIT:
            line = "%s %s: waited %.2f s for the rate limiter"
            logger.info(line, request.method, request.url.path, waited)
        if waited > 0:
            self._emit(self.hooks.on_rate_limit_wait, RateLimitWaitEvent, request, attempt, waited)

    def sending(self, request: Request, attempt: int) -> float:
        """An attempt is about to be sent; returns the time to pass to ``answered``."""
        size = len(request.content)
        with self._lock:
            self._counts["requests"] += 1
            self._counts["bytes_sent"] += size
        self._emit(self.hooks.on_request, RequestEvent, request, attempt, size)
        return time.monotonic()

    def answered(
        self, request: Request, attempt: int, status: int, size: int, started: float
    ) -> None:
        by_class = f"responses_{min(status // 100, 5)}xx"  # a 1xx is kept but not shown
        self._ended(request, attempt, started, by_class, status, None, size)

    def failed(self, request: Request, attempt: int, error: BaseException, started: float) -> None:
        self._ended(request, attempt, started, "connection_errors", None, type(error).__name__, 0)

    def _ended(
        self,
        request: Request,
        attempt: int,
        started: float,
        counter: str,
        status: int | None,
        error: str | None,
        size: int,
    ) -> None:
        """An attempt is over: count it under ``counter`` and tell ``on_response``."""
        seconds = max(0.0, time.monotonic() - started)
        with self._lock:
            counts = self._counts
            counts[counter] = counts.get(counter, 0) + 1
            counts["rate_limited"] += status == 429
            counts["bytes_received"] += size
            self._durations.append(seconds)
        event = (attempt, status, error, size, seconds)
        self._emit(self.hooks.on_response, ResponseEvent, request, *event)

    def retrying(
        self,
        request: Request,
        attempt: int,
        reason: str,
        wait: float,
        *,
        number: int | None = None,
        limit: int | None = None,
    ) -> None:
        """The next try follows in ``wait`` s: retry ``number`` of ``limit``, None after a 429."""
        with self._lock:
            self._counts["retries"] += 1
        step = "sending again" if number is None else f"retry {number} of {limit}"
        logger.info("%s %s: %s; %s in %.2f s", request.method, request.url.path, reason, step, wait)
        self._emit(self.hooks.on_retry, RetryEvent, request, attempt, reason, wait)

    def snapshot(self, limiter: RollingWindowLimiter | None = None) -> ClientStats:
        with self._lock:
            stats: dict[str, Any] = {name: self._counts[name] for name in _COUNTERS}
            stats["limiter_wait_seconds"] = self._waited
            waits, durations = sorted(self._waits), sorted(self._durations)
        for name, samples in (("limiter_wait", waits), ("response_seconds", durations)):
            for point in (50, 90, 99):  # nearest-rank percentiles, 0.0 without samples
                rank = max(1, math.ceil(point / 100 * len(samples)))
                stats[f"{name}_p{point}"] = samples[rank - 1] if samples else 0.0
        if limiter is not None:  # the window's use: attempts in flight plus those it counts
            stats.update(window_used=sum(limiter.stats()), window_size=limiter.rate.requests)
        return ClientStats(**stats, limiter_wait_max=waits[-1] if waits else 0.0)

    @staticmethod
    def _emit(hook: _Hook, kind: Callable[..., Any], request: Request, *fields: Any) -> None:
        if hook is None:  # most clients have none: nothing else is spent
            return
        name = request.extensions.get(OPERATION_EXTENSION)
        operation = name if isinstance(name, str) else None
        try:
            hook(kind(request.method, request.url.path, operation, *fields))
        except Exception:
            logger.warning("a getsales hook raised; the request goes on", exc_info=True)
