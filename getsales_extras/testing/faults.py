"""Which request goes wrong, and how: scripted faults first, in the order they were added,
then one draw from a seeded generator by the rates of ``EmulatorConfig`` (one seed and request
order fail in the same places). A fault strikes ``before`` the request's change is applied or
``after`` it (the change is stored, but the client gets an error or no answer).
"""

from __future__ import annotations

import fnmatch
import random
import threading
from dataclasses import asdict, dataclass
from typing import Any, Literal, cast, get_args

from getsales_extras.testing.config import EmulatorConfig

FaultKind = Literal[
    "status", "reset", "html", "empty", "truncated", "latency", "unknown_enum", "rate_limit"
]
"""What a fault does: ``status`` an error envelope with ``status``; ``reset`` drops the
connection without a response; ``html`` a proxy's HTML error page; ``empty`` 200 with no body;
``truncated`` closes the connection halfway through the body; ``latency`` answers
``delay_ms`` late; ``unknown_enum`` puts a value the spec does not list in every enum field
of the answer; ``rate_limit`` a 429 although the budget is not used up (as if another client
of the key had used it), costing no budget."""

FaultPhase = Literal["before", "after"]
FAULT_KINDS: tuple[str, ...] = get_args(FaultKind)
# Kinds that replace the answer: they strike before or after the change.
REPLACING = frozenset({"status", "reset", "html", "empty", "truncated"})


@dataclass
class ScriptedFault:
    """Fail the next ``count`` requests matching ``method`` and ``path`` (a glob over the
    concrete path or its template: ``"/leads/api/lists/{uuid}"``, ``"/leads/api/*"``)."""

    kind: FaultKind
    path: str = "*"
    method: str | None = None
    count: int = 1
    phase: FaultPhase = "before"
    status: int = 500
    delay_ms: float = 0.0
    """A ``latency`` fault's delay."""

    def __post_init__(self) -> None:
        if self.kind not in FAULT_KINDS:
            raise ValueError(f"kind must be one of {FAULT_KINDS}")
        if self.phase not in ("before", "after"):
            raise ValueError("phase must be 'before' or 'after'")
        if self.count < 1 or not 100 <= self.status <= 599:
            raise ValueError("count must be at least 1 and status an HTTP status code")
        self.method = self.method.upper() if self.method else None

    def matches(self, method: str, path: str, template: str) -> bool:
        if self.method is not None and self.method != method:
            return False
        return fnmatch.fnmatchcase(path, self.path) or fnmatch.fnmatchcase(template, self.path)


class FaultInjector:
    """The script and the seeded generator; safe to call from several threads."""

    def __init__(self, seed: int) -> None:
        self._lock = threading.Lock()
        self._rng = random.Random(seed)
        self._script: list[list[Any]] = []  # [rule, uses left]

    def reset(self, seed: int) -> None:
        with self._lock:
            self._rng = random.Random(seed)
            self._script.clear()

    def script(self, rule: ScriptedFault | None) -> None:
        """Queue ``rule`` behind the others (``None`` clears the script)."""
        with self._lock:
            if rule is None:
                self._script.clear()
            else:
                self._script.append([rule, rule.count])

    def pending(self) -> list[dict[str, Any]]:
        """The scripted faults not used up, with the uses each has left."""
        with self._lock:
            return [{**asdict(rule), "remaining": left} for rule, left in self._script]

    def take(
        self, method: str, path: str, template: str, *, rate_limit: bool
    ) -> ScriptedFault | None:
        """Use up a scripted ``rate_limit`` fault (or one of another kind) for this request."""
        with self._lock:
            for entry in self._script:
                rule = entry[0]
                if (rule.kind == "rate_limit") == rate_limit and rule.matches(
                    method, path, template
                ):
                    entry[1] -= 1
                    if entry[1] <= 0:
                        self._script.remove(entry)
                    return cast(ScriptedFault, rule)
            return None

    def decide(
        self, config: EmulatorConfig, method: str, path: str, template: str
    ) -> ScriptedFault | None:
        """The fault for one admitted request, or ``None`` for a normal answer."""
        scripted = self.take(method, path, template, rate_limit=False)
        if scripted is not None:
            return scripted
        with self._lock:
            rates = config.fault_rates()
            draw = self._rng.random() if any(rates.values()) else 1.0
            for kind, rate in rates.items():
                if draw < rate:
                    phase = config.fault_phase
                    if phase == "random":
                        phase = "before" if self._rng.random() < 0.5 else "after"
                    status = config.html_error_status
                    if kind == "status":
                        status = self._rng.choice(config.error_statuses)
                    return ScriptedFault(cast(FaultKind, kind), phase=phase, status=status)
                draw -= rate
            return None

    def latency_seconds(self, config: EmulatorConfig) -> float:
        """The configured delay of one answer, jitter included."""
        if config.latency_jitter_ms <= 0:
            return config.latency_ms / 1000
        with self._lock:
            return (config.latency_ms + self._rng.uniform(0.0, config.latency_jitter_ms)) / 1000

    def hit(self, rate: float) -> bool:
        """One seeded draw: true with probability ``rate``."""
        if rate <= 0.0:
            return False
        with self._lock:
            return rate >= 1.0 or self._rng.random() < rate
