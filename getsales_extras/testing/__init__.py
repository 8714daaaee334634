"""A local GetSales API for tests, demos and benchmarks: no network, no account, no quota::

    with run_emulator(rate_limit_requests=30, rate_limit_period=3.0, latency_ms=50) as emu:
        emu.seed(leads=2_500)
        ...  # call emu.base_url with "Authorization: Bearer " + emu.api_key
        assert emu.stats.rate_limited == 0

Routes, statuses and default answers come from the spec (``spec``); the user and team,
lists, contacts and webhook subscriptions keep state (``emulated_operations()``). A strict
rolling-window limit per key counts requests on arrival; faults are seeded or scripted
(``fail_next``) and strike before or after a change; ``emu.stats`` shows what arrived.
``spawn_emulator`` runs one in its own process; ``python -m getsales_extras.testing`` serves
one from a terminal. Requires the ``testing`` extra (Starlette, uvicorn, PyYAML).
"""

from __future__ import annotations

from getsales_extras.testing.app import emulated_operations
from getsales_extras.testing.config import EmulatorConfig, LeadItemShape, ManualClock
from getsales_extras.testing.delivery import Delivery
from getsales_extras.testing.errors import error_envelope
from getsales_extras.testing.faults import FaultKind, FaultPhase, ScriptedFault
from getsales_extras.testing.process import EmulatorProcess, spawn_emulator
from getsales_extras.testing.ratelimit import RollingWindowLimiter
from getsales_extras.testing.server import Emulator, run_emulator
from getsales_extras.testing.stats import EmulatorStats, payload_digest
from getsales_extras.testing.store import Store

__all__ = [
    "Delivery",
    "Emulator",
    "EmulatorConfig",
    "EmulatorProcess",
    "EmulatorStats",
    "FaultKind",
    "FaultPhase",
    "LeadItemShape",
    "ManualClock",
    "RollingWindowLimiter",
    "ScriptedFault",
    "Store",
    "emulated_operations",
    "error_envelope",
    "payload_digest",
    "run_emulator",
    "spawn_emulator",
]
