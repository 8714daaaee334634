"""How long to wait before sending a failed request again, and how often (the transport decides
*whether* a failure may be retried). README.md, "Rate limit and retries", explains the defaults.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass


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
        return ceiling * (1.0 - self.jitter * (rng or random).random())

    def rate_limit_pause(
        self, retry_after: float | None, episode: int | None, *, rng: random.Random | None = None
    ) -> float:
        """The pause after a 429: the ``Retry-After`` the server sent, at most
        ``retry_after_cap`` and at least the smallest backoff (0 or a past date is not "hammer
        me"); else the backoff for the ``episode``-th consecutive 429 episode, or nothing more
        for a 429 that belongs to the episode in progress (``episode`` None)."""
        if retry_after is not None:
            floor = self.initial_backoff * (1.0 - self.jitter)
            return min(max(retry_after, floor), self.retry_after_cap)
        return 0.0 if episode is None else self.backoff(episode, rng=rng)
