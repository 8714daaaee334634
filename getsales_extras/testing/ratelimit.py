"""The server side of the GetSales rate limit: a strict rolling window per API key.

A request is admitted only if fewer than ``requests`` of its key were admitted in the last
``period`` seconds; it is counted on arrival, before any work or latency. A client that stays
under this rule stays under any looser reading of it (fixed windows, token buckets).
"""

from __future__ import annotations

import threading

from getsales_extras.ratelimit import RollingWindow


class ArrivalLimit:
    """At most ``requests`` per key in any ``period`` seconds; time is passed in, so tests can
    drive it with a manual clock. ``count_rejected``: a rejected request uses a slot too."""

    def __init__(self, requests: int, period: float, *, count_rejected: bool = False) -> None:
        if requests < 1 or period <= 0:
            raise ValueError("requests must be at least 1 and period positive")
        self.requests, self.period, self.count_rejected = requests, period, count_rejected
        self._windows: dict[str, RollingWindow] = {}
        self._lock = threading.Lock()

    def try_acquire(self, key: str, now: float) -> float | None:
        """``None`` when admitted, else the seconds until the oldest admission leaves."""
        with self._lock:
            window = self._windows.setdefault(key, RollingWindow(self.requests, self.period))
            window.limit, window.period = self.requests, self.period  # the limit may change
            free_at = window.take(now)
            if free_at is not None and self.count_rejected:
                window.add(now)
            return None if free_at is None else max(free_at - now, 0.0)

    def reset(self) -> None:
        """Forget every admission."""
        with self._lock:
            self._windows.clear()
