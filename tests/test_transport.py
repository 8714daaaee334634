"""The transport: what is retried, what never is, what the caller gets, what gets logged."""

from __future__ import annotations

import asyncio
import gzip
import importlib.abc
import itertools
import json
import logging
import sys
import time
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from getsales_client.types import OPERATION_EXTENSION
from getsales_extras import (
    APIConnectionError,
    APITimeoutError,
    MalformedResponseError,
    RateLimit,
    RateLimitError,
    RetryPolicy,
    ServerError,
)
from getsales_extras.errors import GetSalesError
from getsales_extras.ratelimit import RollingWindowLimiter
from getsales_extras.transport import GetSalesTransport
from tests.test_transport_fakes import (
    BASE_URL,
    FAST_RETRY,
    RecordingTransport,
    envelope,
    loopback_server,
    wire_response,
    wrapped_client,
)

# (method, path, operation) per kind of operation, as the spec's operation index classifies
# them; the operation is what a generated function names in its request extension.
SAFE_GET = ("GET", "/leads/api/leads/abc", "get_lead_by_uuid")
READ_ONLY_POST = ("POST", "/leads/api/leads/search", "search_leads")  # x-getsales-read-only
PUT = ("PUT", "/leads/api/leads/abc", "update_lead")
DELETE = ("DELETE", "/leads/api/leads/abc", "delete_lead")
MUTATING_POST = ("POST", "/leads/api/leads/upsert", "upsert_lead")
UNKNOWN_POST = ("POST", "/not/in/the/spec", "")  # a request built by hand: no operation
UNKNOWN_GET = ("GET", "/not/in/the/spec", "")

REPEATABLE = [SAFE_GET, READ_ONLY_POST, PUT, DELETE, UNKNOWN_GET]
NOT_REPEATABLE = [MUTATING_POST, UNKNOWN_POST]


def _raise(exc: type[httpx.TransportError]) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        raise exc("simulated", request=request)

    return answer


def _status(
    status: int, body: bytes, content_type: str
) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=body, headers={"Content-Type": content_type})

    return answer


HTML_502 = b"<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"

# Failures that may have reached the server: retried only when the operation is repeatable.
MAYBE_PROCESSED: dict[
    str, tuple[Callable[[httpx.Request], httpx.Response], type[GetSalesError]]
] = {
    "read_timeout": (_raise(httpx.ReadTimeout), APITimeoutError),
    "write_timeout": (_raise(httpx.WriteTimeout), APITimeoutError),
    "dropped": (_raise(httpx.RemoteProtocolError), APIConnectionError),
    "reset_while_reading": (_raise(httpx.ReadError), APIConnectionError),
    "500_envelope": (
        _status(
            500, json.dumps(envelope(500, "server_error", "Boom")).encode(), "application/json"
        ),
        ServerError,
    ),
    "502_html": (_status(502, HTML_502, "text/html"), ServerError),
    "503_empty": (_status(503, b"", "text/plain"), ServerError),
    "200_empty": (_status(200, b"", "application/json"), MalformedResponseError),
    "200_truncated": (_status(200, b'{"uuid": "ab', "application/json"), MalformedResponseError),
}
# Failures before anything was sent: always retried.
NOT_SENT: dict[str, Callable[[httpx.Request], httpx.Response]] = {
    "connect_error": _raise(httpx.ConnectError),
    "connect_timeout": _raise(httpx.ConnectTimeout),
    "pool_timeout": _raise(httpx.PoolTimeout),
}


def _fail_then_succeed(
    failure: Callable[[httpx.Request], httpx.Response], failures: int = 1
) -> Callable[[httpx.Request], httpx.Response]:
    seen = 0

    def answer(request: httpx.Request) -> httpx.Response:
        nonlocal seen
        seen += 1
        if seen <= failures:
            return failure(request)
        return httpx.Response(200, json={"uuid": "abc", "ok": True})

    return answer


async def _call(client: httpx.AsyncClient, operation: tuple[str, str, str]) -> httpx.Response:
    method, path, name = operation
    body = {"filter": {"name": "x"}} if method in ("POST", "PUT") else None
    extensions = {OPERATION_EXTENSION: name} if name else None
    return await client.request(method, path, json=body, extensions=extensions)


