"""``create_sync_client``: the generated ``sync()`` functions on the very transport of
``create_client``, run on an event loop of the client's own in a daemon thread."""

from __future__ import annotations

import asyncio
import concurrent.futures
import contextlib
import inspect
import threading
from collections.abc import AsyncGenerator, Callable, Coroutine, Generator
from typing import Any, ParamSpec, Self, TypeVar

import attrs
import httpx

from getsales_extras.client import BorrowedTransport, GetSalesClient, create_client
from getsales_extras.errors import ClientClosedError, SyncClientInEventLoopError
from getsales_extras.pagination import ListOperation, Page, paginate, paginate_pages

T = TypeVar("T")
R = TypeVar("R")
P = ParamSpec("P")


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
    """The background event loop of a sync client and of the clients derived from it, run by
    a daemon thread (a script that never closes its client still exits)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._closed = False
        self._pending: set[concurrent.futures.Future[Any]] = set()  # calls waiting for results

    def call(self, function: Callable[..., Coroutine[Any, Any, R]], *args: Any) -> R:
        with self._lock:
            if self._closed:
                raise ClientClosedError("this getsales client is closed")
            if self._loop is None:
                self._loop = asyncio.new_event_loop()
                self._thread = threading.Thread(
                    target=self._loop.run_forever, name="getsales-sync-client", daemon=True
                )
                self._thread.start()
            future = asyncio.run_coroutine_threadsafe(function(*args), self._loop)
            self._pending.add(future)
        future.add_done_callback(self._pending.discard)
        try:
            return future.result()
        except concurrent.futures.CancelledError:
            raise ClientClosedError("the client was closed while this call was in flight") from None

    def close(self, finish: Callable[[], Coroutine[Any, Any, None]]) -> None:
        """Run ``finish`` (closing connections) on the loop, then stop it."""
        with self._lock:
            if self._closed:
                return
            self._closed = True
            loop, thread = self._loop, self._thread
            pending = list(self._pending)
        for future in pending:  # other threads' calls end with ClientClosedError, not a hang
            future.cancel()
        if loop is None or thread is None:
            return

        async def shut_down() -> None:
            # Walks still open (a paginate_sync left early) close first: each cancels its prefetch.
            await loop.shutdown_asyncgens()
            await finish()

        try:
            asyncio.run_coroutine_threadsafe(shut_down(), loop).result()
        finally:
            loop.call_soon_threadsafe(loop.stop)
            thread.join()
            loop.close()


async def _exchange(target: httpx.AsyncBaseTransport, request: httpx.Request) -> httpx.Response:
    """The answer of the async transport, read whole (decoded: no wire-encoding headers)."""
    response = await target.handle_async_request(request)
    try:
        body = await response.aread()
    finally:
        await response.aclose()
    wire_only = (b"content-encoding", b"content-length", b"transfer-encoding")
    headers = [(k, v) for k, v in response.headers.raw if k.lower() not in wire_only]
    return httpx.Response(
        response.status_code,
        headers=headers,
        stream=httpx.ByteStream(body),
        extensions=dict(response.extensions),
    )


@attrs.frozen
class _PortalTransport(httpx.BaseTransport):
    """Hands each request of an ``httpx`` sync client to an async transport on the loop."""

    runner: _LoopRunner
    target: httpx.AsyncBaseTransport

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        _refuse_in_event_loop()
        request.read()  # the body as bytes, readable again from the other thread
        return self.runner.call(_exchange, self.target, request)


@attrs.define
class SyncGetSalesClient(GetSalesClient):
    """A thread-safe client for the generated ``sync*()`` functions; its ``with_options`` copies
    share its loop until it is closed."""

    _runner: _LoopRunner = attrs.field(factory=_LoopRunner, repr=False)
    _lock: threading.Lock = attrs.field(factory=threading.Lock, init=False, repr=False)
    _twin: GetSalesClient | None = attrs.field(default=None, init=False, repr=False)

    def get_httpx_client(self) -> httpx.Client:
        with self._lock:
            if self._client is None:
                settings = self._httpx_settings()
                settings["transport"] = _PortalTransport(self._runner, settings["transport"])
                self._client = httpx.Client(**settings)
            return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        raise TypeError(
            "clients from getsales_extras.create_sync_client are synchronous: call the generated "
            "sync() functions, or use getsales_extras.create_client for asyncio()"
        )

    def close(self) -> None:
        """Close the connections and stop the background loop (unless this is a copy)."""
        with self._lock:
            client = self._client
        if client is not None:
            client.close()
        transport = self._httpx_args["transport"]
        if not isinstance(transport, BorrowedTransport):  # a copy borrows its original's loop too
            self._runner.close(transport.aclose)

    def __enter__(self) -> Self:
        _refuse_in_event_loop()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def _async_twin(self) -> GetSalesClient:
        """An async client with this one's settings, for the background loop only."""
        with self._lock:
            if self._twin is None:
                # The sync client's event hooks are plain functions; an async client awaits them.
                args = {k: v for k, v in self._httpx_args.items() if k != "event_hooks"}
                args["transport"] = BorrowedTransport(args["transport"])
                self._twin = GetSalesClient(**{**_settings(self), "httpx_args": args})
            return self._twin


def _settings(client: GetSalesClient) -> dict[str, Any]:
    fields = attrs.fields(GetSalesClient)
    return {f.alias or f.name: getattr(client, f.name) for f in fields if f.init}


def _for_scripts(create: Callable[P, GetSalesClient]) -> Callable[P, SyncGetSalesClient]:
    def create_sync_client(*args: P.args, **kwargs: P.kwargs) -> SyncGetSalesClient:
        """A client for the generated ``sync()`` functions from ``create_client``'s arguments
        (``transport`` is an async one; ``httpx_args`` are ``httpx.Client`` arguments)."""
        return SyncGetSalesClient(**_settings(create(*args, **kwargs)))

    # What help() and IDEs show: create's parameters, returning a sync client.
    signature = inspect.signature(create).replace(return_annotation=SyncGetSalesClient)
    create_sync_client.__signature__ = signature  # type: ignore[attr-defined]
    return create_sync_client


create_sync_client = _for_scripts(create_client)


def _drive(
    client: SyncGetSalesClient, make: Callable[[GetSalesClient], AsyncGenerator[T, None]]
) -> Generator[T, None, None]:
    """Iterate an async generator of ``client``'s loop from this thread."""
    if not isinstance(client, SyncGetSalesClient):
        raise TypeError("paginate_sync needs a client from getsales_extras.create_sync_client")
    _refuse_in_event_loop()
    generator = make(client._async_twin())
    try:
        with contextlib.suppress(StopAsyncIteration):
            while True:
                yield client._runner.call(generator.__anext__)
    finally:
        with contextlib.suppress(RuntimeError):  # the client was closed, and the walk with it
            client._runner.call(generator.aclose)


def paginate_sync(
    operation: ListOperation[T], *, client: SyncGetSalesClient, **options: Any
) -> Generator[T, None, None]:
    """:func:`getsales_extras.paginate`, same options, for a plain ``for`` over a sync client's
    pages (``on_rejected`` is called on the client's thread)."""
    return _drive(client, lambda twin: paginate(operation, client=twin, **options))


def paginate_pages_sync(
    operation: ListOperation[T], *, client: SyncGetSalesClient, **options: Any
) -> Generator[Page[T], None, None]:
    """:func:`getsales_extras.paginate_pages` for a sync client: whole pages, in a plain ``for``."""
    return _drive(client, lambda twin: paginate_pages(operation, client=twin, **options))
