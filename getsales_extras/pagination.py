"""Walk every page of a GetSales list operation as one lazy, typed stream of items.

Each generated list module has ``build_page_request()`` and ``parse_page()``, which know where
its ``limit``/``offset`` go and which page shapes its spec declares; :func:`paginate` drives the
two, so its items are typed by the operation's item model (``List`` for ``list_lists``).

Why it is shaped this way: a pager that waits for each answer leaves the rate budget idle
during every round trip, so once ``total`` is known the next ``prefetch`` pages are requested
ahead of the consumer (items still come out in order, at most ``prefetch + 1`` pages held); a
server that does not advance raises :class:`PaginationError` instead of spending the key's
budget forever; a record that does not parse is set aside (:attr:`Page.rejected`), not allowed
to cost the others their types. The README's "Every page" section has the details.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections import deque
from collections.abc import AsyncGenerator, Callable, Hashable, Mapping
from contextlib import aclosing
from typing import Any, Generic, Protocol, TypeVar

import anyio
import attrs
import httpx

from getsales_client.client import AuthenticatedClient, Client
from getsales_client.types import ListPage, RejectedItem
from getsales_extras.errors import GetSalesError

__all__ = [
    "DEFAULT_PREFETCH",
    "MAX_PAGE_SIZE",
    "ListOperation",
    "Page",
    "PaginationError",
    "RejectedItem",
    "paginate",
    "paginate_pages",
]

T = TypeVar("T")

#: The largest ``limit`` GetSales accepts.
MAX_PAGE_SIZE = 100
#: Pages requested ahead of the consumer once ``total`` is known.
DEFAULT_PREFETCH = 4
#: Pages a walk may go past the ``total`` the server reported before it is judged stuck.
_PAGES_PAST_TOTAL = 2

logger = logging.getLogger("getsales")


class PaginationError(GetSalesError):
    """The server's pages cannot be walked to an end: it repeats a page instead of advancing,
    or keeps reporting more items far beyond the total it gave."""


class ListOperation(Protocol[T]):
    """A generated list operation module, e.g. ``getsales_client.api.lists.list_lists``.

    The generator writes these two functions into every operation that pages; the type of
    ``parse_page`` is what makes :func:`paginate` yield typed items.
    """

    def build_page_request(
        self, arguments: Mapping[str, Any], offset: int, limit: int
    ) -> dict[str, Any]: ...

    def parse_page(self, response: httpx.Response) -> ListPage[T]: ...


@attrs.frozen
class Page(Generic[T]):
    """One page of a list as :func:`paginate_pages` yields it.

    ``items`` are what is left after ``dedupe`` and ``max_items``; ``offset`` is where the page
    starts in the list; ``total`` and ``has_more`` are what the server reported for this page
    (``None`` when it did not say); ``rejected`` are the records that did not parse, with their
    position in the whole list.
    """

    items: list[T]
    offset: int
    total: int | None
    has_more: bool | None
    rejected: list[RejectedItem] = attrs.field(factory=list)


@attrs.frozen
class _Fetched(Generic[T]):
    """A page as received, before ``dedupe``/``max_items`` are applied."""

    page: ListPage[T]
    offset: int
    limit: int
    digest: bytes  # of the records: two equal digests are the same page sent twice

    @property
    def received(self) -> int:
        return len(self.page.items) + len(self.page.rejected)

    def has_more(self) -> bool:
        """Whether the list continues after this page, by the strongest signal given."""
        if not self.received:
            return False
        if self.page.has_more is not None:
            return self.page.has_more
        if self.page.total is not None:
            return self.offset + self.received < self.page.total
        return self.received >= self.limit


async def paginate(
    operation: ListOperation[T],
    *,
    client: AuthenticatedClient | Client,
    page_size: int = MAX_PAGE_SIZE,
    max_items: int | None = None,
    prefetch: int = DEFAULT_PREFETCH,
    dedupe: bool | Callable[[T], Hashable | None] = False,
    on_rejected: Callable[[RejectedItem], None] | None = None,
    **arguments: Any,
) -> AsyncGenerator[T, None]:
    """Yield every item of a list operation, in order, fetching pages as they are needed.

    ``operation`` is a generated list module (``getsales_client.api.lists.list_lists``);
    ``arguments`` are its keyword arguments except the paging (path ids, filters,
    ``order_field``, or the ``body`` of a POST list, whose ``limit``/``offset`` are set per page
    on a copy). ``page_size`` is the ``limit`` of each request (1-100). ``max_items`` stops after
    that many items. ``prefetch`` is how many pages may be in flight ahead of the consumer (0 for
    strictly one request at a time). ``dedupe=True`` drops items whose ``uuid`` was already
    yielded; pass a function to choose the key. ``on_rejected`` is called with each record that
    did not parse. Errors are the typed exceptions of :mod:`getsales_extras.errors`.
    """
    pages = paginate_pages(
        operation,
        client=client,
        page_size=page_size,
        max_items=max_items,
        prefetch=prefetch,
        dedupe=dedupe,
        **arguments,
    )
    async with aclosing(pages):
        async for page in pages:
            if on_rejected is not None:
                for rejected in page.rejected:
                    on_rejected(rejected)
            for item in page.items:
                yield item


async def paginate_pages(
    operation: ListOperation[T],
    *,
    client: AuthenticatedClient | Client,
    page_size: int = MAX_PAGE_SIZE,
    max_items: int | None = None,
    prefetch: int = DEFAULT_PREFETCH,
    dedupe: bool | Callable[[T], Hashable | None] = False,
    **arguments: Any,
) -> AsyncGenerator[Page[T], None]:
    """Like :func:`paginate`, but yield whole :class:`Page` objects (items, offset, total).

    Useful for progress reporting (``total`` arrives with the first page) and for writing a page
    at a time. Pages left empty by ``dedupe`` are still yielded so that offsets stay visible.
    """
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        raise ValueError(f"page_size must be between 1 and {MAX_PAGE_SIZE}, got {page_size}")
    if max_items is not None and max_items < 0:
        raise ValueError(f"max_items must be >= 0, got {max_items}")
    if prefetch < 0:
        raise ValueError(f"prefetch must be >= 0, got {prefetch}")
    for reserved in ("limit", "offset"):
        if reserved in arguments:
            raise TypeError(f"paginate sets {reserved!r} itself; use page_size and max_items")
    if not callable(getattr(operation, "parse_page", None)):
        name = getattr(operation, "__name__", repr(operation))
        raise TypeError(f"{name} is not a generated list operation (it has no parse_page)")
    if max_items == 0:
        return
    name = str(getattr(operation, "__name__", "operation")).rsplit(".", 1)[-1]
    key_of: Callable[[T], Hashable | None] | None = (
        _uuid_of if dedupe is True else None if dedupe is False else dedupe
    )
    seen: set[Hashable] = set()
    # Without dedupe every fetched item is yielded, so requests can stop at max_items.
    offset_cap = max_items if key_of is None else None

    async def fetch(offset: int, limit: int) -> _Fetched[T]:
        request = operation.build_page_request(arguments, offset, limit)
        response = await client.get_async_httpx_client().request(**request)
        page = operation.parse_page(response)
        return _Fetched(page, offset, limit, _digest(page))

    def start(offset: int) -> asyncio.Task[_Fetched[T]]:
        limit = page_size if offset_cap is None else min(page_size, offset_cap - offset)
        return asyncio.create_task(fetch(offset, limit))

    def worth_requesting(offset: int) -> bool:
        if offset_cap is not None and offset >= offset_cap:
            return False
        return total is None or offset < total

    in_flight: deque[asyncio.Task[_Fetched[T]]] = deque()
    yielded = 0
    step = page_size
    next_offset = 0
    total: int | None = None
    previous: _Fetched[T] | None = None
    pages_all_seen = 0  # consecutive non-empty pages that dedupe dropped entirely
    try:
        in_flight.append(start(0))
        while in_flight:
            # Awaited in place, so that a cancellation right here still finds it in the deque
            # and the clean-up below waits for it too.
            fetched = await in_flight[0]
            in_flight.popleft()
            more = fetched.has_more()
            if fetched.offset == 0:
                # A server that caps `limit` below what was asked still pages correctly: step
                # by what a full page turned out to hold.
                if more and 0 < fetched.received < fetched.limit:
                    step = fetched.received
                next_offset = step
            if fetched.page.total is not None:
                total = fetched.page.total
            _check_progress(name, previous, fetched, total, step)
            previous = fetched

            items = fetched.page.items
            rejected = [
                attrs.evolve(r, position=fetched.offset + r.position) for r in fetched.page.rejected
            ]
            for record in rejected:
                logger.warning(
                    "%s: record %d of the list does not parse and is skipped (%s)",
                    name,
                    record.position,
                    record.reason,
                )
            if key_of is not None:
                items = _drop_seen(items, key_of, seen)
                pages_all_seen = pages_all_seen + 1 if fetched.page.items and not items else 0
                if pages_all_seen >= 2:
                    raise PaginationError(
                        f"{name}: two pages in a row held only items already seen (offsets up "
                        f"to {fetched.offset}); the server does not advance through the list"
                    )
            if max_items is not None and yielded + len(items) >= max_items:
                items = items[: max_items - yielded]
                more = False
            yielded += len(items)
            page = Page(items, fetched.offset, fetched.page.total, fetched.page.has_more, rejected)

            if not more:
                # The empty page that ends a list is not worth a Page of its own.
                if fetched.received or fetched.offset == 0:
                    yield page
                return

            # Keep `prefetch` pages requested ahead while the consumer works on this one. Until
            # a total is known only the next page can be planned.
            ahead = prefetch if total is not None else min(prefetch, 1)
            while len(in_flight) < ahead and worth_requesting(next_offset):
                in_flight.append(start(next_offset))
                next_offset += step

            yield page

            if not in_flight:
                # Sequential mode, or the list grew beyond the total it first reported.
                if offset_cap is not None and next_offset >= offset_cap:
                    return
                in_flight.append(start(next_offset))
                next_offset += step
    finally:
        await _cancel_all(in_flight)


def _check_progress(
    name: str, previous: _Fetched[Any] | None, fetched: _Fetched[Any], total: int | None, step: int
) -> None:
    """Raise :class:`PaginationError` when the server is not moving through the list."""
    if previous is not None and fetched.received and fetched.digest == previous.digest:
        raise PaginationError(
            f"{name}: the page at offset {fetched.offset} repeats the one at offset "
            f"{previous.offset}; the server ignores the offset, so paging would never end"
        )
    if total is not None and fetched.offset >= total + _PAGES_PAST_TOTAL * step:
        raise PaginationError(
            f"{name}: still reporting more items at offset {fetched.offset}, although the "
            f"list has {total} in total"
        )


def _digest(page: ListPage[Any]) -> bytes:
    """What identifies a page's records: their ids (or, without one, their text) in order.

    Envelope counters are left out on purpose: a server that ignores ``offset`` may still echo
    it back, and the page is the same page all the same.
    """
    keys = [_uuid_of(item) or repr(item) for item in page.items]
    keys.extend(repr(rejected.raw) for rejected in page.rejected)
    return hashlib.blake2b("\x1f".join(map(str, keys)).encode(), digest_size=16).digest()


async def _cancel_all(tasks: deque[asyncio.Task[Any]]) -> None:
    """Cancel prefetched pages nobody will read, and wait for them so none leaks."""
    if not tasks:
        return
    for task in tasks:
        task.cancel()
    with anyio.CancelScope(shield=True):
        await asyncio.gather(*tasks, return_exceptions=True)
    tasks.clear()


def _uuid_of(item: object) -> Hashable | None:
    """The ``uuid`` of an item (every resource model has one), else None."""
    value = getattr(item, "uuid", None)
    return str(value) if value else None


def _drop_seen(
    items: list[T], key_of: Callable[[T], Hashable | None], seen: set[Hashable]
) -> list[T]:
    kept = []
    for item in items:
        key = key_of(item)
        if key is not None:
            if key in seen:
                continue
            seen.add(key)
        kept.append(item)
    return kept
