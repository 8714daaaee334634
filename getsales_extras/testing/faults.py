"""Deciding which request goes wrong, and how.

Two sources of faults, consulted in this order for every admitted API request:

1. scripted faults: "the next K requests to this path fail like this", consumed in the
   order they were added, for tests that need one exact failure at one exact moment;
2. random faults: each kind has a rate in ``EmulatorConfig``; one draw from a seeded
   generator per request picks at most one kind, so a run with the same seed and the same
   request order fails in the same places.

A fault strikes either ``before`` the request's change is applied (the server did nothing)
or ``after`` it (the change is stored, but the client gets an error or no answer at all,
the "request may have been processed" situation).
"""

from __future__ import annotations

import fnmatch
import random
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, cast, get_args

from getsales_extras.testing.config import EmulatorConfig

FaultKind = Literal[
    "status",
    "reset",
    "html",
    "empty",
    "truncated",
    "slow",
    "latency",
    "unknown_enum",
    "rate_limit",
]
"""What a fault does to the response.

- ``status``: a JSON error envelope with ``status`` (5xx by default, any code allowed);
- ``reset``: the connection is dropped without any response;
- ``html``: an HTML error page, as a proxy in front of the API would send;
- ``empty``: 200 with an empty body;
- ``truncated``: 200 with the JSON body cut in half;
- ``slow``: the normal body, streamed in pieces with ``delay_ms`` between them;
- ``latency``: the normal response, ``delay_ms`` late;
- ``unknown_enum``: the normal response with every enum field the emulator knows of
  (contact and webhook ``status``, note ``object``, activity ``object_type``) replaced by
  a value the documentation does not list;
- ``rate_limit``: a 429 envelope although the budget is not exhausted (as if another
  client of the same key had used it up); it does not use up the budget itself.
"""

FaultPhase = Literal["before", "after"]
FAULT_KINDS: tuple[str, ...] = get_args(FaultKind)


@dataclass
class ScriptedFault:
    """Fail the next ``count`` requests that match ``method`` and ``path``.

    ``path`` is a glob matched against both the concrete path and the path template
    (``"/leads/api/leads/upsert"``, ``"/leads/api/leads/*"``, ``"/leads/api/lists/{uuid}"``).
    """

    kind: FaultKind
    path: str = "*"
    method: str | None = None
    count: int = 1
    phase: FaultPhase = "before"
    status: int = 500
    delay_ms: float = 0.0
    """Extra delay of a ``latency`` fault, or the pause between pieces of a ``slow`` body
    (0 means the configured ``slow_body_delay_ms``)."""

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"kind must be one of {FAULT_KINDS}")
        if self.phase not in ("before", "after"):
            raise ValueError("phase must be 'before' or 'after'")
        if self.count < 1:
            raise ValueError("count must be at least 1")
        if not 100 <= self.status <= 599:
            raise ValueError("status must be an HTTP status code")
        if self.method is not None:
            self.method = self.method.upper()

    def matches(self, method: str, path: str, template: str) -> bool:
        if self.method is not None and self.method != method:
            return False
        return fnmatch.fnmatchcase(path, self.path) or fnmatch.fnmatchcase(template, self.path)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> ScriptedFault:
        """Build from the body of ``POST /_emulator/faults`` (same names as the fields)."""
        allowed = {"kind", "path", "method", "count", "phase", "status", "delay_ms"}
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise ValueError(f"unknown field(s): {', '.join(unknown)}")
        if "kind" not in data:
            raise ValueError("kind is required")
        return cls(**dict(data))


@dataclass(frozen=True)
class FaultDecision:
    """The fault chosen for one request."""

    kind: FaultKind
    phase: FaultPhase
    status: int = 500
    delay_ms: float = 0.0


@dataclass
class _Pending:
    rule: ScriptedFault
    remaining: int = field(init=False)

    def __post_init__(self) -> None:
        self.remaining = self.rule.count


