"""``create_client``: the generated client on the SDK's transport (``getsales_extras.transport``:
pacing, retries, typed errors, counters), so every generated function gets them."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import platform
import re
from collections.abc import Mapping
from typing import Any, Self

import httpx
from attrs import define, evolve

from getsales_client.client import AuthenticatedClient
from getsales_client.types import UNSET, Unset
from getsales_extras._version import __version__
from getsales_extras.errors import ClientClosedError, ConfigurationError
from getsales_extras.observability import ClientObserver, ClientStats, Hooks
from getsales_extras.ratelimit import RateLimit, shared_limiter
from getsales_extras.retry import RetryPolicy
from getsales_extras.transport import (
    DEFAULT_MAX_BODY_SIZE,
    MAX_RETRIES_EXTENSION,
    GetSalesTransport,
)

DEFAULT_BASE_URL = "https://amazing.getsales.io"
DEFAULT_RATE_LIMIT = RateLimit(requests=300, period=60.0)
# Seconds for each of connecting, sending, waiting for data and getting a pooled connection.
DEFAULT_TIMEOUT = 30.0
#: A ``User-Agent`` given in ``headers`` is appended to it.
USER_AGENT = (
    f"getsales-python/{__version__} httpx/{httpx.__version__} python/{platform.python_version()}"
)

# httpx.AsyncClient arguments for the transport httpx builds, which the SDK's replaces.
_TRANSPORT_ONLY_ARGS = frozenset("verify cert http1 http2 limits proxy mounts trust_env".split())
# httpx.AsyncClient arguments that create_client sets, and its parameter for each.
_OWN_ARGS = {"auth": "api_key"} | {
    arg: arg for arg in ("transport", "base_url", "headers", "timeout")
}


class _SetCookieJar(httpx.Cookies):
    """Cookies that look for new ones only in an answer that sets some: the standard library's
    cookie jar would otherwise wrap and scan every answer (20 to 30 us a call, mostly in vain)."""

    def extract_cookies(self, response: httpx.Response) -> None:
        if "set-cookie" in response.headers or "set-cookie2" in response.headers:
            super().extract_cookies(response)


class _GuardedAsyncClient(httpx.AsyncClient):
    """Refuses to send once closed or once its event loop has ended, saying so (httpx would
    raise a bare RuntimeError, or fail deep in a connection of the dead loop); its ``cookies``
    are a ``_SetCookieJar``."""

    _loop: asyncio.AbstractEventLoop | None = None

    def __init__(self, *, cookies: Any = None, **settings: Any) -> None:
        super().__init__(cookies=cookies, **settings)  # a jar httpx keeps but does not use
        self.cookies = cookies

    @property
    def cookies(self) -> httpx.Cookies:
        return self._jar

    @cookies.setter
    def cookies(self, cookies: Any) -> None:
        self._jar = _SetCookieJar(cookies)

    async def send(self, request: httpx.Request, **kwargs: Any) -> httpx.Response:
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


class BorrowedTransport(httpx.AsyncBaseTransport):
    """Another client's transport, used but not closed; ``max_retries`` goes with each request."""

    def __init__(self, target: httpx.AsyncBaseTransport, max_retries: int | None = None) -> None:
        self.target = target
        self.max_retries = max_retries

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self.max_retries is not None:
            request.extensions[MAX_RETRIES_EXTENSION] = self.max_retries
        return await self.target.handle_async_request(request)

    async def aclose(self) -> None:
        """The owner closes the transport."""


