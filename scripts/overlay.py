"""Our knowledge of the API, kept apart from the vendor's document and laid over it.

`openapi/overlay.yaml` is an OpenAPI Overlay 1.0 document: each action names a place of the
vendor's bundle with a JSONPath `target` and says what to `update` there (or `remove`). It holds
what a vendor bundle may lack and the SDK relies on: the `x-getsales-*` marks that make retries
safe and pages readable, the `x-inferred` notes, and component titles. The overlay is applied with
the `oas-patch` implementation of the specification; this module adds what a regeneration needs
around it: a report of every target that matches nothing (reported, never fatal, since the
vendor may have removed or renamed that part), and a copy of the result that shares no objects
between places (one `update` value applied at several targets would otherwise be one object).

`extract` is the inverse, used to keep the overlay honest: it lists the marks a document carries
as overlay actions, and `strip` removes them, which is what a vendor file looks like.

From the repository root, `python -m scripts.overlay BUNDLE` says which targets of the overlay a
bundle matches.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
OVERLAY = ROOT / "openapi" / "overlay.yaml"
# Extensions that are ours, not the vendor's: every key with one of these prefixes is a mark.
OUR_PREFIXES = ("x-getsales-", "x-inferred")


@dataclass
class OverlayResult:
    """The document with the overlay applied, and what could not be applied."""

    spec: dict[str, Any]
    applied: int = 0
    unmatched: list[str] = field(default_factory=list)  # one line per target that matched nothing


def load_overlay(path: Path = OVERLAY) -> dict[str, Any]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or "overlay" not in data or "actions" not in data:
        raise ValueError(f"{path} is not an Overlay document (no `overlay` or `actions`)")
    return data


def apply(spec: dict[str, Any], overlay: dict[str, Any]) -> OverlayResult:
    """Apply every action of `overlay` to a copy of `spec`, in order; report unmatched targets."""
    from jsonpath_ng.ext.parser import parse
    from oas_patch import apply_overlay

    document = copy.deepcopy(spec)
    result = OverlayResult(document)
    for action in overlay.get("actions") or []:
        target = str(action.get("target", ""))
        if not list(parse(target).find(document)):
            what = action.get("description") or ("remove" if action.get("remove") else "update")
            result.unmatched.append(f"{target}: matches nothing ({what})")
            continue
        apply_overlay(document, {"actions": [copy.deepcopy(action)]})
        result.applied += 1
    # A JSON round trip gives every place its own objects (and the normaliser a plain tree).
    result.spec = json.loads(json.dumps(document, default=str))
    return result


# ---------------------------------------------------------------------------------------------
# Marks: finding and stripping them


def _is_mark(key: str) -> bool:
    return key.startswith(OUR_PREFIXES)


def _path_expression(parts: tuple[Any, ...]) -> str:
    expression = "$"
    for part in parts:
        if isinstance(part, int):
            expression += f"[{part}]"
        elif part.isidentifier():
            expression += f".{part}"
        else:
            expression += f"['{part}']"
    return expression


def _marks(node: Any, parts: tuple[Any, ...]) -> Iterator[tuple[tuple[Any, ...], str, Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            if isinstance(key, str) and _is_mark(key):
                yield parts, key, value
            else:
                yield from _marks(value, (*parts, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _marks(value, (*parts, index))


def component_titles(spec: dict[str, Any]) -> dict[str, str]:
    """The `title` of each component schema that has one."""
    schemas = (spec.get("components") or {}).get("schemas") or {}
    return {
        name: schema["title"]
        for name, schema in schemas.items()
        if isinstance(schema, dict) and isinstance(schema.get("title"), str)
    }


def extract(spec: dict[str, Any]) -> list[dict[str, Any]]:
    """The overlay actions that put back every mark and component title of `spec`."""
    grouped: dict[tuple[Any, ...], dict[str, Any]] = {}
    for parts, key, value in _marks(spec, ()):
        grouped.setdefault(parts, {})[key] = value
    for name, title in component_titles(spec).items():
        grouped.setdefault(("components", "schemas", name), {})["title"] = title
    return [
        {"target": _path_expression(parts), "update": update} for parts, update in grouped.items()
    ]


def strip(spec: dict[str, Any]) -> dict[str, Any]:
    """A copy of `spec` without our marks and component titles: what a vendor file looks like."""

    def clean(node: Any) -> Any:
        if isinstance(node, dict):
            return {
                k: clean(v) for k, v in node.items() if not (isinstance(k, str) and _is_mark(k))
            }
        if isinstance(node, list):
            return [clean(v) for v in node]
        return node

    stripped: dict[str, Any] = clean(spec)
    for schema in ((stripped.get("components") or {}).get("schemas") or {}).values():
        if isinstance(schema, dict):
            schema.pop("title", None)
    return stripped


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Apply the overlay to a bundle, or check it.")
    parser.add_argument("spec", type=Path, help="the vendor-shaped bundle (YAML or JSON)")
    parser.add_argument("--overlay", type=Path, default=OVERLAY)
    args = parser.parse_args(argv)
    from scripts.normalize_spec import load

    result = apply(load(args.spec), load_overlay(args.overlay))
    print(f"overlay: {result.applied} actions applied, {len(result.unmatched)} matched nothing")
    for line in result.unmatched:
        print(f"  not applied: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
