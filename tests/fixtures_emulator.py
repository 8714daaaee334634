"""Emulator fixtures: a fresh GetSales emulator per test, or as many as a test needs.

- ``emulator``: one emulator with default settings (300 requests per 60 s, no faults),
  started before and stopped after the test;
- ``emulator_factory``: ``emulator_factory(**settings)`` starts one with any
  ``EmulatorConfig`` settings (``rate_limit_requests=30, rate_limit_period=3.0``); all are
  stopped after the test;
- ``manual_clock``: a clock to pass as ``clock=`` so rate-limit tests never race;
- ``shared_emulator``, ``emu`` and ``client``: one unthrottled emulator per test module
  (starting one per test costs a shutdown each), reset for each test, with the environment
  variables pointing the CLI at it and an SDK client for it. An e-mail address containing
  ``REJECTED`` is refused by it, as a server-side validation error.

The emulator package is imported lazily, so only tests that use these fixtures need the
``testing`` extra.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from getsales_extras.testing import Emulator, EmulatorConfig, ManualClock

EmulatorFactory = Callable[..., "Emulator"]
REJECTED = "@rejected."


@pytest.fixture
def emulator() -> Iterator[Emulator]:
    """A running emulator with default settings."""
    from getsales_extras.testing import run_emulator

    with run_emulator() as emu:
        yield emu


@pytest.fixture
def emulator_factory() -> Iterator[EmulatorFactory]:
    """Start emulators with custom settings: ``emulator_factory(config=None, **settings)``."""
    from getsales_extras.testing import run_emulator

    started: list[Emulator] = []

    def start(config: EmulatorConfig | None = None, **settings: Any) -> Emulator:
        emu = run_emulator(config, **settings).start()
        started.append(emu)
        return emu

    yield start
    for emu in reversed(started):
        emu.stop()


@pytest.fixture
def manual_clock() -> ManualClock:
    """A clock that moves only on ``advance()``."""
    from getsales_extras.testing import ManualClock

    return ManualClock()


@pytest.fixture(scope="module")
def shared_emulator() -> Iterator[Emulator]:
    from getsales_extras.testing import run_emulator

    with run_emulator(rate_limit_requests=None, reject_email_substring=REJECTED) as emu:
        yield emu


@pytest.fixture
def emu(shared_emulator: Emulator, monkeypatch: pytest.MonkeyPatch) -> Emulator:
    shared_emulator.reset()
    shared_emulator.configure(latency_ms=0.0)
    monkeypatch.setenv("GETSALES_API_KEY", shared_emulator.api_key)
    monkeypatch.setenv("GETSALES_BASE_URL", shared_emulator.base_url)
    monkeypatch.setenv("GETSALES_RATE_LIMIT", "off")
    monkeypatch.delenv("GETSALES_TEAM_ID", raising=False)
    return shared_emulator


@pytest.fixture
async def client(emu: Emulator) -> AsyncIterator[Any]:
    from getsales_extras import create_client

    async with create_client(emu.api_key, base_url=emu.base_url, rate_limit=None) as client:
        yield client


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """Run the ``getsales`` command line in-process: (exit code, stdout, stderr)."""
    from getsales_extras.cli import run

    code = run(list(args))
    out, err = capsys.readouterr()
    return code, out, err
