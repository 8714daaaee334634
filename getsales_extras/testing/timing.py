"""A clock tests can move by hand, for the emulator's rate limiter and statistics."""

from __future__ import annotations

import threading


class ManualClock:
    """A monotonic clock that only moves when told to.

    Pass it as ``EmulatorConfig(clock=ManualClock())`` and the rate limit becomes a
    function of ``advance()`` calls instead of wall time, so window tests never race.
    """

    def __init__(self, start: float = 1000.0) -> None:
        self._now = start
        self._lock = threading.Lock()

    def __call__(self) -> float:
        with self._lock:
            return self._now

    def advance(self, seconds: float) -> float:
        """Move forward by ``seconds`` and return the new reading."""
        if seconds < 0:
            raise ValueError("a monotonic clock cannot go backwards")
        with self._lock:
            self._now += seconds
            return self._now

    def __repr__(self) -> str:
        return f"ManualClock({self():.3f})"
