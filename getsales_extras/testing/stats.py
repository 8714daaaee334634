"""What the emulator saw: counters that let tests prove what a client really did.

A client's claims ("no request was sent twice", "the limit was never exceeded", "the
budget was fully used") are checked here from the server's side: requests received per
operation, changes applied per operation, how often each request body arrived and was
applied, every 429, and the time of every admitted request.
"""

from __future__ import annotations

import hashlib
import json
import threading
from collections import Counter, deque
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from typing import Any


def operation_key(method: str, template: str) -> str:
    """The key counters use for one operation, e.g. ``"POST /leads/api/leads/upsert"``."""
    return f"{method.upper()} {template}"


def payload_digest(method: str, path: str, body: bytes | Mapping[str, Any] | list[Any]) -> str:
    """A short fingerprint of a request body sent to a concrete path.

    JSON bodies are canonicalised (sorted keys, compact), so the digest a test computes
    from a dict matches what the server computed from the bytes a client sent.
    """
    if isinstance(body, bytes):
        try:
            parsed: Any = json.loads(body) if body else None
        except ValueError:
            canonical = body
        else:
            canonical = _canonical_json(parsed)
    else:
        canonical = _canonical_json(body)
    digest = hashlib.sha256(f"{method.upper()} {path}\n".encode() + canonical)
    return digest.hexdigest()[:20]