class FaultInjector:
    """Holds the script and the seeded generator; safe to call from several threads."""

    def __init__(self, seed: int) -> None:
        self._lock = threading.Lock()
        self._rng = random.Random(seed)
        self._script: list[_Pending] = []

    def reseed(self, seed: int) -> None:
        with self._lock:
            self._rng = random.Random(seed)

    def script(self, rule: ScriptedFault) -> None:
        """Queue a scripted fault behind those already queued."""
        with self._lock:
            self._script.append(_Pending(rule))

    def clear_script(self) -> None:
        with self._lock:
            self._script.clear()

    def pending(self) -> list[dict[str, Any]]:
        """The scripted faults not yet used up, with how many uses each has left."""
        with self._lock:
            return [
                {
                    "kind": p.rule.kind,
                    "method": p.rule.method,
                    "path": p.rule.path,
                    "phase": p.rule.phase,
                    "status": p.rule.status,
                    "delay_ms": p.rule.delay_ms,
                    "remaining": p.remaining,
                }
                for p in self._script
            ]

    def take_forced_rate_limit(self, method: str, path: str, template: str) -> bool:
        """Consume a scripted ``rate_limit`` fault for this request, if one matches.

        Checked before the real limiter, so the forced 429 costs no budget.
        """
        with self._lock:
            for pending in self._script:
                if pending.rule.kind == "rate_limit" and pending.rule.matches(
                    method, path, template
                ):
                    self._consume(pending)
                    return True
            return False

    def decide(
        self, config: EmulatorConfig, method: str, path: str, template: str
    ) -> FaultDecision | None:
        """Pick the fault for one admitted request, or ``None`` for a normal answer."""
        with self._lock:
            for pending in self._script:
                rule = pending.rule
                if rule.kind != "rate_limit" and rule.matches(method, path, template):
                    self._consume(pending)
                    delay = rule.delay_ms
                    if rule.kind == "slow" and delay <= 0:
                        delay = config.slow_body_delay_ms
                    return FaultDecision(rule.kind, rule.phase, rule.status, delay)
            if not self._random_faults_apply(config, method, path, template):
                return None
            draw = self._rng.random()
            for kind, rate in (
                ("reset", config.reset_rate),
                ("status", config.error_rate),
                ("html", config.html_error_rate),
                ("empty", config.empty_body_rate),
                ("truncated", config.truncated_body_rate),
                ("slow", config.slow_body_rate),
            ):
                if draw < rate:
                    return self._random_decision(config, kind)
                draw -= rate
            return None

    def latency_seconds(self, config: EmulatorConfig) -> float:
        """The configured delay for one response, jitter included."""
        delay = config.latency_ms
        if config.latency_jitter_ms > 0:
            with self._lock:
                delay += self._rng.uniform(0.0, config.latency_jitter_ms)
        return delay / 1000.0

    def unknown_enum_hits(self, config: EmulatorConfig, count: int) -> list[bool]:
        """For each of ``count`` contacts in a response, whether its status is replaced."""
        rate = config.unknown_enum_rate
        if rate <= 0.0 or count == 0:
            return [False] * count
        if rate >= 1.0:
            return [True] * count
        with self._lock:
            return [self._rng.random() < rate for _ in range(count)]

    def _consume(self, pending: _Pending) -> None:
        pending.remaining -= 1
        if pending.remaining <= 0:
            self._script.remove(pending)

    def _random_decision(self, config: EmulatorConfig, kind: str) -> FaultDecision:
        phase: FaultPhase
        if config.fault_phase == "random":
            phase = "before" if self._rng.random() < 0.5 else "after"
        else:
            phase = config.fault_phase
        status = 500
        if kind == "status":
            status = self._rng.choice(config.error_statuses)
        elif kind == "html":
            status = config.html_error_status
        return FaultDecision(cast(FaultKind, kind), phase, status, config.slow_body_delay_ms)

    @staticmethod
    def _random_faults_apply(config: EmulatorConfig, method: str, path: str, template: str) -> bool:
        if (
            config.reset_rate
            + config.error_rate
            + config.html_error_rate
            + config.empty_body_rate
            + config.truncated_body_rate
            + config.slow_body_rate
        ) <= 0.0:
            return False
        if config.fault_methods is not None and method not in config.fault_methods:
            return False
        if config.fault_paths is not None:
            return any(
                fnmatch.fnmatchcase(path, pattern) or fnmatch.fnmatchcase(template, pattern)
                for pattern in config.fault_paths
            )
        return True
