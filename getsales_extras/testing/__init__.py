"""A local GetSales API for tests, demos and benchmarks: no network, no account, no quota.

Point any GetSales client at ``emu.base_url`` with ``emu.api_key``::

    from getsales_extras.testing import run_emulator

    with run_emulator(rate_limit_requests=30, rate_limit_period=3.0, latency_ms=50) as emu:
        emu.seed(leads=2_500)
        ...  # call emu.base_url with "Authorization: Bearer " + emu.api_key
        assert emu.stats.rate_limited == 0

- routes, methods, success statuses and what may change data come from the operation index
  generated from the spec; a path the API does not have answers 404, another method 405;
- the current user and team, lists, contacts (upsert with matching, bulk create, search,
  lookup, count, get, update, delete) and webhook subscriptions keep state
  (``emulated_operations()``); every other operation answers with its success example from
  the spec (501 ``not_emulated`` where the spec has none);
- lists page with ``limit`` (1 to 100, default 20), ``offset``, ``order_field`` and
  ``order_type`` in the documented flat envelope;
- a strict rolling-window rate limit per key, counted on arrival;
- faults, seeded or scripted per path (``Emulator.fail_next``), strike before or after a
  change is stored; ``emu.stats`` shows what arrived, ``/_emulator/*`` offers the same to
  other processes (``spawn_emulator`` runs the emulator in its own process);
- webhook subscriptions are called like GetSales calls them: ``contact_created`` /
  ``contact_updated``, and the reply events for ``emu.inject_reply(contact_uuid, text)``.

Requires the ``testing`` extra (Starlette, uvicorn, PyYAML to read the spec's examples).
Run ``python -m getsales_extras.testing`` to serve one from a terminal.
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
