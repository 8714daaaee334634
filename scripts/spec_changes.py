"""What changes between two versions of the API bundle, and which changes break client code.

A maintainer runs this before regenerating from a newer upstream bundle: it lists operations
added, removed and changed, and marks as breaking every change that can break code written
against the current generated client or its users' expectations:

- an operation removed, or its operationId changed (the generated function is renamed);
- a new required parameter or request-body field, or an optional one becoming required;
- a parameter, request-body field or response field removed (deepObject keys count as parameters);
- a changed type or format anywhere (the Python type of an argument or attribute changes);
- an enum value removed anywhere (the enum member disappears).

Additions (operations, optional parameters and fields, response fields, enum values) are listed
as non-breaking changes. `$ref`s are followed on both sides, so a change inside a shared
component shows under every operation that uses it.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from scripts.normalize_spec import load, operations


@dataclass(frozen=True)
class Change:
    """One difference inside an operation."""

    where: str
    detail: str
    breaking: bool


@dataclass
class Comparison:
    """The differences between two bundles, operation by operation."""

    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, list[Change]] = field(default_factory=dict)

    @property
    def breaking(self) -> list[str]:
        """One line per breaking change (removed operations included)."""
        lines = [f"{operation}: operation removed" for operation in self.removed]
        for operation, changes in self.changed.items():
            lines += [f"{operation}: {c.where}: {c.detail}" for c in changes if c.breaking]
        return lines


class _Document:
    """One bundle, with `$ref` resolution."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec

    def resolve(self, node: Any) -> tuple[Any, str | None]:
        """The node a chain of local `$ref`s leads to, and the last reference followed."""
        last: str | None = None
        seen: set[str] = set()
        while isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen or not ref.startswith("#/"):
                break
            seen.add(ref)
            last = ref
            target: Any = self.spec
            for part in ref[2:].split("/"):
                part = part.replace("~1", "/").replace("~0", "~")
                target = target.get(part) if isinstance(target, dict) else None
            node = target
        return node, last

    def operations(self) -> dict[tuple[str, str], dict[str, Any]]:
        found: dict[tuple[str, str], dict[str, Any]] = {}
        for path, method, operation in operations(self.spec):
            merged = dict(operation)
            merged["parameters"] = self._parameters(self.spec["paths"][path], operation)
            found[(method.upper(), path)] = merged
        return found

    def _parameters(
        self, item: dict[str, Any], operation: dict[str, Any]
    ) -> dict[tuple[str, str], dict[str, Any]]:
        """The operation's parameters by (location, name), path-level ones included."""
        params: dict[tuple[str, str], dict[str, Any]] = {}
        for raw in [*(item.get("parameters") or []), *(operation.get("parameters") or [])]:
            param, _ = self.resolve(raw)
            if isinstance(param, dict) and "name" in param:
                params[(str(param.get("in")), str(param["name"]))] = param
        return params


def _label(key: tuple[str, str], operation: dict[str, Any]) -> str:
    method, path = key
    operation_id = operation.get("operationId")
    return f"{method} {path}" + (f" ({operation_id})" if operation_id else "")


def _type_of(schema: dict[str, Any]) -> str | None:
    kind = schema.get("type")
    if kind is None:
        if isinstance(schema.get("properties"), dict):
            kind = "object"
        elif isinstance(schema.get("items"), dict):
            kind = "array"
    if kind is None:
        return None
    fmt = schema.get("format")
    return f"{kind}({fmt})" if fmt else str(kind)


