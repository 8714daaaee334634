"""Walk every page of a GetSales list operation as one lazy stream of typed items.

Every GetSales list pages with ``limit`` (at most 100) and ``offset``. Some lists are GET
operations with the paging in query parameters; others (search contacts, list companies,
flow contacts, browsers, logs) are POST operations with the paging inside the JSON body.
:func:`paginate` hides both behind ``async for``::

    async for lead in paginate(search_leads, client=client, body=SearchLeadsBody(filter=...)):
        ...

How it decides what to do:

* **Where paging goes.** An operation whose signature has ``limit`` and ``offset`` keyword
  arguments pages through the query string. Otherwise its ``body`` model must have
  ``limit`` and ``offset`` attributes: each page gets its own copy of the body
  (:func:`attrs.evolve`), so the caller's object is never changed.
* **Response shapes.** The flat envelope ``{data, limit, offset, total, has_more}``, an
  envelope whose counters sit in a nested ``pagination`` object, and a bare JSON array are
  all understood. When the generated model does not fit the body the server sent, the items
  are read from the raw JSON and still turned into the operation's typed item model. Items
  the spec describes as aggregates (``{lead, markers, flows}``) are yielded whole.
* **When to stop.** ``has_more: false``, an empty page, ``total`` reached, a short page when
  the server reports neither, or ``max_items`` yielded.
* **Latency hiding.** A sequential pager leaves the rate budget idle during every round
  trip: at 250 ms per request it reaches only 80% of 5 requests/s. Once the first page has
  told us ``total``, the following pages are requested ``prefetch`` at a time ahead of the
  consumer, so a long export runs at the rate limit while items still come out in order.
  To keep the limit saturated, ``prefetch`` should be at least latency x allowed rate
  (0.25 s x 5/s = 1.25 pages for the production limit; the default of 4 leaves headroom).
  ``prefetch=0`` is the plain sequential pager.
* **Memory.** At most ``prefetch + 1`` pages are held at a time, however long the list.

Offset paging reads a moving target: rows created or deleted while a walk is under way
shift the later pages, so a row can be skipped or seen twice. Sort by a stable field (for
example ``order_field="created_at", order_type="asc"`` so new rows land at the end) and
pass ``dedupe=True`` to drop repeats by ``uuid``.

Prefetching uses asyncio tasks, like the rest of the transport (its limiter is asyncio-only).
Leaving the loop early cancels the pages still in flight when the generator is closed;
``contextlib.aclosing`` closes it at once rather than when it is garbage collected::

    async with aclosing(paginate(list_lists, client=client)) as lists:
        async for item in lists:
            if done(item):
                break
"""

from __future__ import annotations

import asyncio
import inspect
import json
import sys
import types
import typing
from collections import deque
from collections.abc import AsyncGenerator, Awaitable, Callable, Hashable, Mapping
from contextlib import aclosing
from typing import Any, Generic, TypeVar, Union

import anyio
import attrs

from getsales_client.client import AuthenticatedClient, Client
from getsales_extras.errors import GetSalesError

__all__ = [
    "DEFAULT_PREFETCH",
    "MAX_PAGE_SIZE",
    "Page",
    "PaginationError",
    "paginate",
    "paginate_pages",
]

T = TypeVar("T")

#: The largest ``limit`` GetSales accepts.
MAX_PAGE_SIZE = 100
#: Pages requested ahead of the consumer once ``total`` is known.
DEFAULT_PREFETCH = 4

#: Exceptions a generated ``from_dict`` raises when a body does not have the modelled shape.
_MODEL_MISMATCH = (KeyError, TypeError, ValueError, AttributeError)

DedupeKey = Callable[[Any], Hashable | None]


class PaginationError(GetSalesError):
    """A list response that cannot be read as a page (not JSON, or no list of items in it)."""


@attrs.frozen
class Page(Generic[T]):
    """One page of a list as :func:`paginate_pages` yields it.

    ``items`` are what is left after ``dedupe`` and ``max_items``; ``offset`` is where the
    page starts in the list; ``total`` and ``has_more`` are what the server reported for
    this page (``None`` when the response does not say).
    """

    items: list[T]
    offset: int
    total: int | None
    has_more: bool | None


