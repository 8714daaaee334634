"""Shared pytest configuration: async tests run on asyncio through anyio's plugin."""

from collections.abc import Iterator

import pytest

from getsales_extras.ratelimit import clear_shared_limiters

pytest_plugins = ["tests.fixtures_prism", "tests.fixtures_emulator", "tests.fixtures_redis"]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


@pytest.fixture(autouse=True)
def fresh_budgets() -> Iterator[None]:
    """Every test starts and ends with no shared limiters: emulator ports (and so base URLs)
    are reused, and a limiter left from another test would pace the next one."""
    clear_shared_limiters()
    yield
    clear_shared_limiters()
