"""Storage primitives: ordered collections with cached views, ids and timestamps.

Records of a collection are kept in creation order, so the default order (``created_at``
descending) is a reversed walk; every other order or filter is computed once per change and
cached, which makes paging through a large list a matter of slicing.
"""

from __future__ import annotations

import random
from collections import OrderedDict
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from getsales_extras.testing.listing import Predicate, Record, sort_key


class Timestamps:
    """ISO-8601 UTC timestamps that never go backwards, even if the wall clock does.

    Creation order and ``created_at`` order therefore always agree.
    """

    def __init__(self) -> None:
        self._last = datetime(2000, 1, 1, tzinfo=UTC)

    def now(self) -> str:
        current = datetime.now(UTC)
        if current < self._last:
            current = self._last
        self._last = current
        return current.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class IdFactory:
    """Version-4-shaped UUIDs from a seeded generator, so runs with one seed repeat."""

    def __init__(self, seed: int) -> None:
        self._rng = random.Random(f"getsales-emulator-ids-{seed}")

    def new(self) -> str:
        h = f"{self._rng.getrandbits(128):032x}"
        variant = "89ab"[int(h[16], 16) & 3]
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{variant}{h[17:20]}-{h[20:32]}"


class Collection:
    """Records of one kind, by uuid, in creation order, with cached ordered views."""

    def __init__(self, key: str = "uuid", cache_size: int = 8) -> None:
        self.key = key
        self.records: dict[Any, Record] = {}
        self.version = 0
        self._views: OrderedDict[tuple[Any, ...], list[Record]] = OrderedDict()
        self._cache_size = cache_size

    def __len__(self) -> int:
        return len(self.records)

    def get(self, key: Any) -> Record | None:
        return self.records.get(key)

    def insert(self, record: Record) -> None:
        self.records[record[self.key]] = record
        self.version += 1

    def remove(self, key: Any) -> Record | None:
        record = self.records.pop(key, None)
        if record is not None:
            self.version += 1
        return record

    def changed(self) -> None:
        """Note that a record changed in place (cached orders may be stale)."""
        self.version += 1

    def clear(self) -> None:
        self.records.clear()
        self._views.clear()
        self.version += 1

    def view(
        self, order_field: str, order_type: str, conditions_key: str, predicate: Predicate | None
    ) -> list[Record]:
        """The records matching ``predicate`` in the requested order, cached per change."""
        cache_key = (self.version, order_field, order_type, conditions_key)
        cached = self._views.get(cache_key)
        if cached is not None:
            self._views.move_to_end(cache_key)
            return cached
        records: Iterable[Record]
        if order_field == "created_at":
            # Creation order is created_at order; ties keep creation order.
            if order_type == "asc":
                records = self.records.values()
            else:
                records = reversed(self.records.values())
            ordered = [r for r in records if predicate(r)] if predicate else list(records)
        else:
            base = list(self.records.values())
            if order_type == "desc":
                base.reverse()
            if predicate is not None:
                base = [r for r in base if predicate(r)]
            if order_field == "updated_at":

                def key(r: Record) -> tuple[int, Any]:
                    return sort_key(r.get("updated_at") or r.get("created_at"))
            else:

                def key(r: Record) -> tuple[int, Any]:
                    return sort_key(r.get(order_field))

            ordered = sorted(base, key=key, reverse=order_type == "desc")
        self._views[cache_key] = ordered
        while len(self._views) > self._cache_size:
            self._views.popitem(last=False)
        return ordered
