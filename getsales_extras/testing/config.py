"""What the emulator does: credentials, rate limit, response shapes, validation and faults.

One mutable dataclass holds every knob so that tests, the command line and the
`POST /_emulator/config` control endpoint all speak the same names. Changes made while the
server runs take effect on the next request.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, get_args

ResponseShape = Literal["flat", "nested", "array", "flat_no_has_more"]
"""How a page of a list is wrapped.

- ``flat``: ``{data, limit, offset, total, has_more}`` (the documented envelope);
- ``nested``: ``{data, pagination: {limit, offset, total, has_more}}``;
- ``array``: the items as a bare JSON array;
- ``flat_no_has_more``: the flat envelope without ``has_more`` (some lists omit it).
"""

LeadItemShape = Literal["wrapped", "flat", "lead"]
"""How search, lookup-one and get-by-uuid return a contact with its aggregated data:

- ``wrapped``: ``{lead: {...}, markers, flows, custom_fields}``;
- ``flat``: the contact's fields with ``markers`` and ``flows`` beside them (the way the
  OpenAPI description models ``LeadAggregation``);
- ``lead``: the bare contact.
"""

RetryAfterFormat = Literal["none", "seconds", "http-date"]
FaultPhaseSetting = Literal["before", "after", "random"]

RejectVerdict = str | Mapping[str, Sequence[str]] | None
"""What a rejection rule returns: ``None`` to accept the contact, a message (reported on the
``lead`` field) or field errors keyed by the contact's own field names."""

RejectRule = Callable[[Mapping[str, Any]], RejectVerdict]

RESPONSE_SHAPES: tuple[str, ...] = get_args(ResponseShape)
LEAD_ITEM_SHAPES: tuple[str, ...] = get_args(LeadItemShape)
RETRY_AFTER_FORMATS: tuple[str, ...] = get_args(RetryAfterFormat)
FAULT_PHASES: tuple[str, ...] = get_args(FaultPhaseSetting)

# Knobs that only make sense from Python (they hold callables).
_PYTHON_ONLY = frozenset({"reject_if", "clock"})


