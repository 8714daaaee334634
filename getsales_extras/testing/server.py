"""Running the emulator: its shared state (``Runtime``); uvicorn on a free loopback port in a
background thread (``Emulator``, a sync and an async context manager), which waits until the
socket listens and stops cleanly; or a child process steered over the control endpoints
(``EmulatorProcess``), for benchmarks that measure a client's CPU or memory and for demos
driving a command-line tool.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import queue
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

import anyio.to_thread
import httpx
import uvicorn

from getsales_extras.testing.app import create_app
from getsales_extras.testing.config import EmulatorConfig
from getsales_extras.testing.delivery import Delivery, WebhookDispatcher, inject_reply
from getsales_extras.testing.faults import FaultInjector, FaultKind, ScriptedFault
from getsales_extras.testing.ratelimit import ArrivalLimit
from getsales_extras.testing.spec import spec_answers
from getsales_extras.testing.stats import EmulatorStats
from getsales_extras.testing.store import Store

STARTUP_TIMEOUT = 10.0
SHUTDOWN_TIMEOUT = 5.0


class Runtime:
    """Settings, data, statistics, limiter, faults and webhook deliveries of one emulator:
    ``store``, ``stats`` and ``config`` show it, the methods below steer it."""

    def __init__(self, config: EmulatorConfig | None = None) -> None:
        self.config = config if config is not None else EmulatorConfig()
        self.store = Store(self.config)
        self.stats = EmulatorStats()
        self.faults = FaultInjector(self.config.seed)
        self.limiter: ArrivalLimit | None = None
        # Ends a client's connection at once, by its address: a reset (RST) or a close (FIN).
        self.close_connection: Callable[[Any, bool], bool] | None = None
        self.webhook_dispatcher = WebhookDispatcher()
        self.store.deliver = self.webhook_dispatcher.submit
        self.apply({})
        spec_answers()  # read the spec now, not while the first request waits

    def apply(self, changes: Mapping[str, Any], *, from_json: bool = False) -> EmulatorConfig:
        """Apply a partial change; a wrong value raises ``ValueError`` and changes nothing."""
        new = self.config.updated(changes, from_json=from_json)
        if new.rate_limit_requests is None:
            self.limiter = None
        else:  # admissions already recorded keep counting against a changed limit
            limit = self.limiter or ArrivalLimit(new.rate_limit_requests, 1.0)
            limit.requests, limit.period = new.rate_limit_requests, new.rate_limit_period
            limit.count_rejected, self.limiter = new.count_rejected_requests, limit
        if new.seed != self.config.seed:
            self.faults.reset(new.seed)
        self.config = self.store.config = new
        return new

    def configure(self, **changes: Any) -> EmulatorConfig:
        """Change settings while running (see ``EmulatorConfig``)."""
        return self.apply(changes)

    def reset(
        self, *, data: bool = True, stats: bool = True, faults: bool = True, rate_limit: bool = True
    ) -> None:
        """Start over: data (identifiers restart from the seed), statistics and deliveries,
        scripted faults and the fault generator, the rate-limit windows."""
        if data:
            self.store.reset()
        if stats:
            self.stats.reset()
            self.webhook_dispatcher.sent.clear()
        if faults:
            self.faults.reset(self.config.seed)
        if rate_limit and self.limiter is not None:
            self.limiter.reset()

    def fail_next(self, kind: FaultKind, path: str = "*", **options: Any) -> None:
        """The next requests matching ``path`` (a glob over the path or its template) fail
        with ``kind``; ``options`` are the other ``ScriptedFault`` fields (``method``,
        ``count``, ``phase``, ``status``, ``delay_ms``)."""
        self.faults.script(ScriptedFault(kind, path, **options))

    def seed(
        self, *, leads: int = 0, list_uuid: str | None = None, lists: int = 0
    ) -> dict[str, Any]:
        """Add generated lists and contacts at once (no HTTP, no checks); returns the
        ``list_uuid`` of the contacts."""
        self.store.seed_lists(lists)
        return {"list_uuid": self.store.seed_leads(leads, list_uuid)} if leads else {}

    def inject_reply(self, lead_uuid: str, text: str, **options: Any) -> list[Delivery]:
        """The contact replies (``channel="linkedin" | "email"``, ``subject``); returns the
        deliveries queued."""
        return inject_reply(self.store, lead_uuid, text, **options)

    @property
    def webhook_deliveries(self) -> list[Delivery]:
        """Every delivery queued so far, oldest first, with the receiver's answer."""
        return list(self.webhook_dispatcher.sent)


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
        backlog=4096,
    )


class SignallingServer(uvicorn.Server):
    """A uvicorn server that sets ``ready`` when it listens and can end a client's connection
    (for the connection faults)."""

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self.ready = threading.Event()

    @property
    def port(self) -> int:
        return int(self.servers[0].sockets[0].getsockname()[1])

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        await super().startup(sockets=sockets)
        self.ready.set()

    def request_exit(self) -> None:
        """Ask the server to stop, from any thread (it stops at its next tick)."""
        self.should_exit = True

    def close_connection(self, client: Any, reset: bool) -> bool:
        for connection in list(self.server_state.connections):
            transport = getattr(connection, "transport", None)
            if client and getattr(connection, "client", None) == tuple(client) and transport:
                if reset:  # a zero linger time makes the close a TCP reset
                    sock = transport.get_extra_info("socket")
                    with contextlib.suppress(OSError, AttributeError):
                        sock.setsockopt(
                            socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0)
                        )
                    transport.abort()
                else:
                    transport.close()
                return True
        return False


