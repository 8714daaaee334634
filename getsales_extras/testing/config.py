"""Every setting of the emulator in one dataclass, so that tests, the command line and
``POST /_emulator/config`` speak the same names; a change applies from the next request.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal, get_args

LeadItemShape = Literal["wrapped", "flat"]
"""The two forms the spec's ``LeadAggregation`` declares for search, lookup-one and get:
``wrapped`` is ``{lead: {...}, markers, flows, custom_fields}``, ``flat`` the contact's
fields with ``markers`` and ``flows`` beside them."""

RetryAfterFormat = Literal["none", "seconds", "http-date"]
FaultPhaseSetting = Literal["before", "after", "random"]

RejectVerdict = str | Mapping[str, Sequence[str]] | None
"""What a rejection rule returns: ``None`` to accept the contact, a message (reported on the
contact itself) or field errors keyed by the contact's own field names."""

# Settings that hold callables: Python only, never over HTTP.
_PYTHON_ONLY = frozenset({"reject_if", "clock"})
_RATES = {  # setting: the fault kind it draws
    "reset_rate": "reset",
    "error_rate": "status",
    "html_error_rate": "html",
    "empty_body_rate": "empty",
    "truncated_body_rate": "truncated",
}


class ManualClock:
    """A monotonic clock that moves only on ``advance()``: pass it as ``clock=`` and the rate
    limit becomes a function of ``advance()`` calls instead of wall time."""

    def __init__(self, start: float = 1000.0) -> None:
        self._now = start

    def __call__(self) -> float:
        return self._now

    def advance(self, seconds: float) -> float:
        """Move on by ``seconds`` (from the test's thread; the server only reads)."""
        if seconds < 0:
            raise ValueError("a monotonic clock cannot go backwards")
        self._now += seconds
        return self._now


@dataclass
class EmulatorConfig:
    """Every setting of the emulator; the defaults behave like a quiet production API."""

    api_key: str = "test-key"
    """The key clients send as ``Authorization: Bearer <key>``."""
    extra_api_keys: tuple[str, ...] = ()
    """More accepted keys; each key has its own rate-limit budget."""
    team_id: int = 1
    """The team of the keys; another ``Team-ID`` header gets 403."""

    rate_limit_requests: int | None = 300
    """At most this many requests per key in any rolling window (``None`` disables)."""
    rate_limit_period: float = 60.0
    retry_after: RetryAfterFormat = "none"
    """Whether a 429 carries ``Retry-After`` (GetSales is not known to send it)."""
    count_rejected_requests: bool = False
    """Rejected requests also occupy the window (a client that hammers stays locked out)."""

    lead_items: LeadItemShape = "wrapped"
    """How search, lookup-one and get-by-uuid return a contact (both forms are declared)."""

    reject_email_substring: str | None = None
    """Contacts whose e-mail contains this text are rejected with 422."""
    reject_if: Callable[[Mapping[str, Any]], RejectVerdict] | None = None
    """A callable that may reject any contact being created or updated (Python only)."""

    seed: int = 0
    """Seeds the random faults and the generated identifiers, so runs repeat."""
    latency_ms: float = 0.0
    """Delay added to every API response; requests wait concurrently."""
    latency_jitter_ms: float = 0.0
    error_rate: float = 0.0
    """Fraction of requests answered by an error envelope with a status of ``error_statuses``."""
    error_statuses: tuple[int, ...] = (500, 502, 503)
    reset_rate: float = 0.0
    """Fraction of requests whose connection is reset without any response."""
    html_error_rate: float = 0.0
    """Fraction of requests answered by a proxy's HTML error page."""
    html_error_status: int = 502
    empty_body_rate: float = 0.0
    """Fraction of requests answered 200 with an empty body."""
    truncated_body_rate: float = 0.0
    """Fraction of requests whose connection closes halfway through the body."""
    unknown_enum_rate: float = 0.0
    """Fraction of responses whose enum fields (as the spec declares them) carry a value the
    spec does not list."""
    unknown_enum_value: str = "emulator_unknown"
    fault_phase: FaultPhaseSetting = "before"
    """Whether random faults strike before the request's change is applied, after it (the
    change is stored but the client never hears so), or either."""

    clock: Callable[[], float] = time.monotonic
    """Clock of the rate limit and the statistics; tests may pass a ``ManualClock``."""

    def __post_init__(self) -> None:
        limit = self.rate_limit_requests
        problems = [
            (not self.api_key, "api_key must not be empty"),
            (limit is not None and limit < 1, "rate_limit_requests must be at least 1"),
            (self.rate_limit_period <= 0, "rate_limit_period must be positive"),
            (self.retry_after not in get_args(RetryAfterFormat), "retry_after is invalid"),
            (self.lead_items not in get_args(LeadItemShape), "lead_items must be wrapped or flat"),
            (self.fault_phase not in get_args(FaultPhaseSetting), "fault_phase is invalid"),
            (sum(getattr(self, r) for r in _RATES) > 1.0 + 1e-9, "fault rates add up to over 1"),
            (not self.error_statuses, "error_statuses must not be empty"),
            (min(self.latency_ms, self.latency_jitter_ms) < 0, "delays must not be negative"),
        ]
        for name in (*_RATES, "unknown_enum_rate"):
            problems.append((not 0.0 <= getattr(self, name) <= 1.0, f"{name} must lie in [0, 1]"))
        for failed, message in problems:
            if failed:
                raise ValueError(message)

    def updated(self, changes: Mapping[str, Any], *, from_json: bool = False) -> EmulatorConfig:
        """A copy with ``changes`` applied and checked; ``from_json`` turns lists into tuples
        and refuses the Python-only settings."""
        unknown = sorted(set(changes) - {f.name for f in dataclasses.fields(self)})
        if unknown:
            raise ValueError(f"unknown setting(s): {', '.join(unknown)}")
        values = dict(changes)
        if from_json:
            refused = sorted(set(values) & _PYTHON_ONLY)
            if refused:
                raise ValueError(f"setting(s) only available from Python: {', '.join(refused)}")
            values = {k: tuple(v) if isinstance(v, list) else v for k, v in values.items()}
        return dataclasses.replace(self, **values)

    def public_view(self) -> dict[str, Any]:
        """The settings as JSON values (without the Python-only ones)."""
        names = [f.name for f in dataclasses.fields(self) if f.name not in _PYTHON_ONLY]
        return {name: getattr(self, name) for name in names}

    def fault_rates(self) -> dict[str, float]:
        """The rate of each random fault kind, in the order one draw tests them."""
        return {kind: getattr(self, name) for name, kind in _RATES.items()}
