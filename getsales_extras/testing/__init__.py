"""A local GetSales API for tests, demos and benchmarks: no network, no account, no quota.

Point any GetSales client (this SDK or your own code) at ``emu.base_url`` with
``emu.api_key`` and it answers like the real API for the core resources (current user and
teams, contacts with upsert/search/lookup/count/get/update/delete and the legacy bulk
create, lists, tags, companies, webhooks, notes, activities), with the real paths, the
pagination envelope, the error envelope, a rolling-window rate limit and optional faults::

    from getsales_extras.testing import run_emulator

    with run_emulator(rate_limit_requests=30, rate_limit_period=3.0, latency_ms=50) as emu:
        emu.seed(leads=2_500)
        ...  # call emu.base_url with "Authorization: Bearer " + emu.api_key
        assert emu.stats.rate_limited == 0

What to expect:

- every operation of the API exists: the emulated ones (``emulated_operations()``) behave
  statefully; any other real operation answers 501 with reason ``not_emulated``, a path the
  API does not have answers 404 ``not_found``;
- lists page with ``limit`` (1 to 100, default 20), ``offset``, ``order_field`` and
  ``order_type`` (default ``created_at`` descending) in a stable order; the envelope can be
  switched to the other shapes real endpoints use (``response_shape``);
- search, lookup-one and get-by-uuid wrap a contact as ``{lead, markers, flows,
  custom_fields}`` by default (``lead_items="flat"`` gives the flat form the OpenAPI
  description models);
- faults are seeded and can be scripted per path (``Emulator.fail_next``), and strike
  before or after a change is stored;
- ``emu.stats`` shows what arrived: per-operation counts, applied changes, repeated bodies,
  429s and admission times; ``/_emulator/*`` endpoints offer the same to other processes
  (``spawn_emulator`` runs the emulator in its own process).
- webhook subscriptions are called like GetSales calls them: ``contact_created`` and
  ``contact_updated`` for contacts upserted or updated, the reply events for a reply injected
  with ``emu.inject_reply(contact_uuid, text, channel="linkedin" | "email")``;
  ``emu.webhook_deliveries`` lists every ``Delivery`` and how it was answered.

Requires the ``testing`` extra (``pip install 'getsales[testing]'``: Starlette, uvicorn).
Run ``python -m getsales_extras.testing`` to serve one from a terminal.
"""

from __future__ import annotations

from getsales_extras.testing.config import EmulatorConfig, LeadItemShape, ResponseShape
from getsales_extras.testing.delivery import Delivery
from getsales_extras.testing.errors import error_envelope
from getsales_extras.testing.faults import FaultKind, FaultPhase, ScriptedFault
from getsales_extras.testing.process import EmulatorProcess, spawn_emulator
from getsales_extras.testing.ratelimit import RollingWindowLimiter
from getsales_extras.testing.resources import emulated_operations
from getsales_extras.testing.server import Emulator, run_emulator
from getsales_extras.testing.state import Store
from getsales_extras.testing.stats import EmulatorStats, RequestRecord, payload_digest
from getsales_extras.testing.timing import ManualClock

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
    "RequestRecord",
    "ResponseShape",
    "RollingWindowLimiter",
    "ScriptedFault",
    "Store",
    "emulated_operations",
    "error_envelope",
    "payload_digest",
    "run_emulator",
    "spawn_emulator",
]
