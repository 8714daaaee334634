"""Shared pytest configuration: async tests run on asyncio through anyio's plugin."""

import pytest

pytest_plugins = ["tests.fixtures_prism", "tests.fixtures_emulator", "tests.fixtures_redis"]


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"