@pytest.mark.anyio
@pytest.mark.parametrize("operation", REPEATABLE + NOT_REPEATABLE, ids=lambda o: " ".join(o))
@pytest.mark.parametrize("failure", sorted(NOT_SENT))
async def test_failures_before_sending_are_retried_for_every_operation(
    failure: str, operation: tuple[str, str, str]
) -> None:
    server = RecordingTransport(_fail_then_succeed(NOT_SENT[failure]))
    async with wrapped_client(server) as client:
        response = await _call(client, operation)
    assert response.status_code == 200
    assert response.json() == {"uuid": "abc", "ok": True}
    assert server.count(*operation[:2]) == 2


@pytest.mark.anyio
@pytest.mark.parametrize("operation", REPEATABLE, ids=lambda o: " ".join(o))
@pytest.mark.parametrize("failure", sorted(MAYBE_PROCESSED))
async def test_repeatable_operations_are_retried_after_any_transient_failure(
    failure: str, operation: tuple[str, str, str]
) -> None:
    server = RecordingTransport(_fail_then_succeed(MAYBE_PROCESSED[failure][0]))
    async with wrapped_client(server) as client:
        response = await _call(client, operation)
    assert response.status_code == 200
    if failure.startswith("200_") and operation == DELETE:
        # deleteLead declares no success body: whatever body a 200 has is its answer.
        assert server.count(*operation[:2]) == 1
    else:
        assert server.count(*operation[:2]) == 2


@pytest.mark.anyio
@pytest.mark.parametrize("operation", NOT_REPEATABLE, ids=lambda o: " ".join(o))
@pytest.mark.parametrize("failure", sorted(MAYBE_PROCESSED))
async def test_a_mutating_request_is_never_sent_twice_once_it_may_have_arrived(
    failure: str, operation: tuple[str, str, str]
) -> None:
    answer, expected = MAYBE_PROCESSED[failure]
    server = RecordingTransport(_fail_then_succeed(answer))
    async with wrapped_client(server) as client:
        with pytest.raises(GetSalesError) as caught:
            await _call(client, operation)
    assert type(caught.value) is expected
    assert server.count(*operation[:2]) == 1
    text = str(caught.value)
    assert "not safe to repeat" in text
    assert ("may have been processed" in text) or ("was processed" in text)
    if isinstance(caught.value, APIConnectionError):
        assert caught.value.may_have_been_processed


@pytest.mark.anyio
async def test_retries_stop_after_max_retries_with_the_last_error() -> None:
    server = RecordingTransport(_status(503, HTML_502, "text/html"))
    async with wrapped_client(server) as client:
        with pytest.raises(ServerError, match="gave up after 3 attempts"):
            await _call(client, SAFE_GET)
    assert len(server.sent) == 3

    server = RecordingTransport(_raise(httpx.ConnectError))
    async with wrapped_client(server, retry=RetryPolicy(max_retries=0)) as client:
        with pytest.raises(APIConnectionError) as caught:
            await _call(client, MUTATING_POST)
    assert len(server.sent) == 1
    assert not caught.value.may_have_been_processed
    assert isinstance(caught.value.__cause__, httpx.ConnectError)


@pytest.mark.anyio
async def test_backoff_waits_grow_between_attempts() -> None:
    server = RecordingTransport(_fail_then_succeed(_raise(httpx.ConnectError), failures=3))
    policy = RetryPolicy(max_retries=3, initial_backoff=0.05, max_backoff=1.0, jitter=0.0)
    async with wrapped_client(server, retry=policy) as client:
        await _call(client, SAFE_GET)
    times = server.times()
    gaps = [b - a for a, b in itertools.pairwise(times)]
    assert gaps[0] >= 0.05 and gaps[1] >= 0.1 and gaps[2] >= 0.2
    assert gaps[0] < gaps[1] < gaps[2]


@pytest.mark.anyio
async def test_a_retry_after_on_a_5xx_is_honoured() -> None:
    def unavailable(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503, headers={"Retry-After": "0.2"})

    server = RecordingTransport(_fail_then_succeed(unavailable))
    async with wrapped_client(server) as client:
        await _call(client, SAFE_GET)
    first, second = server.times()
    assert second - first >= 0.19


