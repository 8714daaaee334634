"""Every page of a GetSales list operation as one lazy stream of items (README: "Every page"):
pages are requested ``prefetch`` ahead once ``total`` is known, since waiting for each answer
leaves the rate budget idle; a server that does not advance raises :class:`PaginationError`."""

from __future__ import annotations

import asyncio
import hashlib
import logging
from collections import deque
from collections.abc import AsyncGenerator, Callable, Hashable, Mapping
from contextlib import aclosing
from typing import Any, Protocol, TypeVar

import anyio
import attrs
import httpx

from getsales_client.client import AuthenticatedClient, Client
from getsales_client.types import ListPage
from getsales_client.types import RejectedItem as RejectedItem
from getsales_extras.errors import GetSalesError

T = TypeVar("T")

#: Pages requested ahead of the consumer once ``total`` is known.
DEFAULT_PREFETCH = 4

logger = logging.getLogger("getsales")


class PaginationError(GetSalesError):
    """The server repeats a page instead of advancing, or reports more far beyond its total."""


class ListOperation(Protocol[T]):
    """A generated list module (``list_lists``); its ``parse_page`` types the items."""

    MAX_PAGE_SIZE: int  # the spec's largest ``limit``: the default page size

    def build_page_request(
        self, arguments: Mapping[str, Any], offset: int, limit: int
    ) -> dict[str, Any]: ...

    def parse_page(self, response: httpx.Response) -> ListPage[T]: ...


@attrs.frozen
class Page(ListPage[T]):
    """A page of :func:`paginate_pages`: its ``items`` after ``dedupe``/``max_items``, its
    ``rejected`` records at their list positions."""

    offset: int = attrs.field(kw_only=True)