@dataclass
class EmulatorConfig:
    """Every setting of the emulator; the defaults behave like a quiet production API."""

    # --- credentials -----------------------------------------------------------------
    api_key: str = "test-key"
    """The key clients must send as ``Authorization: Bearer <key>``."""
    extra_api_keys: tuple[str, ...] = ()
    """More accepted keys; each key has its own rate-limit budget."""
    team_id: int = 1
    """The team the keys belong to; a different ``Team-ID`` header gets 403."""

    # --- rate limit ------------------------------------------------------------------
    rate_limit_requests: int | None = 300
    """At most this many requests per key in any rolling window (``None`` disables)."""
    rate_limit_period: float = 60.0
    """Length of the rolling window in seconds."""
    retry_after: RetryAfterFormat = "none"
    """Whether a 429 carries ``Retry-After`` (GetSales is not known to send it)."""
    count_rejected_requests: bool = False
    """When true, rejected requests also occupy the window (a client that hammers stays
    locked out); by default only admitted requests count."""

    # --- pagination and shapes -------------------------------------------------------
    default_page_size: int = 20
    max_page_size: int = 100
    response_shape: ResponseShape = "flat"
    """How every list page is wrapped, unless ``response_shapes`` says otherwise."""
    response_shapes: dict[str, ResponseShape] = field(default_factory=dict)
    """Per-endpoint shape, keyed by path template (``"/leads/api/lists"``) or by method and
    template (``"POST /leads/api/leads/search"``)."""
    lead_items: LeadItemShape = "wrapped"
    """Shape of contacts returned by search, lookup-one and get-by-uuid."""

    # --- validation ------------------------------------------------------------------
    reject_email_substring: str | None = None
    """Contacts whose e-mail contains this text are rejected with 422 (deterministic
    rejections for import tests; fixing the address makes the row importable)."""
    reject_if: RejectRule | None = None
    """A callable that may reject any contact being created or updated (Python only)."""

    # --- faults ----------------------------------------------------------------------
    seed: int = 0
    """Seeds the random faults and the generated identifiers, so runs repeat."""
    latency_ms: float = 0.0
    """Delay added to every API response; requests wait concurrently, not in a queue."""
    latency_jitter_ms: float = 0.0
    """Extra uniformly random delay on top of ``latency_ms``."""
    error_rate: float = 0.0
    """Fraction of requests answered with a JSON error envelope and a status from
    ``error_statuses``."""
    error_statuses: tuple[int, ...] = (500, 502, 503)
    reset_rate: float = 0.0
    """Fraction of requests whose connection is reset without any response."""
    html_error_rate: float = 0.0
    """Fraction of requests answered by an HTML error page (a proxy's 502)."""
    html_error_status: int = 502
    empty_body_rate: float = 0.0
    """Fraction of requests answered 200 with an empty body."""
    truncated_body_rate: float = 0.0
    """Fraction of requests answered 200 with the JSON body cut short."""
    slow_body_rate: float = 0.0
    """Fraction of requests whose body is streamed in pieces with pauses in between."""
    slow_body_chunks: int = 4
    slow_body_delay_ms: float = 100.0
    """Pause between two pieces of a slow body."""
    unknown_enum_rate: float = 0.0
    """Fraction of objects in responses whose enum field gets a value the API documentation
    does not list: contact and webhook ``status``, note ``object``, activity
    ``object_type``."""
    unknown_enum_value: str = "emulator_unknown"
    fault_phase: FaultPhaseSetting = "before"
    """Whether random faults strike before the request's change is applied (nothing
    happened), after it (the change was made but the client never hears so), or either."""
    fault_methods: tuple[str, ...] | None = None
    """Limit random faults to these HTTP methods (``None``: all)."""
    fault_paths: tuple[str, ...] | None = None
    """Limit random faults to paths or path templates matching these glob patterns."""

    # --- bookkeeping -----------------------------------------------------------------
    request_log_size: int = 20_000
    """How many recent requests the statistics keep in detail."""
    clock: Callable[[], float] = time.monotonic
    """Monotonic clock of the rate limiter and statistics; tests may substitute a manual one."""

    def __post_init__(self) -> None:
        if self.fault_methods is not None:
            self.fault_methods = tuple(method.upper() for method in self.fault_methods)
        self.validate()

    def validate(self) -> None:
        """Raise ``ValueError`` on settings that cannot work, naming the setting."""
        if not self.api_key:
            raise ValueError("api_key must not be empty")
        if self.rate_limit_requests is not None and self.rate_limit_requests < 1:
            raise ValueError("rate_limit_requests must be at least 1 (or None to disable)")
        if self.rate_limit_period <= 0:
            raise ValueError("rate_limit_period must be positive")
        if not 1 <= self.default_page_size <= self.max_page_size:
            raise ValueError("default_page_size must lie between 1 and max_page_size")
        if self.retry_after not in RETRY_AFTER_FORMATS:
            raise ValueError(f"retry_after must be one of {RETRY_AFTER_FORMATS}")
        if self.response_shape not in RESPONSE_SHAPES:
            raise ValueError(f"response_shape must be one of {RESPONSE_SHAPES}")
        for key, shape in self.response_shapes.items():
            if shape not in RESPONSE_SHAPES:
                raise ValueError(f"response_shapes[{key!r}] must be one of {RESPONSE_SHAPES}")
        if self.lead_items not in LEAD_ITEM_SHAPES:
            raise ValueError(f"lead_items must be one of {LEAD_ITEM_SHAPES}")
        if self.fault_phase not in FAULT_PHASES:
            raise ValueError(f"fault_phase must be one of {FAULT_PHASES}")
        rates = {
            "error_rate": self.error_rate,
            "reset_rate": self.reset_rate,
            "html_error_rate": self.html_error_rate,
            "empty_body_rate": self.empty_body_rate,
            "truncated_body_rate": self.truncated_body_rate,
            "slow_body_rate": self.slow_body_rate,
            "unknown_enum_rate": self.unknown_enum_rate,
        }
        for name, rate in rates.items():
            if not 0.0 <= rate <= 1.0:
                raise ValueError(f"{name} must lie between 0 and 1")
        response_faults = sum(rate for name, rate in rates.items() if name != "unknown_enum_rate")
        if response_faults > 1.0 + 1e-9:
            raise ValueError("the response fault rates must add up to at most 1")
        if not self.error_statuses:
            raise ValueError("error_statuses must not be empty")
        if self.latency_ms < 0 or self.latency_jitter_ms < 0 or self.slow_body_delay_ms < 0:
            raise ValueError("delays must not be negative")
        if self.slow_body_chunks < 2:
            raise ValueError("slow_body_chunks must be at least 2")
        if self.request_log_size < 0:
            raise ValueError("request_log_size must not be negative")

    def updated(self, changes: Mapping[str, Any], *, from_json: bool = False) -> EmulatorConfig:
        """Return a copy with ``changes`` applied and checked.

        ``from_json`` marks changes that arrived over HTTP: lists become tuples and
        Python-only settings (callables) are refused.
        """
        known = {f.name for f in dataclasses.fields(self)}
        unknown = sorted(set(changes) - known)
        if unknown:
            raise ValueError(f"unknown setting(s): {', '.join(unknown)}")
        values = dict(changes)
        if from_json:
            refused = sorted(set(values) & _PYTHON_ONLY)
            if refused:
                raise ValueError(f"setting(s) only available from Python: {', '.join(refused)}")
            for name in ("extra_api_keys", "error_statuses", "fault_methods", "fault_paths"):
                if isinstance(values.get(name), list):
                    values[name] = tuple(values[name])
        return dataclasses.replace(self, **values)

    def public_view(self) -> dict[str, Any]:
        """The settings as JSON-friendly values (callables are described, not serialised)."""
        view: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if f.name in _PYTHON_ONLY:
                view[f.name] = None if value is None else getattr(value, "__name__", repr(value))
            elif isinstance(value, tuple):
                view[f.name] = list(value)
            elif isinstance(value, dict):
                view[f.name] = dict(value)
            else:
                view[f.name] = value
        return view

    def accepts_key(self, key: str) -> bool:
        """Whether ``key`` is one of the configured API keys."""
        return key == self.api_key or key in self.extra_api_keys