@define
class GetSalesClient(AuthenticatedClient):
    """The generated ``AuthenticatedClient`` on the SDK's transport, for ``asyncio*()``."""

    @property
    def transport(self) -> GetSalesTransport | None:
        """The SDK transport requests go through (``limiter``, ``retry_policy``, ``observer``)."""
        transport = self._httpx_args.get("transport")
        while isinstance(transport, BorrowedTransport):
            transport = transport.target
        return transport if isinstance(transport, GetSalesTransport) else None

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            self._async_client = _GuardedAsyncClient(**self._httpx_settings())
        return self._async_client

    def get_httpx_client(self) -> httpx.Client:
        raise TypeError(
            "clients from getsales_extras.create_client are asynchronous: call the generated "
            "asyncio()/asyncio_detailed() functions (and use 'async with'), or make a "
            "synchronous client with getsales_extras.create_sync_client for sync()"
        )

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | Unset | None = UNSET,
        max_retries: int | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A copy for some calls sharing pool, budget, counters and hooks; this one is unchanged."""
        if max_retries is not None and max_retries < 0:
            raise ValueError("max_retries must be 0 or more")
        changes: dict[str, Any] = {}
        if not isinstance(timeout, Unset):
            changes["timeout"] = httpx.Timeout(timeout)
        if headers:
            changes["headers"] = _merged_headers(self._headers, headers)
        return self._derive(changes, max_retries)

    # The generated with_* methods change the client they are called on; these leave it as is.
    def with_headers(self, headers: dict[str, str]) -> Self:
        return self.with_options(headers=headers)

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        return self.with_options(timeout=timeout)

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        return self._derive({"cookies": {**self._cookies, **cookies}}, None)

    def _derive(self, changes: dict[str, Any], max_retries: int | None) -> Self:
        current = self._httpx_args.get("transport")
        if isinstance(current, BorrowedTransport):
            max_retries = max_retries if max_retries is not None else current.max_retries
            current = current.target
        args = dict(self._httpx_args)
        if current is not None:
            args["transport"] = BorrowedTransport(current, max_retries)
        return evolve(self, httpx_args=args, **changes)


def client_stats(client: AuthenticatedClient) -> ClientStats:
    """What ``client`` and its ``with_options`` copies have done so far (README has the fields)."""
    transport = client.transport if isinstance(client, GetSalesClient) else None
    if transport is None:
        raise TypeError(
            "client_stats needs a client from getsales_extras.create_client or create_sync_client"
        )
    return transport.observer.snapshot(transport.limiter)


def _merged_headers(current: Mapping[str, str], extra: Mapping[str, str]) -> dict[str, str]:
    """``current`` with ``extra`` added, each refused before any request if httpx could not send
    it or it would inject other headers; a ``User-Agent`` follows the SDK's."""
    merged = dict(current)
    for name, value in extra.items():
        what = "team_id" if name == "Team-ID" else f"header {name!r}"
        if not re.fullmatch(r"[!-9;-~]+", name):  # printable ASCII, no space or colon
            raise ConfigurationError(f"{what}: not a valid header name")
        if not value.isascii():
            raise ConfigurationError(f"{what} must be ASCII (HTTP headers cannot carry it)")
        if re.search(r"[\x00-\x08\x0a-\x1f\x7f]", value):  # control characters but tab
            raise ConfigurationError(
                f"{what} contains a line break or control character (it could inject headers)"
            )
        if name.lower() == "user-agent":
            merged = {key: old for key, old in merged.items() if key.lower() != "user-agent"}
            name, value = "User-Agent", f"{USER_AGENT} {value}".strip()
        merged[name] = value
    return merged


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
    hooks: Hooks | None = None,
) -> GetSalesClient:
    """A client for every generated ``asyncio*`` function; close it with ``async with``. README.md
    ("A client") explains each parameter; ``api_key``, ``team_id`` and ``base_url`` default to
    ``$GETSALES_API_KEY``, ``$GETSALES_TEAM_ID`` and ``$GETSALES_BASE_URL``."""
    key = _api_key(api_key)
    team = team_id if team_id is not None else os.environ.get("GETSALES_TEAM_ID") or None
    root = _base_url(base_url)
    team_header = {} if team is None else {"Team-ID": str(team).strip()}
    # Only the codings whose inflated size max_body_size bounds (not br or zstd, if installed).
    ours = {"User-Agent": USER_AGENT, "Accept-Encoding": "gzip, deflate"}
    sent_headers = _merged_headers(ours, {**(headers or {}), **team_header})
    if max_body_size is not None and max_body_size < 1:
        raise ConfigurationError("max_body_size must be a positive number of bytes (or None)")

    # Every argument is checked before the key's process-wide limiter takes this rate_limit.
    for name in httpx_args or {}:
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

    policy = retry if retry is not None else RetryPolicy()
    if max_retries is not None:
        policy = dataclasses.replace(policy, max_retries=max_retries)
    wrapped = GetSalesTransport(
        transport if transport is not None else httpx.AsyncHTTPTransport(),
        limiter=shared_limiter(key, root, rate_limit) if rate_limit is not None else None,
        retry=policy,
        max_body_size=max_body_size,
        observer=ClientObserver(hooks),
    )
    return GetSalesClient(
        base_url=root,
        token=key,
        headers=sent_headers,
        timeout=httpx.Timeout(timeout),
        httpx_args={**(httpx_args or {}), "transport": wrapped},
    )


def _api_key(given: str | None) -> str:
    key = (given if given is not None else os.environ.get("GETSALES_API_KEY", "")).strip()
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
