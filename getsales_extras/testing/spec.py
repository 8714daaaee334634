"""What the emulator learns from the API description instead of restating it.

- Routes, methods and the read-only mark of each operation come from the generated
  operation index (``getsales_client.operation_index``): a path the API does not have
  answers 404, a real path with another method 405.
- The default answer of an operation the emulator keeps no state for is the success example
  of the API description the client was generated from (``getsales_client/api_description.json``:
  the vendor's bundle with our overlay applied); without one it answers 501 ``not_emulated``.
- The enum fields of each success answer (for the unknown-enum fault) are read from the
  success schema, following ``$ref``, ``allOf``/``oneOf``/``anyOf``, arrays and the
  ``x-getsales-unwrap`` wrapper.
"""

from __future__ import annotations

import copy
import functools
import json
import re
from importlib import resources
from typing import Any, NamedTuple

from getsales_client.operation_index import OPERATIONS, Operation

_PARAM = re.compile(r"\{(\w+)\}")
EnumPath = tuple[str, ...]


class RouteMatch(NamedTuple):
    """An operation and its path parameters, or the status of a path that has none."""

    template: str
    operation: Operation | None = None
    params: dict[str, str] = {}  # noqa: RUF012 (never changed)
    status: int = 200


def _pattern(template: str) -> re.Pattern[str]:
    parts = []
    for segment in template.split("/"):
        param = _PARAM.fullmatch(segment)
        parts.append(f"(?P<{param.group(1)}>[^/]+)" if param else re.escape(segment))
    return re.compile("/".join(parts))


class Routes:
    """Every operation of the index, matched by method and path; a literal segment wins
    over a parameter (``/leads/api/leads/mass-action`` is not a contact uuid)."""

    def __init__(self) -> None:
        ranked = sorted(
            OPERATIONS.values(), key=lambda op: [s.startswith("{") for s in op.path.split("/")]
        )
        self._routes = [(op, _pattern(op.path)) for op in ranked]

    def match(self, method: str, path: str) -> RouteMatch:
        other = None
        for op, pattern in self._routes:
            found = pattern.fullmatch(path)
            if found is None:
                continue
            if op.method == method:
                return RouteMatch(op.path, op, found.groupdict())
            other = other or op.path
        if other is not None:
            return RouteMatch(other, status=405)
        return RouteMatch(path, status=404)


class SpecAnswer(NamedTuple):
    """What the spec says an operation's success answer looks like."""

    example: Any
    has_example: bool
    enum_paths: tuple[EnumPath, ...]


@functools.cache
def _load_spec() -> dict[str, Any]:
    """The description shipped with the generated package ({} for a package without one)."""
    try:
        text = (
            resources.files("getsales_client")
            .joinpath("api_description.json")
            .read_text(encoding="utf-8")
        )
    except FileNotFoundError:
        return {}
    loaded = json.loads(text)
    return loaded if isinstance(loaded, dict) else {}


@functools.cache
def spec_answers() -> dict[str, SpecAnswer]:
    """Per operation (by python name): the success example and the enum fields."""
    spec = _load_spec()
    if not spec:
        return {}

    def resolve(node: Any) -> dict[str, Any]:
        while isinstance(node, dict) and "$ref" in node:
            target: Any = spec
            for part in str(node["$ref"]).lstrip("#/").split("/"):
                target = target.get(part, {}) if isinstance(target, dict) else {}
            node = target
        return node if isinstance(node, dict) else {}

    def enum_paths(schema: Any, depth: int = 0) -> list[EnumPath]:
        node = resolve(schema)
        if "enum" in node:
            return [()]
        if depth > 8:
            return []
        paths: list[EnumPath] = []
        for key in ("allOf", "oneOf", "anyOf"):
            for part in node.get(key) or []:
                paths += enum_paths(part, depth + 1)
        if "items" in node:
            paths += [("*", *p) for p in enum_paths(node["items"], depth + 1)]
        for name, prop in (node.get("properties") or {}).items():
            paths += [(name, *p) for p in enum_paths(prop, depth + 1)]
        wrapper = node.get("x-getsales-unwrap")
        if isinstance(wrapper, str):
            paths += [(wrapper, *p) for p in paths if p and p[0] != wrapper]
        return [p for p in dict.fromkeys(paths) if p]

    answers: dict[str, SpecAnswer] = {}
    for op in OPERATIONS.values():
        operation = resolve((spec.get("paths") or {}).get(op.path, {}).get(op.method.lower()))
        response = resolve((operation.get("responses") or {}).get(str(op.success_status)))
        media = resolve((response.get("content") or {}).get("application/json"))
        schema = resolve(media.get("schema"))
        examples = [resolve(e).get("value") for e in (media.get("examples") or {}).values()]
        candidates = [media["example"]] if "example" in media else examples
        if not candidates and "example" in schema:
            candidates = [schema["example"]]
        answers[op.python_name] = SpecAnswer(
            example=candidates[0] if candidates else None,
            has_example=bool(candidates) or op.success_body is None,
            enum_paths=tuple(enum_paths(schema)),
        )
    return answers


def spec_example(python_name: str) -> dict[str, Any]:
    """A copy of an operation's success example (``{}`` without one)."""
    example = spec_answers()[python_name].example if spec_answers() else None
    return copy.deepcopy(example) if isinstance(example, dict) else {}


def _properties(schema_name: str) -> dict[str, Any]:
    schema = (_load_spec().get("components") or {}).get("schemas", {}).get(schema_name, {})
    return dict(schema.get("properties") or {})


@functools.cache
def property_types(schema_name: str) -> dict[str, str]:
    """The declared ``type`` of each property of a component schema."""
    return {name: str(prop.get("type")) for name, prop in _properties(schema_name).items()}


@functools.cache
def empty_object(schema_name: str) -> dict[str, Any]:
    """Every property the spec declares for a component schema, empty: arrays ``[]``,
    objects ``{}``, the rest ``null`` (stored records are rendered over it)."""
    empty: dict[str, Any] = {"array": [], "object": {}}
    return {name: empty.get(kind) for name, kind in property_types(schema_name).items()}


def enum_values(schema_name: str, prop: str) -> frozenset[str]:
    """The values the spec lists for one property of a component schema (empty: any)."""
    return frozenset(_properties(schema_name).get(prop, {}).get("enum") or ())


def replace_enums(body: Any, paths: tuple[EnumPath, ...], value: str) -> int:
    """Put ``value`` in every enum field of ``body`` that holds a text; returns how many."""

    def apply(node: Any, path: EnumPath) -> int:
        if not path:
            return 0
        head, rest = path[0], path[1:]
        if head == "*":
            return sum(apply(item, path[1:]) for item in node) if isinstance(node, list) else 0
        if not isinstance(node, dict) or head not in node:
            return 0
        if rest:
            return apply(node[head], rest)
        if isinstance(node[head], str):
            node[head] = value
            return 1
        return 0

    return sum(apply(body, path) for path in paths)
