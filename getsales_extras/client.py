"""``create_client``: the generated client, configured so every generated function behaves.

The generated ``AuthenticatedClient`` only knows where to send requests. The client built here
also paces them to the key's budget, retries what is safe to retry and raises typed errors, for
every generated function, because all of that lives in the transport underneath
(``getsales_extras.transport``).
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Mapping
from typing import Any

import httpx
from attrs import define

from getsales_client.client import AuthenticatedClient
from getsales_extras.errors import ConfigurationError
from getsales_extras.ratelimit import RateLimit, shared_limiter
from getsales_extras.retry import RetryPolicy
from getsales_extras.transport import GetSalesTransport

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
            waits forever. Time spent waiting for the rate limiter does not count.
        headers: extra headers for every request.
        transport: the transport that performs HTTP (default ``httpx.AsyncHTTPTransport()``).
            Pass one to set TLS, proxy or connection-pool options, or a mock in tests; the SDK
            wraps it.
        httpx_args: further ``httpx.AsyncClient`` arguments (``event_hooks``, ``cookies``...).

    Raises:
        ConfigurationError: no API key, an unusable key or base URL, a ``rate_limit`` that
            differs from the one another client of the same key already uses, or a shared
            budget without the Redis extra installed.

    The client can be used with ``async with`` to close its connections at the end.
    """
    key = _api_key(api_key)
    team = team_id if team_id is not None else os.environ.get("GETSALES_TEAM_ID") or None
    root = _base_url(base_url)

    policy = retry if retry is not None else RetryPolicy()
    if max_retries is not None:
        policy = dataclasses.replace(policy, max_retries=max_retries)
    limiter = shared_limiter(key, root, rate_limit) if rate_limit is not None else None
    wrapped = GetSalesTransport(
        transport if transport is not None else httpx.AsyncHTTPTransport(),
        limiter=limiter,
        retry=policy,
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

    sent_headers = dict(headers or {})
    if team is not None:
        sent_headers["Team-ID"] = str(team)
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
    try:
        parsed = httpx.URL(root)
    except httpx.InvalidURL as exc:
        raise ConfigurationError(f"base_url {root!r} is not a valid URL: {exc}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise ConfigurationError(f"base_url {root!r} must be an http:// or https:// URL")
    return root.rstrip("/")
