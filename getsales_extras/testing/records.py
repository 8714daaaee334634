"""Storage for the emulator's data: ordered collections, identifiers, timestamps, paging.

Records are plain dicts kept in creation order, so the default order (``created_at``
descending) is a reversed walk; any other order or filter is computed once per change and
cached, which makes paging through a large list a slice. Paging reads ``limit``, ``offset``,
``order_field`` and ``order_type`` by each operation's own rules in the spec (``paging_rule``),
from the query of GET lists and the body of POST lists; a filter maps a field to a value or to
any of values.
"""

from __future__ import annotations

import random
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, datetime
from typing import Any

from getsales_extras.testing.config import EmulatorConfig
from getsales_extras.testing.errors import FieldErrors, invalid, not_found
from getsales_extras.testing.spec import paging_rule

Record = dict[str, Any]
Predicate = Callable[[Record], bool]
# The keys an incoming contact is matched by, in the documented order.
LEAD_IDENTITY_KEYS = tuple("ln_member_id ln_id sn_id linkedin work_email personal_email".split())
LEAD_IDENTITY_KEYS += ("name_company",)


def _sort_key(value: Any) -> tuple[int, Any]:
    """A total order: numbers, then text (case-insensitive), then null."""
    if value is None:
        return (2, "")
    return (0, value) if isinstance(value, int | float) else (1, str(value).casefold())


class Collection(dict[str, Record]):
    """Records of one kind by uuid, in creation order, with cached ordered views."""

    def __init__(self) -> None:
        super().__init__()
        self._version = 0
        self._views: OrderedDict[tuple[Any, ...], list[Record]] = OrderedDict()

    @property
    def records(self) -> dict[str, Record]:
        return self

    def insert(self, record: Record) -> None:
        self[record["uuid"]] = record
        self.changed()

    def remove(self, key: str) -> Record | None:
        self.changed()
        return self.pop(key, None)

    def changed(self) -> None:
        """A record changed in place: cached orders may be stale."""
        self._version += 1

    def view(
        self, order: tuple[str, str], filter_key: str, match: Predicate | None
    ) -> list[Record]:
        """The records matching ``match`` in ``(field, asc|desc)`` order, cached per change."""
        key = (self._version, *order, filter_key)
        if key not in self._views:
            field, direction = order
            records: Iterable[Record] = self.values()
            if direction == "desc":
                records = reversed(self.values())
            ordered = [r for r in records if match(r)] if match else list(records)
            if field != "created_at":  # creation order is created_at order
                ordered.sort(
                    key=lambda r: _sort_key(r.get(field, r.get("created_at"))),
                    reverse=direction == "desc",
                )
            self._views[key] = ordered
            while len(self._views) > 8:
                self._views.popitem(last=False)
        return self._views[key]


def _read_int(operation: str, source: Mapping[str, Any], name: str, errors: FieldErrors) -> int:
    """A paging number, with the default and the range the operation's spec gives it."""
    rule = paging_rule(operation, name)
    value, low, high = source.get(name), rule.get("minimum", 0), rule.get("maximum")
    try:
        number = int(rule.get("default", 0) if value is None or value == "" else value)
    except (TypeError, ValueError):
        errors.add(name, f"The {name} must be an integer.")
        return int(rule.get("default", 0))
    if number < low or (high is not None and number > high):
        errors.add(name, f"The {name} must be between {low} and {high or 'any number'}.")
    return number


def _matcher(name: str, wanted: Any, text_fields: tuple[str, ...]) -> Predicate:
    if name == "q":
        needle = str(wanted).casefold()
        return lambda r: any(needle in str(r.get(f) or "").casefold() for f in text_fields)
    options = {str(v).casefold() for v in (wanted if isinstance(wanted, list) else [wanted])}

    def match(record: Record) -> bool:
        value = record.get(name)
        values = value if isinstance(value, list) else [value]
        return any(str(v).casefold() in options for v in values if v is not None)

    return match


