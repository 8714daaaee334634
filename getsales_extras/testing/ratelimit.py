"""The server side of the GetSales rate limit: a strict rolling window per API key.

GetSales allows a fixed number of requests per minute per key. The emulator enforces the
strictest reading of that rule: a request is admitted only if fewer than ``requests``
requests of the same key were admitted in the preceding ``period`` seconds, i.e. in the
half-open interval ``(now - period, now]``. A client that stays under this limit stays
under any looser server-side implementation (fixed windows, token buckets) as well.
"""

from __future__ import annotations

import threading
from collections import deque


class RollingWindowLimiter:
    """Admits at most ``requests`` per key in any rolling window of ``period`` seconds.

    The limiter keeps the admission times of each key in a deque, oldest first, and forgets
    those that have left the window; deciding is amortised O(1). Time is passed in by the
    caller so that tests can drive it with a manual clock.
    """

    def __init__(self, requests: int, period: float, *, count_rejected: bool = False) -> None:
        if requests < 1:
            raise ValueError("requests must be at least 1")
        if period <= 0:
            raise ValueError("period must be positive")
        self._requests = requests
        self._period = period
        self._count_rejected = count_rejected
        self._windows: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    @property
    def requests(self) -> int:
        return self._requests

    @property
    def period(self) -> float:
        return self._period

    def reconfigure(self, requests: int, period: float, *, count_rejected: bool) -> None:
        """Change the limit; admissions already recorded keep counting against it."""
        if requests < 1 or period <= 0:
            raise ValueError("requests must be at least 1 and period positive")
        with self._lock:
            self._requests = requests
            self._period = period
            self._count_rejected = count_rejected

    def try_acquire(self, key: str, now: float) -> float | None:
        """Admit one request of ``key`` at time ``now``.

        Returns ``None`` when admitted, otherwise the number of seconds until the oldest
        admission leaves the window (when a retry could first succeed).
        """
        with self._lock:
            window = self._windows.get(key)
            if window is None:
                window = self._windows[key] = deque()
            horizon = now - self._period
            while window and window[0] <= horizon:
                window.popleft()
            if len(window) < self._requests:
                window.append(now)
                return None
            wait = window[0] - horizon
            if self._count_rejected:
                window.append(now)
            return max(wait, 0.0)

    def in_window(self, key: str, now: float) -> int:
        """How many admissions of ``key`` still count against the limit at ``now``."""
        with self._lock:
            window = self._windows.get(key)
            if not window:
                return 0
            horizon = now - self._period
            return sum(1 for t in window if t > horizon)

    def reset(self) -> None:
        """Forget every admission (a fresh minute for every key)."""
        with self._lock:
            self._windows.clear()
