"""The server side of the GetSales rate limit: a strict rolling window per API key.

A request is admitted only if fewer than ``requests`` requests of its key were admitted in
the half-open interval ``(now - period, now]``; it is counted on arrival, before any work
or latency. A client that stays under this rule stays under any looser reading of it
(fixed windows, token buckets). The SDK's own limiter keeps in-flight requests and pauses
besides its window, so it is not reused here.
"""

from __future__ import annotations

import threading
from collections import deque


class RollingWindowLimiter:
    """At most ``requests`` per key in any window of ``period`` seconds; time is passed in,
    so tests can drive it with a manual clock."""

    def __init__(self, requests: int, period: float, *, count_rejected: bool = False) -> None:
        if requests < 1 or period <= 0:
            raise ValueError("requests must be at least 1 and period positive")
        self.requests, self.period, self.count_rejected = requests, period, count_rejected
        self._windows: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def try_acquire(self, key: str, now: float) -> float | None:
        """``None`` when admitted, else the seconds until the oldest admission leaves."""
        with self._lock:
            window = self._windows.setdefault(key, deque())
            horizon = now - self.period
            while window and window[0] <= horizon:
                window.popleft()
            if len(window) < self.requests:
                window.append(now)
                return None
            wait = window[0] - horizon
            if self.count_rejected:
                window.append(now)
            return max(wait, 0.0)

    def reset(self) -> None:
        """Forget every admission."""
        with self._lock:
            self._windows.clear()
