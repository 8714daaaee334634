"""Everything one running emulator shares between its server thread and test code.

The runtime bundles the settings, the data, the statistics, the rate limiter and the fault
injector, and keeps them consistent when settings change while the server runs.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from getsales_extras.testing.config import EmulatorConfig
from getsales_extras.testing.delivery import WebhookDispatcher
from getsales_extras.testing.faults import FaultInjector, ScriptedFault
from getsales_extras.testing.ratelimit import RollingWindowLimiter
from getsales_extras.testing.state import Store
from getsales_extras.testing.stats import EmulatorStats

ConnectionAborter = Callable[[Any], bool]
"""Drops the TCP connection of a client address at once (installed by the server)."""


class EmulatorRuntime:
    """Settings, data, statistics, limiter and faults of one emulator."""

    def __init__(self, config: EmulatorConfig | None = None) -> None:
        self.config = config if config is not None else EmulatorConfig()
        self.store = Store(self.config)
        self.stats = EmulatorStats(self.config.request_log_size)
        self.faults = FaultInjector(self.config.seed)
        self.limiter = self._limiter_for(self.config)
        self.abort_connection: ConnectionAborter | None = None
        self.webhook_dispatcher = WebhookDispatcher()
        self.store.deliver = self.webhook_dispatcher.submit

    @staticmethod
    def _limiter_for(config: EmulatorConfig) -> RollingWindowLimiter | None:
        if config.rate_limit_requests is None:
            return None
        return RollingWindowLimiter(
            config.rate_limit_requests,
            config.rate_limit_period,
            count_rejected=config.count_rejected_requests,
        )

    def configure(self, changes: Mapping[str, Any], *, from_json: bool = False) -> EmulatorConfig:
        """Apply a partial settings change; raises ``ValueError`` and changes nothing if
        any value is wrong."""
        new = self.config.updated(changes, from_json=from_json)
        old = self.config
        if new.rate_limit_requests is None:
            self.limiter = None
        elif self.limiter is None:
            self.limiter = self._limiter_for(new)
        else:
            self.limiter.reconfigure(
                new.rate_limit_requests,
                new.rate_limit_period,
                count_rejected=new.count_rejected_requests,
            )
        if new.seed != old.seed:
            self.faults.reseed(new.seed)
        if new.request_log_size != old.request_log_size:
            self.stats.resize_log(new.request_log_size)
        self.store.configure(new)
        self.config = new
        return new

    def script_fault(self, rule: ScriptedFault) -> None:
        self.faults.script(rule)

    def reset(
        self,
        *,
        data: bool = True,
        stats: bool = True,
        faults: bool = True,
        rate_limit: bool = True,
    ) -> None:
        """Start over: data (identifiers restart from the seed), statistics, scripted
        faults and the fault generator, and the rate-limit windows."""
        if data:
            self.store.reset(self.config)
        if stats:
            self.stats.reset()
            self.webhook_dispatcher.sent.clear()
        if faults:
            self.faults.clear_script()
            self.faults.reseed(self.config.seed)
        if rate_limit and self.limiter is not None:
            self.limiter.reset()