class Emulator(Runtime):
    """A GetSales emulator serving on ``http://127.0.0.1:<free port>``: ``with Emulator(config)
    as emu:``, ``async with``, or ``start()``/``stop()``. ``base_url`` and ``api_key`` are what
    a client needs."""

    def __init__(
        self, config: EmulatorConfig | None = None, *, host: str = "127.0.0.1", port: int = 0
    ) -> None:
        super().__init__(config)
        self.host, self._requested_port = host, port
        self._port: int | None = None
        self._server: SignallingServer | None = None
        self._thread: threading.Thread | None = None
        self._failure: BaseException | None = None

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
        return self.config.api_key

    @property
    def headers(self) -> dict[str, str]:
        """Request headers that authenticate against this emulator."""
        return {"Authorization": f"Bearer {self.api_key}"}

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> Emulator:
        """Start serving; returns once the port accepts connections."""
        if self.running:
            return self
        began = time.perf_counter()
        app = create_app(self)
        server = SignallingServer(build_uvicorn_config(app, self.host, self._requested_port))
        self.close_connection = server.close_connection
        self._server, self._failure = server, None
        self._thread = threading.Thread(target=self._serve, name="getsales-emulator", daemon=True)
        self._thread.start()
        while not server.ready.wait(0.01):
            if not self._thread.is_alive() or time.perf_counter() - began > STARTUP_TIMEOUT:
                self._thread = self._server = None
                raise RuntimeError(f"the GetSales emulator failed to start: {self._failure!r}")
        self._port = server.port
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
        self._server = self._thread = self._port = None
        self.close_connection = None
        self.webhook_dispatcher.close()

    def __enter__(self) -> Emulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    async def __aenter__(self) -> Emulator:
        await anyio.to_thread.run_sync(self.start)
        return self

    async def __aexit__(self, *exc: object) -> None:
        await anyio.to_thread.run_sync(self.stop)


def run_emulator(
    config: EmulatorConfig | None = None, *, host: str = "127.0.0.1", port: int = 0, **settings: Any
) -> Emulator:
    """An ``Emulator`` for ``with`` / ``async with``; keyword settings override ``config``."""
    base = config if config is not None else EmulatorConfig()
    return Emulator(base.updated(settings) if settings else base, host=host, port=port)


class EmulatorProcess:
    """A running emulator process: its URL and key, and its control endpoints."""

    def __init__(self, process: subprocess.Popen[str], announcement: Mapping[str, Any]) -> None:
        self.process = process
        self.base_url: str = str(announcement["base_url"])
        self.api_key: str = str(announcement["api_key"])
        self.seeded_list_uuid: str | None = announcement.get("list_uuid")
        self._control = httpx.Client(base_url=self.base_url, timeout=30.0)

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}"}

    def _post(self, path: str, body: Any) -> dict[str, Any]:
        response = self._control.post(f"/_emulator/{path}", json=body)
        if response.status_code == 422:
            raise ValueError(response.json()["error"]["message"])
        return dict(response.raise_for_status().json())

    def stats(self, *, times: bool = False) -> dict[str, Any]:
        """``GET /_emulator/stats`` (with the arrival and admission times when ``times``)."""
        response = self._control.get("/_emulator/stats", params={"times": "1"} if times else {})
        return dict(response.raise_for_status().json())

    def configure(self, **changes: Any) -> dict[str, Any]:
        return self._post("config", changes)

    def reset(self, **parts: bool) -> None:
        self._post("reset", parts)

    def seed(self, **counts: Any) -> dict[str, Any]:
        """``leads`` (into ``list_uuid`` or a new list) and ``lists``."""
        return self._post("seed", counts)

    def inject_reply(self, lead_uuid: str, text: str, **options: Any) -> list[str]:
        """The contact replies (``channel``, ``subject``); returns the webhooks called."""
        sent = self._post("replies", {"lead_uuid": lead_uuid, "text": text, **options})
        return [str(uuid) for uuid in sent["deliveries"]]

    def fail_next(self, kind: str, path: str = "*", **options: Any) -> None:
        self._post("faults", {"kind": kind, "path": path, **options})

    def stop(self, timeout: float = 5.0) -> int:
        """Ask the process to stop (SIGINT, then kill) and return its exit code."""
        self._control.close()
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
        with self.process:  # closes its output and waits for the end
            return int(self.process.wait())

    def __enter__(self) -> EmulatorProcess:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def spawn_emulator(
    settings: Mapping[str, Any] | None = None,
    *,
    seed_leads: int = 0,
    seed_lists: int = 0,
    python: str = sys.executable,
    startup_timeout: float = 30.0,
) -> EmulatorProcess:
    """Start ``python -m getsales_extras.testing`` on a free loopback port and wait until it
    serves; ``settings`` are ``EmulatorConfig`` fields as JSON values."""
    command = [python, "-m", "getsales_extras.testing", "--port=0", "--ready-json"]
    command += [f"--seed-leads={seed_leads}", f"--seed-lists={seed_lists}"]
    command += ["--settings", json.dumps(dict(settings or {}))]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    lines: queue.Queue[str] = queue.Queue()
    stdout = process.stdout
    assert stdout is not None
    threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
    try:
        return EmulatorProcess(process, json.loads(lines.get(timeout=startup_timeout)))
    except (queue.Empty, ValueError) as exc:
        process.kill()
        code = process.wait()
        raise RuntimeError(f"the emulator process did not start (exit code {code})") from exc