class StoreState:
    """One team's collections and the helpers every resource uses; public methods take the
    lock (the server thread and test code use the store at once)."""

    def __init__(self, config: EmulatorConfig) -> None:
        self.lock = threading.RLock()
        self.config = config
        self.reset()

    def reset(self) -> None:
        """Drop all data; identifiers start over from the configured seed."""
        with self.lock:
            self._rng = random.Random(f"getsales-emulator-ids-{self.config.seed}")
            self._last = datetime(2000, 1, 1, tzinfo=UTC)
            self.leads, self.lists, self.webhooks = Collection(), Collection(), Collection()
            self.lead_index: dict[str, dict[str, str]] = {k: {} for k in LEAD_IDENTITY_KEYS}
            self.seed_batches = 0

    @property
    def team_id(self) -> int:
        return self.config.team_id

    def new_id(self) -> str:
        """A version-4-shaped UUID from the seeded generator, so runs with one seed repeat."""
        h = f"{self._rng.getrandbits(128):032x}"
        variant = "89ab"[int(h[16], 16) & 3]
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{variant}{h[17:20]}-{h[20:32]}"

    def now(self) -> str:
        """An ISO-8601 UTC timestamp that never goes backwards (creation order is time order)."""
        self._last = max(datetime.now(UTC), self._last)
        return self._last.strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def existing(
        self, collection: Collection, uuid: str, kind: str, *, remove: bool = False
    ) -> Record:
        """The record ``uuid`` (taken out of ``collection`` when ``remove``), or a 404."""
        record = collection.get(uuid)
        if record is None:
            raise not_found(kind)
        return collection.remove(uuid) or record if remove else record

    def stamp(self, record: Record) -> Record:
        record["created_at"] = record["updated_at"] = self.now()
        return record

    def page(
        self,
        operation: str,
        collection: Collection,
        source: Mapping[str, Any],
        conditions: Mapping[str, Any],
        render: Callable[[Record], Any],
        *,
        sortable: frozenset[str] = frozenset(),
        text_fields: tuple[str, ...] = ("name",),
    ) -> Record:
        """One page of ``collection`` as ``source`` (query or body) asks for it, by the paging
        rules of ``operation`` (a generated module's name), in the documented envelope."""
        errors = FieldErrors()
        limit = _read_int(operation, source, "limit", errors)
        offset = _read_int(operation, source, "offset", errors)
        field = str(source.get("order_field") or "created_at")
        if field not in sortable | {"created_at", "updated_at", "uuid", "name"}:
            errors.add("order_field", "The selected order field is invalid.")
        default_direction = paging_rule(operation, "order_type").get("default", "desc")
        direction = str(source.get("order_type") or default_direction).lower()
        if direction not in ("asc", "desc"):
            errors.add("order_type", "The order type must be asc or desc.")
        errors.raise_if_any()
        with self.lock:
            ordered = self._matching(collection, conditions, text_fields, (field, direction))
            items = [render(r) for r in ordered[offset : offset + limit]]
        more = offset + len(items) < len(ordered)
        paging = {"limit": limit, "offset": offset, "total": len(ordered)}
        return {"data": items, **paging, "has_more": more}

    def count(
        self, collection: Collection, conditions: Mapping[str, Any], text_fields: tuple[str, ...]
    ) -> int:
        """How many records of ``collection`` a page with these ``conditions`` would hold."""
        with self.lock:
            return len(self._matching(collection, conditions, text_fields, ("created_at", "desc")))

    @staticmethod
    def _matching(
        collection: Collection,
        conditions: Mapping[str, Any],
        text_fields: tuple[str, ...],
        order: tuple[str, str],
    ) -> list[Record]:
        checks = [_matcher(k, v, text_fields) for k, v in conditions.items() if v is not None]
        wanted = (lambda r: all(c(r) for c in checks)) if checks else None
        return collection.view(order, repr(sorted(conditions.items())), wanted)


def query_filter(query: Iterable[tuple[str, str]]) -> dict[str, Any]:
    """``filter[name]=x`` query parameters as a filter (``filter[uuid][]`` repeats)."""
    result: dict[str, Any] = {}
    for key, value in query:
        if key.startswith("filter[") and key.endswith("]"):
            name = key[len("filter[") :].split("]")[0]
            if key.endswith("[]"):
                result.setdefault(name, []).append(value)
            else:
                result[name] = value
    return result


def body_filter(body: Mapping[str, Any]) -> dict[str, Any]:
    """The ``filter`` object of a POST list body (absent or null: no filter)."""
    value = body.get("filter")
    if value is not None and not isinstance(value, dict):
        raise invalid("filter", "The filter must be an object.")
    return value or {}
