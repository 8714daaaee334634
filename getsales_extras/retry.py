"""When and how long to wait before sending a failed request again.

The policy is a plain value; the transport decides *whether* a failure may be retried (that
depends on the operation) and asks the policy *how long* to wait and *how often*.

Defaults, and why:

- ``max_retries=2``: three attempts in all. Transient faults (a 502 from a proxy, a dropped
  keep-alive connection) rarely last longer; a longer streak usually means an outage the
  caller should hear about.
- Backoff ``0.5 s`` doubling to an ``8 s`` cap, with half of each wait randomised
  (``jitter=0.5``: a wait is drawn from ``[d/2, d]``). The random half keeps many clients that
  failed together from coming back together; the fixed half guarantees a real pause.
- ``deadline=120 s``: no retrying once two minutes have passed since the first attempt was
  sent. This bounds 429 handling too, which does not use up ``max_retries``.
- ``retry_after_cap=60 s``: a server that asks for a longer pause (``Retry-After``) gets a
  ``RateLimitError`` at once instead of a caller that sleeps for minutes.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

__all__ = ["RetryPolicy", "parse_retry_after"]


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently failed requests are sent again.

    Attributes:
        max_retries: extra attempts after the first for transient failures (0 disables
            retrying; 429 answers are waited out regardless, within ``deadline``).
        initial_backoff: the wait before the first retry, in seconds.
        max_backoff: the longest single wait, in seconds.
        jitter: the randomised fraction of each wait, from 0 (exact waits) to 1 ("full
            jitter": anywhere between 0 and the exponential value).
        deadline: seconds after the first attempt was sent after which no new attempt starts;
            None for no limit.
        retry_after_cap: the longest ``Retry-After`` the client agrees to wait, in seconds.
    """

    max_retries: int = 2
    initial_backoff: float = 0.5
    max_backoff: float = 8.0
    jitter: float = 0.5
    deadline: float | None = 120.0
    retry_after_cap: float = 60.0

    def __post_init__(self) -> None:
        if self.max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        if not (self.initial_backoff > 0 and self.max_backoff >= self.initial_backoff):
            raise ValueError("backoffs must be positive and max_backoff >= initial_backoff")
        if not 0.0 <= self.jitter <= 1.0:
            raise ValueError("jitter must be between 0 and 1")
        if self.deadline is not None and self.deadline <= 0:
            raise ValueError("deadline must be positive (or None)")
        if self.retry_after_cap < 0:
            raise ValueError("retry_after_cap must be 0 or more")

    def backoff(self, retry_number: int, *, rng: random.Random | None = None) -> float:
        """The wait before retry number ``retry_number`` (0 for the first retry), in seconds."""
        exponent = min(max(retry_number, 0), 62)
        ceiling = min(self.max_backoff, self.initial_backoff * math.pow(2.0, exponent))
        draw = (rng or random).random()
        return ceiling * (1.0 - self.jitter * draw)

    def rate_limit_pause(self, retry_after: float | None) -> float | None:
        """The pause a 429's ``Retry-After`` stands for: at most ``retry_after_cap``, and at
        least the smallest backoff (a 0, a negative value or a past date does not mean "now").
        None when the server did not say, so the caller backs off instead."""
        if retry_after is None:
            return None
        floor = self.initial_backoff * (1.0 - self.jitter)
        return min(max(retry_after, floor), self.retry_after_cap)


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait according to a ``Retry-After`` header, or None when absent or unreadable.

    Accepts both forms HTTP allows: a number of seconds (fractions tolerated) and an HTTP date.
    A date in the past, or a negative number, means "now" (0).
    """
    if value is None:
        return None
    text = value.strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        if math.isnan(seconds) or math.isinf(seconds):
            return None
        return max(seconds, 0.0)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = now if now is not None else datetime.now(UTC)
    return max((when - current).total_seconds(), 0.0)
