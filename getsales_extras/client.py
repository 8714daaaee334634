"""``create_client``: the generated client, configured so every generated function behaves.

The generated ``AuthenticatedClient`` only knows where to send requests. The client built here
also paces them to the key's budget, retries what is safe to retry and raises typed errors, for
every generated function, because all of that lives in the transport underneath
(``getsales_extras.transport``).
"""

from __future__ import annotations

import asyncio
import dataclasses
import os
import re
from collections.abc import Mapping
from typing import Any

import httpx
from attrs import define

from getsales_client.client import AuthenticatedClient
from getsales_extras.errors import ClientClosedError, ConfigurationError
from getsales_extras.ratelimit import RateLimit, shared_limiter
from getsales_extras.retry import RetryPolicy
from getsales_extras.transport import DEFAULT_MAX_BODY_SIZE, GetSalesTransport

__all__ = [
    "DEFAULT_BASE_URL",
    "DEFAULT_RATE_LIMIT",
    "DEFAULT_TIMEOUT",
    "GetSalesClient",
    "create_client",
]

DEFAULT_BASE_URL = "https://amazing.getsales.io"
DEFAULT_RATE_LIMIT = RateLimit(requests=300, period=60.0)
# Seconds for each of connecting, sending, waiting for data and getting a pooled connection.
DEFAULT_TIMEOUT = 30.0

# httpx.AsyncClient arguments that only shape the transport httpx builds itself. This client
# brings its own transport, so they would be silently ignored: they belong on `transport=`.
_TRANSPORT_ONLY_ARGS = frozenset(
    {"verify", "cert", "http1", "http2", "limits", "proxy", "mounts", "trust_env"}
)
# httpx.AsyncClient arguments that create_client sets from its own parameters.
_OWN_ARGS = {
    "transport": "transport",
    "base_url": "base_url",
    "headers": "headers",
    "timeout": "timeout",
    "auth": "api_key",
}


class _GuardedAsyncClient(httpx.AsyncClient):
    """An ``httpx.AsyncClient`` that refuses to send once it is closed or its event loop has
    ended, with an error that says so (httpx would raise a bare RuntimeError, or fail deep in a
    connection of a dead loop)."""

    def __init__(self, **settings: Any) -> None:
        super().__init__(**settings)
        self._loop: asyncio.AbstractEventLoop | None = None

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
        # httpx would raise a bare RuntimeError, or fail deep in a connection of a dead loop.
        loop = asyncio.get_running_loop()
        if self.is_closed:
            raise ClientClosedError(
                "this client is closed (its 'async with' block has ended); create a new one"
            )
        if self._loop is not None and self._loop is not loop and self._loop.is_closed():
            raise ClientClosedError(
                "this client was used in an event loop that has ended (a previous "
                "asyncio.run); its connections died with it: create the client inside the "
                "asyncio.run that uses it"
            )
        self._loop = loop
        return await super().send(request, **kwargs)


@define
class GetSalesClient(AuthenticatedClient):
    """The generated ``AuthenticatedClient`` with the SDK's transport underneath.

    Asynchronous only: pacing and retries live in an async transport, so the synchronous
    ``sync``/``sync_detailed`` functions are refused with a clear error instead of failing deep
    inside httpx.
    """

    @property
    def transport(self) -> GetSalesTransport | None:
        """The SDK transport requests go through (its ``limiter`` and ``retry_policy``)."""
        transport = self._httpx_args.get("transport")
        return transport if isinstance(transport, GetSalesTransport) else None

    def with_headers(self, headers: dict[str, str]) -> GetSalesClient:
        for name, value in headers.items():
            _check_header(name, value)
        return super().with_headers(headers)

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            self._async_client = _GuardedAsyncClient(**self._httpx_settings())
        return self._async_client

    def get_httpx_client(self) -> httpx.Client:
        raise TypeError(
            "clients from getsales_extras.create_client are asynchronous: call the generated "
            "asyncio()/asyncio_detailed() functions (and use 'async with'), not sync()"
        )


