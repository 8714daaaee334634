"""How long to wait before sending a failed request again, and how often (the transport decides
*whether* a failure may be retried). README.md, "Rate limit and retries", explains the defaults."""

from __future__ import annotations

import random
from dataclasses import dataclass


@dataclass(frozen=True)
class RetryPolicy:
    """How often and how patiently failed requests are sent again (times in seconds)."""

    max_retries: int = 2  # retries of a transient failure; 429s are waited out anyway
    initial_backoff: float = 0.5  # the first wait; each next one is twice as long...
    max_backoff: float = 8.0  # ...up to this
    jitter: float = 0.5  # the random fraction of each wait: 0 for none, 1 for anywhere from 0
    deadline: float | None = 120.0  # no attempt starts this long after the first (None: no limit)
    retry_after_cap: float = 60.0  # the longest Retry-After this client agrees to wait

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
        ceiling = min(self.max_backoff, self.initial_backoff * 2.0 ** min(max(retry_number, 0), 62))
        return ceiling * (1.0 - self.jitter * (rng or random).random())

    def rate_limit_pause(
        self, retry_after: float | None, episode: int | None, *, rng: random.Random | None = None
    ) -> float:
        """The pause after a 429: ``retry_after`` kept between the smallest backoff (0 is not
        "hammer me") and the cap, else backoff number ``episode`` (None: 0, same episode)."""
        if retry_after is not None:
            floor = self.initial_backoff * (1.0 - self.jitter)
            return min(max(retry_after, floor), self.retry_after_cap)
        return 0.0 if episode is None else self.backoff(episode, rng=rng)