@pytest.mark.anyio
@pytest.mark.parametrize("with_limiter", [True, False])
async def test_429s_are_waited_out_without_using_up_max_retries(with_limiter: bool) -> None:
    def too_many(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, json=envelope(429, "too_many_requests", "Slow down"))

    server = RecordingTransport(_fail_then_succeed(too_many, failures=3))
    policy = RetryPolicy(max_retries=0, initial_backoff=0.05, max_backoff=0.1, jitter=0.0)
    limiter = RollingWindowLimiter(RateLimit(100, 1.0, burst=100)) if with_limiter else None
    async with wrapped_client(server, retry=policy, limiter=limiter) as client:
        response = await _call(client, MUTATING_POST)  # 429 means "not processed": safe to resend
    assert response.status_code == 200
    assert server.count(*MUTATING_POST[:2]) == 4
    gaps = [b - a for a, b in itertools.pairwise(server.times())]
    assert gaps[0] >= 0.05 and gaps[1] >= 0.1 and gaps[2] >= 0.1  # backing off, no Retry-After


@pytest.mark.anyio
async def test_a_retry_after_beyond_the_cap_fails_fast_for_everyone() -> None:
    def far_future(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, headers={"Retry-After": "3600"}, json={"message": "later"})

    server = RecordingTransport(far_future)
    limiter = RollingWindowLimiter(RateLimit(10, 1.0, burst=1))
    async with wrapped_client(server, limiter=limiter) as client:
        started = time.monotonic()
        results = await asyncio.gather(
            *(_call(client, SAFE_GET) for _ in range(5)), return_exceptions=True
        )
    assert time.monotonic() - started < 1.0
    assert all(isinstance(r, RateLimitError) for r in results)
    assert len(server.sent) == 1  # the others did not even try: the key is paused for an hour
    first = results[0]
    assert isinstance(first, RateLimitError)
    assert first.retry_after == 3600
    assert "more than the 60 s" in str(first)


@pytest.mark.anyio
async def test_429_waits_stop_at_the_overall_deadline() -> None:
    def slow_down(request: httpx.Request) -> httpx.Response:
        return httpx.Response(429, headers={"Retry-After": "1"})

    server = RecordingTransport(slow_down)
    policy = RetryPolicy(deadline=0.5)
    async with wrapped_client(server, retry=policy) as client:
        with pytest.raises(RateLimitError, match="deadline"):
            await _call(client, SAFE_GET)
    assert len(server.sent) == 1


@pytest.mark.anyio
async def test_a_retried_request_carries_the_same_body() -> None:
    server = RecordingTransport(_fail_then_succeed(_raise(httpx.ReadTimeout)))
    async with wrapped_client(server) as client:
        await client.post(
            "/leads/api/leads/search",
            json={"filter": {"q": "ü"}, "limit": 5},
            extensions={OPERATION_EXTENSION: "search_leads"},
        )
    first, second = server.sent
    assert first.body == second.body
    assert json.loads(second.body) == {"filter": {"q": "ü"}, "limit": 5}


@pytest.mark.anyio
async def test_answers_reach_the_caller_as_ordinary_httpx_responses() -> None:
    payload = json.dumps({"uuid": "abc", "name": "Zoë"}).encode()

    def answer(request: httpx.Request) -> httpx.Response:
        if request.method == "DELETE":
            return httpx.Response(204)
        headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
        return wire_response(200, gzip.compress(payload), headers)

    server = RecordingTransport(answer)
    async with wrapped_client(server) as client:
        ok = await client.get("/leads/api/leads/abc")
        gone = await client.delete("/leads/api/leads/abc")
    assert ok.json() == {"uuid": "abc", "name": "Zoë"}
    assert gone.status_code == 204 and gone.content == b""
    assert len(server.sent) == 2


@pytest.mark.anyio
async def test_a_body_that_does_not_match_its_encoding_is_malformed() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
        return wire_response(200, b"not gzip at all", headers)

    server = RecordingTransport(answer)
    async with wrapped_client(server) as client:
        with pytest.raises(MalformedResponseError, match="Content-Encoding"):
            await _call(client, MUTATING_POST)
    assert len(server.sent) == 1


@pytest.mark.anyio
async def test_non_json_success_bodies_are_left_alone() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, text="email,name\na@b.c,A\n", headers={"Content-Type": "text/csv"}
        )

    server = RecordingTransport(answer)
    async with wrapped_client(server) as client:
        response = await _call(client, UNKNOWN_POST)
    assert response.text.startswith("email,name")