@attrs.frozen
class _RawPage:
    """A fetched page before ``dedupe``/``max_items`` are applied."""

    items: list[Any]
    offset: int
    limit: int
    total: int | None
    has_more: bool | None


@attrs.frozen
class _Operation:
    """A generated list operation, resolved once: how to call it and how to read its pages."""

    name: str
    call: Callable[..., Awaitable[Any]]
    module: types.ModuleType | None
    paging_in_body: bool
    item_parser: Callable[[list[Any]], list[Any]] | None
    #: Items are typed by a model, so wrapped aggregates ``{lead: ...}`` are flattened first.
    flatten_aggregates: bool

    async def fetch(
        self, client: Any, kwargs: Mapping[str, Any], offset: int, limit: int
    ) -> _RawPage:
        """Request one page and read it, whatever shape the server chose.

        The request is built with the endpoint module's own ``_get_kwargs`` and the body is
        read here rather than by the generated parser, because the body may have a shape
        the spec does not describe (a bare array, a nested ``pagination``, wrapped
        aggregates) and the generated parser would misread it. Error statuses never get
        here: the client's transport has already raised the typed error.
        """
        call_kwargs = dict(kwargs)
        if self.paging_in_body:
            call_kwargs["body"] = attrs.evolve(call_kwargs["body"], limit=limit, offset=offset)
        else:
            call_kwargs["limit"] = limit
            call_kwargs["offset"] = offset
        get_kwargs = getattr(self.module, "_get_kwargs", None)
        if get_kwargs is None:
            # Not a generated module: call it and make do with what its Response holds.
            response = await self.call(client=client, **call_kwargs)
            return _read_response(self, response, offset, limit)
        request = get_kwargs(**call_kwargs)
        http_response = await client.get_async_httpx_client().request(**request)
        return _read_body(self, http_response.content, offset, limit)


async def paginate(
    operation: Any,
    *,
    client: AuthenticatedClient | Client,
    page_size: int = MAX_PAGE_SIZE,
    max_items: int | None = None,
    prefetch: int = DEFAULT_PREFETCH,
    dedupe: bool | DedupeKey = False,
    **kwargs: Any,
) -> AsyncGenerator[Any, None]:
    """Yield every item of a list operation, in order, fetching pages as they are needed.

    ``operation`` is a generated endpoint module (``getsales_client.api.lists.list_lists``)
    or its ``asyncio_detailed`` function; ``kwargs`` are passed to it unchanged except for
    the paging (path ids, filters, ``order_field``, or the ``body`` for POST lists).
    ``page_size`` is the ``limit`` of each request (1-100). ``max_items`` stops after that
    many items. ``prefetch`` is how many pages may be in flight ahead of the consumer (0 for
    strictly one request at a time). ``dedupe=True`` drops items whose ``uuid`` (or
    ``lead.uuid`` for aggregates) was already yielded; pass a function to choose the key.
    Errors are the typed exceptions of :mod:`getsales_extras.errors`.
    """
    pages = paginate_pages(
        operation,
        client=client,
        page_size=page_size,
        max_items=max_items,
        prefetch=prefetch,
        dedupe=dedupe,
        **kwargs,
    )
    async with aclosing(pages):
        async for page in pages:
            for item in page.items:
                yield item


