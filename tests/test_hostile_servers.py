"""Servers that misbehave the way proxies, load balancers and buggy backends do, on loopback.

Each case of the hostile-server review has a test here: what the caller gets is a typed
``GetSalesError`` naming method and path, within the configured time and memory, and never a
success. The wire cases (a trickling body, a huge body, a redirect, an echoed header) run on
real sockets through httpx's own transport.
"""

from __future__ import annotations

import asyncio
import bisect
import csv
import gzip
import json
import os
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import psutil
import pytest

from getsales_client.api.leads_contacts import upsert_lead
from getsales_client.api.user_team import get_current_user
from getsales_client.models import UpsertLeadBody
from getsales_extras import (
    APIConnectionError,
    APITimeoutError,
    AuthenticationError,
    ClientClosedError,
    ConfigurationError,
    MalformedResponseError,
    RateLimit,
    RateLimitError,
    RedirectError,
    ResponseTooLargeError,
    RetryPolicy,
    ServerError,
    create_client,
)
from getsales_extras.cli import run
from getsales_extras.testing import busiest_window
from tests.test_transport_fakes import (
    RawRequest,
    fresh_key,
    http_answer,
    raw_server,
)

USER = b'{"uuid": "5b0a3b7e-9a55-4c4e-8f52-0d7c3a1e2f10", "email": "me@example.com"}'
LIST_UUID = "5b0a3b7e-9a55-4c4e-8f52-0d7c3a1e2f10"
MiB = 1024 * 1024
REPO_ROOT = Path(__file__).resolve().parent.parent
# Retries without noticeable waits.
QUICK = RetryPolicy(initial_backoff=0.001, max_backoff=0.002, jitter=0.0)


# ---------------------------------------------------------------------------------------------
# Case 7: the start-up burst, counted by arrival at a server in another thread


class _ArrivalCounter:
    """Answers after ``latency`` s, or 429 when the request would be the (limit+1)-th to arrive
    within one rolling ``period``; keeps every arrival time."""

    def __init__(self, limit: int, period: float, latency: float) -> None:
        self.limit = limit
        self.period = period
        self.latency = latency
        self.arrivals: list[float] = []
        self.rejected = 0

    async def __call__(self, request: RawRequest, writer: asyncio.StreamWriter) -> None:
        now = time.monotonic()
        self.arrivals.append(now)
        recent = len(self.arrivals) - bisect.bisect_right(self.arrivals, now - self.period)
        if recent > self.limit:
            self.rejected += 1
            writer.write(http_answer(429, b'{"message": "Too Many Attempts."}', Retry_After="1"))
            return
        await asyncio.sleep(self.latency)
        writer.write(http_answer(200, USER))


@contextmanager
def _server_in_thread(
    handler: Callable[[RawRequest, asyncio.StreamWriter], Awaitable[None]],
) -> Iterator[str]:
    """``raw_server(handler)`` running in a thread of its own (its own event loop)."""
    loop = asyncio.new_event_loop()
    ready = threading.Event()
    stop = asyncio.Event()
    url: list[str] = []

    async def main() -> None:
        async with raw_server(handler) as (base_url, _seen):
            url.append(base_url)
            ready.set()
            await stop.wait()

    thread = threading.Thread(target=loop.run_until_complete, args=(main(),), daemon=True)
    thread.start()
    assert ready.wait(5.0)
    try:
        yield url[0]
    finally:
        loop.call_soon_threadsafe(stop.set)
        thread.join(10.0)
        loop.close()