@pytest.mark.anyio
async def test_debug_log_has_method_path_status_and_attempts_but_no_secrets(
    caplog: pytest.LogCaptureFixture,
) -> None:
    key = "gs-live-SECRET-0123456789"
    server = RecordingTransport(_fail_then_succeed(_raise(httpx.ReadTimeout)))
    caplog.set_level(logging.DEBUG)
    async with httpx.AsyncClient(
        base_url=BASE_URL,
        transport=GetSalesTransport(server, retry=FAST_RETRY),
        headers={"Authorization": f"Bearer {key}", "Team-ID": "42"},
    ) as client:
        await client.get("/leads/api/leads/abc", params={"email": "someone@example.com"})
    lines = [r.getMessage() for r in caplog.records if r.name == "getsales"]
    assert "GET /leads/api/leads/abc: ReadTimeout (attempt 1)" in lines
    assert "GET /leads/api/leads/abc: 200 (attempt 2)" in lines
    assert any("retry 1 of 2" in line for line in lines)
    everything = "\n".join(r.getMessage() for r in caplog.records)
    assert key not in everything
    assert "someone@example.com" not in "\n".join(lines)
    assert "authorization" not in everything.lower()


# ---------------------------------------------------------------------------------------------
# Real sockets: the failures httpx itself produces, against a server on 127.0.0.1.


def _real_client(base_url: str, timeout: float = 5.0) -> httpx.AsyncClient:
    return httpx.AsyncClient(
        base_url=base_url,
        transport=GetSalesTransport(httpx.AsyncHTTPTransport(), retry=FAST_RETRY),
        timeout=timeout,
    )


@pytest.mark.anyio
async def test_a_dropped_connection_is_retried_for_a_get_but_not_for_an_upsert() -> None:
    async with loopback_server("hang_up") as (url, counts), _real_client(url) as client:
        with pytest.raises(APIConnectionError, match="gave up after 3 attempts"):
            await client.get("/leads/api/leads/abc")
        assert counts.requests == 3
        with pytest.raises(APIConnectionError, match="may have been processed") as caught:
            await client.post("/leads/api/leads/upsert", json={"lead": {"email": "a@b.c"}})
        assert counts.requests == 4
    assert caught.value.may_have_been_processed


@pytest.mark.anyio
async def test_a_read_timeout_on_an_upsert_is_reported_not_repeated() -> None:
    async with loopback_server("silent") as (url, counts):
        async with _real_client(url, timeout=0.2) as client:
            with pytest.raises(APITimeoutError, match="may have been processed"):
                await client.post("/leads/api/leads/upsert", json={"lead": {}})
    assert counts.requests == 1


@pytest.mark.anyio
async def test_a_refused_connection_is_retried_even_for_an_upsert() -> None:
    async with loopback_server("hang_up") as (url, _counts):
        pass  # the port is closed again: connections to it are refused
    async with _real_client(url) as client:
        started = time.monotonic()
        with pytest.raises(APIConnectionError, match="could not connect") as caught:
            await client.post("/leads/api/leads/upsert", json={"lead": {}})
    assert not caught.value.may_have_been_processed
    assert "gave up after 3 attempts" in str(caught.value)
    assert time.monotonic() - started < 2.0


@pytest.mark.anyio
async def test_the_caller_s_own_trace_hook_sees_every_event_of_a_real_request() -> None:
    seen: list[str] = []

    async def trace(name: str, info: dict[str, object]) -> None:
        seen.append(name)

    async with loopback_server("ok") as (url, _counts), _real_client(url) as client:
        for _ in range(2):
            response = await client.get("/anything", extensions={"trace": trace})
            assert response.status_code == 200
    phases = [name.rsplit(".", 1)[0] for name in seen if name.endswith(".complete")]
    assert phases.count("connection.connect_tcp") >= 1
    for phase in ("send_request_headers", "receive_response_body", "response_closed"):
        assert phases.count(f"http11.{phase}") == 2, seen


class _ImportSearches(importlib.abc.MetaPathFinder):
    """Records every module the import system is asked to find from now on."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def find_spec(self, fullname: str, path: Any, target: Any = None) -> None:
        self.names.append(fullname)


@pytest.mark.anyio
async def test_requests_do_not_search_for_modules() -> None:
    searches = _ImportSearches()
    async with loopback_server("ok") as (url, _counts), _real_client(url) as client:
        await client.get("/warm-up")  # first use may import what it needs, once
        sys.meta_path.insert(0, searches)
        try:
            for _ in range(5):
                assert (await client.get("/anything")).status_code == 200
        finally:
            sys.meta_path.remove(searches)
    assert searches.names == []  # e.g. httpcore's per-request `import sniffio`, if missing


class _StallsAfter(httpx.AsyncBaseTransport):
    """Reports ``events`` through the request's trace hook, then never answers."""

    def __init__(self, *events: str) -> None:
        self.events = events
        self.calls = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        for name in self.events:
            await request.extensions["trace"](name, {})
        await asyncio.Event().wait()
        raise AssertionError("unreachable")