async def paginate_pages(
    operation: Any,
    *,
    client: AuthenticatedClient | Client,
    page_size: int = MAX_PAGE_SIZE,
    max_items: int | None = None,
    prefetch: int = DEFAULT_PREFETCH,
    dedupe: bool | DedupeKey = False,
    **kwargs: Any,
) -> AsyncGenerator[Page[Any], None]:
    """Like :func:`paginate`, but yield whole :class:`Page` objects (items, offset, total).

    Useful for progress reporting (``total`` arrives with the first page) and for writing
    a page at a time. Pages left empty by ``dedupe`` are still yielded so that offsets stay
    visible to the caller.
    """
    if not 1 <= page_size <= MAX_PAGE_SIZE:
        raise ValueError(f"page_size must be between 1 and {MAX_PAGE_SIZE}, got {page_size}")
    if max_items is not None and max_items < 0:
        raise ValueError(f"max_items must be >= 0, got {max_items}")
    if prefetch < 0:
        raise ValueError(f"prefetch must be >= 0, got {prefetch}")
    for reserved in ("limit", "offset"):
        if reserved in kwargs:
            raise TypeError(f"paginate sets {reserved!r} itself; use page_size and max_items")
    if max_items == 0:
        return
    op = _resolve_operation(operation, kwargs)
    key_of = _dedupe_key(dedupe)
    seen: set[Hashable] = set()
    # Without dedupe every fetched item is yielded, so requests can stop at max_items.
    offset_cap = max_items if key_of is None else None

    def start(offset: int) -> asyncio.Task[_RawPage]:
        limit = page_size if offset_cap is None else min(page_size, offset_cap - offset)
        return asyncio.create_task(op.fetch(client, kwargs, offset, limit))

    def worth_requesting(offset: int) -> bool:
        if offset_cap is not None and offset >= offset_cap:
            return False
        return total is None or offset < total

    in_flight: deque[asyncio.Task[_RawPage]] = deque()
    yielded = 0
    step = page_size
    next_offset = 0
    total: int | None = None
    try:
        in_flight.append(start(0))
        while in_flight:
            # Awaited in place, so that a cancellation right here still finds it in the
            # deque and the clean-up below waits for it too.
            raw = await in_flight[0]
            in_flight.popleft()
            more = _has_more_after(raw)
            if raw.offset == 0:
                # A server that caps ``limit`` below what was asked still pages correctly:
                # step by what a full page turned out to hold.
                if more and 0 < len(raw.items) < raw.limit:
                    step = len(raw.items)
                next_offset = step
            if raw.total is not None:
                total = raw.total

            items = raw.items
            if key_of is not None:
                items = _drop_seen(items, key_of, seen)
            if max_items is not None and yielded + len(items) >= max_items:
                items = items[: max_items - yielded]
                more = False
            yielded += len(items)
            page = Page(items, raw.offset, raw.total, raw.has_more)

            if not more:
                # The empty page that ends a list is not worth a Page of its own.
                if raw.items or raw.offset == 0:
                    yield page
                return

            # Keep `prefetch` pages requested ahead while the consumer works on this one.
            # Until a total is known only the next page can be planned.
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


async def _cancel_all(tasks: deque[asyncio.Task[_RawPage]]) -> None:
    """Cancel prefetched pages nobody will read, and wait for them so none leaks."""
    if not tasks:
        return
    for task in tasks:
        task.cancel()
    with anyio.CancelScope(shield=True):
        await asyncio.gather(*tasks, return_exceptions=True)
    tasks.clear()


def _has_more_after(page: _RawPage) -> bool:
    """Whether the list continues after ``page``, by the strongest signal the server gave."""
    if not page.items:
        return False
    if page.has_more is not None:
        return page.has_more
    if page.total is not None:
        return page.offset + len(page.items) < page.total
    return len(page.items) >= page.limit


# --- reading a page out of a response --------------------------------------------------


def _read_body(op: _Operation, content: bytes, offset: int, limit: int) -> _RawPage:
    """A page from raw JSON: the flat or nested envelope, or a bare array of items."""
    try:
        body = json.loads(content)
    except ValueError as exc:
        raise PaginationError(f"{op.name}: the list response is not JSON ({exc})") from exc
    if isinstance(body, list):
        return _RawPage(_type_items(op, body), offset, limit, None, None)
    if isinstance(body, dict) and isinstance(body.get("data"), list):
        total, has_more = _counters(body, body.get("pagination"))
        return _RawPage(_type_items(op, body["data"]), offset, limit, total, has_more)
    raise PaginationError(f"{op.name}: the list response holds no list of items")


def _read_response(op: _Operation, response: Any, offset: int, limit: int) -> _RawPage:
    """A page from a generated ``Response``: its parsed model if that fits, else its content."""
    parsed = response.parsed
    if isinstance(parsed, list):
        return _RawPage(parsed, offset, limit, None, None)
    data = getattr(parsed, "data", None)
    if isinstance(data, list) and not _wrapped(data):
        flat = {
            "total": getattr(parsed, "total", None),
            "has_more": getattr(parsed, "has_more", None),
        }
        extra = getattr(parsed, "additional_properties", None)
        nested = extra.get("pagination") if isinstance(extra, dict) else None
        return _RawPage(data, offset, limit, *_counters(flat, nested))
    return _read_body(op, response.content, offset, limit)


