"""create_client: configuration, and the generated functions getting the SDK's behaviour."""

from __future__ import annotations

import asyncio
import importlib
import logging
from pathlib import Path
from typing import Any, cast

import httpx
import pytest

from getsales_client.api.leads_contacts import get_lead_by_uuid, search_leads, upsert_lead
from getsales_client.api.lists import delete_list, get_list
from getsales_client.api.user_team import get_current_user
from getsales_client.client import AuthenticatedClient
from getsales_client.models import SearchLeadsBody, UpsertLeadBody
from getsales_extras import (
    APITimeoutError,
    ConfigurationError,
    GetSalesError,
    InvalidPathParameterError,
    MalformedResponseError,
    NotFoundError,
    RateLimit,
    RateLimitError,
    RetryPolicy,
    ServerError,
    ValidationError,
    create_client,
    create_sync_client,
)
from getsales_extras.client import DEFAULT_BASE_URL, GetSalesClient
from tests.test_transport_fakes import (
    FAST_RETRY,
    RecordingTransport,
    envelope,
    fresh_key,
    loopback_server,
)

LIST_UUID = "5b0a3b7e-9a55-4c4e-8f52-0d7c3a1e2f10"


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("GETSALES_API_KEY", "GETSALES_TEAM_ID", "GETSALES_BASE_URL"):
        monkeypatch.delenv(name, raising=False)


def _ok(request: httpx.Request) -> httpx.Response:
    return httpx.Response(200, json={"uuid": LIST_UUID, "email": "me@example.com"})


def _client(server: RecordingTransport, **kwargs: Any) -> GetSalesClient:
    kwargs.setdefault("api_key", fresh_key())
    kwargs.setdefault("retry", FAST_RETRY)
    return create_client(base_url="http://api.test", transport=server, **kwargs)


def test_a_missing_key_is_a_clear_error_at_construction() -> None:
    with pytest.raises(ConfigurationError, match="GETSALES_API_KEY"):
        create_client()
    with pytest.raises(ConfigurationError):
        create_client("   ")


@pytest.mark.parametrize("bad", ["gs key with spaces", "gs-key\nInjected: header", "gs-këy"])
def test_a_key_that_cannot_be_a_header_is_refused_without_echoing_it(bad: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        create_client(bad)
    assert bad.strip() not in str(caught.value)


@pytest.mark.anyio
async def test_environment_fallbacks(monkeypatch: pytest.MonkeyPatch) -> None:
    key = fresh_key()
    monkeypatch.setenv("GETSALES_API_KEY", key)
    monkeypatch.setenv("GETSALES_TEAM_ID", "77")
    monkeypatch.setenv("GETSALES_BASE_URL", "http://env.test/")
    server = RecordingTransport(_ok)
    async with create_client(transport=server) as client:
        await get_current_user.asyncio(client=client)
    (sent,) = server.sent
    assert sent.headers["Authorization"] == f"Bearer {key}"
    assert sent.headers["Team-ID"] == "77"
    assert client.get_async_httpx_client().base_url.host == "env.test"


@pytest.mark.anyio
async def test_team_id_is_sent_only_when_given() -> None:
    server = RecordingTransport(_ok)
    async with _client(server) as without, _client(server, team_id=12) as with_team:
        await get_current_user.asyncio(client=without)
        await get_current_user.asyncio(client=with_team)
    assert "Team-ID" not in server.sent[0].headers
    assert server.sent[1].headers["Team-ID"] == "12"


def test_defaults() -> None:
    client = create_client(fresh_key())
    assert isinstance(client, AuthenticatedClient)
    httpx_client = client.get_async_httpx_client()
    assert httpx_client.base_url == httpx.URL(DEFAULT_BASE_URL)
    assert httpx_client.timeout == httpx.Timeout(30.0)
    transport = client.transport
    assert transport is not None and transport.limiter is not None
    assert transport.limiter.rate == RateLimit(300, 60.0)
    assert transport.retry_policy == RetryPolicy()


def test_options_reach_the_transport() -> None:
    key = fresh_key()
    paced = create_client(key, base_url="http://api.test", max_retries=0, timeout=5.0)
    again = create_client(key, base_url="http://api.test", retry=RetryPolicy(deadline=10.0))
    unpaced = create_client(key, base_url="http://api.test", rate_limit=None)
    assert paced.transport is not None and again.transport is not None
    assert unpaced.transport is not None
    assert paced.transport.retry_policy.max_retries == 0
    assert again.transport.retry_policy.deadline == 10.0
    assert paced.transport.limiter is again.transport.limiter  # one budget per key
    assert unpaced.transport.limiter is None
    assert paced.get_async_httpx_client().timeout == httpx.Timeout(5.0)
    custom = httpx.Timeout(3.0, connect=1.0)
    assert create_client(key, timeout=custom).get_async_httpx_client().timeout == custom


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ({"verify": False}, "transport=httpx.AsyncHTTPTransport"),
        ({"transport": httpx.AsyncHTTPTransport()}, "'transport' parameter"),
        ({"timeout": 3}, "'timeout' parameter"),
    ],
)
def test_httpx_args_that_would_be_ignored_are_refused(args: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message):
        create_client(fresh_key(), httpx_args=args)


