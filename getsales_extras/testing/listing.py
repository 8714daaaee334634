"""Paging, sorting and filtering, the way GetSales list endpoints take them.

Every list accepts ``limit`` (1 to 100, default 20), ``offset`` (default 0), ``order_field``
(default ``created_at``) and ``order_type`` (``asc`` or ``desc``, default ``desc``); GET
lists read them from the query string, POST lists (search, companies) from the JSON body.
Filters map a field to a condition: a scalar means equality, an array means "one of",
``"is_null"`` / ``"is_not_null"`` test for absence, and an object applies operators
(``{">=": "2025-01-01"}``). ``q`` is a case-insensitive text search over a resource's
text fields.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from getsales_extras.testing.errors import FieldErrors, ValidationFailed

Record = dict[str, Any]
Predicate = Callable[[Record], bool]


@dataclass(frozen=True)
class PageRequest:
    """The paging part of a list request, already checked."""

    limit: int
    offset: int
    order_field: str
    order_type: str


@dataclass
class Page:
    """One page of a list: the items already rendered, and the numbers around them."""

    items: list[Any]
    limit: int
    offset: int
    total: int

    @property
    def has_more(self) -> bool:
        return self.offset + len(self.items) < self.total


def parse_page_request(
    source: Mapping[str, Any],
    *,
    sortable: frozenset[str],
    default_limit: int,
    max_limit: int,
    errors: FieldErrors | None = None,
) -> PageRequest:
    """Read and check ``limit``, ``offset``, ``order_field`` and ``order_type``.

    ``source`` is the query string (values are strings) or the JSON body. Problems become
    422 field errors, collected into ``errors`` when given, raised at once otherwise.
    """
    own = errors is None
    problems = FieldErrors() if errors is None else errors
    limit = _read_int(source.get("limit"), "limit", default_limit, problems)
    if limit is not None and limit < 1:
        problems.add("limit", "The limit must be at least 1.")
    elif limit is not None and limit > max_limit:
        problems.add("limit", f"The limit may not be greater than {max_limit}.")
    offset = _read_int(source.get("offset"), "offset", 0, problems)
    if offset is not None and offset < 0:
        problems.add("offset", "The offset must be at least 0.")
    order_field = source.get("order_field")
    if order_field is None or order_field == "":
        order_field = "created_at"
    if not isinstance(order_field, str) or order_field not in sortable:
        problems.add("order_field", "The selected order field is invalid.")
        order_field = "created_at"
    order_type = source.get("order_type")
    if order_type is None or order_type == "":
        order_type = "desc"
    if not isinstance(order_type, str) or order_type.lower() not in ("asc", "desc"):
        problems.add("order_type", "The order type must be asc or desc.")
        order_type = "desc"
    if own:
        problems.raise_if_any()
    return PageRequest(
        limit=limit if limit is not None else default_limit,
        offset=offset if offset is not None else 0,
        order_field=order_field,
        order_type=order_type.lower(),
    )


def _read_int(value: Any, name: str, default: int, errors: FieldErrors) -> int | None:
    if value is None or value == "":
        return default
    if isinstance(value, bool):
        errors.add(name, f"The {name} must be an integer.")
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    errors.add(name, f"The {name} must be an integer.")
    return None


def query_filter(query: Sequence[tuple[str, str]]) -> dict[str, Any]:
    """Collect a filter from query parameters.

    Accepts ``filter[name]=x``, ``filter[uuid][]=a&filter[uuid][]=b`` (one of),
    ``filter[created_at][>=]=2025-01-01`` (operator) and ``filter={"name": "x"}`` (JSON).
    """
    result: dict[str, Any] = {}
    for key, value in query:
        if key == "filter":
            try:
                parsed = json.loads(value)
            except ValueError as exc:
                raise ValidationFailed({"filter": ["The filter must be valid JSON."]}) from exc
            if not isinstance(parsed, dict):
                raise ValidationFailed({"filter": ["The filter must be an object."]})
            result.update(parsed)
            continue
        if not key.startswith("filter[") or not key.endswith("]"):
            continue
        parts = key[len("filter[") : -1].split("][")
        name = parts[0]
        if len(parts) == 1:
            result[name] = value
        elif parts[1] == "" or parts[1].isdigit():
            existing = result.get(name)
            if not isinstance(existing, list):
                existing = []
                result[name] = existing
            existing.append(value)
        else:
            existing_ops = result.get(name)
            if not isinstance(existing_ops, dict):
                existing_ops = {}
                result[name] = existing_ops
            existing_ops[parts[1]] = value
    return result


def body_filter(body: Mapping[str, Any]) -> dict[str, Any]:
    """The ``filter`` object of a POST list body (absent or null means no filter)."""
    value = body.get("filter")
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValidationFailed({"filter": ["The filter must be an object."]})
    return value


def filter_key(conditions: Mapping[str, Any]) -> str:
    """A stable string for a filter, used to cache its result."""
    return json.dumps(conditions, sort_keys=True, default=str)


def text_matcher(needle: str, fields: Iterable[str]) -> Predicate:
    """Case-insensitive substring search over several text fields."""
    folded = needle.casefold()
    names = tuple(fields)

    def match(record: Record) -> bool:
        for name in names:
            value = record.get(name)
            if isinstance(value, str) and folded in value.casefold():
                return True
        return False

    return match


def field_matcher(name: str, condition: Any) -> Predicate:
    """A predicate for one ``field: condition`` pair of a filter."""
    if condition == "is_null":
        return lambda record: record.get(name) in (None, "", [])
    if condition == "is_not_null":
        return lambda record: record.get(name) not in (None, "", [])
    if isinstance(condition, list):
        wanted = {_normal(v) for v in condition}

        def one_of(record: Record) -> bool:
            value = record.get(name)
            if isinstance(value, list):
                return any(_normal(v) in wanted for v in value)
            return _normal(value) in wanted

        return one_of
    if isinstance(condition, dict):
        checks = [_operator(op, operand) for op, operand in condition.items()]
        return lambda record: all(check(record.get(name)) for check in checks)

    expected = _normal(condition)

    def equals(record: Record) -> bool:
        value = record.get(name)
        if isinstance(value, list):
            return expected in {_normal(v) for v in value}
        return bool(_normal(value) == expected)

    return equals


def _normal(value: Any) -> Any:
    """Compare loosely: query strings carry ``"1"`` where JSON carries ``1``."""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return value.casefold()
    return value


def _operator(op: str, operand: Any) -> Callable[[Any], bool]:
    op = op.lower()
    if op in ("=", "eq"):
        return lambda v: _normal(v) == _normal(operand)
    if op in ("!=", "<>", "ne"):
        return lambda v: _normal(v) != _normal(operand)
    if op in ("in",) and isinstance(operand, list):
        wanted = {_normal(x) for x in operand}
        return lambda v: _normal(v) in wanted
    if op in ("not_in", "nin") and isinstance(operand, list):
        unwanted = {_normal(x) for x in operand}
        return lambda v: _normal(v) not in unwanted
    if op == "like" and isinstance(operand, str):
        needle = operand.replace("%", "").casefold()
        return lambda v: isinstance(v, str) and needle in v.casefold()
    if op in (">", ">=", "<", "<="):
        return lambda v: _compare(v, op, operand)
    raise ValidationFailed({"filter": [f"Unsupported filter operator {op!r}."]})


def _compare(value: Any, op: str, operand: Any) -> bool:
    if value is None:
        return False
    left, right = sort_key(value), sort_key(operand)
    if op == ">":
        return left > right
    if op == ">=":
        return left >= right
    if op == "<":
        return left < right
    return left <= right


def sort_key(value: Any) -> tuple[int, Any]:
    """A total order over the values a field can hold: numbers, then text, then null."""
    if value is None:
        return (2, "")
    if isinstance(value, bool):
        return (0, int(value))
    if isinstance(value, int | float):
        return (0, value)
    if isinstance(value, str):
        return (1, value.casefold())
    return (1, json.dumps(value, sort_keys=True, default=str))


def build_predicate(
    conditions: Mapping[str, Any],
    *,
    text_fields: Sequence[str],
    special: Mapping[str, Callable[[Any], Predicate]] | None = None,
) -> Predicate | None:
    """Combine a whole filter into one predicate (``None`` when it filters nothing)."""
    checks: list[Predicate] = []
    for name, condition in conditions.items():
        if condition is None:
            continue
        if special and name in special:
            checks.append(special[name](condition))
        elif name == "q":
            if not isinstance(condition, str):
                raise ValidationFailed({"filter.q": ["The q filter must be a string."]})
            if condition:
                checks.append(text_matcher(condition, text_fields))
        else:
            checks.append(field_matcher(name, condition))
    if not checks:
        return None
    if len(checks) == 1:
        return checks[0]
    return lambda record: all(check(record) for check in checks)