def _canonical_json(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


@dataclass(slots=True)
class RequestRecord:
    """One request as the emulator handled it."""

    seq: int
    method: str
    path: str
    template: str
    received_at: float
    status: int = 0
    admitted: bool = False
    fault: str | None = None
    fault_phase: str | None = None
    mutated: bool = False
    payload: str | None = None
    request_id: str | None = None


class EmulatorStats:
    """Thread-safe counters, filled by the server thread and read by tests.

    Operations are keyed as ``"METHOD /path/{template}"``. Payload digests are recorded
    for every request that may change data (not GET, not a read-only POST such as search)
    once it passed authentication and the rate limit (``payloads_admitted``: the server
    may have acted on it), and again when a change was actually applied
    (``payloads_applied``).
    """

    def __init__(self, log_size: int = 20_000) -> None:
        self._lock = threading.Lock()
        self._log_size = log_size
        self._reset_locked()

    def _reset_locked(self) -> None:
        self.requests: Counter[str] = Counter()
        self.responses: Counter[str] = Counter()
        self.mutations: Counter[str] = Counter()
        self.faults: Counter[str] = Counter()
        self.rate_limited = 0
        self.rate_limited_by_key: Counter[str] = Counter()
        self.received_times: list[float] = []
        self.admitted_times: list[float] = []
        self.payloads_admitted: Counter[str] = Counter()
        self.payloads_applied: Counter[str] = Counter()
        self.payload_targets: dict[str, str] = {}
        self.request_ids: Counter[str] = Counter()
        self.log: deque[RequestRecord] = deque(maxlen=self._log_size)
        self._seq = 0

    def reset(self) -> None:
        """Forget everything recorded so far."""
        with self._lock:
            self._reset_locked()

    def resize_log(self, log_size: int) -> None:
        with self._lock:
            self._log_size = log_size
            self.log = deque(self.log, maxlen=log_size)

    # --- recording (server thread) ----------------------------------------------------

    def received(
        self, method: str, path: str, template: str, now: float, request_id: str | None
    ) -> RequestRecord:
        with self._lock:
            self._seq += 1
            record = RequestRecord(self._seq, method, path, template, now, request_id=request_id)
            self.requests[operation_key(method, template)] += 1
            self.received_times.append(now)
            if request_id:
                self.request_ids[request_id] += 1
            self.log.append(record)
            return record

    def admitted(self, record: RequestRecord, now: float, payload: str | None) -> None:
        with self._lock:
            record.admitted = True
            record.payload = payload
            self.admitted_times.append(now)
            if payload is not None:
                self.payloads_admitted[payload] += 1
                self.payload_targets.setdefault(payload, f"{record.method} {record.path}")

    def limited(self, record: RequestRecord, key: str) -> None:
        with self._lock:
            self.rate_limited += 1
            self.rate_limited_by_key[_key_label(key)] += 1
            record.fault = record.fault or "rate_limited"

    def fault(self, record: RequestRecord, kind: str, phase: str) -> None:
        with self._lock:
            record.fault = kind
            record.fault_phase = phase
            self.faults[kind] += 1

    def applied(self, record: RequestRecord) -> None:
        with self._lock:
            record.mutated = True
            self.mutations[operation_key(record.method, record.template)] += 1
            if record.payload is not None:
                self.payloads_applied[record.payload] += 1

    def responded(self, record: RequestRecord, status: int) -> None:
        with self._lock:
            record.status = status
            self.responses[f"{operation_key(record.method, record.template)} {status}"] += 1

    # --- questions tests ask ----------------------------------------------------------

    def requests_for(self, method: str, template: str) -> int:
        """Requests received for one operation (every outcome, 401s and 429s included)."""
        with self._lock:
            return self.requests[operation_key(method, template)]

    def mutations_for(self, method: str, template: str) -> int:
        """Changes applied by one operation."""
        with self._lock:
            return self.mutations[operation_key(method, template)]

    def status_count(self, status: int) -> int:
        """How many responses had this status code."""
        suffix = f" {status}"
        with self._lock:
            return sum(n for key, n in self.responses.items() if key.endswith(suffix))

    @property
    def total_requests(self) -> int:
        with self._lock:
            return len(self.received_times)

    @property
    def total_admitted(self) -> int:
        with self._lock:
            return len(self.admitted_times)

    def times_admitted(
        self, method: str, path: str, body: bytes | Mapping[str, Any] | list[Any]
    ) -> int:
        """How often this exact body reached the server's logic for ``method path``."""
        digest = payload_digest(method, path, body)
        with self._lock:
            return self.payloads_admitted[digest]

    def times_applied(
        self, method: str, path: str, body: bytes | Mapping[str, Any] | list[Any]
    ) -> int:
        """How often this exact body changed the emulator's data at ``method path``."""
        digest = payload_digest(method, path, body)
        with self._lock:
            return self.payloads_applied[digest]

    def duplicate_payloads(self, *, applied: bool = False) -> dict[str, int]:
        """Changing requests whose exact body arrived (or was applied) more than once:
        ``"METHOD path#digest"`` mapped to the count."""
        with self._lock:
            source = self.payloads_applied if applied else self.payloads_admitted
            return {
                f"{self.payload_targets.get(digest, '?')}#{digest}": n
                for digest, n in source.items()
                if n > 1
            }

    def duplicate_request_ids(self) -> dict[str, int]:
        """``Idempotency-Key`` / ``X-Request-ID`` values seen more than once."""
        with self._lock:
            return {rid: n for rid, n in self.request_ids.items() if n > 1}

    def max_admitted_in_window(self, period: float) -> int:
        """The largest number of admitted requests inside any half-open window of
        ``period`` seconds (never above the configured limit, by construction)."""
        with self._lock:
            times = list(self.admitted_times)
        return _max_in_window(times, period)

    def max_received_in_window(self, period: float) -> int:
        """Like ``max_admitted_in_window`` but over every request received, so a test can
        see whether a client *sent* more than the limit allows."""
        with self._lock:
            times = list(self.received_times)
        return _max_in_window(times, period)

    def admitted_rate(self, since: float | None = None, until: float | None = None) -> float:
        """Admitted requests per second between two clock readings (default: from the
        first to the last admission)."""
        with self._lock:
            times = [
                t
                for t in self.admitted_times
                if (since is None or t >= since) and (until is None or t <= until)
            ]
        if not times:
            return 0.0
        start = times[0] if since is None else since
        end = times[-1] if until is None else until
        span = end - start
        if span <= 0:
            return 0.0
        return len(times) / span

    def records(self) -> list[RequestRecord]:
        """The most recent requests, oldest first."""
        with self._lock:
            return list(self.log)

    def snapshot(self, *, include_times: bool = False, include_log: bool = False) -> dict[str, Any]:
        """Everything above as JSON-friendly values (served at ``GET /_emulator/stats``)."""
        with self._lock:
            view: dict[str, Any] = {
                "total_requests": len(self.received_times),
                "total_admitted": len(self.admitted_times),
                "rate_limited": self.rate_limited,
                "rate_limited_by_key": dict(self.rate_limited_by_key),
                "requests": dict(self.requests),
                "responses": dict(self.responses),
                "mutations": dict(self.mutations),
                "faults": dict(self.faults),
                "duplicate_payloads_admitted": {
                    f"{self.payload_targets.get(d, '?')}#{d}": n
                    for d, n in self.payloads_admitted.items()
                    if n > 1
                },
                "duplicate_payloads_applied": {
                    f"{self.payload_targets.get(d, '?')}#{d}": n
                    for d, n in self.payloads_applied.items()
                    if n > 1
                },
                "duplicate_request_ids": {r: n for r, n in self.request_ids.items() if n > 1},
                "first_admitted_at": self.admitted_times[0] if self.admitted_times else None,
                "last_admitted_at": self.admitted_times[-1] if self.admitted_times else None,
            }
            if include_times:
                view["admitted_times"] = list(self.admitted_times)
                view["received_times"] = list(self.received_times)
            if include_log:
                view["log"] = [asdict(record) for record in self.log]
            return view


def _max_in_window(times: list[float], period: float) -> int:
    times.sort()
    best = 0
    start = 0
    for end, t in enumerate(times):
        while times[start] <= t - period:
            start += 1
        best = max(best, end - start + 1)
    return best


def _key_label(key: str) -> str:
    """Counters name keys by a short, non-secret label, never by the key itself."""
    return "key-" + hashlib.sha256(key.encode()).hexdigest()[:8]