def _wrapped(items: list[Any]) -> bool:
    """Whether parsed items are aggregates that arrived wrapped as ``{lead, markers, ...}``."""
    first = items[0] if items else None
    if attrs.has(type(getattr(first, "lead", None))):
        return True
    extra = getattr(first, "additional_properties", None)
    return isinstance(extra, dict) and isinstance(extra.get("lead"), dict)


def _counters(flat: Mapping[str, Any], nested: Any) -> tuple[int | None, bool | None]:
    """``total`` and ``has_more`` from the envelope, or from its nested ``pagination`` object."""
    sources = [flat, nested] if isinstance(nested, Mapping) else [flat]
    total: int | None = None
    has_more: bool | None = None
    for source in sources:
        value = source.get("total")
        if total is None and isinstance(value, int) and not isinstance(value, bool):
            total = value
        flag = source.get("has_more")
        if has_more is None and isinstance(flag, bool):
            has_more = flag
    return total, has_more


def _type_items(op: _Operation, raw_items: list[Any]) -> list[Any]:
    """Turn raw items into the operation's item model (left as dicts when none is known)."""
    if op.item_parser is None:
        return raw_items
    if op.flatten_aggregates:
        raw_items = [_flatten_aggregate(item) for item in raw_items]
    try:
        return op.item_parser(raw_items)
    except _MODEL_MISMATCH as exc:
        raise PaginationError(
            f"{op.name}: an item does not match its model ({type(exc).__name__}: {exc})"
        ) from exc


def _flatten_aggregate(item: Any) -> Any:
    """``{lead: {...}, markers, flows, ...}`` as one object: the lead's fields next to the rest.

    GetSales returns contact aggregates wrapped like this or flat (the lead's own fields
    beside ``markers`` and ``flows``). Flattening gives every item the same shape, so
    ``item.uuid`` works whichever the server chose; ``lead`` is kept too, as a direct call of
    the same operation would show it.
    """
    if isinstance(item, dict) and isinstance(item.get("lead"), dict):
        return {**item["lead"], **item}
    return item


# --- de-duplication ----------------------------------------------------------------------


def _dedupe_key(dedupe: bool | DedupeKey) -> DedupeKey | None:
    if dedupe is False:
        return None
    if dedupe is True:
        return _uuid_of
    return dedupe


def _uuid_of(item: Any) -> Hashable | None:
    """The ``uuid`` of an item, or of the ``lead`` inside an aggregate item."""
    for candidate in (item, _field(item, "lead")):
        value = _field(candidate, "uuid")
        # A str or a UUID; never an unset or empty value (those are all falsy).
        if value and isinstance(value, Hashable):
            return str(value)
    return None


def _field(obj: Any, name: str) -> Any:
    if isinstance(obj, Mapping):
        return obj.get(name)
    return getattr(obj, name, None)


def _drop_seen(items: list[Any], key_of: DedupeKey, seen: set[Hashable]) -> list[Any]:
    kept = []
    for item in items:
        key = key_of(item)
        if key is not None:
            if key in seen:
                continue
            seen.add(key)
        kept.append(item)
    return kept


# --- resolving an operation ----------------------------------------------------------------