def create_client(
    api_key: str | None = None,
    team_id: str | int | None = None,
    *,
    base_url: str | None = None,
    rate_limit: RateLimit | None = DEFAULT_RATE_LIMIT,
    max_retries: int | None = None,
    retry: RetryPolicy | None = None,
    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
    headers: Mapping[str, str] | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    httpx_args: Mapping[str, Any] | None = None,
    max_body_size: int | None = DEFAULT_MAX_BODY_SIZE,
) -> GetSalesClient:
    """Build a client for the GetSales API that every generated ``asyncio*`` function accepts.

    Args:
        api_key: the API key; defaults to ``$GETSALES_API_KEY``. Required.
        team_id: sent as the ``Team-ID`` header when given; defaults to ``$GETSALES_TEAM_ID``.
            API keys carry their team, so it is usually not needed.
        base_url: the API root; defaults to ``$GETSALES_BASE_URL``, else the production API.
        rate_limit: the key's request budget; ``None`` disables pacing. Every client of this
            process with the same key and base URL shares one budget (and must use the same
            ``rate_limit``). ``RateLimit(..., shared=RedisBudget(url))`` shares it with every
            other process of the key as well (``getsales_extras.shared_budget``).
        max_retries: retries of transient failures (0 disables); overrides ``retry``'s value.
        retry: the full retry policy (backoff, deadline, ``Retry-After`` cap).
        timeout: seconds per connect/read/write/pool wait, or an ``httpx.Timeout``; ``None``
            waits forever. The largest of them also bounds each attempt as a whole, reading
            the body included. Time spent waiting for the rate limiter does not count.
        headers: extra headers for every request (ASCII, no control characters).
        transport: the transport that performs HTTP (default ``httpx.AsyncHTTPTransport()``).
            Pass one to set TLS, proxy or connection-pool options, or a mock in tests; the SDK
            wraps it.
        httpx_args: further ``httpx.AsyncClient`` arguments (``event_hooks``, ``cookies``...).
        max_body_size: the largest answer body read, in bytes (64 MiB; None for no limit);
            a larger one raises ``ResponseTooLargeError``.

    Raises:
        ConfigurationError: no API key, an unusable key, base URL, ``team_id`` or header
            value, a ``rate_limit`` that differs from the one another client of the same key
            already uses, or a shared budget without the Redis extra installed.

    The client can be used with ``async with`` to close its connections at the end.
    """
    key = _api_key(api_key)
    team = team_id if team_id is not None else os.environ.get("GETSALES_TEAM_ID") or None
    root = _base_url(base_url)
    sent_headers = dict(headers or {})
    if team is not None:
        sent_headers["Team-ID"] = str(team).strip()
    for name, value in sent_headers.items():
        _check_header(name, value)
    if max_body_size is not None and max_body_size < 1:
        raise ConfigurationError("max_body_size must be a positive number of bytes (or None)")

    policy = retry if retry is not None else RetryPolicy()
    if max_retries is not None:
        policy = dataclasses.replace(policy, max_retries=max_retries)
    limiter = shared_limiter(key, root, rate_limit) if rate_limit is not None else None
    wrapped = GetSalesTransport(
        transport if transport is not None else httpx.AsyncHTTPTransport(),
        limiter=limiter,
        retry=policy,
        max_body_size=max_body_size,
    )

    extra = dict(httpx_args or {})
    for name in extra:
        if name in _OWN_ARGS:
            raise ConfigurationError(
                f"httpx_args[{name!r}] is set by create_client; use its "
                f"{_OWN_ARGS[name]!r} parameter instead"
            )
        if name in _TRANSPORT_ONLY_ARGS:
            raise ConfigurationError(
                f"httpx_args[{name!r}] would be ignored because the SDK supplies the transport; "
                f"pass transport=httpx.AsyncHTTPTransport({name}=...) instead"
            )
    extra["transport"] = wrapped

    if isinstance(timeout, httpx.Timeout):
        timeouts = timeout
    else:
        timeouts = httpx.Timeout(timeout)

    return GetSalesClient(
        base_url=root,
        token=key,
        headers=sent_headers,
        timeout=timeouts,
        httpx_args=extra,
    )


def _api_key(given: str | None) -> str:
    key = given if given is not None else os.environ.get("GETSALES_API_KEY", "")
    key = key.strip()
    if not key:
        raise ConfigurationError(
            "no GetSales API key: pass api_key=... or set the GETSALES_API_KEY environment "
            "variable (Workspace Settings -> API Keys)"
        )
    # Checked here because httpx would otherwise reject the header with the value in its message.
    if not key.isascii() or not key.isprintable() or any(ch.isspace() for ch in key):
        raise ConfigurationError(
            "the API key contains characters that cannot be sent in an HTTP header "
            "(spaces, line breaks or non-ASCII); check how it was copied"
        )
    return key


def _base_url(given: str | None) -> str:
    root = (given or os.environ.get("GETSALES_BASE_URL") or DEFAULT_BASE_URL).strip()
    quoted = repr(re.sub(r"//[^/?#]*@", "//", root))  # never echo a password
    try:
        parsed = httpx.URL(root)
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"base_url {quoted} is not a valid URL: {exc}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"base_url {quoted} must be an http:// or https:// URL")
    shown = f"{parsed.scheme}://{parsed.host}"
    if parsed.userinfo:
        # httpx would send them as Basic auth in place of the key, and show them in logs.
        raise ConfigurationError(
            f"base_url for {shown} must not contain a user name or password; the API key "
            "is the only credential"
        )
    if parsed.query or parsed.fragment or "?" in root or "#" in root:
        raise ConfigurationError(
            f"base_url for {shown} must not have a query string or fragment (API paths would "
            "be appended to it); give only the API root, such as https://host/prefix"
        )
    return root.rstrip("/")


def _check_header(name: str, value: object) -> None:
    """Refuse a header httpx could not send, or that would inject others, before any request."""
    text = value if isinstance(value, str) else str(value)
    what = "team_id" if name == "Team-ID" else f"header {name!r}"
    if not name.isascii() or not name or any(not ch.isprintable() or ch in " :" for ch in name):
        raise ConfigurationError(f"{what}: not a valid header name")
    if not text.isascii():
        raise ConfigurationError(f"{what} must be ASCII (HTTP headers cannot carry it as given)")
    if any(ord(ch) < 32 or ord(ch) == 127 for ch in text if ch != "\t"):
        raise ConfigurationError(
            f"{what} contains a line break or control character (it could inject headers)"
        )