@pytest.mark.anyio
@pytest.mark.parametrize(
    ("events", "sent"),
    [
        (("connection.connect_tcp.started",), False),
        (("connection.connect_tcp.started", "http11.send_request_headers.started"), True),
    ],
)
async def test_an_attempt_that_times_out_before_its_headers_go_out_was_not_sent(
    events: tuple[str, ...], sent: bool
) -> None:
    from getsales_client.operation_index import OPERATIONS

    create = next(name for name, op in OPERATIONS.items() if not op.idempotent)
    inner = _StallsAfter(*events)
    limiter = RollingWindowLimiter(RateLimit(100, 60.0))
    transport = GetSalesTransport(
        inner,
        limiter=limiter,
        retry=RetryPolicy(max_retries=1, initial_backoff=0.01, max_backoff=0.01, jitter=0),
    )
    timeouts = {"connect": 0.05, "read": 0.05, "write": 0.05, "pool": 0.05}
    request = httpx.Request(
        "POST", "http://api.test/x", extensions={OPERATION_EXTENSION: create, "timeout": timeouts}
    )
    with pytest.raises(APITimeoutError) as caught:
        await transport.handle_async_request(request)
    assert caught.value.may_have_been_processed is sent
    # Not sent: safe to send again, and it cost no slot of the budget.
    assert inner.calls == (1 if sent else 2)
    assert limiter.stats() == (0, 1 if sent else 0)


def _limited(seconds: float) -> httpx.Request:
    limits = dict.fromkeys(("connect", "read", "write", "pool"), seconds)
    return httpx.Request("GET", f"{BASE_URL}/a", extensions={"timeout": limits})


@pytest.mark.anyio
async def test_each_attempt_in_flight_is_cut_off_at_its_own_limit() -> None:
    transport = GetSalesTransport(_StallsAfter(), retry=RetryPolicy(max_retries=0))
    patient = asyncio.create_task(transport.handle_async_request(_limited(30.0)))
    await asyncio.sleep(0)  # its 30 s limit is set first
    began = time.monotonic()
    with pytest.raises(APITimeoutError):
        await transport.handle_async_request(_limited(0.1))
    assert time.monotonic() - began < 5.0  # not held until the first one's limit
    assert not patient.done()
    patient.cancel()
    with pytest.raises(asyncio.CancelledError):  # the caller's cancellation is not a timeout
        await patient


@pytest.mark.anyio
async def test_an_attempt_that_is_over_is_not_cut_off_afterwards() -> None:
    transport = GetSalesTransport(httpx.MockTransport(lambda r: httpx.Response(204)))
    assert (await transport.handle_async_request(_limited(0.05))).status_code == 204
    await asyncio.sleep(0.2)  # past the limit the answered attempt had: nothing cancels this task
    assert (await transport.handle_async_request(_limited(0.05))).status_code == 204


@pytest.mark.anyio
@pytest.mark.parametrize("deadline", [120.0, None])
async def test_a_retry_that_meets_a_refused_pause_says_the_pause_stopped_it(
    deadline: float | None,
) -> None:
    limiter = RollingWindowLimiter(RateLimit(100, 60.0))
    answers = 0

    async def answer(request: httpx.Request) -> httpx.Response:
        nonlocal answers
        answers += 1
        # While this GET fails, another request's 429 asks for a pause longer than the cap.
        await limiter.pause(60.0, refuse=True)
        return httpx.Response(503)

    retry = RetryPolicy(deadline=deadline, initial_backoff=0.01, max_backoff=0.01)
    transport = GetSalesTransport(httpx.MockTransport(answer), limiter=limiter, retry=retry)
    with pytest.raises(ServerError, match="paused by a 429") as caught:
        await transport.handle_async_request(httpx.Request("GET", f"{BASE_URL}/a"))
    assert "deadline" not in str(caught.value) and answers == 1


@pytest.mark.anyio
async def test_the_caller_s_request_keeps_its_own_trace_hook() -> None:
    async def trace(name: str, info: dict[str, object]) -> None:
        pass

    request = httpx.Request("GET", f"{BASE_URL}/a", extensions={"trace": trace})
    transport = GetSalesTransport(httpx.MockTransport(lambda r: httpx.Response(204)))
    await transport.handle_async_request(request)  # a mock transport reports no trace events
    assert request.extensions["trace"] is trace