@pytest.mark.parametrize("url", ["ftp://x.test", "not a url", "http://"])
def test_unusable_base_urls_are_refused(url: str) -> None:
    with pytest.raises(ConfigurationError):
        create_client(fresh_key(), base_url=url)


@pytest.mark.anyio
async def test_httpx_args_are_passed_on() -> None:
    seen: list[str] = []

    async def hook(request: httpx.Request) -> None:
        seen.append(request.url.path)

    server = RecordingTransport(_ok)
    async with _client(server, httpx_args={"event_hooks": {"request": [hook]}}) as client:
        await get_current_user.asyncio(client=client)
    assert seen == ["/id/api/users/current"]


def test_the_synchronous_functions_are_refused_clearly_by_the_async_client() -> None:
    client = create_client(fresh_key())
    with pytest.raises(TypeError, match="asynchronous") as caught:
        get_current_user.sync(client=client)
    assert "create_sync_client" in str(caught.value)


@pytest.mark.anyio
async def test_generated_functions_are_retried_and_raise_typed_errors() -> None:
    calls = 0

    def answer(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        path = request.url.path
        if path.endswith("/search") and calls == 1:
            raise httpx.ReadTimeout("slow", request=request)
        if path.endswith("/upsert"):
            raise httpx.ReadTimeout("slow", request=request)
        if path.startswith("/leads/api/leads/") and request.method == "GET":
            return httpx.Response(404, json=envelope(404, "not_found", "No such contact"))
        if path.startswith("/leads/api/lists/"):
            return httpx.Response(200, content=b"")
        return httpx.Response(200, json={"data": [], "limit": 20, "offset": 0, "total": 0})

    server = RecordingTransport(answer)
    async with _client(server) as client:
        found = await search_leads.asyncio(client=client, body=SearchLeadsBody.from_dict({}))
        assert found is not None and getattr(found, "total", None) == 0
        with pytest.raises(NotFoundError, match="No such contact"):
            await get_lead_by_uuid.asyncio(LIST_UUID, client=client)
        body = UpsertLeadBody.from_dict({"lead": {"email": "a@b.c"}, "list_uuid": LIST_UUID})
        with pytest.raises(APITimeoutError, match="may have been processed"):
            await upsert_lead.asyncio(client=client, body=body)
        # An empty 200 where JSON is declared: a typed error, after 3 tries of a safe call...
        with pytest.raises(MalformedResponseError):
            await get_list.asyncio(LIST_UUID, client=client)
        # ... and the documented answer of an operation that declares no body.
        assert await delete_list.asyncio(LIST_UUID, client=client) is None
    assert server.count("POST", "/leads/api/leads/search") == 2
    assert server.count("POST", "/leads/api/leads/upsert") == 1
    assert server.count("GET", f"/leads/api/lists/{LIST_UUID}") == 3
    assert server.count("DELETE", f"/leads/api/lists/{LIST_UUID}") == 1


@pytest.mark.anyio
@pytest.mark.parametrize(
    "bad_id",
    ["..", ".", "", "a/b", "a\\b", "../../id/api/users/current", "x" * 100_000, "a\r\nb"],
    ids=["dotdot", "dot", "empty", "slash", "backslash", "traversal", "100k", "crlf"],
)
async def test_ids_that_would_reach_another_endpoint_are_refused(bad_id: str) -> None:
    server = RecordingTransport(_ok)
    async with _client(server) as client:
        with pytest.raises(InvalidPathParameterError, match="'uuid' of deleteList") as caught:
            await delete_list.asyncio(bad_id, client=client)
        assert len(str(caught.value)) < 300  # a 100k id is not echoed whole
        # copies made by the generated client's helpers keep the check
        copy = client.with_headers({"X-Trace": "1"})
        with pytest.raises(InvalidPathParameterError):
            await get_lead_by_uuid.asyncio(bad_id, client=copy)
    assert server.sent == []


@pytest.mark.anyio
async def test_the_key_never_appears_in_any_output(caplog: pytest.LogCaptureFixture) -> None:
    key = f"gs-SECRET-{fresh_key()}"

    def answer(request: httpx.Request) -> httpx.Response:
        path = request.url.path
        if path.endswith("/current"):
            return httpx.Response(200, json={"uuid": LIST_UUID})
        if path.endswith("/search"):
            return httpx.Response(429, headers={"Retry-After": "999"})
        if path.endswith("/upsert"):
            raise httpx.ReadTimeout("slow", request=request)
        if request.method == "DELETE":
            body = envelope(422, "validation_error", "Bad", {"uuid": ["Wrong."]})
            return httpx.Response(422, json=body)
        return httpx.Response(404, text="<html><title>Not Found</title></html>")

    caplog.set_level(logging.DEBUG)
    server = RecordingTransport(answer)
    outputs: list[str] = []
    client = _client(server, api_key=key, team_id="9")
    async with client:
        await get_current_user.asyncio(client=client)
        attempts = [
            upsert_lead.asyncio(
                client=client,
                body=UpsertLeadBody.from_dict({"lead": {}, "list_uuid": LIST_UUID}),
            ),
            delete_list.asyncio(cast(Any, LIST_UUID), client=client),
            get_lead_by_uuid.asyncio(cast(Any, LIST_UUID), client=client),
            get_lead_by_uuid.asyncio(cast(Any, ".."), client=client),
            search_leads.asyncio(client=client, body=SearchLeadsBody.from_dict({})),
        ]
        kinds = []
        for attempt in attempts:
            with pytest.raises(GetSalesError) as caught:
                await attempt
            kinds.append(type(caught.value))
            outputs += [str(caught.value), repr(caught.value), repr(caught.value.args)]
            response = getattr(caught.value, "response", None)
            if response is not None:
                outputs += [repr(response), repr(response.request), repr(response.headers)]
        outputs += [str(client), repr(client), repr(client.with_headers({"A": "b"}))]
        outputs += [repr(client.transport), repr(client.get_async_httpx_client().headers)]
    # through the real httpx/httpcore stack too, whose DEBUG logs are captured as well
    async with loopback_server("ok") as (url, counts):
        async with create_client(key, base_url=url, rate_limit=None) as real:
            await get_current_user.asyncio(client=real)
            outputs += [str(real), repr(real.get_async_httpx_client().headers)]
    assert counts.requests == 1
    assert any(r.name.startswith("httpcore") for r in caplog.records)
    with pytest.raises(ConfigurationError) as refused:
        create_client(key, base_url="http://api.test", rate_limit=RateLimit(1, 1.0))
    outputs.append(str(refused.value))
    assert kinds == [
        APITimeoutError,
        ValidationError,
        NotFoundError,
        InvalidPathParameterError,
        RateLimitError,
    ]
    outputs += [record.getMessage() for record in caplog.records]
    outputs += [caplog.text]
    assert len(server.sent) == 5 and all(s.headers["Authorization"] for s in server.sent)
    leaked = [text for text in outputs if key in text]
    assert leaked == []


@pytest.mark.anyio
async def test_with_options_gives_an_independent_client_and_leaves_the_original_unchanged() -> None:
    def unavailable(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503, json=envelope(503, "unavailable", "Busy"))

    server = RecordingTransport(unavailable)
    client = _client(server)
    built = client.get_async_httpx_client()  # already built: it must not change either
    quick = client.with_options(timeout=0.25, max_retries=0, headers={"X-Trace": "t-1"})

    assert built.timeout == httpx.Timeout(30.0)
    assert client.get_async_httpx_client() is built
    assert quick.get_async_httpx_client().timeout == httpx.Timeout(0.25)
    assert "X-Trace" not in built.headers
    # One budget, one pool, one set of counters.
    assert quick.transport is client.transport

    async with quick:
        with pytest.raises(ServerError):
            await get_current_user.asyncio(client=quick)
    assert len(server.sent) == 1  # max_retries=0: sent once
    assert server.sent[0].headers["X-Trace"] == "t-1"
    async with client:  # closing the copy left the original usable
        with pytest.raises(ServerError):
            await get_current_user.asyncio(client=client)
    assert len(server.sent) == 4  # the original's own policy: three attempts
    assert all("X-Trace" not in sent.headers for sent in server.sent[1:])
    assert client.get_async_httpx_client().timeout == httpx.Timeout(30.0)
    # A copy of a copy keeps what it was given unless told otherwise.
    again = quick.with_options(headers={"X-Other": "1"})
    assert again.get_async_httpx_client().timeout == httpx.Timeout(0.25)


@pytest.mark.anyio
async def test_a_per_call_timeout_applies_to_the_copy_only() -> None:
    async with loopback_server("silent") as (url, counts):
        client = create_client(fresh_key(), base_url=url, rate_limit=None, max_retries=0)
        quick = client.with_options(timeout=0.2)
        with pytest.raises(APITimeoutError):
            await get_lead_by_uuid.asyncio(LIST_UUID, client=quick)
        assert client.get_async_httpx_client().timeout == httpx.Timeout(30.0)
        await client.get_async_httpx_client().aclose()
    assert counts.requests == 1


@pytest.mark.parametrize("make", ["generated", "sdk"])
def test_with_timeout_headers_and_cookies_never_change_the_original(make: str) -> None:
    original: AuthenticatedClient
    if make == "generated":
        original = AuthenticatedClient(
            base_url="http://api.test", token="t", timeout=httpx.Timeout(5.0)
        )
    else:
        original = create_client(fresh_key(), base_url="http://api.test", timeout=5.0)
    built = original.get_async_httpx_client()
    copies = [
        original.with_timeout(httpx.Timeout(1.0)),
        original.with_headers({"X-Extra": "1"}),
        original.with_cookies({"session": "c"}),
    ]
    assert built.timeout == httpx.Timeout(5.0)
    assert "X-Extra" not in built.headers and "session" not in built.cookies
    assert copies[0].get_async_httpx_client().timeout == httpx.Timeout(1.0)
    assert copies[1].get_async_httpx_client().headers["X-Extra"] == "1"
    assert copies[2].get_async_httpx_client().cookies["session"] == "c"


@pytest.mark.parametrize("make", ["async", "sync"])
def test_cookies_an_answer_sets_are_kept_and_sent_on_as_httpx_does(make: str) -> None:
    # The SDK's cookie jar skips answers that set no cookie; those that do still count.
    def answer(request: httpx.Request) -> httpx.Response:
        first = not server.sent[:-1]
        headers = {"Set-Cookie": "route=b7; Path=/"} if first else {"X-Other": "1"}
        return httpx.Response(200, json={"uuid": LIST_UUID}, headers=headers)

    server = RecordingTransport(answer)
    if make == "async":
        client = _client(server).with_cookies({"session": "c"})

        async def calls() -> None:
            for _ in range(3):
                await get_current_user.asyncio_detailed(client=client)

        asyncio.run(calls())
        jar = client.get_async_httpx_client().cookies
    else:
        sync = create_sync_client(fresh_key(), base_url="http://api.test", transport=server)
        with sync, sync.with_cookies({"session": "c"}) as client:
            for _ in range(3):
                get_current_user.sync_detailed(client=client)
            jar = client.get_httpx_client().cookies
    sent = [s.headers.get("Cookie") for s in server.sent]
    assert sent == ["session=c", "session=c; route=b7", "session=c; route=b7"]
    assert dict(jar) == {"session": "c", "route": "b7"}


def test_an_answer_says_how_long_it_took_as_httpx_does() -> None:
    # httpx sets `elapsed` as it closes a response; the SDK's come to it read and closed.
    async def slow(request: httpx.Request) -> httpx.Response:
        await asyncio.sleep(0.05)
        return httpx.Response(200, json={"uuid": LIST_UUID})

    client = _client(RecordingTransport(slow), rate_limit=None)

    async def call() -> httpx.Response:
        async with client:
            return await client.get_async_httpx_client().get("/id/api/users/current")

    assert 0.05 <= asyncio.run(call()).elapsed.total_seconds() < 10


def test_every_public_name_is_exported_lazily_and_resolves() -> None:
    import ast

    import getsales_extras

    # What type checkers see (the TYPE_CHECKING imports) is what the runtime serves.
    tree = ast.parse(Path(getsales_extras.__file__).read_text(encoding="utf-8"))
    block = next(n for n in tree.body if isinstance(n, ast.If))
    seen = {
        alias.name: str(node.module).removeprefix("getsales_extras.")
        for node in block.body
        if isinstance(node, ast.ImportFrom)
        for alias in node.names
    }
    assert seen == getsales_extras._EXPORTS
    assert set(getsales_extras.__all__) == {*seen, "__version__"}
    for name, module in sorted(seen.items()):
        value = getattr(getsales_extras, name)
        assert value is getattr(importlib.import_module(f"getsales_extras.{module}"), name)


def test_a_refused_client_leaves_the_keys_budget_unclaimed() -> None:
    from getsales_extras import ConfigurationError

    with pytest.raises(ConfigurationError):
        create_client("k" * 20, rate_limit=RateLimit(10, 1.0), httpx_args={"verify": False})
    # No limiter was registered with the refused rate_limit: another one is accepted.
    create_client("k" * 20, rate_limit=RateLimit(20, 1.0))