@contextmanager
def _arrival_server(limit: int, period: float, latency: float) -> Iterator[tuple[str, Any]]:
    """An ``_ArrivalCounter`` in a process of its own, so that its clock reads arrivals without
    waiting for this process's event loop (or its GIL); yields its URL and, once it has
    stopped, ``{"arrivals": [...], "rejected": n}``."""
    command = [sys.executable, "-m", "tests.test_hostile_servers", str(limit), str(period)]
    process = subprocess.Popen(
        [*command, str(latency)],
        cwd=REPO_ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    report: dict[str, Any] = {}
    try:
        assert process.stdout is not None and process.stdin is not None
        port = int(process.stdout.readline())
        yield f"http://127.0.0.1:{port}", report
        out, _ = process.communicate("stop\n", timeout=30)
        report.update(json.loads(out))
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def _arrival_server_main(limit: str, period: str, latency: str) -> None:
    counter = _ArrivalCounter(int(limit), float(period), float(latency))

    async def main() -> None:
        async with raw_server(counter) as (url, _seen):
            print(url.rsplit(":", 1)[1], flush=True)
            await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)
        print(json.dumps({"arrivals": counter.arrivals, "rejected": counter.rejected}))

    asyncio.run(main())


@pytest.mark.anyio
async def test_the_start_up_burst_stays_within_the_budget_as_the_server_counts_it() -> None:
    with _arrival_server(limit=100, period=1.0, latency=0.02) as (url, report):
        async with create_client(fresh_key(), base_url=url, rate_limit=RateLimit(100, 1.0)) as c:
            answers = await asyncio.gather(
                *(get_current_user.asyncio_detailed(client=c) for _ in range(500))
            )
    assert [int(a.status_code) for a in answers] == [200] * 500
    assert report["rejected"] == 0
    assert len(report["arrivals"]) == 500
    assert busiest_window(report["arrivals"], 1.0) <= 100


# ---------------------------------------------------------------------------------------------
# Case 1: a 3xx is an error that shows where it pointed, never a success


def _answer(raw: bytes) -> Callable[[RawRequest, asyncio.StreamWriter], Awaitable[None]]:
    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        writer.write(raw)

    return handler


@pytest.mark.anyio
@pytest.mark.parametrize("status", [301, 302, 307, 308])
async def test_a_redirect_is_a_typed_error_with_its_location(status: int) -> None:
    moved = http_answer(status, b"", "text/html", Location="https://elsewhere.example/id")
    async with raw_server(_answer(moved)) as (url, seen):
        async with create_client(fresh_key(), base_url=url, rate_limit=None) as client:
            with pytest.raises(RedirectError) as caught:
                await get_current_user.asyncio(client=client)
    error = caught.value
    assert error.status_code == status and error.location == "https://elsewhere.example/id"
    assert "https://elsewhere.example/id" in str(error)
    assert "GET /id/api/users/current" in str(error)
    assert len(seen) == 1  # neither followed nor retried


def _cli(capsys: pytest.CaptureFixture[str], url: str, *args: str) -> tuple[int, str, str]:
    code = run(["--base-url", url, "--rate-limit", "off", *args])
    out, err = capsys.readouterr()
    assert "Traceback" not in out + err
    return code, out, err


def _one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("getsales: error: "), err
    return lines[0]