def _resolve_operation(operation: Any, kwargs: dict[str, Any]) -> _Operation:
    """Find the callable, where its paging goes, and how to type raw items.

    Fills in ``kwargs["body"]`` with an empty body model when a POST list was called
    without one (every field of those bodies is optional).
    """
    if isinstance(operation, types.ModuleType):
        module: types.ModuleType | None = operation
        call = getattr(operation, "asyncio_detailed", None)
        if not callable(call):
            raise TypeError(f"{operation.__name__} is not a generated endpoint module")
    elif callable(operation):
        call = operation
        module = sys.modules.get(getattr(operation, "__module__", "") or "")
    else:
        raise TypeError(
            f"paginate needs a generated endpoint module or function, got {operation!r}"
        )
    name = module.__name__ if module is not None else getattr(call, "__name__", "operation")
    name = name.rsplit(".", 1)[-1]
    params = inspect.signature(call).parameters

    if "limit" in params and "offset" in params:
        paging_in_body = False
    elif "body" in params:
        paging_in_body = True
        body = kwargs.get("body")
        if body is None:
            body_type = _attrs_class_in(_hints(call).get("body"))
            if body_type is None:
                raise TypeError(f"{name}: pass body=... (its type could not be determined)")
            body = kwargs["body"] = body_type()
        if not attrs.has(type(body)):
            raise TypeError(f"{name}: body must be the generated model, got {type(body).__name__}")
        names = {field.name for field in attrs.fields(type(body))}
        if not {"limit", "offset"} <= names:
            raise TypeError(f"{name}: the body has no limit/offset, so the operation is not a list")
    else:
        raise TypeError(f"{name} has no limit/offset paging, so it is not a list operation")

    item_model = _item_model(module, call)
    return _Operation(
        name=name,
        call=call,
        module=module,
        paging_in_body=paging_in_body,
        item_parser=_item_parser(item_model),
        flatten_aggregates=item_model is not None and attrs.has(item_model.item),
    )


def _hints(func: Any) -> dict[str, Any]:
    try:
        return typing.get_type_hints(func)
    except Exception:  # annotations that cannot be resolved: behave as unannotated
        return {}


def _union_members(annotation: Any) -> tuple[Any, ...]:
    origin = typing.get_origin(annotation)
    if origin is Union or origin is types.UnionType:
        return typing.get_args(annotation)
    return (annotation,)


def _attrs_class_in(annotation: Any) -> type[Any] | None:
    for member in _union_members(annotation):
        if isinstance(member, type) and attrs.has(member):
            return member
    return None


@attrs.frozen
class _ItemModel:
    """The models behind a list's items: ``envelope`` (None for a bare array) and ``item``."""

    envelope: Any
    item: Any


def _item_model(module: types.ModuleType | None, call: Any) -> _ItemModel | None:
    """Find the 200 model of a list operation and the model of its items, if derivable.

    The 200 model is read from the return annotation of the module's ``_parse_response``
    (or from the ``Response[...]`` the call returns): either an envelope model whose
    ``data`` is a list of items, or a ``list[Item]`` for operations that return bare arrays.
    """
    parse = getattr(module, "_parse_response", None)
    annotation = _hints(parse).get("return") if parse is not None else None
    if annotation is None:
        args = typing.get_args(_hints(call).get("return"))
        annotation = args[0] if args else None
    for member in _union_members(annotation):
        if isinstance(member, type) and attrs.has(member):
            envelope_hints = _model_hints(member)
            data = envelope_hints.get("data")
            for candidate in _union_members(data):
                if typing.get_origin(candidate) is list:
                    return _ItemModel(member, (typing.get_args(candidate) or (None,))[0])
            if "data" in {field.name for field in attrs.fields(member)}:
                return _ItemModel(member, None)
        if typing.get_origin(member) is list:
            return _ItemModel(None, (typing.get_args(member) or (None,))[0])
    return None


def _model_hints(model: type[Any]) -> dict[str, Any]:
    """Type hints of a generated model, whose annotations name models imported lazily."""
    package = model.__module__.rsplit(".", 1)[0]
    namespace = vars(sys.modules[package]) if package in sys.modules else {}
    try:
        return typing.get_type_hints(model, localns=dict(namespace))
    except Exception:
        return {}


def _item_parser(model: _ItemModel | None) -> Callable[[list[Any]], list[Any]] | None:
    """A function turning raw JSON items into typed items: the envelope's own ``from_dict``
    (which knows nested and nullable item types), else the item model's."""
    if model is None:
        return None
    if model.envelope is not None:
        envelope = model.envelope
        return lambda raw: list(envelope.from_dict({"data": raw}).data)
    item = model.item
    if isinstance(item, type) and hasattr(item, "from_dict"):
        return lambda raw: [item.from_dict(entry) for entry in raw]
    return None
