"""Numbers an operator can watch: counters and timings per client, and hooks to export them.

Every client from ``create_client`` / ``create_sync_client`` keeps a :class:`ClientObserver`
that its transport reports to at a few points of each request: when an attempt is admitted by
the rate limiter, when it is sent, when its answer (or its failure) is in, and when it is
going to be sent again. From those it keeps:

- counters: requests sent (every attempt), answers by status class, 429 answers
  (``rate_limited``), attempts without an answer, retries, bytes both ways;
- timings: how long the rate limiter held requests back (total, count, percentiles) and how
  long attempts took (percentiles), over the latest 10,000 of each.

``getsales_extras.client_stats(client)`` returns them as a :class:`ClientStats` snapshot.
:class:`Hooks` passes the same events to your callbacks as they happen, to feed Prometheus,
OpenTelemetry or a log pipeline (``examples/prometheus_metrics.py``). Hooks run on the
client's event loop (the background one for a sync client): keep them quick. A hook that
raises is logged and otherwise ignored; it never fails the request.

The ``getsales`` logger gets one INFO line per retry and per limiter wait longer than a
second. No event, counter or log line carries headers or query strings.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import deque
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import httpx

from getsales_client.types import OPERATION_EXTENSION

if TYPE_CHECKING:
    from getsales_extras.ratelimit import RollingWindowLimiter

__all__ = [
    "LOGGED_WAIT",
    "ClientObserver",
    "ClientStats",
    "Hooks",
    "RateLimitWaitEvent",
    "RequestEvent",
    "ResponseEvent",
    "RetryEvent",
]

logger = logging.getLogger("getsales")

#: Limiter waits longer than this many seconds get an INFO line on the ``getsales`` logger.
LOGGED_WAIT = 1.0
#: How many of the latest waits and attempt durations the percentiles are taken over.
SAMPLES = 10_000

E = TypeVar("E")


@attrs.frozen
class RequestEvent:
    """An attempt is being sent. ``attempt`` is 1 for the first try of a request."""

    method: str
    path: str  # never the query string
    operation: str | None  # the generated module's name, None for a request built by hand
    attempt: int
    bytes_sent: int


@attrs.frozen
class ResponseEvent:
    """An attempt is over: ``status`` is the answer's, or None when none came (``error`` then
    names the failure, e.g. ``ReadTimeout``). ``seconds`` runs from sending to the whole
    answer."""

    method: str
    path: str
    operation: str | None
    attempt: int
    status: int | None
    error: str | None
    bytes_received: int
    seconds: float


@attrs.frozen
class RetryEvent:
    """An attempt failed and the request will be sent again after ``wait`` seconds.

    ``reason`` is the status (``"429"``, ``"503"``) or the failure (``"ReadTimeout"``).
    After a 429 every request of the key waits; the rate limiter does the waiting then.
    """

    method: str
    path: str
    operation: str | None
    attempt: int  # the attempt that failed
    reason: str
    wait: float


@attrs.frozen
class RateLimitWaitEvent:
    """The rate limiter held an attempt back for ``seconds`` before letting it go."""

    method: str
    path: str
    operation: str | None
    attempt: int
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
    """What a client has done so far (``getsales_extras.client_stats(client)``).

    Percentiles are over the latest 10,000 admissions (waits; 0.0 for a request admitted at
    once) or attempts (durations); 0.0 before there are any.
    """

    requests: int  # HTTP requests sent, every attempt counted
    responses_2xx: int
    responses_3xx: int
    responses_4xx: int  # 429 answers included
    responses_5xx: int
    rate_limited: int  # 429 answers
    connection_errors: int  # attempts that got no answer (refused, dropped, timed out)
    retries: int  # requests sent again after a failure or a 429
    limiter_waits: int  # attempts the rate limiter held back
    limiter_wait_seconds: float  # the total time they were held back
    limiter_wait_p50: float
    limiter_wait_p90: float
    limiter_wait_p99: float
    limiter_wait_max: float
    response_seconds_p50: float
    response_seconds_p90: float
    response_seconds_p99: float
    bytes_sent: int  # request bodies
    bytes_received: int  # response bodies, as they came off the wire
    window_used: int | None  # requests the key's rolling window counts right now
    window_size: int | None  # the budget: requests allowed per window (None: no limiter)


def _percentile(ordered: list[float], fraction: float) -> float:
    """Nearest-rank percentile of an ascending list (0.0 for an empty one)."""
    if not ordered:
        return 0.0
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def _where(request: httpx.Request) -> tuple[str, str, str | None]:
    name = request.extensions.get(OPERATION_EXTENSION)
    return request.method.upper(), request.url.path, name if isinstance(name, str) else None


class ClientObserver:
    """Counts what one client's transport does and passes it on to the client's hooks.

    Thread-safe: the counters are guarded by a lock, so a snapshot can be taken from any
    thread while requests run.
    """

    def __init__(self, hooks: Hooks | None = None, *, clock: Callable[[], float] = time.monotonic):
        self.hooks = hooks if hooks is not None else Hooks()
        self._clock = clock
        self._lock = threading.Lock()
        self._requests = 0
        self._by_class = [0, 0, 0, 0, 0, 0]  # index: status // 100
        self._rate_limited = 0
        self._connection_errors = 0
        self._retries = 0
        self._limiter_waits = 0
        self._limiter_wait_total = 0.0
        self._waits: deque[float] = deque(maxlen=SAMPLES)
        self._durations: deque[float] = deque(maxlen=SAMPLES)
        self._bytes_sent = 0
        self._bytes_received = 0

    def __repr__(self) -> str:
        return f"ClientObserver(requests={self._requests}, retries={self._retries})"

    # --- what the transport reports ---------------------------------------------------

    def admitted(self, request: httpx.Request, attempt: int, waited: float) -> None:
        """The rate limiter let an attempt go after holding it back ``waited`` seconds."""
        with self._lock:
            self._waits.append(waited)
            if waited > 0:
                self._limiter_waits += 1
                self._limiter_wait_total += waited
        if waited <= 0:
            return
        method, path, operation = _where(request)
        if waited > LOGGED_WAIT:
            logger.info("%s %s: waited %.2f s for the rate limiter", method, path, waited)
        self._emit(
            self.hooks.on_rate_limit_wait,
            lambda: RateLimitWaitEvent(method, path, operation, attempt, waited),
        )

    def sending(self, request: httpx.Request, attempt: int) -> float:
        """An attempt is about to be sent; returns the time to pass to ``answered``."""
        size = len(request.content)
        with self._lock:
            self._requests += 1
            self._bytes_sent += size
        hook = self.hooks.on_request
        if hook is not None:
            method, path, operation = _where(request)
            self._emit(hook, lambda: RequestEvent(method, path, operation, attempt, size))
        return self._clock()

    def answered(
        self, request: httpx.Request, attempt: int, status: int, size: int, started: float
    ) -> None:
        """The whole answer of an attempt is in."""
        seconds = max(0.0, self._clock() - started)
        with self._lock:
            self._by_class[min(max(status // 100, 0), 5)] += 1
            if status == 429:
                self._rate_limited += 1
            self._bytes_received += size
            self._durations.append(seconds)
        hook = self.hooks.on_response
        if hook is not None:
            method, path, operation = _where(request)
            self._emit(
                hook,
                lambda: ResponseEvent(
                    method, path, operation, attempt, status, None, size, seconds
                ),
            )

    def failed(
        self, request: httpx.Request, attempt: int, error: BaseException, started: float
    ) -> None:
        """An attempt got no answer."""
        seconds = max(0.0, self._clock() - started)
        with self._lock:
            self._connection_errors += 1
            self._durations.append(seconds)
        hook = self.hooks.on_response
        if hook is not None:
            method, path, operation = _where(request)
            kind = type(error).__name__
            self._emit(
                hook,
                lambda: ResponseEvent(method, path, operation, attempt, None, kind, 0, seconds),
            )

    def retrying(
        self,
        request: httpx.Request,
        attempt: int,
        reason: str,
        wait: float,
        *,
        number: int | None = None,
        limit: int | None = None,
    ) -> None:
        """Attempt ``attempt`` failed with ``reason``; the next one follows in ``wait`` s.

        ``number`` of ``limit`` are the transient-failure retries (None for a 429, which does
        not use them up).
        """
        with self._lock:
            self._retries += 1
        method, path, operation = _where(request)
        if number is None:
            logger.info("%s %s: %s; sending again in %.2f s", method, path, reason, wait)
        else:
            logger.info(
                "%s %s: %s; retry %d of %s in %.2f s", method, path, reason, number, limit, wait
            )
        self._emit(
            self.hooks.on_retry, lambda: RetryEvent(method, path, operation, attempt, reason, wait)
        )

    # --- reading ----------------------------------------------------------------------

    def snapshot(self, limiter: RollingWindowLimiter | None = None) -> ClientStats:
        with self._lock:
            waits = sorted(self._waits)
            durations = sorted(self._durations)
            by_class = list(self._by_class)
            counts = (
                self._requests,
                self._rate_limited,
                self._connection_errors,
                self._retries,
                self._limiter_waits,
                self._limiter_wait_total,
                self._bytes_sent,
                self._bytes_received,
            )
        requests, limited, errors, retries, held, held_total, sent, received = counts
        used = size = None
        if limiter is not None:
            in_flight, counted = limiter.stats()
            used, size = in_flight + counted, limiter.rate.requests
        return ClientStats(
            requests=requests,
            responses_2xx=by_class[2],
            responses_3xx=by_class[3],
            responses_4xx=by_class[4],
            responses_5xx=by_class[5],
            rate_limited=limited,
            connection_errors=errors,
            retries=retries,
            limiter_waits=held,
            limiter_wait_seconds=held_total,
            limiter_wait_p50=_percentile(waits, 0.50),
            limiter_wait_p90=_percentile(waits, 0.90),
            limiter_wait_p99=_percentile(waits, 0.99),
            limiter_wait_max=waits[-1] if waits else 0.0,
            response_seconds_p50=_percentile(durations, 0.50),
            response_seconds_p90=_percentile(durations, 0.90),
            response_seconds_p99=_percentile(durations, 0.99),
            bytes_sent=sent,
            bytes_received=received,
            window_used=used,
            window_size=size,
        )

    @staticmethod
    def _emit(hook: Callable[[E], Any] | None, event: Callable[[], E]) -> None:
        if hook is None:
            return
        try:
            hook(event())
        except Exception:
            logger.warning("a getsales hook raised; the request goes on", exc_info=True)