def test_an_import_whose_upserts_are_redirected_reports_every_row_as_failed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        if request.method == "GET":  # the list exists
            writer.write(http_answer(200, json.dumps({"uuid": LIST_UUID}).encode()))
        else:
            moved = "https://login.example/upsert"
            writer.write(http_answer(302, b"<html>moved</html>", "text/html", Location=moved))

    monkeypatch.setenv("GETSALES_API_KEY", fresh_key())
    source = tmp_path / "contacts.csv"
    with source.open("w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["email", "first_name"])
        writer.writerows([f"p{n}@example.com", f"P{n}"] for n in range(5))
    with _server_in_thread(handler) as url:
        code, _, err = _cli(capsys, url, "leads", "import", str(source), "--list-uuid", LIST_UUID)
    assert code == 3  # finished with failed rows: not a success
    assert "0 created, 0 updated, 5 failed" in err
    records = [json.loads(line) for line in (tmp_path / "contacts.failures.jsonl").open()]
    assert len(records) == 5
    assert {r["error"]["type"] for r in records} == {"RedirectError"}
    assert {r["error"]["status"] for r in records} == {302}
    assert all("https://login.example/upsert" in r["error"]["message"] for r in records)


# ---------------------------------------------------------------------------------------------
# Case 2: a huge Retry-After pauses the key for the cap at most; the key recovers by itself


@pytest.mark.anyio
async def test_a_huge_retry_after_pauses_the_key_only_for_the_cap() -> None:
    answers = [http_answer(429, b"{}", Retry_After="99999999")]

    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        writer.write(answers.pop() if answers else http_answer(200, USER))

    policy = RetryPolicy(retry_after_cap=0.4, max_retries=0)
    async with raw_server(handler) as (url, seen):
        key = fresh_key()
        async with create_client(
            key, base_url=url, rate_limit=RateLimit(50, 1.0), retry=policy
        ) as c:
            started = time.monotonic()
            with pytest.raises(RateLimitError, match=r"more than the 0\.4 s"):
                await get_current_user.asyncio(client=c)
            with pytest.raises(RateLimitError, match=r"paused by a 429 for another 0\.[0-4]"):
                await get_current_user.asyncio(client=c)  # fails fast while the pause lasts
            assert time.monotonic() - started < 0.3
            assert len(seen) == 1
            await asyncio.sleep(0.45)
            # The server is healthy again, and the key is usable again: no process restart.
            assert await get_current_user.asyncio(client=c) is not None
        # Another client of the same key (same process-wide budget) is not paused either.
        async with create_client(key, base_url=url, rate_limit=RateLimit(50, 1.0)) as again:
            assert await get_current_user.asyncio(client=again) is not None


# ---------------------------------------------------------------------------------------------
# Case 4: time and memory bounds on the wire


async def _trickle(request: RawRequest, writer: asyncio.StreamWriter) -> None:
    writer.write(
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n"
    )
    for byte in b'{"uuid": "' + b"x" * 189:  # a byte every 0.1 s: no single read times out
        writer.write(bytes([byte]))
        await writer.drain()
        await asyncio.sleep(0.1)


@pytest.mark.anyio
async def test_a_trickling_body_is_cut_off_at_the_timeout() -> None:
    async with raw_server(_trickle) as (url, seen):
        async with create_client(
            fresh_key(), base_url=url, rate_limit=RateLimit(50, 1.0), timeout=0.8, retry=QUICK
        ) as client:
            body = UpsertLeadBody.from_dict({"lead": {"email": "a@b.c"}, "list_uuid": LIST_UUID})
            started = time.monotonic()
            with pytest.raises(APITimeoutError, match="may have been processed") as caught:
                await upsert_lead.asyncio(client=client, body=body)
            took = time.monotonic() - started
            assert 0.75 < took < 1.5, took
            assert "POST /leads/api/leads/upsert" in str(caught.value)
            assert len(seen) == 1
            limiter = client.transport.limiter if client.transport is not None else None
            assert limiter is not None and limiter.stats()[0] == 0  # its slot is free again
        # A GET is retried, and a retry still in progress at the deadline is cut off there.
        bounded = RetryPolicy(initial_backoff=0.01, max_backoff=0.02, deadline=1.2)
        async with create_client(
            fresh_key(), base_url=url, rate_limit=None, timeout=0.8, retry=bounded
        ) as client:
            started = time.monotonic()
            with pytest.raises(APITimeoutError, match="gave up"):
                await get_current_user.asyncio(client=client)
            took = time.monotonic() - started
            assert 1.15 < took < 1.45, took  # the second attempt, uncut, would end at 1.6 s
    assert len(seen) == 3


def _zeros(total: int, chunk: int = MiB) -> Iterator[bytes]:
    """``total`` bytes in ``chunk``-sized pieces, all the same object: never allocated whole."""
    piece = b"0" * chunk
    for _ in range(total // chunk):
        yield piece


def _huge(declare_length: bool) -> Callable[[RawRequest, asyncio.StreamWriter], Awaitable[None]]:
    size = 3 * 1024 * MiB

    async def handler(request: RawRequest, writer: asyncio.StreamWriter) -> None:
        length = f"Content-Length: {size}\r\n" if declare_length else ""
        writer.write(
            f"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n{length}"
            "Connection: close\r\n\r\n".encode()
        )
        for piece in _zeros(size):
            writer.write(piece)
            await writer.drain()

    return handler


class _PeakMemory:
    """The highest resident set size seen while the block runs (sampled every 5 ms)."""

    def __init__(self) -> None:
        self.process = psutil.Process(os.getpid())
        self.baseline = self.process.memory_info().rss
        self.peak = self.baseline
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._done.wait(0.005):
            self.peak = max(self.peak, self.process.memory_info().rss)

    def __enter__(self) -> _PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()
        self.peak = max(self.peak, self.process.memory_info().rss)

    @property
    def growth(self) -> int:
        return self.peak - self.baseline


@pytest.mark.anyio
@pytest.mark.parametrize("declare_length", [True, False], ids=["content-length", "until-close"])
async def test_a_3_gib_body_is_refused_at_the_cap_without_being_buffered(
    declare_length: bool,
) -> None:
    async with raw_server(_huge(declare_length)) as (url, seen):
        async with create_client(fresh_key(), base_url=url, rate_limit=RateLimit(50, 1.0)) as c:
            with _PeakMemory() as memory:
                started = time.monotonic()
                with pytest.raises(ResponseTooLargeError) as caught:
                    await get_current_user.asyncio(client=c)
                took = time.monotonic() - started
    print(
        f"\n3 GiB body ({'declared' if declare_length else 'undeclared'} length): refused "
        f"in {took:.2f} s, memory growth {memory.growth / MiB:.1f} MiB"
    )
    assert memory.growth < 256 * MiB
    assert took < 10.0
    assert len(seen) == 1  # not retried: the same body would come again
    assert "67,108,864 bytes" in str(caught.value)
    assert "GET /id/api/users/current" in str(caught.value)
    assert isinstance(caught.value, MalformedResponseError)


@pytest.mark.anyio
@pytest.mark.parametrize("coding", ["gzip", "deflate", "gzip, gzip"])
async def test_a_compressed_body_that_would_inflate_past_the_cap_is_refused(coding: str) -> None:
    inflated = b"[" + b"0," * (4 * MiB) + b"0]"  # valid JSON: only the cap can stop it
    if coding == "deflate":  # raw deflate, without the zlib header (httpx reads it too)
        packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
        bomb = packer.compress(inflated) + packer.flush()
    else:
        bomb = gzip.compress(inflated)
        bomb = gzip.compress(bomb) if "," in coding else bomb
    answer = http_answer(200, bomb, Content_Encoding=coding)
    async with raw_server(_answer(answer)) as (url, seen):
        async with create_client(
            fresh_key(), base_url=url, rate_limit=None, max_body_size=MiB
        ) as client:
            with pytest.raises(ResponseTooLargeError, match="1,048,576 bytes"):
                await get_current_user.asyncio(client=client)
            with pytest.raises(ConfigurationError):
                create_client(fresh_key(), max_body_size=0)
    assert len(seen) == 1


# ---------------------------------------------------------------------------------------------
# Case 5: bodies that are not what the operation promises, at any status


DEEP = b"[" * 100_000 + b"]" * 100_000
MAINTENANCE = b"<html><head><title>Down for maintenance</title></head><body>soon</body></html>"


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("status", "body", "content_type", "expected", "fragment", "attempts"),
    [
        # Not JSON at all: a broken answer, retried because a GET is safe to repeat.
        (200, MAINTENANCE, "text/html", MalformedResponseError, "Down for maintenance", 3),
        (200, DEEP, "application/json", MalformedResponseError, "nested too deeply", 3),
        # Well-formed JSON of the wrong shape: the generated parser refuses it at once.
        (200, b"[1, 2]", "application/json", MalformedResponseError, "got list", 1),
        (200, b"null", "application/json", MalformedResponseError, "got NoneType", 1),
        (200, b'"hello"', "application/json", MalformedResponseError, "got str", 1),
        (500, DEEP, "application/json", ServerError, "500", 3),
        (502, MAINTENANCE, "text/html", ServerError, "Down for maintenance", 3),
    ],
    ids=["html-200", "deep-200", "array", "null", "string", "deep-500", "html-502"],
)
async def test_unusable_bodies_are_typed_errors_at_any_status(
    status: int,
    body: bytes,
    content_type: str,
    expected: type[Exception],
    fragment: str,
    attempts: int,
) -> None:
    async with raw_server(_answer(http_answer(status, body, content_type))) as (url, seen):
        async with create_client(
            fresh_key(), base_url=url, rate_limit=RateLimit(50, 1.0), retry=QUICK
        ) as client:
            with pytest.raises(expected) as caught:
                await get_current_user.asyncio(client=client)
    assert type(caught.value) is expected
    assert fragment in str(caught.value)
    assert "GET /id/api/users/current" in str(caught.value)
    assert len(seen) == attempts


def test_unusable_bodies_are_one_line_in_the_cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GETSALES_API_KEY", fresh_key())
    for body, content_type in [(MAINTENANCE, "text/html"), (DEEP, "application/json")]:
        with _server_in_thread(_answer(http_answer(200, body, content_type))) as url:
            code, _, err = _cli(capsys, url, "whoami")
        assert code == 1
        assert "200 answer with" in _one_line(err)


@pytest.mark.anyio
async def test_a_closed_client_is_a_typed_error() -> None:
    async with raw_server(_answer(http_answer(200, USER))) as (url, seen):
        client = create_client(fresh_key(), base_url=url, rate_limit=None)
        async with client:
            await get_current_user.asyncio(client=client)
        with pytest.raises(ClientClosedError, match="closed"):
            await get_current_user.asyncio(client=client)
    assert len(seen) == 1


def test_a_client_used_after_its_event_loop_ended_is_a_typed_error() -> None:
    with _server_in_thread(_answer(http_answer(200, USER))) as url:
        client = create_client(fresh_key(), base_url=url, rate_limit=RateLimit(50, 1.0))
        asyncio.run(get_current_user.asyncio(client=client))
        with pytest.raises(ClientClosedError, match="event loop"):
            asyncio.run(get_current_user.asyncio(client=client))


# ---------------------------------------------------------------------------------------------
# Case 6: settings that cannot be sent safely are refused before anything is sent


@pytest.mark.parametrize(
    ("settings", "fragment"),
    [
        ({"team_id": "7\r\nX-Injected: 1"}, "team_id contains a line break"),
        ({"team_id": "équipe"}, "team_id must be ASCII"),
        ({"headers": {"X-Trace": "a\nb"}}, "header 'X-Trace' contains a line break"),
        ({"headers": {"X-Name": "Zoë"}}, "header 'X-Name' must be ASCII"),
        ({"base_url": "http://user:pw@127.0.0.1:9"}, "user name or password"),
        ({"base_url": "http://127.0.0.1:9/x?token=abc"}, "query string"),
        ({"base_url": "http://127.0.0.1:9/x#frag"}, "fragment"),
        ({"base_url": "ftp://user:pw@127.0.0.1:9"}, "must be an http"),
    ],
)
def test_unsafe_settings_are_refused_at_construction(
    settings: dict[str, Any], fragment: str
) -> None:
    settings.setdefault("base_url", "http://127.0.0.1:9")
    with pytest.raises(ConfigurationError, match=fragment) as caught:
        create_client(fresh_key(), **settings)
    assert "pw" not in str(caught.value) and "abc" not in str(caught.value)


@pytest.mark.anyio
async def test_unsafe_headers_added_later_are_refused_and_never_sent() -> None:
    async with raw_server(_answer(http_answer(200, USER))) as (url, seen):
        async with create_client(fresh_key(), base_url=url, rate_limit=None) as client:
            with pytest.raises(ConfigurationError, match="line break"):
                client.with_headers({"X-Trace": "1\r\nX-Injected: 1"})
            # Headers that get past create_client (set on the httpx client directly) are
            # refused by httpx before a byte is written: not "may have been processed".
            client.get_async_httpx_client().headers["X-Bad"] = "a\x00b"
            with pytest.raises(APIConnectionError) as caught:
                await get_current_user.asyncio(client=client)
    assert not caught.value.may_have_been_processed
    assert seen == []


@pytest.mark.anyio
async def test_a_base_url_with_a_path_prefix_is_fine() -> None:
    async with raw_server(_answer(http_answer(200, USER))) as (url, seen):
        async with create_client(fresh_key(), base_url=url + "/gateway/", team_id=" 7 ") as c:
            await get_current_user.asyncio(client=c)
    assert seen[0].path == "/gateway/id/api/users/current"
    assert seen[0].headers["team-id"] == "7"


# ---------------------------------------------------------------------------------------------
# Case 8: a 429 waits at least the smallest backoff, with the limiter off too


@pytest.mark.anyio
@pytest.mark.parametrize(
    "retry_after",
    ["0", "-5", format_datetime(datetime.now(UTC) - timedelta(hours=1), usegmt=True)],
    ids=["zero", "negative", "past-date"],
)
@pytest.mark.parametrize("limiter", [None, RateLimit(50, 1.0)], ids=["limiter-off", "limiter-on"])
async def test_a_429_saying_retry_now_is_not_retried_at_once(
    retry_after: str, limiter: RateLimit | None
) -> None:
    refuse = _answer(http_answer(429, b"{}", Retry_After=retry_after))
    policy = RetryPolicy(initial_backoff=0.2, jitter=0.5, deadline=1.0)  # at least 0.1 s apart
    async with raw_server(refuse) as (url, seen):
        async with create_client(fresh_key(), base_url=url, rate_limit=limiter, retry=policy) as c:
            started = time.monotonic()
            with pytest.raises(RateLimitError, match="deadline"):
                await get_current_user.asyncio(client=c)
    assert time.monotonic() - started < 1.5
    assert 2 <= len(seen) <= 11


# ---------------------------------------------------------------------------------------------
# Case 10: an echoed Authorization header never reaches a message


ECHOING_401 = (
    "<html><head><title>401 Authorization Required</title></head><body>"
    "Request headers: Authorization: Bearer {key}; token={key}</body></html>"
)


@pytest.mark.anyio
async def test_an_echoed_key_is_redacted_from_errors() -> None:
    key = f"gs-live-{fresh_key()}"
    page = ECHOING_401.replace("<title>401 Authorization Required</title>", "").format(key=key)
    handler = _answer(http_answer(401, page.encode(), "text/html"))
    async with raw_server(handler) as (url, _seen):
        async with create_client(key, base_url=url, rate_limit=None) as client:
            with pytest.raises(AuthenticationError) as caught:
                await get_current_user.asyncio(client=client)
    for text in (str(caught.value), repr(caught.value), caught.value.message):
        assert key not in text
    assert "[redacted]" in str(caught.value)


def test_an_echoed_key_is_redacted_from_the_cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    key = f"gs-live-{fresh_key()}"
    monkeypatch.setenv("GETSALES_API_KEY", key)
    body = json.dumps({"message": f"bad header Authorization: Bearer {key}", "echo": key})
    with _server_in_thread(_answer(http_answer(401, body.encode()))) as url:
        code, out, err = _cli(capsys, url, "whoami")
    assert code == 1
    assert key not in out + err
    assert "rejected" in _one_line(err)


if __name__ == "__main__":  # the arrival-counting server of the start-up burst test
    _arrival_server_main(*sys.argv[1:])
