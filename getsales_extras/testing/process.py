"""An emulator in a child process, steered over its control endpoints: for benchmarks that
measure a client's CPU or memory (the in-thread ``Emulator`` shares the interpreter with
the code under test) and for demos driving a command-line tool."""

from __future__ import annotations

import json
import queue
import signal
import subprocess
import sys
import threading
from collections.abc import Mapping
from typing import Any

import httpx


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
                self.process.wait(timeout)
        if self.process.stdout is not None:
            self.process.stdout.close()
        return int(self.process.returncode)

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
    command = [python, "-m", "getsales_extras.testing", "--port", "0", "--ready-json"]
    command += ["--settings", json.dumps(dict(settings or {}))]
    command += ["--seed-leads", str(seed_leads), "--seed-lists", str(seed_lists)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    lines: queue.Queue[str] = queue.Queue()
    stdout = process.stdout
    assert stdout is not None
    threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
    try:
        return EmulatorProcess(process, json.loads(lines.get(timeout=startup_timeout)))
    except (queue.Empty, ValueError) as exc:
        process.kill()
        process.wait()
        code = process.returncode
        raise RuntimeError(f"the emulator process did not start (exit code {code})") from exc
