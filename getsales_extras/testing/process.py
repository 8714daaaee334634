"""An emulator in a child process, steered over its control endpoints.

The in-process ``Emulator`` shares the interpreter (and its GIL) with the code under test.
For benchmarks that measure a client's CPU cost or memory, or for a demo driving a
command-line tool, run the emulator in its own process instead: ``spawn_emulator()``
starts ``python -m getsales_extras.testing`` on a free port and talks to it over HTTP.
"""

from __future__ import annotations

import json
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Mapping
from types import TracebackType
from typing import IO, Any

import httpx


class EmulatorProcess:
    """A running emulator process: its URL and key, plus its control endpoints."""

    def __init__(self, process: subprocess.Popen[str], announcement: Mapping[str, Any]) -> None:
        self.process = process
        self.base_url: str = str(announcement["base_url"])
        self.api_key: str = str(announcement["api_key"])
        self.seeded_list_uuid: str | None = announcement.get("list_uuid")
        self._control = httpx.Client(base_url=self.base_url, timeout=30.0)

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.api_key}"}

    def stats(self, *, times: bool = False) -> dict[str, Any]:
        """``GET /_emulator/stats`` (with admission times when ``times``)."""
        params = {"times": "1"} if times else {}
        return dict(self._control.get("/_emulator/stats", params=params).raise_for_status().json())

    def configure(self, **changes: Any) -> dict[str, Any]:
        response = self._control.post("/_emulator/config", json=changes)
        if response.status_code == 422:
            raise ValueError(response.json()["error"]["message"])
        return dict(response.raise_for_status().json())

    def reset(self, **parts: bool) -> None:
        self._control.post("/_emulator/reset", json=parts).raise_for_status()

    def seed(self, **counts: Any) -> dict[str, Any]:
        """``POST /_emulator/seed`` with ``leads``, ``lists``, ``tags``, ``companies``..."""
        return dict(self._control.post("/_emulator/seed", json=counts).raise_for_status().json())

    def inject_reply(self, lead_uuid: str, text: str, **options: Any) -> list[str]:
        """``POST /_emulator/replies`` (``channel``, ``subject``): the contact replies; returns
        the uuids of the webhooks a delivery was queued for."""
        body = {"lead_uuid": lead_uuid, "text": text, **options}
        response = self._control.post("/_emulator/replies", json=body).raise_for_status()
        return [str(uuid) for uuid in response.json()["deliveries"]]

    def fail_next(self, kind: str, path: str = "*", **options: Any) -> None:
        body = {"kind": kind, "path": path, **options}
        self._control.post("/_emulator/faults", json=body).raise_for_status()

    def stop(self, timeout: float = 5.0) -> int:
        """Ask the process to stop (SIGINT, then kill) and return its exit code."""
        self._control.close()
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout)
        if self.process.stdout is not None:
            self.process.stdout.close()
        return int(self.process.returncode)

    def __enter__(self) -> EmulatorProcess:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


def spawn_emulator(
    settings: Mapping[str, Any] | None = None,
    *,
    seed_leads: int = 0,
    seed_lists: int = 0,
    python: str = sys.executable,
    startup_timeout: float = 30.0,
) -> EmulatorProcess:
    """Start an emulator process on a free loopback port and wait until it serves.

    ``settings`` are ``EmulatorConfig`` fields given as JSON values.
    """
    command = [
        python,
        "-m",
        "getsales_extras.testing",
        "--port",
        "0",
        "--ready-json",
        "--settings",
        json.dumps(dict(settings or {})),
    ]
    if seed_leads:
        command += ["--seed-leads", str(seed_leads)]
    if seed_lists:
        command += ["--seed-lists", str(seed_lists)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=_first_line, args=(process.stdout, lines), daemon=True).start()
    try:
        line = lines.get(timeout=startup_timeout)
        announcement = json.loads(line)
    except (queue.Empty, ValueError) as exc:
        process.kill()
        process.wait()
        raise RuntimeError(
            f"the emulator process did not start (exit code {process.returncode})"
        ) from exc
    return EmulatorProcess(process, announcement)


def _first_line(stream: IO[str], lines: queue.Queue[str]) -> None:
    lines.put(stream.readline())