async def paginate(
    operation: ListOperation[T],
    *,
    client: AuthenticatedClient | Client,
    page_size: int | None = None,
    max_items: int | None = None,
    prefetch: int = DEFAULT_PREFETCH,
    dedupe: bool | Callable[[T], Hashable | None] = False,
    on_rejected: Callable[[RejectedItem], None] | None = None,
    **arguments: Any,
) -> AsyncGenerator[T, None]:
    """Yield every item of a list operation, in order (README: "Every page"); ``arguments`` are
    its own but the paging, and ``dedupe`` may be a function giving each item's key."""
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
    page_size: int | None = None,
    max_items: int | None = None,
    prefetch: int = DEFAULT_PREFETCH,
    dedupe: bool | Callable[[T], Hashable | None] = False,
    **arguments: Any,
) -> AsyncGenerator[Page[T], None]:
    """:func:`paginate` by whole :class:`Page` (those ``dedupe`` left empty too)."""
    if max_items is not None and max_items < 0:
        raise ValueError(f"max_items must be >= 0, got {max_items}")
    if prefetch < 0:
        raise ValueError(f"prefetch must be >= 0, got {prefetch}")
    if reserved := sorted({"limit", "offset"} & arguments.keys()):
        raise TypeError(f"paginate sets {reserved} itself; use page_size and max_items")
    if not callable(getattr(operation, "parse_page", None)):
        name = getattr(operation, "__name__", repr(operation))
        raise TypeError(f"{name} is not a generated list operation (it has no parse_page)")
    largest = operation.MAX_PAGE_SIZE
    page_size = largest if page_size is None else page_size
    if not 1 <= page_size <= largest:
        raise ValueError(f"page_size must be between 1 and {largest}, got {page_size}")
    if max_items == 0:
        return
    name = str(getattr(operation, "__name__", "operation")).rsplit(".", 1)[-1]
    key_of: Callable[[T], Hashable | None] | None = (
        _uuid_of if dedupe is True else None if dedupe is False else dedupe
    )
    seen: set[Hashable] = set()
    # Without dedupe every fetched item is yielded, so requests can stop at max_items.
    offset_cap = max_items if key_of is None else None

    in_flight: deque[asyncio.Task[tuple[int, int, ListPage[T]]]] = deque()
    yielded = next_offset = 0
    step = page_size
    total: int | None = None
    previous: tuple[int, bytes] | None = None  # offset and digest of the page before
    pages_all_seen = 0  # consecutive non-empty pages that dedupe dropped entirely

    async def fetch(offset: int, limit: int) -> tuple[int, int, ListPage[T]]:
        request = operation.build_page_request(arguments, offset, limit)
        response = await client.get_async_httpx_client().request(**request)
        return offset, limit, operation.parse_page(response)

    def request_next() -> None:
        nonlocal next_offset
        limit = page_size if offset_cap is None else min(page_size, offset_cap - next_offset)
        in_flight.append(asyncio.create_task(fetch(next_offset, limit)))
        next_offset += step

    def next_below(end: int | None) -> bool:
        return end is None or next_offset < end

    try:
        request_next()
        while in_flight:
            # Awaited in place: if cancelled here, it is still in the deque for the clean-up.
            offset, limit, got = await in_flight[0]
            in_flight.popleft()
            received = len(got.items) + len(got.rejected)
            more = _has_more(got, offset, limit, received)
            if offset == 0 and more and 0 < received < limit:
                # The server caps `limit` below the one asked: step by what a full page holds.
                step = next_offset = received
            total = got.total if got.total is not None else total
            digest = _digest(got)
            if previous is not None and received and digest == previous[1]:
                raise PaginationError(
                    f"{name}: the page at offset {offset} repeats the one at offset "
                    f"{previous[0]}; the server ignores the offset, so paging would never end"
                )
            if total is not None and offset >= total + step:  # one page past it is allowed
                raise PaginationError(
                    f"{name}: still reporting more items at offset {offset}, although the "
                    f"list has {total} in total"
                )
            previous = offset, digest

            items = got.items
            rejected = [attrs.evolve(r, position=offset + r.position) for r in got.rejected]
            for record in rejected:
                logger.warning(
                    "%s: record %d of the list does not parse and is skipped (%s)",
                    name,
                    record.position,
                    record.reason,
                )
            if key_of is not None:
                items = []
                for item in got.items:
                    if (key := key_of(item)) is None or key not in seen:
                        seen.add(key)
                        items.append(item)
                pages_all_seen = pages_all_seen + 1 if got.items and not items else 0
                if pages_all_seen >= 2:
                    raise PaginationError(
                        f"{name}: two pages in a row held only items already seen (offsets up "
                        f"to {offset}); the server does not advance through the list"
                    )
            if max_items is not None and yielded + len(items) >= max_items:
                items = items[: max_items - yielded]
                more = False
            yielded += len(items)
            page = Page(items, got.total, got.has_more, rejected, offset=offset)

            if not more:
                # The empty page that ends a list is not worth a Page of its own.
                if received or offset == 0:
                    yield page
                return

            # Until a total is known only the next page can be planned.
            ahead = prefetch if total is not None else min(prefetch, 1)
            while len(in_flight) < ahead and next_below(offset_cap) and next_below(total):
                request_next()

            yield page

            if not in_flight:
                # Sequential mode, or the list grew beyond the total it first reported.
                if not next_below(offset_cap):
                    return
                request_next()
    finally:
        # Cancel prefetched pages nobody will read, and wait for them so none leaks.
        for task in in_flight:
            task.cancel()
        if in_flight:
            with anyio.CancelScope(shield=True):
                await asyncio.gather(*in_flight, return_exceptions=True)


def _has_more(page: ListPage[Any], offset: int, limit: int, received: int) -> bool:
    """Whether the list continues after this page, by the strongest signal given."""
    if not received:
        return False
    if page.has_more is not None:
        return page.has_more
    if page.total is not None:
        return offset + received < page.total
    return received >= limit


def _digest(page: ListPage[Any]) -> bytes:
    """The page's record ids (else texts), not its envelope, which may echo an ignored offset."""
    keys = [_uuid_of(item) or repr(item) for item in page.items]
    keys.extend(repr(rejected.raw) for rejected in page.rejected)
    return hashlib.blake2b("\x1f".join(map(str, keys)).encode(), digest_size=16).digest()


def _uuid_of(item: object) -> Hashable | None:
    value = getattr(item, "uuid", None)
    return str(value) if value else None
