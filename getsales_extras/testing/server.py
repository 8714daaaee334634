"""Running the emulator: uvicorn on a free loopback port, in a background thread.

``Emulator`` starts uvicorn with its own event loop in a daemon thread, waits until the
socket listens (typically well under a second), reads the real port back from the socket
and stops cleanly on exit. The same object is a sync and an async context manager, and
gives tests direct access to the data, statistics and settings of the running server.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from collections.abc import Mapping
from types import TracebackType
from typing import Any

import anyio.to_thread
import uvicorn

from getsales_extras.testing.app import create_app
from getsales_extras.testing.config import EmulatorConfig
from getsales_extras.testing.delivery import Delivery, ReplyChannel, inject_reply
from getsales_extras.testing.faults import FaultKind, FaultPhase, ScriptedFault
from getsales_extras.testing.responses import reset_transport
from getsales_extras.testing.runtime import EmulatorRuntime
from getsales_extras.testing.state import Store
from getsales_extras.testing.stats import EmulatorStats

STARTUP_TIMEOUT = 10.0
SHUTDOWN_TIMEOUT = 5.0


class _SignallingServer(uvicorn.Server):
    """A uvicorn server that reports when its sockets listen and stops without waiting
    for its next tick (uvicorn polls its exit flag every 0.1 s)."""

    def __init__(self, config: uvicorn.Config, ready: threading.Event) -> None:
        super().__init__(config)
        self._ready = ready
        self._loop: asyncio.AbstractEventLoop | None = None
        self._wake: asyncio.Event | None = None

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        await super().startup(sockets=sockets)
        self._ready.set()

    async def main_loop(self) -> None:
        counter = 0
        while not await self.on_tick(counter):
            counter = (counter + 1) % 864_000
            if self._wake is None:
                await asyncio.sleep(0.1)
                continue
            with contextlib.suppress(TimeoutError, asyncio.TimeoutError):
                await asyncio.wait_for(self._wake.wait(), 0.1)

    def request_exit(self) -> None:
        """Ask the server to stop, from any thread."""
        self.should_exit = True
        loop, wake = self._loop, self._wake
        if loop is not None and wake is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(wake.set)


def build_uvicorn_config(app: Any, host: str, port: int) -> uvicorn.Config:
    """Quiet, fast settings: no access log, no lifespan, no websockets, no log setup."""
    return uvicorn.Config(
        app,
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        log_config=None,
        lifespan="off",
        ws="none",
        loop="asyncio",
        timeout_graceful_shutdown=1,
        timeout_keep_alive=5,
        backlog=4096,
    )


def install_connection_aborter(runtime: EmulatorRuntime, server: uvicorn.Server) -> None:
    """Let the app reset a client's connection: find it by the client's address."""

    def abort(client: Any) -> bool:
        if not client:
            return False
        wanted = tuple(client)
        for connection in list(server.server_state.connections):
            if getattr(connection, "client", None) == wanted:
                return reset_transport(getattr(connection, "transport", None))
        return False

    runtime.abort_connection = abort


class Emulator:
    """A GetSales emulator serving on ``http://127.0.0.1:<free port>``.

    Use it as ``with Emulator(config) as emu:`` or ``async with ...``; or call ``start()``
    and ``stop()``. ``base_url`` and ``api_key`` are what a client needs; ``store``,
    ``stats`` and ``config`` show and steer the server while it runs.
    """

    def __init__(
        self, config: EmulatorConfig | None = None, *, host: str = "127.0.0.1", port: int = 0
    ) -> None:
        self.runtime = EmulatorRuntime(config)
        self.host = host
        self._requested_port = port
        self._port: int | None = None
        self._server: _SignallingServer | None = None
        self._thread: threading.Thread | None = None
        self._failure: BaseException | None = None
        self.startup_seconds: float | None = None

    # --- what a client needs ---------------------------------------------------------------

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the emulator is not running")
        return self._port

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def api_key(self) -> str:
        return self.runtime.config.api_key

    @property
    def team_id(self) -> int:
        return self.runtime.config.team_id

    @property
    def headers(self) -> dict[str, str]:
        """Request headers that authenticate against this emulator."""
        return {"Authorization": f"Bearer {self.api_key}"}

    # --- what a test looks at ----------------------------------------------------------------

    @property
    def config(self) -> EmulatorConfig:
        return self.runtime.config

    @property
    def store(self) -> Store:
        return self.runtime.store

    @property
    def state(self) -> Store:
        """Alias of ``store``: the emulator's data."""
        return self.runtime.store

    @property
    def stats(self) -> EmulatorStats:
        return self.runtime.stats

    def configure(self, **changes: Any) -> EmulatorConfig:
        """Change settings while running (see ``EmulatorConfig``)."""
        return self.runtime.configure(changes)

    def fail_next(
        self,
        kind: FaultKind,
        path: str = "*",
        *,
        method: str | None = None,
        count: int = 1,
        phase: FaultPhase = "before",
        status: int = 500,
        delay_ms: float = 0.0,
    ) -> None:
        """Script a fault: the next ``count`` requests matching ``method`` and ``path``
        (a glob over the path or its template) fail with ``kind``."""
        self.runtime.script_fault(ScriptedFault(kind, path, method, count, phase, status, delay_ms))

    def reset(self, **parts: bool) -> None:
        """Start over (see ``EmulatorRuntime.reset`` for what can be kept)."""
        self.runtime.reset(**parts)

    def seed(
        self,
        *,
        leads: int = 0,
        list_uuid: str | None = None,
        lists: int = 0,
        tags: int = 0,
        companies: int = 0,
        notes: int = 0,
    ) -> dict[str, Any]:
        """Bulk-create generated records quickly (no HTTP, no validation)."""
        store = self.runtime.store
        result: dict[str, Any] = {}
        if lists:
            store.seed_lists(lists)
        if tags:
            store.seed_tags(tags)
        if companies:
            store.seed_companies(companies)
        if leads:
            result["list_uuid"] = store.seed_leads(leads, list_uuid)
        if notes:
            result["note_lead_uuid"] = store.seed_notes(notes)
        return result

    def inject_reply(
        self,
        lead_uuid: str,
        text: str,
        *,
        channel: ReplyChannel = "linkedin",
        subject: str | None = None,
    ) -> list[Delivery]:
        """The contact replies on LinkedIn (``contact_replied_linkedin_message``) or by e-mail
        (``contact_replied_email``); returns the deliveries queued to subscribed URLs."""
        return inject_reply(self.runtime.store, lead_uuid, text, channel=channel, subject=subject)

    @property
    def webhook_deliveries(self) -> list[Delivery]:
        """Every delivery queued so far, oldest first, with the receiver's answer."""
        return list(self.runtime.webhook_dispatcher.sent)

    # --- lifecycle ---------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> Emulator:
        """Start serving; returns once the port accepts connections."""
        if self.running:
            return self
        began = time.perf_counter()
        ready = threading.Event()
        config = build_uvicorn_config(create_app(self.runtime), self.host, self._requested_port)
        server = _SignallingServer(config, ready)
        install_connection_aborter(self.runtime, server)
        self._server = server
        self._failure = None
        thread = threading.Thread(target=self._serve, name="getsales-emulator", daemon=True)
        self._thread = thread
        thread.start()
        while not ready.wait(0.01):
            if not thread.is_alive() or time.perf_counter() - began > STARTUP_TIMEOUT:
                self._thread = None
                self._server = None
                raise RuntimeError(
                    f"the GetSales emulator failed to start on {self.host}: {self._failure!r}"
                )
        self._port = int(server.servers[0].sockets[0].getsockname()[1])
        self.startup_seconds = time.perf_counter() - began
        return self

    def _serve(self) -> None:
        assert self._server is not None
        try:
            asyncio.run(self._server.serve())
        except BaseException as exc:  # reported by start(); a thread must not raise
            self._failure = exc

    def stop(self) -> None:
        """Stop serving and wait for the server thread to end."""
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        server.request_exit()
        thread.join(SHUTDOWN_TIMEOUT)
        if thread.is_alive():
            server.force_exit = True
            thread.join(SHUTDOWN_TIMEOUT)
        self._server = None
        self._thread = None
        self._port = None
        self.runtime.abort_connection = None
        self.runtime.webhook_dispatcher.close()

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    async def __aenter__(self) -> Emulator:
        await anyio.to_thread.run_sync(self.start)
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await anyio.to_thread.run_sync(self.stop)

    def __repr__(self) -> str:
        where = self.base_url if self._port is not None else "stopped"
        return f"<Emulator {where}>"


def run_emulator(
    config: EmulatorConfig | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 0,
    **settings: Any,
) -> Emulator:
    """An ``Emulator`` for ``with`` / ``async with``; keyword settings override ``config``.

    >>> with run_emulator(rate_limit_requests=30, rate_limit_period=3.0) as emu:
    ...     emu.base_url  # doctest: +SKIP
    """
    base = config if config is not None else EmulatorConfig()
    if settings:
        base = base.updated(settings)
    return Emulator(base, host=host, port=port)


def settings_from_mapping(data: Mapping[str, Any]) -> EmulatorConfig:
    """Build a configuration from JSON-like settings (command line, files)."""
    return EmulatorConfig().updated(data, from_json=True)
