"""What the emulator reads from the API description instead of restating it: routes and the
read-only mark from the generated operation index (an unknown path answers 404, another method
405); default answers, enum fields, request bodies and paging rules from the description the
client was generated from (``getsales_client/api_description.json``, overlay applied).
"""

from __future__ import annotations

import copy
import functools
import json
from importlib import resources
from typing import Any, NamedTuple

from starlette.routing import compile_path

from getsales_client.operation_index import OPERATIONS, Operation

EnumPath = tuple[str, ...]


class RouteMatch(NamedTuple):
    """An operation and its path parameters, or the status of a path that has none."""

    template: str
    operation: Operation | None = None
    params: dict[str, str] = {}  # noqa: RUF012 (never changed)
    status: int = 200


# Every operation of the index; a literal segment wins over a parameter
# (``/leads/api/leads/mass-action`` is not a contact uuid).
_ROUTES = [
    (op, compile_path(op.path)[0])
    for op in sorted(OPERATIONS.values(), key=lambda op: [s[:1] == "{" for s in op.path.split("/")])
]


def match_route(method: str, path: str) -> RouteMatch:
    """The operation for ``method path``, else the template of another method (405) or 404."""
    other = None
    for op, pattern in _ROUTES:
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


def _resolve(node: Any) -> dict[str, Any]:
    """``node`` with its ``$ref`` followed (``{}`` for what is not an object)."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = _load_spec()
        for part in str(node["$ref"]).lstrip("#/").split("/"):
            target = target.get(part, {}) if isinstance(target, dict) else {}
        node = target
    return node if isinstance(node, dict) else {}


def _json_media(owner: Any) -> dict[str, Any]:
    """The ``application/json`` content of a request body or a response."""
    return _resolve((_resolve(owner).get("content") or {}).get("application/json"))


def _operation(op: Operation) -> dict[str, Any]:
    return _resolve((_load_spec().get("paths") or {}).get(op.path, {}).get(op.method.lower()))


def _enum_paths(schema: Any, depth: int = 0) -> list[EnumPath]:
    """Where a schema holds enum fields, following composition, arrays and the unwrap mark."""
    node = _resolve(schema)
    if "enum" in node:
        return [()]
    if depth > 8:
        return []
    paths: list[EnumPath] = []
    for key in ("allOf", "oneOf", "anyOf"):
        for part in node.get(key) or []:
            paths += _enum_paths(part, depth + 1)
    if "items" in node:
        paths += [("*", *p) for p in _enum_paths(node["items"], depth + 1)]
    for name, prop in (node.get("properties") or {}).items():
        paths += [(name, *p) for p in _enum_paths(prop, depth + 1)]
    wrapper = node.get("x-getsales-unwrap")
    if isinstance(wrapper, str):
        paths += [(wrapper, *p) for p in paths if p and p[0] != wrapper]
    return [p for p in dict.fromkeys(paths) if p]


@functools.cache
def spec_answers() -> dict[str, SpecAnswer]:
    """Per operation (by python name): the success example and the enum fields."""
    if not _load_spec():
        return {}
    answers: dict[str, SpecAnswer] = {}
    for op in OPERATIONS.values():
        responses = _operation(op).get("responses") or {}
        media = _json_media(responses.get(str(op.success_status)))
        schema = _resolve(media.get("schema"))
        examples = [_resolve(e).get("value") for e in (media.get("examples") or {}).values()]
        candidates = [media["example"]] if "example" in media else examples
        if not candidates and "example" in schema:
            candidates = [schema["example"]]
        answers[op.python_name] = SpecAnswer(
            example=candidates[0] if candidates else None,
            has_example=bool(candidates) or op.success_body is None,
            enum_paths=tuple(_enum_paths(schema)),
        )
    return answers


@functools.cache
def request_schema(python_name: str) -> dict[str, Any]:
    """The schema of an operation's JSON request body (``{}`` without one)."""
    body = _operation(OPERATIONS[python_name]).get("requestBody")
    return _resolve(_json_media(body).get("schema"))


@functools.cache
def paging_rule(python_name: str, name: str) -> dict[str, Any]:
    """The schema of an operation's paging value ``name`` (``limit``, ``offset``...): its query
    parameter of that name (its own or its path's), else its JSON body's property."""
    op = OPERATIONS[python_name]
    path_item = _resolve((_load_spec().get("paths") or {}).get(op.path))
    parameters = [*(_operation(op).get("parameters") or []), *path_item.get("parameters", [])]
    for parameter in map(_resolve, parameters):
        if parameter.get("name") == name and parameter.get("in") == "query":
            return _resolve(parameter.get("schema"))
    body = request_schema(python_name)
    for member in [body, *(_resolve(m) for m in body.get("allOf", []))]:
        if name in (member.get("properties") or {}):
            return _resolve(member["properties"][name])
    return {}


def spec_example(python_name: str) -> dict[str, Any]:
    """A copy of an operation's success example (``{}`` without one)."""
    example = spec_answers()[python_name].example if spec_answers() else None
    return copy.deepcopy(example) if isinstance(example, dict) else {}


@functools.cache
def schema_properties(schema_name: str) -> dict[str, dict[str, Any]]:
    """The properties a component schema declares, each with its rules (``type``, ``format``)."""
    schema = (_load_spec().get("components") or {}).get("schemas", {}).get(schema_name, {})
    return dict(schema.get("properties") or {})


@functools.cache
def empty_object(schema_name: str) -> dict[str, Any]:
    """Every property the spec declares for a component schema, empty: arrays ``[]``,
    objects ``{}``, the rest ``null`` (stored records are rendered over it)."""
    empty: dict[str, Any] = {"array": [], "object": {}}
    declared = schema_properties(schema_name)
    return {name: empty.get(str(rule.get("type"))) for name, rule in declared.items()}


@functools.cache
def error_reasons() -> dict[int, tuple[str, str]]:
    """The ``reason`` and summary ``message`` of each error status the spec shows an answer of."""
    reasons = {}
    for response in ((_load_spec().get("components") or {}).get("responses") or {}).values():
        example = _json_media(response).get("example") or {}
        if isinstance(example.get("code"), int) and isinstance(example.get("error"), dict):
            reasons[example["code"]] = (str(example["error"]["reason"]), str(example["message"]))
    return reasons


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
