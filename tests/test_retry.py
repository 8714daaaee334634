"""RetryPolicy backoff values and Retry-After parsing."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from getsales_extras import RetryPolicy
from getsales_extras.errors import parse_retry_after


def test_defaults_are_the_documented_ones() -> None:
    policy = RetryPolicy()
    assert (policy.max_retries, policy.initial_backoff, policy.max_backoff) == (2, 0.5, 8.0)
    assert (policy.deadline, policy.retry_after_cap, policy.jitter) == (120.0, 60.0, 0.5)


def test_backoff_doubles_up_to_the_cap_without_jitter() -> None:
    policy = RetryPolicy(jitter=0.0)
    assert [policy.backoff(n) for n in range(7)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert policy.backoff(10_000) == 8.0


@pytest.mark.parametrize("jitter", [0.25, 0.5, 1.0])
def test_jitter_randomises_the_stated_fraction(jitter: float) -> None:
    policy = RetryPolicy(jitter=jitter)
    rng = random.Random(7)
    for retry in range(6):
        ceiling = min(8.0, 0.5 * 2**retry)
        draws = [policy.backoff(retry, rng=rng) for _ in range(200)]
        assert all(ceiling * (1 - jitter) <= d <= ceiling for d in draws)
        # the draws really spread over the range rather than sitting at one end
        assert max(draws) - min(draws) > ceiling * jitter * 0.8


@pytest.mark.parametrize(
    "kwargs",
    [
        {"max_retries": -1},
        {"initial_backoff": 0},
        {"initial_backoff": 2.0, "max_backoff": 1.0},
        {"jitter": 1.5},
        {"deadline": 0},
        {"retry_after_cap": -1},
    ],
)
def test_nonsense_policies_are_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]


NOW = datetime(2025, 3, 1, 12, 0, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("header", "seconds"),
    [
        ("5", 5.0),
        (" 12 ", 12.0),
        ("0.25", 0.25),
        ("0", 0.0),
        ("-3", 0.0),
        (format_datetime(NOW + timedelta(seconds=90), usegmt=True), 90.0),
        ("Sat, 01 Mar 2025 12:00:30 GMT", 30.0),
        (format_datetime(NOW - timedelta(minutes=5), usegmt=True), 0.0),
        (None, None),
        ("", None),
        ("soon", None),
        ("nan", None),
        ("inf", None),
    ],
)
def test_retry_after_parsing(header: str | None, seconds: float | None) -> None:
    assert parse_retry_after(header, now=NOW) == seconds


def test_retry_after_date_uses_the_current_time_by_default() -> None:
    ahead = datetime.now(UTC) + timedelta(seconds=120)
    value = parse_retry_after(format_datetime(ahead, usegmt=True))
    assert value is not None and 110 <= value <= 120


def test_a_429_pause_follows_retry_after_within_bounds_else_grows_per_episode() -> None:
    policy = RetryPolicy(initial_backoff=0.5, max_backoff=8.0, jitter=0.0, retry_after_cap=60.0)
    # What the server asked, but never "hammer me" (0) and never past the cap.
    assert policy.rate_limit_pause(3.0, 0) == 3.0
    assert policy.rate_limit_pause(0.0, 0) == 0.5
    assert policy.rate_limit_pause(600.0, 0) == 60.0
    # Without Retry-After: the backoff grows with each new episode of 429s...
    assert [policy.rate_limit_pause(None, n) for n in range(5)] == [0.5, 1.0, 2.0, 4.0, 8.0]
    # ...and a 429 of the episode already being waited out adds nothing.
    assert policy.rate_limit_pause(None, None) == 0.0
