"""``getsales webhooks``: subscribe/unsubscribe in-process against the emulator, and ``listen``
as the console script on a loopback port, fed a real delivery."""

from __future__ import annotations

import json
import os
import queue
import re
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from typing import IO

import httpx
import pytest

from getsales_extras.testing import Emulator, run_emulator
from tests.fixtures_emulator import cli

SCRIPT = os.path.join(os.path.dirname(sys.executable), "getsales")
TOKEN = "cli-token"
URL = "https://service.example.com/hooks"


@pytest.fixture
def emu(monkeypatch: pytest.MonkeyPatch) -> Iterator[Emulator]:
    with run_emulator(rate_limit_requests=None) as emulator:
        monkeypatch.setenv("GETSALES_API_KEY", emulator.api_key)
        monkeypatch.setenv("GETSALES_BASE_URL", emulator.base_url)
        monkeypatch.setenv("GETSALES_RATE_LIMIT", "off")
        monkeypatch.delenv("GETSALES_WEBHOOK_TOKEN", raising=False)
        yield emulator


def test_subscribe_twice_then_unsubscribe(
    emu: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["webhooks", "subscribe", URL, "--event", "contact_replied_email"]
    args += ["--event", "contact_created", "--token", TOKEN]
    code, first, err = cli(capsys, *args)
    assert code == 0, err
    code, second, err = cli(capsys, *args)
    assert code == 0, err
    assert first == second
    lines = first.splitlines()
    assert len(lines) == 2
    assert lines[0].endswith(f"contact_replied_email  {URL}/contact_replied_email?token=***")
    assert TOKEN not in first
    assert emu.store.counts()["webhooks"] == 2

    code, out, err = cli(capsys, "webhooks", "unsubscribe", URL, "--event", "contact_created")
    assert code == 0, err
    assert "contact_created" in out and "1 subscription(s) deleted" in err
    assert emu.store.counts()["webhooks"] == 1


def test_subscribe_refuses_a_url_that_is_not_http(
    emu: Emulator, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = cli(capsys, "webhooks", "subscribe", "ftp://x", "--event", "e", "--token", "t")
    assert (code, out) == (1, "")
    assert err.strip().splitlines() == ["getsales: error: 'ftp://x' is not an http(s) URL"]


@pytest.mark.parametrize("command", ["listen", "subscribe"])
def test_an_empty_token_is_a_usage_error_naming_the_option(
    emu: Emulator, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    target = ["http://hooks.test", "--event", "e"] if command == "subscribe" else []
    code, out, err = cli(capsys, "webhooks", command, *target, "--token", " ")
    assert (code, out) == (2, "")
    assert "'--token'" in err and "must not be empty" in err and len(err.splitlines()) == 1
    assert emu.store.counts()["webhooks"] == 0


def _lines(stream: IO[str]) -> queue.Queue[str]:
    """The lines of a child's pipe, read by a thread so that the test can wait with a timeout."""
    lines: queue.Queue[str] = queue.Queue()

    def pump() -> None:
        for line in stream:
            lines.put(line)

    threading.Thread(target=pump, daemon=True).start()
    return lines


@pytest.mark.skipif(not os.path.exists(SCRIPT), reason="the console script is not installed")
@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT delivery differs on Windows")
def test_listen_prints_one_line_per_event_and_stops_on_ctrl_c() -> None:
    env = {**os.environ, "GETSALES_WEBHOOK_TOKEN": TOKEN}
    process = subprocess.Popen(
        [SCRIPT, "webhooks", "listen", "--port", "0"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None and process.stderr is not None
        out, err = _lines(process.stdout), _lines(process.stderr)
        banner = err.get(timeout=30)
        found = re.search(r"http://127\.0\.0\.1:(\d+)/", banner)
        assert found, banner
        base = f"http://127.0.0.1:{found.group(1)}"
        delivery = {
            "contact": {"uuid": "3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b", "name": "Ada Lovelace"},
            "linkedin_message": {"text": "Let's\ntalk", "sent_at": "2024-01-01 00:00:00"},
        }
        with httpx.Client(base_url=base, timeout=10) as http:
            wrong = http.post("/contact_replied_linkedin_message?token=nope", json=delivery)
            right = http.post(f"/contact_replied_linkedin_message?token={TOKEN}", json=delivery)
        assert (wrong.status_code, right.status_code) == (401, 200)
        line = out.get(timeout=30)
        assert line.split("  ") == [
            "contact_replied_linkedin_message",
            "3f1c2a4e-5b6d-4e7f-8a9b-0c1d2e3f4a5b",
            json.dumps("Ada Lovelace"),
            json.dumps("Let's talk") + "\n",
        ]
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 0
        closing = [err.get(timeout=10)]
        while "Stopped after" not in closing[-1]:
            closing.append(err.get(timeout=10))
        assert closing[-1].strip() == "Stopped after 1 event(s).", closing
        assert "Traceback" not in "".join(closing)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
