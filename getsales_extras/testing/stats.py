"""What the emulator saw, so tests can prove from the server's side what a client did: per
operation (``"POST /leads/api/leads/upsert"``) the requests received and changes applied;
every 429, in all and per key (by a non-secret label); the arrival and admission times; and
how often each exact body that may change data was admitted and applied."""

from __future__ import annotations

import bisect
import hashlib
import json
import threading
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

Body = bytes | Mapping[str, Any] | list[Any]


def payload_digest(method: str, path: str, body: Body) -> str:
    """A short fingerprint of a body sent to a concrete path; JSON is canonicalised, so the
    digest of a dict matches the one of the bytes a client sent."""
    value: Any = body
    if isinstance(body, bytes):
        try:
            value = json.loads(body) if body else None
        except ValueError:
            value = body.decode("latin-1")
    canonical = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(f"{method.upper()} {path}\n{canonical}".encode()).hexdigest()[:20]


def busiest_window(times: Sequence[float], period: float) -> int:
    """The most of ``times`` inside any half-open window ``(t - period, t]``: what a rolling
    limit of ``period`` seconds counts at its busiest."""
    times = sorted(times)
    return max(
        (i + 1 - bisect.bisect_right(times, t - period) for i, t in enumerate(times)), default=0
    )


_COUNTERS = ("rate_limited_by_key", "requests", "mutations", "faults")


class EmulatorStats:
    """Thread-safe counters, filled by the server thread and read by tests."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.reset()

    def reset(self) -> None:
        """Forget everything recorded so far."""
        with self._lock:
            self.requests: Counter[str] = Counter()
            self.mutations: Counter[str] = Counter()
            self.faults: Counter[str] = Counter()
            self.statuses: Counter[int] = Counter()  # answers that got as far as a status
            self.status_log: list[int] = []  # every status sent, in order
            self.rate_limited = 0
            self.rate_limited_by_key: Counter[str] = Counter()
            self.received_times: list[float] = []
            self.admitted_times: list[float] = []
            self.payloads_admitted: Counter[str] = Counter()
            self.payloads_applied: Counter[str] = Counter()
            self._targets: dict[str, str] = {}

    def received(self, method: str, template: str, now: float) -> None:
        with self._lock:
            self.requests[f"{method} {template}"] += 1
            self.received_times.append(now)

    def admitted(self, now: float, payload: str | None, target: str) -> None:
        """An admitted request; ``payload`` fingerprints a body that may change data."""
        with self._lock:
            self.admitted_times.append(now)
            if payload is not None:
                self.payloads_admitted[payload] += 1
                self._targets.setdefault(payload, target)

    def limited(self, key: str) -> None:
        with self._lock:
            self.rate_limited += 1
            self.rate_limited_by_key["key-" + hashlib.sha256(key.encode()).hexdigest()[:8]] += 1

    def answered(self, status: int) -> None:
        with self._lock:
            self.statuses[status] += 1
            self.status_log.append(status)

    def fault(self, kind: str) -> None:
        with self._lock:
            self.faults[kind] += 1

    def applied(self, method: str, template: str, payload: str | None) -> None:
        with self._lock:
            self.mutations[f"{method} {template}"] += 1
            if payload is not None:
                self.payloads_applied[payload] += 1

    # Questions tests ask. Single reads of a counter or a list need no lock (atomic in CPython).

    def requests_for(self, method: str, template: str) -> int:
        """Requests received for one operation, whatever their outcome."""
        return self.requests[f"{method.upper()} {template}"]

    def mutations_for(self, method: str, template: str) -> int:
        return self.mutations[f"{method.upper()} {template}"]

    @property
    def total_requests(self) -> int:
        return len(self.received_times)

    @property
    def total_admitted(self) -> int:
        return len(self.admitted_times)

    def times_admitted(self, method: str, path: str, body: Body) -> int:
        """How often this exact body reached the server's logic for ``method path``."""
        return self.payloads_admitted[payload_digest(method, path, body)]

    def times_applied(self, method: str, path: str, body: Body) -> int:
        """How often this exact body changed the data at ``method path``."""
        return self.payloads_applied[payload_digest(method, path, body)]

    def duplicate_payloads(self, *, applied: bool = False) -> dict[str, int]:
        """Changing requests whose exact body arrived (or was applied) more than once, as
        ``"METHOD path#digest"``: count."""
        with self._lock:
            return self._duplicates(self.payloads_applied if applied else self.payloads_admitted)

    def _duplicates(self, counts: Counter[str]) -> dict[str, int]:
        return {f"{self._targets.get(d, '?')}#{d}": n for d, n in counts.items() if n > 1}

    def max_admitted_in_window(self, period: float) -> int:
        """The most admitted requests inside any half-open window of ``period`` seconds."""
        with self._lock:
            return busiest_window(self.admitted_times, period)

    def max_received_in_window(self, period: float) -> int:
        """The same over every request received: whether a client *sent* too many."""
        with self._lock:
            return busiest_window(self.received_times, period)

    def snapshot(self, *, include_times: bool = False) -> dict[str, Any]:
        """Everything above as JSON values (served at ``GET /_emulator/stats``)."""
        with self._lock:
            view: dict[str, Any] = {
                "total_requests": len(self.received_times),
                "total_admitted": len(self.admitted_times),
                "rate_limited": self.rate_limited,
                **{name: dict(getattr(self, name)) for name in _COUNTERS},
                "duplicate_payloads_admitted": self._duplicates(self.payloads_admitted),
                "duplicate_payloads_applied": self._duplicates(self.payloads_applied),
            }
            if include_times:
                view["admitted_times"] = list(self.admitted_times)
                view["received_times"] = list(self.received_times)
            return view