class _SchemaComparer:
    """Compares two schemas; `request` says whether values flow from the client to the server."""

    def __init__(self, old: _Document, new: _Document) -> None:
        self.old = old
        self.new = new
        self._active: set[tuple[str | None, str | None, bool]] = set()

    def _flatten(self, doc: _Document, node: Any) -> tuple[dict[str, Any], str | None]:
        """The schema with single-member compositions and allOf members merged in."""
        schema, ref = doc.resolve(node)
        if not isinstance(schema, dict):
            return {}, ref
        all_of = schema.get("allOf")
        members = [m for k in ("anyOf", "oneOf") for m in (schema.get(k) or [])]
        if isinstance(all_of, list) and all_of:
            merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
            properties: dict[str, Any] = dict(merged.get("properties") or {})
            required = list(merged.get("required") or [])
            for member in all_of:
                part, _ = self._flatten(doc, member)
                properties.update(part.get("properties") or {})
                required += list(part.get("required") or [])
                for key in ("type", "format", "enum", "items"):
                    if key in part and key not in merged:
                        merged[key] = part[key]
            if properties:
                merged["properties"] = properties
            if required:
                merged["required"] = required
            return merged, ref
        if len(members) == 1 and not schema.get("properties"):
            inner, inner_ref = self._flatten(doc, members[0])
            return inner, inner_ref or ref
        return schema, ref

    def compare(self, old_node: Any, new_node: Any, where: str, request: bool) -> Iterator[Change]:
        old, old_ref = self._flatten(self.old, old_node)
        new, new_ref = self._flatten(self.new, new_node)
        key = (old_ref, new_ref, request)
        if old_ref is not None and new_ref is not None:
            if key in self._active:
                return  # a recursive structure: already being compared further up
            self._active.add(key)
        try:
            yield from self._compare_flat(old, new, where, request)
        finally:
            self._active.discard(key)

    def _compare_flat(
        self, old: dict[str, Any], new: dict[str, Any], where: str, request: bool
    ) -> Iterator[Change]:
        old_type, new_type = _type_of(old), _type_of(new)
        if old_type and new_type and old_type != new_type:
            yield Change(where, f"type changed from {old_type} to {new_type}", True)
            return
        yield from self._compare_enums(old, new, where)
        old_props = old.get("properties") or {}
        new_props = new.get("properties") or {}
        old_required = set(old.get("required") or [])
        new_required = set(new.get("required") or [])
        for name in old_props:
            if name not in new_props:
                yield Change(f"{where}.{name}", "field removed", True)
        for name in new_props:
            if name not in old_props:
                if request and name in new_required:
                    yield Change(f"{where}.{name}", "new required field", True)
                else:
                    yield Change(f"{where}.{name}", "field added", False)
            else:
                if request and name in new_required and name not in old_required:
                    yield Change(f"{where}.{name}", "field became required", True)
                yield from self.compare(
                    old_props[name], new_props[name], f"{where}.{name}", request
                )
        if isinstance(old.get("items"), dict) and isinstance(new.get("items"), dict):
            yield from self.compare(old["items"], new["items"], f"{where}[]", request)
        for keyword in ("anyOf", "oneOf"):
            old_count, new_count = len(old.get(keyword) or []), len(new.get(keyword) or [])
            if old_count != new_count:
                detail = f"{keyword} alternatives went from {old_count} to {new_count}"
                yield Change(where, detail, False)

    @staticmethod
    def _compare_enums(old: dict[str, Any], new: dict[str, Any], where: str) -> Iterator[Change]:
        old_values, new_values = old.get("enum"), new.get("enum")
        if not isinstance(old_values, list) or not isinstance(new_values, list):
            if isinstance(old_values, list) and new.get("type") is not None:
                yield Change(where, "enum constraint dropped", False)
            return
        for value in old_values:
            if value not in new_values:
                yield Change(where, f"enum value {value!r} removed", True)
        for value in new_values:
            if value not in old_values:
                yield Change(where, f"enum value {value!r} added", False)


def _media_schema(doc: _Document, container: Any) -> tuple[str | None, Any]:
    """The first content type of a body or response and its schema."""
    resolved, _ = doc.resolve(container)
    content = resolved.get("content") if isinstance(resolved, dict) else None
    if not isinstance(content, dict) or not content:
        return None, None
    content_type = next(iter(content))
    media = content[content_type]
    return content_type, media.get("schema") if isinstance(media, dict) else None


def _compare_parameters(
    old: dict[tuple[str, str], dict[str, Any]],
    new: dict[tuple[str, str], dict[str, Any]],
    schemas: _SchemaComparer,
) -> Iterator[Change]:
    for key, old_param in old.items():
        where = f"{key[0]} parameter {key[1]}"
        new_param = new.get(key)
        if new_param is None:
            yield Change(where, "parameter removed", True)
            continue
        if new_param.get("required") and not old_param.get("required"):
            yield Change(where, "parameter became required", True)
        yield from schemas.compare(old_param.get("schema"), new_param.get("schema"), where, True)
    for key, new_param in new.items():
        if key not in old:
            where = f"{key[0]} parameter {key[1]}"
            if new_param.get("required"):
                yield Change(where, "new required parameter", True)
            else:
                yield Change(where, "parameter added", False)


