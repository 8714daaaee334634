"""Emulator fixtures: a fresh GetSales emulator per test, or as many as a test needs.

- ``emulator``: one emulator with default settings (300 requests per 60 s, no faults),
  started before and stopped after the test;
- ``emulator_factory``: ``emulator_factory(**settings)`` starts one with any
  ``EmulatorConfig`` settings (``rate_limit_requests=30, rate_limit_period=3.0``); all are
  stopped after the test;
- ``manual_clock``: a clock to pass as ``clock=`` so rate-limit tests never race.

The emulator package is imported lazily, so only tests that use these fixtures need the
``testing`` extra.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from getsales_extras.testing import Emulator, EmulatorConfig, ManualClock

EmulatorFactory = Callable[..., "Emulator"]


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
