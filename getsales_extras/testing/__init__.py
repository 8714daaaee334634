"""A local GetSales API for tests, demos and benchmarks: no network, no account, no quota::

    with run_emulator(rate_limit_requests=30, rate_limit_period=3.0, latency_ms=50) as emu:
        emu.seed(leads=2_500)
        ...  # call emu.base_url with "Authorization: Bearer " + emu.api_key
        assert emu.stats.rate_limited == 0

``spawn_emulator`` runs one in its own process; ``python -m getsales_extras.testing`` serves
one from a terminal. Requires the ``testing`` extra (Starlette, uvicorn).
"""

from __future__ import annotations

from getsales_extras.testing.app import emulated_operations
from getsales_extras.testing.config import EmulatorConfig, ManualClock
from getsales_extras.testing.delivery import Delivery
from getsales_extras.testing.faults import FaultKind, ScriptedFault
from getsales_extras.testing.server import Emulator, EmulatorProcess, run_emulator, spawn_emulator
from getsales_extras.testing.stats import busiest_window

__all__ = [
    "Delivery",
    "Emulator",
    "EmulatorConfig",
    "EmulatorProcess",
    "FaultKind",
    "ManualClock",
    "ScriptedFault",
    "busiest_window",
    "emulated_operations",
    "run_emulator",
    "spawn_emulator",
]
