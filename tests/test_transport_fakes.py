"""Fakes shared by the transport, rate-limit, error and client tests (no tests of its own).

``RecordingTransport`` stands in for the network: it answers each request with a scripted
handler and records when each request arrived, which is what a server's rate limiter sees.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from typing import Any

import httpx

from getsales_extras.ratelimit import RollingWindowLimiter
from getsales_extras.retry import RetryPolicy
from getsales_extras.transport import GetSalesTransport

BASE_URL = "http://api.test"

# Retries without noticeable waits, so retry tests stay fast.
FAST_RETRY = RetryPolicy(initial_backoff=0.001, max_backoff=0.002, jitter=0.0)

Handler = Callable[[httpx.Request], "httpx.Response | Awaitable[httpx.Response]"]


def fresh_key() -> str:
    """An API key no other test uses, so shared limiters never leak between tests."""
    return f"gs-test-{secrets.token_hex(12)}"


def envelope(status: int, reason: str, message: str, data: Any = None) -> dict[str, Any]:
    """The GetSales error body."""
    return {
        "error": {"reason": reason, "message": message, "data": data if data is not None else {}},
        "message": message,
        "code": status,
    }


class _WireBody(httpx.AsyncByteStream):
    def __init__(self, raw: bytes) -> None:
        self._raw = raw

    async def __aiter__(self) -> AsyncIterator[bytes]:
        yield self._raw


def wire_response(status: int, raw: bytes, headers: dict[str, str]) -> httpx.Response:
    """A response whose body is given as sent on the wire (e.g. still gzip-compressed)."""
    return httpx.Response(status, headers=headers, stream=_WireBody(raw))


@dataclass
class Sent:
    """One request as the fake server received it."""

    at: float
    method: str
    path: str
    body: bytes
    headers: httpx.Headers


@dataclass
class RecordingTransport(httpx.AsyncBaseTransport):
    """Answers with ``handler`` (which may raise httpx errors) and records every request."""

    handler: Handler
    sent: list[Sent] = field(default_factory=list)
    clock: Callable[[], float] = time.monotonic

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        self.sent.append(
            Sent(self.clock(), request.method, request.url.path, body, request.headers)
        )
        answer = self.handler(request)
        if inspect.isawaitable(answer):
            answer = await answer
        return answer

    def count(self, method: str, path: str) -> int:
        return sum(1 for s in self.sent if s.method == method and s.path == path)

    def times(self) -> list[float]:
        return sorted(s.at for s in self.sent)


def wrapped_client(
    inner: httpx.AsyncBaseTransport,
    *,
    limiter: RollingWindowLimiter | None = None,
    retry: RetryPolicy = FAST_RETRY,
) -> httpx.AsyncClient:
    """A plain httpx client over ``GetSalesTransport(inner)``, with the spec's operation table."""
    return httpx.AsyncClient(
        base_url=BASE_URL,
        transport=GetSalesTransport(inner, limiter=limiter, retry=retry),
        headers={"Authorization": "Bearer not-a-real-key"},
    )


def body_json(sent: Sent) -> Any:
    return json.loads(sent.body) if sent.body else None


@dataclass
class _Counts:
    requests: int = 0


@asynccontextmanager
async def loopback_server(behaviour: str) -> AsyncIterator[tuple[str, _Counts]]:
    """A minimal HTTP server on 127.0.0.1 (free port) that reads each request, then:

    ``ok``: answers 200 with a small JSON object; ``hang_up``: closes the connection without
    answering; ``silent``: never answers.
    """
    counts = _Counts()
    hold = asyncio.Event()

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            length = 0
            for line in head.split(b"\r\n"):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":", 1)[1])
            await reader.readexactly(length)
            counts.requests += 1
            if behaviour == "silent":
                await hold.wait()
            elif behaviour == "ok":
                body = b'{"uuid": "5b0a3b7e-9a55-4c4e-8f52-0d7c3a1e2f10"}'
                writer.write(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                    b"Connection: close\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
                )
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}", counts
    finally:
        hold.set()
        server.close()
        await server.wait_closed()


@dataclass
class RawRequest:
    """One request as a raw server read it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


RawHandler = Callable[[RawRequest, asyncio.StreamWriter], Awaitable[None]]


def http_answer(
    status: int, body: bytes = b"", content_type: str = "application/json", **headers: str
) -> bytes:
    """The bytes of a whole HTTP/1.1 answer that closes the connection."""
    lines = [f"HTTP/1.1 {status} Whatever", f"Content-Type: {content_type}", "Connection: close"]
    lines += [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode() + body


@asynccontextmanager
async def raw_server(handler: RawHandler) -> AsyncIterator[tuple[str, list[RawRequest]]]:
    """A server on 127.0.0.1 (free port) that reads each request and lets ``handler`` write
    whatever bytes it likes back (one request per connection); yields its URL and the requests
    it read, in order of arrival."""
    seen: list[RawRequest] = []
    tasks: set[asyncio.Task[None]] = set()

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        tasks.add(task := asyncio.current_task())  # type: ignore[arg-type]
        try:
            head = await reader.readuntil(b"\r\n\r\n")
            first, *lines = head.decode("latin-1").split("\r\n")
            headers = {}
            for line in lines:
                if ":" in line:
                    name, value = line.split(":", 1)
                    headers[name.strip().lower()] = value.strip()
            body = await reader.readexactly(int(headers.get("content-length", "0")))
            method, path, _ = first.split(" ", 2)
            request = RawRequest(method, path, headers, body)
            seen.append(request)
            await handler(request, writer)
            await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()
            tasks.discard(task)  # type: ignore[arg-type]

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}", seen
    finally:
        server.close()
        for task in list(tasks):
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await server.wait_closed()
