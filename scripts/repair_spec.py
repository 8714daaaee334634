"""Repair the defects published OpenAPI documents really have, so that strict generation can run.

A vendor's bundle is written for documentation tools, which forgive what a code generator cannot.
`repair` fixes each defect class below in a copy of the document and returns one `Repair` per
fix, naming where it was made, so that the update report shows exactly what was assumed:

- an array without `items`: its items may be anything (`items: {}`);
- a `$ref` to a component that does not exist: a schema becomes "any value", a parameter or
  request body is left out, a response keeps its description only;
- a missing `operationId`: one is made from the method and path (`get_leads_api_leads_uuid`);
  a duplicated one: later operations get the method appended (then a number), since the
  generator would silently keep only one function of a name;
- `nullable` without a `type`, `$ref`, composition or enum: dropped (such a schema already
  accepts any value, null included);
- an enum with values of several types: every value becomes a string (`type: string`); a `null`
  value makes the schema nullable; repeated values are listed once; an enum left empty is dropped;
- an `example` its own schema contradicts (a string for an integer...): dropped;
- an inline response object without a title: titled `result`, so its class is named from the
  operation and its role (`GetLeadScoreResult`) instead of `GetLeadScoreResponse200`. A schema
  marked `x-getsales-established-name: true` (by the overlay) keeps the name it already has:
  renaming a class users import would break their code;
- a parameter declared twice in one list (same name and location): the first declaration stays.

The function is pure and deterministic, like `normalize`, which runs after it.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from scripts.normalize_spec import COMPOSITIONS, HTTP_METHODS, operations, resolve

Schema = dict[str, Any]
# On an inline response schema: keep the generator's name (`<Operation>Response200`).
ESTABLISHED_NAME = "x-getsales-established-name"
RESULT_TITLE = "result"


@dataclass(frozen=True)
class Repair:
    """One defect fixed: where (a JSON pointer) and what was done."""

    location: str
    action: str

    def __str__(self) -> str:
        return f"{self.location}: {self.action}"


def _pointer(parts: tuple[Any, ...]) -> str:
    escaped = (str(p).replace("~", "~0").replace("/", "~1") for p in parts)
    return "#/" + "/".join(escaped)


class _Repairer:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.repairs: list[Repair] = []

    def log(self, parts: tuple[Any, ...], action: str) -> None:
        self.repairs.append(Repair(_pointer(parts), action))

    # -- references ------------------------------------------------------------------------

    def _broken(self, node: Any) -> bool:
        """A local reference that leads nowhere (external ones are left to the bundler)."""
        if not (isinstance(node, dict) and str(node.get("$ref", "")).startswith("#/")):
            return False
        target = resolve(self.spec, node)  # stops at the first reference it cannot follow
        return isinstance(target, dict) and str(target.get("$ref", "")).startswith("#/")

    # -- schemas ---------------------------------------------------------------------------

    def schema(self, schema: Schema, parts: tuple[Any, ...]) -> Schema:
        """`schema` repaired, with every schema nested in it."""
        if self._broken(schema):
            self.log(parts, f"$ref {schema['$ref']} names no component: any value accepted")
            rest = {k: v for k, v in schema.items() if k != "$ref"}
            note = f"Declared as {schema['$ref']}, which the document does not define."
            description = str(rest.get("description") or "")
            rest["description"] = f"{description}\n\n{note}".strip()
            return rest
        if "$ref" in schema:
            # The vendor made an inline result a component: it has its component's name now.
            schema.pop(ESTABLISHED_NAME, None)
            return schema
        if schema.get("type") == "array" and not isinstance(schema.get("items"), dict):
            self.log(parts, "array without items: items may be any value")
            schema["items"] = {}
        if schema.get("nullable") is True and not (
            schema.get("type") or any(k in schema for k in (*COMPOSITIONS, "enum"))
        ):
            self.log(parts, "nullable without a type: dropped (any value includes null)")
            del schema["nullable"]
        if isinstance(schema.get("enum"), list):
            self._enum(schema, parts)
        if "example" in schema and not _fits(schema, schema["example"]):
            self.log(parts, f"example {schema['example']!r} contradicts the schema: dropped")
            del schema["example"]
        for key in ("properties",):
            properties = schema.get(key)
            if isinstance(properties, dict):
                for name, prop in list(properties.items()):
                    if isinstance(prop, dict):
                        properties[name] = self.schema(prop, (*parts, key, name))
        for key in ("items", "additionalProperties", "not"):
            if isinstance(schema.get(key), dict):
                schema[key] = self.schema(schema[key], (*parts, key))
        for keyword in COMPOSITIONS:
            members = schema.get(keyword)
            if isinstance(members, list):
                schema[keyword] = [
                    self.schema(m, (*parts, keyword, i)) if isinstance(m, dict) else m
                    for i, m in enumerate(members)
                ]
        return schema

    def _enum(self, schema: Schema, parts: tuple[Any, ...]) -> None:
        values: list[Any] = schema["enum"]
        if None in values and not schema.get("nullable"):
            self.log(parts, "null among the enum values: the schema is made nullable")
            schema["nullable"] = True
        kinds = {_json_type(v) for v in values if v is not None}
        declared = schema.get("type")
        if len(kinds) > 1 or (declared == "string" and kinds - {"string"}):
            self.log(parts, f"enum mixes {', '.join(sorted(kinds))} values: all read as strings")
            values = [v if v is None else _as_text(v) for v in values]
            schema["type"] = "string"
        unique = list(dict.fromkeys(values))
        if len(unique) < len(values):
            self.log(parts, "enum lists a value twice: listed once")
        if not [v for v in unique if v is not None]:
            self.log(parts, "enum without values: dropped")
            del schema["enum"]
            return
        schema["enum"] = unique

    # -- document parts --------------------------------------------------------------------

    def media(self, container: dict[str, Any], parts: tuple[Any, ...]) -> None:
        for content_type, media in (container.get("content") or {}).items():
            if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                where = (*parts, "content", content_type, "schema")
                media["schema"] = self.schema(media["schema"], where)

    def parameters(self, params: list[Any], parts: tuple[Any, ...]) -> list[Any]:
        kept: list[Any] = []
        seen: set[tuple[str, str]] = set()
        for index, param in enumerate(params):
            where = (*parts, index)
            if self._broken(param):
                self.log(where, f"$ref {param['$ref']} names no parameter: left out")
                continue
            resolved = self._resolve(param)
            if isinstance(resolved, dict):
                key = (str(resolved.get("name")), str(resolved.get("in")))
                if key in seen:
                    self.log(
                        where, f"parameter {key[0]!r} ({key[1]}) declared twice: kept the first"
                    )
                    continue
                seen.add(key)
            if isinstance(param, dict) and "$ref" not in param:
                if isinstance(param.get("schema"), dict):
                    param["schema"] = self.schema(param["schema"], (*where, "schema"))
            kept.append(param)
        return kept

    def _resolve(self, node: Any) -> Any:
        return resolve(self.spec, node)

    def operation(self, path: str, method: str, op: dict[str, Any]) -> None:
        parts = ("paths", path, method)
        if isinstance(op.get("parameters"), list):
            op["parameters"] = self.parameters(op["parameters"], (*parts, "parameters"))
        body: Any = op.get("requestBody")
        if self._broken(body):
            self.log(
                (*parts, "requestBody"), f"$ref {body['$ref']} names no request body: left out"
            )
            del op["requestBody"]
        elif isinstance(body, dict) and "$ref" not in body:
            self.media(body, (*parts, "requestBody"))
        responses = op.get("responses")
        if not isinstance(responses, dict):
            return
        for code, response in list(responses.items()):
            where = (*parts, "responses", code)
            if self._broken(response):
                self.log(where, f"$ref {response['$ref']} names no response: described only")
                responses[code] = {"description": f"Declared as {response['$ref']}."}
            elif isinstance(response, dict) and "$ref" not in response:
                self.media(response, where)
                if str(code).startswith("2"):
                    self._title_result(response, where)

    def _title_result(self, response: dict[str, Any], parts: tuple[Any, ...]) -> None:
        for content_type, media in (response.get("content") or {}).items():
            schema = media.get("schema") if isinstance(media, dict) else None
            if not isinstance(schema, dict) or schema.get("title") or schema.get(ESTABLISHED_NAME):
                continue
            if schema.get("type") == "object" or isinstance(schema.get("properties"), dict):
                schema["title"] = RESULT_TITLE
                where = (*parts, "content", content_type, "schema")
                self.log(where, f"inline result without a title: titled {RESULT_TITLE!r}")

    def operation_ids(self) -> None:
        taken: set[str] = set()
        for path, method, op in operations(self.spec):
            where = ("paths", path, method, "operationId")
            current = op.get("operationId")
            if not isinstance(current, str) or not current.strip():
                made = _operation_id_from(method, path)
                self.log(where, f"missing: named {made!r} from the method and path")
                op["operationId"] = current = made
            key = str(PythonIdentifier(current, prefix="field_"))
            if key in taken:
                candidate = f"{current}_{method}"
                number = 2
                while str(PythonIdentifier(candidate, prefix="field_")) in taken:
                    candidate = f"{current}_{method}{number}"
                    number += 1
                self.log(where, f"{current!r} is used twice: this one renamed {candidate!r}")
                op["operationId"] = candidate
                key = str(PythonIdentifier(candidate, prefix="field_"))
            taken.add(key)

    def run(self) -> None:
        self.operation_ids()
        components = self.spec.get("components") or {}
        for name, schema in list((components.get("schemas") or {}).items()):
            if isinstance(schema, dict):
                where: tuple[Any, ...] = ("components", "schemas", name)
                components["schemas"][name] = self.schema(schema, where)
        for name, param in (components.get("parameters") or {}).items():
            if isinstance(param, dict) and isinstance(param.get("schema"), dict):
                where = ("components", "parameters", name, "schema")
                param["schema"] = self.schema(param["schema"], where)
        for kind in ("requestBodies", "responses"):
            for name, container in (components.get(kind) or {}).items():
                if isinstance(container, dict):
                    self.media(container, ("components", kind, name))
        for path, item in (self.spec.get("paths") or {}).items():
            if isinstance(item, dict) and isinstance(item.get("parameters"), list):
                item["parameters"] = self.parameters(
                    item["parameters"], ("paths", path, "parameters")
                )
            for method in HTTP_METHODS:
                op = item.get(method) if isinstance(item, dict) else None
                if isinstance(op, dict):
                    self.operation(path, method, op)


def _json_type(value: Any) -> str:
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int | float):
        return "number"
    if isinstance(value, str):
        return "string"
    return type(value).__name__


def _as_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


_FITS: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def _fits(schema: Schema, example: Any) -> bool:
    """Whether `example` has the JSON type `schema` declares (no type declared: anything fits)."""
    declared = schema.get("type")
    if example is None:
        return bool(schema.get("nullable")) or declared is None
    if not isinstance(declared, str) or declared not in _FITS:
        return True
    if isinstance(example, bool) and declared in ("integer", "number"):
        return False
    if declared == "string" and not isinstance(example, str):
        # YAML reads an unquoted date as a date: a string in JSON, as the schema says.
        return type(example).__name__ in ("date", "datetime")
    return isinstance(example, _FITS[declared])


def _operation_id_from(method: str, path: str) -> str:
    words = re.findall(r"[A-Za-z0-9]+", path)
    return "_".join([method.lower(), *words]) or method.lower()


def repair(spec: dict[str, Any]) -> tuple[dict[str, Any], list[Repair]]:
    """A repaired deep copy of `spec`, and one `Repair` per fix made (see the module docstring)."""
    out: dict[str, Any] = copy.deepcopy(spec)
    repairer = _Repairer(out)
    repairer.run()
    return out, repairer.repairs