def _compare_operation(
    old_doc: _Document,
    new_doc: _Document,
    old: dict[str, Any],
    new: dict[str, Any],
    schemas: _SchemaComparer,
) -> list[Change]:
    changes: list[Change] = []
    if old.get("operationId") != new.get("operationId"):
        detail = f"operationId changed from {old.get('operationId')} to {new.get('operationId')}"
        changes.append(Change("operation", detail, True))
    if new.get("deprecated") and not old.get("deprecated"):
        changes.append(Change("operation", "now deprecated", False))
    changes += _compare_parameters(old["parameters"], new["parameters"], schemas)

    old_type, old_body = _media_schema(old_doc, old.get("requestBody"))
    new_type, new_body = _media_schema(new_doc, new.get("requestBody"))
    old_body_required = bool((old_doc.resolve(old.get("requestBody"))[0] or {}).get("required"))
    new_body_required = bool((new_doc.resolve(new.get("requestBody"))[0] or {}).get("required"))
    if old_type is None and new_type is not None:
        changes.append(Change("request body", "body added", new_body_required))
    elif old_type is not None and new_type is None:
        changes.append(Change("request body", "body removed", True))
    elif old_type is not None and new_type is not None:
        if old_type != new_type:
            detail = f"content type changed from {old_type} to {new_type}"
            changes.append(Change("request body", detail, True))
        if new_body_required and not old_body_required:
            changes.append(Change("request body", "body became required", True))
        changes += schemas.compare(old_body, new_body, "request body", True)

    old_responses = old.get("responses") or {}
    new_responses = new.get("responses") or {}
    for status in old_responses:
        where = f"response {status}"
        if status not in new_responses:
            changes.append(Change(where, "response removed", str(status).startswith("2")))
            continue
        _, old_schema = _media_schema(old_doc, old_responses[status])
        _, new_schema = _media_schema(new_doc, new_responses[status])
        if old_schema is not None and new_schema is not None:
            changes += schemas.compare(old_schema, new_schema, where, False)
        elif old_schema is not None:
            changes.append(Change(where, "response body removed", True))
    for status in new_responses:
        if status not in old_responses:
            changes.append(Change(f"response {status}", "response added", False))
    return changes


def compare(old_spec: dict[str, Any], new_spec: dict[str, Any]) -> Comparison:
    """Compare two bundles operation by operation (see the module docstring for the rules)."""
    old_doc, new_doc = _Document(old_spec), _Document(new_spec)
    old_ops, new_ops = old_doc.operations(), new_doc.operations()
    schemas = _SchemaComparer(old_doc, new_doc)
    result = Comparison()
    for key, operation in old_ops.items():
        if key not in new_ops:
            result.removed.append(_label(key, operation))
    for key, operation in new_ops.items():
        if key not in old_ops:
            result.added.append(_label(key, operation))
            continue
        changes = _compare_operation(old_doc, new_doc, old_ops[key], operation, schemas)
        unique = list(dict.fromkeys(changes))
        if unique:
            result.changed[_label(key, operation)] = unique
    return result


def render(result: Comparison) -> str:
    """A report for people: operations added, removed and changed, breaking changes marked."""
    lines: list[str] = []
    if result.added:
        lines.append(f"Operations added ({len(result.added)}):")
        lines += [f"  + {label}" for label in result.added]
    if result.removed:
        lines.append(f"Operations removed ({len(result.removed)}):")
        lines += [f"  - {label}  [BREAKING]" for label in result.removed]
    if result.changed:
        lines.append(f"Operations changed ({len(result.changed)}):")
        for label, changes in result.changed.items():
            lines.append(f"  ~ {label}")
            for change in changes:
                marker = "BREAKING" if change.breaking else "change  "
                lines.append(f"      {marker}  {change.where}: {change.detail}")
    breaking = len(result.breaking)
    lines.append(
        f"Summary: {len(result.added)} added, {len(result.removed)} removed,"
        f" {len(result.changed)} changed, {breaking} breaking change"
        + ("" if breaking == 1 else "s")
        + "."
    )
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Print the comparison of two bundles; exit 1 when a change is breaking."""
    parser = argparse.ArgumentParser(description="Compare two versions of the API bundle.")
    parser.add_argument("old", type=Path, help="the bundle the current client was generated from")
    parser.add_argument("new", type=Path, help="the candidate bundle")
    args = parser.parse_args(argv)
    result = compare(load(args.old), load(args.new))
    sys.stdout.write(render(result))
    return 1 if result.breaking else 0
