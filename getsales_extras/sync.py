"""``create_sync_client``: the generated ``sync()`` functions, with all the async client does.

A plain script or a notebook cell wants ``lead = get_lead_by_uuid.sync(uuid, client=client)``.
The client built here gives it the very transport ``create_client`` uses (pacing to the key's
budget, retries, typed errors, counters and hooks), run on an event loop of its own in a
background thread (an anyio ``BlockingPortal``, started on the first request):

- the generated ``sync``/``sync_detailed`` functions call ``client.get_httpx_client()``, an
  ``httpx.Client`` whose transport hands each request to the async transport on that loop and
  waits for the answer, as bytes;
- several threads may use one client at once: their requests become tasks of the one loop,
  paced and queued like tasks of an async program;
- clients of one key share one budget whether they are sync or async (the limiter registry is
  per process, its state guarded by a thread lock);
- ``with create_sync_client() as client:`` closes the connections and stops the loop's thread
  at the end (``client.close()`` does the same); the thread is a daemon, so a script that
  forgets to close still exits;
- called inside a running event loop (``async def`` code), it raises
  ``SyncClientInEventLoopError`` before sending anything: a blocking call there would stall the
  loop. Use ``create_client`` and ``await ....asyncio(...)`` there.

``paginate_sync`` and ``paginate_pages_sync`` are ``paginate`` and ``paginate_pages`` for a plain
``for`` loop: the same generator, driven on the client's loop one item at a time (prefetched
pages keep arriving in the background between two items).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator, Hashable, Mapping
from concurrent.futures import Future
from types import TracebackType
from typing import Any, Self, TypeVar, cast

import anyio
import httpx
from anyio.from_thread import BlockingPortal
from attrs import define, field

from getsales_client.types import RejectedItem
from getsales_extras.client import (
    DEFAULT_RATE_LIMIT,
    DEFAULT_TIMEOUT,
    BorrowedTransport,
    GetSalesClient,
    client_fields,
)
from getsales_extras.errors import SyncClientInEventLoopError
from getsales_extras.observability import Hooks
from getsales_extras.pagination import (
    DEFAULT_PREFETCH,
    MAX_PAGE_SIZE,
    ListOperation,
    Page,
    paginate,
    paginate_pages,
)
from getsales_extras.ratelimit import RateLimit
from getsales_extras.retry import RetryPolicy
from getsales_extras.transport import DEFAULT_MAX_BODY_SIZE

__all__ = [
    "SyncGetSalesClient",
    "create_sync_client",
    "paginate_pages_sync",
    "paginate_sync",
]

T = TypeVar("T")
R = TypeVar("R")


def _refuse_in_event_loop() -> None:
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return
    raise SyncClientInEventLoopError(
        "a client from create_sync_client was called inside a running event loop, where a "
        "blocking call would stall every other task; nothing was sent. In async code use "
        "getsales_extras.create_client and 'await operation.asyncio(client=...)'"
    )


class _LoopRunner:
    """The background event loop of one sync client (and of the clients derived from it).

    An anyio ``BlockingPortal`` served by a daemon thread of our own rather than
    ``start_blocking_portal``: that one is a generator-based context manager, and one left open
    by a script that never closed its client would be finalised at interpreter exit, waiting
    for a loop that no longer runs.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None
        self._portal: BlockingPortal | None = None
        self._closed = False

    def portal(self) -> BlockingPortal:
        with self._lock:
            if self._closed:
                raise RuntimeError("this getsales client is closed")
            if self._portal is None:
                ready: Future[BlockingPortal] = Future()
                self._thread = threading.Thread(
                    target=_serve, args=(ready,), name="getsales-sync-client", daemon=True
                )
                self._thread.start()
                self._portal = ready.result()
            return self._portal

    def call(self, function: Callable[..., Awaitable[R]], *args: Any) -> R:
        """Run ``function(*args)`` on the loop and wait for its result in this thread."""
        return self.portal().call(function, *args)

    def close(self, finish: Callable[[], Awaitable[None]] | None = None) -> None:
        """Run ``finish`` on the loop (closing connections), then stop the loop's thread."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            portal, thread = self._portal, self._thread
        if portal is None or thread is None:
            return
        try:
            if finish is not None:
                portal.call(finish)
        finally:
            portal.call(portal.stop)
            thread.join()


def _serve(ready: Future[BlockingPortal]) -> None:
    """The loop thread: serve a portal until it is stopped."""

    async def serve() -> None:
        async with BlockingPortal() as portal:
            ready.set_result(portal)
            await portal.sleep_until_stopped()

    try:
        anyio.run(serve)
    except BaseException as exc:
        if not ready.done():
            ready.set_exception(exc)


async def _exchange(
    target: httpx.AsyncBaseTransport, request: httpx.Request
) -> tuple[int, list[tuple[bytes, bytes]], bytes, dict[str, Any]]:
    """Send ``request`` through the async transport; the answer as plain values.

    The body comes back decoded (the SDK's transport has read it already), so the headers that
    describe its encoding on the wire are left out.
    """
    response = await target.handle_async_request(request)
    try:
        body = await response.aread()
    finally:
        await response.aclose()
    wire_only = (b"content-encoding", b"content-length", b"transfer-encoding")
    headers = [(k, v) for k, v in response.headers.raw if k.lower() not in wire_only]
    return response.status_code, headers, body, dict(response.extensions)


class _PortalTransport(httpx.BaseTransport):
    """An ``httpx`` sync transport that hands each request to an async one on the runner's loop.

    The answer comes back fully read and decoded.
    """

    def __init__(self, runner: _LoopRunner, target: httpx.AsyncBaseTransport) -> None:
        self._runner = runner
        self._target = target

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        _refuse_in_event_loop()
        request.read()  # the body as bytes, readable again from the other thread
        status, headers, raw, extensions = self._runner.call(_exchange, self._target, request)
        return httpx.Response(
            status, headers=headers, stream=httpx.ByteStream(raw), extensions=extensions
        )

    def close(self) -> None:
        """The client closes the async transport, on its loop."""


@define
class SyncGetSalesClient(GetSalesClient):
    """A client for the generated ``sync``/``sync_detailed`` functions (``create_sync_client``).

    Thread-safe. Close it (``with`` or ``close()``) to close its connections and stop its
    background loop; clients made from it by ``with_options`` share that loop and stop working
    when it is closed.
    """

    _runner: _LoopRunner = field(factory=_LoopRunner, kw_only=True, alias="runner", repr=False)
    _owns_runner: bool = field(default=True, kw_only=True, alias="owns_runner", repr=False)
    _lock: threading.Lock = field(factory=threading.Lock, init=False, repr=False)
    _twin: GetSalesClient | None = field(default=None, init=False, repr=False)

    def get_httpx_client(self) -> httpx.Client:
        """The ``httpx.Client`` the generated ``sync`` functions send through."""
        _refuse_in_event_loop()
        with self._lock:
            if self._client is None:
                settings = self._httpx_settings()
                settings["transport"] = _PortalTransport(self._runner, settings["transport"])
                self._client = httpx.Client(**settings)
            return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        raise TypeError(
            "clients from getsales_extras.create_sync_client are synchronous: call the "
            "generated sync()/sync_detailed() functions, or make an asynchronous client with "
            "getsales_extras.create_client for asyncio()"
        )

    def close(self) -> None:
        """Close the connections and stop the background loop (if this client owns it)."""
        with self._lock:
            client = self._client
        if client is not None:
            client.close()
        if self._owns_runner:
            transport = self.transport
            self._runner.close(transport.aclose if transport is not None else None)

    def __enter__(self) -> Self:
        _refuse_in_event_loop()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        self.close()

    def _derived_fields(self) -> dict[str, Any]:
        return {"owns_runner": False}

    def _async_twin(self) -> GetSalesClient:
        """An async client with this one's settings, for use on the background loop only."""
        with self._lock:
            if self._twin is None:
                args = dict(self._httpx_args)
                # The sync client's event hooks are plain functions; httpx's async client
                # would await them.
                args.pop("event_hooks", None)
                transport = args.get("transport")
                if transport is not None and not isinstance(transport, BorrowedTransport):
                    args["transport"] = BorrowedTransport(transport)
                self._twin = GetSalesClient(
                    base_url=self._base_url,
                    token=self.token,
                    prefix=self.prefix,
                    auth_header_name=self.auth_header_name,
                    cookies=self._cookies,
                    headers=self._headers,
                    timeout=self._timeout,
                    verify_ssl=self._verify_ssl,
                    follow_redirects=self._follow_redirects,
                    httpx_args=args,
                )
            return self._twin


def create_sync_client(
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
) -> SyncGetSalesClient:
    """A client for the generated ``sync()``/``sync_detailed()`` functions.

    The arguments are those of :func:`getsales_extras.create_client`, with the same meaning
    and defaults (``transport`` is still an async transport: it runs on the client's
    background loop; ``httpx_args`` are ``httpx.Client`` arguments, so ``event_hooks`` are
    plain functions). Use it with ``with`` or call ``close()`` at the end.

    Raises:
        ConfigurationError: as ``create_client``.
        SyncClientInEventLoopError: (when used) called inside a running event loop.
    """
    fields = client_fields(
        api_key,
        team_id,
        base_url,
        rate_limit,
        max_retries,
        retry,
        timeout,
        headers,
        transport,
        httpx_args,
        max_body_size,
        hooks,
    )
    return SyncGetSalesClient(**fields, runner=_LoopRunner())


async def _next_of(generator: AsyncGenerator[T, None]) -> tuple[bool, T | None]:
    try:
        return True, await generator.__anext__()
    except StopAsyncIteration:
        return False, None


def _drive(
    client: SyncGetSalesClient,
    make: Callable[[GetSalesClient], AsyncGenerator[T, None]],
) -> Generator[T, None, None]:
    """Iterate an async generator of ``client``'s loop from this thread."""
    if not isinstance(client, SyncGetSalesClient):
        raise TypeError("paginate_sync needs a client from getsales_extras.create_sync_client")
    _refuse_in_event_loop()
    runner = client._runner
    generator = make(client._async_twin())
    finished = False
    try:
        while True:
            more, item = runner.call(_next_of, generator)
            if not more:
                finished = True
                return
            yield cast(T, item)  # `more` says there is one
    finally:
        if not finished:
            try:
                runner.call(generator.aclose)
            except RuntimeError:
                pass  # the client was closed (or this runs on its loop): nothing to cancel


def paginate_sync(
    operation: ListOperation[T],
    *,
    client: SyncGetSalesClient,
    page_size: int = MAX_PAGE_SIZE,
    max_items: int | None = None,
    prefetch: int = DEFAULT_PREFETCH,
    dedupe: bool | Callable[[T], Hashable | None] = False,
    on_rejected: Callable[[RejectedItem], None] | None = None,
    **arguments: Any,
) -> Generator[T, None, None]:
    """:func:`getsales_extras.paginate` for a sync client: every item, in a plain ``for``.

    Same arguments and behaviour (typed items, prefetch, ``dedupe``, stuck-server detection).
    ``on_rejected`` is called on the client's background thread.
    """
    return _drive(
        client,
        lambda twin: paginate(
            operation,
            client=twin,
            page_size=page_size,
            max_items=max_items,
            prefetch=prefetch,
            dedupe=dedupe,
            on_rejected=on_rejected,
            **arguments,
        ),
    )


def paginate_pages_sync(
    operation: ListOperation[T],
    *,
    client: SyncGetSalesClient,
    page_size: int = MAX_PAGE_SIZE,
    max_items: int | None = None,
    prefetch: int = DEFAULT_PREFETCH,
    dedupe: bool | Callable[[T], Hashable | None] = False,
    **arguments: Any,
) -> Generator[Page[T], None, None]:
    """:func:`getsales_extras.paginate_pages` for a sync client: whole pages, in a plain ``for``."""
    return _drive(
        client,
        lambda twin: paginate_pages(
            operation,
            client=twin,
            page_size=page_size,
            max_items=max_items,
            prefetch=prefetch,
            dedupe=dedupe,
            **arguments,
        ),
    )
