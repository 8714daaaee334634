"""Rewrite the vendor-shaped OpenAPI bundle into a shape openapi-python-client 0.29 handles.

GetSales writes its bundle the way its server reads requests; several of those constructs make the
generator emit code that is wrong at runtime or refuse to run. `normalize` rewrites only those, and
nothing else, so a newer upstream bundle can be dropped in and regenerated without hand edits:

- deepObject query objects (`filter`) become one query parameter per key. A key is written
  `filter.key` (nested objects: `filter.a.b`), which the generator turns into the readable Python
  name `filter_key`; the endpoint template sends it on the wire as `filter[key]` (`filter[a][b]`).
- a request body offering several content types keeps one (multipart when it uploads a file,
  JSON otherwise), since the generator cannot produce working code for several.
- a response offering several content types keeps one (JSON first); a text response declared as
  `format: binary` (the CSV downloads) becomes plain text, which is what the generated code reads.
- `default:` values leave the schemas and move into the description: the generator would send
  them with every request although the caller never chose them.
- every schema a response can contain becomes tolerant: no property is required, every property
  accepts null and extra keys are kept, so a record the server sends with a missing or null field
  still parses (the vendor documents what it usually sends, not what it guarantees).
- nullability is written the way the generator reads it: a `$ref` with a sibling `nullable`, or
  a single-member `allOf` with `nullable`, becomes `anyOf: [$ref]` + `nullable`; a nullable enum
  lists `null` among its values; nullable inline enums and objects get a title so their class
  keeps the name it would have without nullability.
- each operation keeps one success (2xx) response, the first that has a body (else the first):
  the generated function parses any 2xx answer as that one type. When another success has no
  body, the kept one is marked `x-getsales-may-be-empty` and its type becomes nullable.
- ids are plain strings: `format: uuid` is dropped, so an id read from one answer passes
  straight into the next call's parameters and bodies.
- an inline enum with exactly the values of a component enum becomes a `$ref` to it, so one
  concept (webhook events, statuses, object types...) is one class in create, update, filter and
  result alike.
- a resource's own `uuid` stays required (and not nullable) in the component schemas responses
  return: a record without one is not that resource.
- inline enums whose generated class names collide with another enum of different values are
  renamed with a numeric suffix (the generator refuses to run otherwise).

Duplicate operationIds and query parameters whose names already contain a dot are real defects
of the document, not shapes to paper over: `normalize` raises `SpecError` for them. In the
generation pipeline `scripts.repair_spec` runs first and renames duplicated operationIds (with a
logged repair); a dotted query name has no safe repair and still stops generation.

The function is pure (the input is not modified) and deterministic (same input, same output).
Run as a script, it reads a YAML or JSON bundle and writes the normalised document as JSON.
"""

from __future__ import annotations

import argparse
import copy
import datetime
import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from openapi_python_client.strings import PythonIdentifier, pascal_case

Schema = dict[str, Any]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
COMPOSITIONS = ("allOf", "anyOf", "oneOf")
# Separator between the parts of a flattened deepObject parameter name; the endpoint template
# turns `filter.a.b` back into `filter[a][b]` when it builds the query string.
FLAT_NAME_SEPARATOR = "."
# The property that identifies a resource; required in every component schema a response returns.
RESOURCE_ID = "uuid"
# On a success response: the operation may also succeed without a body (the result is then None).
MAY_BE_EMPTY = "x-getsales-may-be-empty"


class SpecError(ValueError):
    """The document has a defect normalisation must not hide; fix the document instead."""


def normalize(spec: dict[str, Any]) -> dict[str, Any]:
    """Return a normalised deep copy of `spec` (see the module docstring for every rewrite)."""
    out: dict[str, Any] = copy.deepcopy(spec)
    _reject_duplicate_operation_ids(out)
    _reject_dotted_query_names(out)
    _keep_one_success_response(out)
    _ids_as_plain_strings(out)
    _share_component_enums(out)
    _flatten_deep_object_parameters(out)
    _copy_parameter_descriptions_into_schemas(out)
    _keep_one_request_content_type(out)
    _keep_one_response_content_type(out)
    _read_text_responses_as_text(out)
    _move_defaults_into_descriptions(out)
    _make_response_schemas_tolerant(out)
    _express_nullability(out)
    _resolve_enum_name_collisions(out)
    return out


# ---------------------------------------------------------------------------------------------
# Walking the document


def operations(spec: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Every operation as (path, method, operation object), in document order."""
    for path, item in (spec.get("paths") or {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield path, method, operation


def resolve(spec: dict[str, Any], node: Any) -> Any:
    """Follow local `$ref`s (`#/...`) until a node that is not a reference."""
    seen: set[str] = set()
    while isinstance(node, dict) and isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        if ref in seen or not ref.startswith("#/"):
            return node
        seen.add(ref)
        target: Any = spec
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, dict) or part not in target:
                return node
            target = target[part]
        node = target
    return node


def _sub_schemas(schema: Schema) -> Iterator[tuple[str, Schema]]:
    """The schemas directly inside `schema`, each with the name the generator would give it."""
    for key, value in (schema.get("properties") or {}).items():
        if isinstance(value, dict):
            yield key, value
    items = schema.get("items")
    if isinstance(items, dict):
        yield "item", items
    additional = schema.get("additionalProperties")
    if isinstance(additional, dict):
        yield "additional_property", additional
    for keyword in COMPOSITIONS:
        for index, member in enumerate(schema.get(keyword) or []):
            if isinstance(member, dict):
                yield f"type_{index}", member
    not_schema = schema.get("not")
    if isinstance(not_schema, dict):
        yield "not", not_schema


def _walk_schema(schema: Schema, visit: Callable[[Schema], None]) -> None:
    """Call `visit` on `schema` and every schema nested in it (not following `$ref`s)."""
    visit(schema)
    for _, sub in _sub_schemas(schema):
        _walk_schema(sub, visit)


def _media_schemas(container: dict[str, Any]) -> Iterator[Schema]:
    for media in (container.get("content") or {}).values():
        if isinstance(media, dict) and isinstance(media.get("schema"), dict):
            yield media["schema"]


def _parameter_lists(spec: dict[str, Any]) -> Iterator[list[Any]]:
    for item in (spec.get("paths") or {}).values():
        if isinstance(item.get("parameters"), list):
            yield item["parameters"]
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict) and isinstance(operation.get("parameters"), list):
                yield operation["parameters"]


def _inline(spec: dict[str, Any], kind: str, used: Iterable[Any]) -> Iterator[dict[str, Any]]:
    """The objects of `used` and of `components/<kind>` that are written out, not references."""
    for found in [*used, *((spec.get("components") or {}).get(kind) or {}).values()]:
        if isinstance(found, dict) and "$ref" not in found:
            yield found


def _parameters(spec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """Every parameter object (inline or under components), references not followed."""
    return _inline(spec, "parameters", (p for params in _parameter_lists(spec) for p in params))


def _request_bodies(spec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    used = (operation.get("requestBody") for _, _, operation in operations(spec))
    return _inline(spec, "requestBodies", used)


def _responses(spec: dict[str, Any]) -> Iterator[dict[str, Any]]:
    used = (r for _, _, op in operations(spec) for r in (op.get("responses") or {}).values())
    return _inline(spec, "responses", used)


def _root_schemas(spec: dict[str, Any]) -> Iterator[Schema]:
    """Every top-level schema of the document: components, parameters, bodies, responses."""
    for schema in ((spec.get("components") or {}).get("schemas") or {}).values():
        if isinstance(schema, dict):
            yield schema
    for param in _parameters(spec):
        if isinstance(param.get("schema"), dict):
            yield param["schema"]
    for body in _request_bodies(spec):
        yield from _media_schemas(body)
    for response in _responses(spec):
        yield from _media_schemas(response)
        for header in (response.get("headers") or {}).values():
            if isinstance(header, dict) and isinstance(header.get("schema"), dict):
                yield header["schema"]


def _walk_all_schemas(spec: dict[str, Any], visit: Callable[[Schema], None]) -> None:
    for root in _root_schemas(spec):
        _walk_schema(root, visit)


def _append_sentence(schema: dict[str, Any], sentence: str) -> None:
    description = str(schema.get("description") or "").rstrip()
    schema["description"] = f"{description}\n\n{sentence}" if description else sentence


# ---------------------------------------------------------------------------------------------
# Defects that must be fixed in the document


def _reject_duplicate_operation_ids(spec: dict[str, Any]) -> None:
    """The generator silently drops all but one operation of a duplicated operationId."""
    seen: dict[str, str] = {}
    for path, method, operation in operations(spec):
        operation_id = operation.get("operationId")
        if not isinstance(operation_id, str):
            continue
        key = PythonIdentifier(operation_id, prefix="field_")
        where = f"{method.upper()} {path}"
        if key in seen:
            raise SpecError(
                f"operationId {operation_id!r} of {where} clashes with the one of {seen[key]}"
            )
        seen[key] = where


def _reject_dotted_query_names(spec: dict[str, Any]) -> None:
    """A dot in a query name is reserved for flattened deepObject keys (see FLAT_NAME_SEPARATOR)."""
    for param in _parameters(spec):
        name = str(param.get("name", ""))
        if param.get("in") == "query" and FLAT_NAME_SEPARATOR in name:
            raise SpecError(f"query parameter {name!r} contains {FLAT_NAME_SEPARATOR!r}")


# ---------------------------------------------------------------------------------------------
# Success responses, ids and shared enums


def _is_success(code: Any) -> bool:
    return str(code).startswith("2")


def _keep_one_success_response(spec: dict[str, Any]) -> None:
    """One operation, one success type: drop every 2xx response but the first with a body."""
    for _, _, operation in operations(spec):
        responses = operation.get("responses")
        if not isinstance(responses, dict):
            continue
        codes = sorted((code for code in responses if _is_success(code)), key=str)
        if len(codes) < 2:
            continue
        with_body = [c for c in codes if (resolve(spec, responses[c]) or {}).get("content")]
        keep = (with_body or codes)[0]
        if with_body and len(with_body) < len(codes):
            # Another success has no body (a 204 beside a 200): the result may be None.
            kept = copy.deepcopy(resolve(spec, responses[keep]))
            kept[MAY_BE_EMPTY] = True
            for media in (kept.get("content") or {}).values():
                if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                    media["schema"] = {**media["schema"], "nullable": True}
            responses[keep] = kept
        for code in codes:
            if code != keep:
                del responses[code]


def _ids_as_plain_strings(spec: dict[str, Any]) -> None:
    def visit(schema: Schema) -> None:
        if schema.get("format") == "uuid":
            del schema["format"]

    _walk_all_schemas(spec, visit)


def _enum_values(schema: Any) -> frozenset[Any] | None:
    if not isinstance(schema, dict) or not isinstance(schema.get("enum"), list):
        return None
    if "properties" in schema or any(k in schema for k in COMPOSITIONS):
        return None
    return frozenset(v for v in schema["enum"] if v is not None)


def _shared(schema: Schema, refs: dict[frozenset[Any], str]) -> Schema:
    """`schema` with every inline enum matching a component enum replaced by a `$ref` to it."""
    values = _enum_values(schema)
    if values is not None and values in refs:
        nullable = bool(schema.get("nullable")) or None in schema["enum"]
        if not nullable:
            return {"$ref": refs[values]}
        shared: Schema = {"$ref": refs[values], "nullable": True}
        if schema.get("description"):
            shared["description"] = schema["description"]
        return shared
    properties = schema.get("properties")
    if isinstance(properties, dict):
        for key, prop in properties.items():
            if isinstance(prop, dict):
                properties[key] = _shared(prop, refs)
    for key in ("items", "additionalProperties"):
        if isinstance(schema.get(key), dict):
            schema[key] = _shared(schema[key], refs)
    for keyword in COMPOSITIONS:
        members = schema.get(keyword)
        if isinstance(members, list):
            schema[keyword] = [_shared(m, refs) if isinstance(m, dict) else m for m in members]
    return schema


def _share_component_enums(spec: dict[str, Any]) -> None:
    components = (spec.get("components") or {}).get("schemas") or {}
    refs: dict[frozenset[Any], str] = {}
    for name, schema in components.items():
        values = _enum_values(schema)
        if values is not None:
            refs.setdefault(values, f"#/components/schemas/{name}")
    if not refs:
        return
    for name, schema in list(components.items()):
        if isinstance(schema, dict) and _enum_values(schema) is None:
            components[name] = _shared(schema, refs)
    for param in _parameters(spec):
        if isinstance(param.get("schema"), dict):
            param["schema"] = _shared(param["schema"], refs)
    for container in [*_request_bodies(spec), *_responses(spec)]:
        for media in (container.get("content") or {}).values():
            if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                media["schema"] = _shared(media["schema"], refs)


# ---------------------------------------------------------------------------------------------
# Parameters


def _is_deep_object(spec: dict[str, Any], param: dict[str, Any]) -> bool:
    schema = resolve(spec, param.get("schema"))
    return (
        param.get("in") == "query"
        and param.get("style") == "deepObject"
        and isinstance(schema, dict)
        and isinstance(schema.get("properties"), dict)
    )


def _is_object_schema(spec: dict[str, Any], schema: Any) -> bool:
    resolved = resolve(spec, schema)
    return isinstance(resolved, dict) and (
        resolved.get("type") == "object" or "properties" in resolved
    )


def _scalar_members(spec: dict[str, Any], schema: Schema) -> Schema | None:
    """`schema` without the object-valued alternatives a flat query parameter cannot carry."""
    if _is_object_schema(spec, schema):
        return None
    for keyword in ("oneOf", "anyOf"):
        members = schema.get(keyword)
        if not isinstance(members, list):
            continue
        kept = [m for m in members if not _is_object_schema(spec, m)]
        if not kept:
            return None
        result = {k: v for k, v in schema.items() if k != keyword}
        if len(kept) == 1:
            result.update(kept[0])
        else:
            result[keyword] = kept
        return result
    return schema


def _flatten_object(
    spec: dict[str, Any], name: str, wire: str, schema: Schema, required: bool
) -> list[dict[str, Any]]:
    """One query parameter per leaf of a deepObject schema, in declaration order."""
    params: list[dict[str, Any]] = []
    required_keys = set(schema.get("required") or [])
    for key, raw_sub in (schema.get("properties") or {}).items():
        if any(mark in key for mark in (FLAT_NAME_SEPARATOR, "[", "]")):
            # The generated code rebuilds `filter[a][b]` from the flat name `filter.a.b`.
            raise SpecError(f"query parameter {wire!r}: key {key!r} cannot be flattened")
        sub = resolve(spec, raw_sub)
        sub_name = f"{name}{FLAT_NAME_SEPARATOR}{key}"
        sub_wire = f"{wire}[{key}]"
        sub_required = required and key in required_keys
        if isinstance(sub, dict) and isinstance(sub.get("properties"), dict):
            params.extend(_flatten_object(spec, sub_name, sub_wire, sub, sub_required))
            continue
        flat = _scalar_members(spec, copy.deepcopy(sub)) if isinstance(sub, dict) else None
        if flat is None:
            continue
        if isinstance(raw_sub, dict) and "$ref" in raw_sub:
            flat = {"$ref": raw_sub["$ref"]}  # keep the named schema (and its class)
        else:
            _append_sentence(flat, f"Sent as `{sub_wire}`.")
        param: dict[str, Any] = {"name": sub_name, "in": "query", "schema": flat}
        if sub_required:
            param["required"] = True
        if "description" in flat:
            param["description"] = flat["description"]
        params.append(param)
    return params


def _flatten_deep_object_parameters(spec: dict[str, Any]) -> None:
    for params in _parameter_lists(spec):
        flattened: list[Any] = []
        for raw in params:
            param = resolve(spec, raw)
            if isinstance(param, dict) and _is_deep_object(spec, param):
                schema = resolve(spec, param["schema"])
                name = str(param["name"])
                flattened.extend(
                    _flatten_object(spec, name, name, schema, bool(param.get("required")))
                )
            else:
                flattened.append(raw)
        params[:] = flattened


def _copy_parameter_descriptions_into_schemas(spec: dict[str, Any]) -> None:
    """The generator documents a parameter with its schema's description, not its own."""
    for param in _parameters(spec):
        schema = param.get("schema")
        description = param.get("description")
        if isinstance(schema, dict) and "$ref" not in schema and description:
            schema.setdefault("description", description)


# ---------------------------------------------------------------------------------------------
# Content types


def body_kind(content_type: str) -> str:
    """How the generated code reads a body of this media type: "json", "text" or "bytes"."""
    base = content_type.split(";", 1)[0].strip().lower()
    if base == "application/json" or base.endswith("+json"):
        return "json"
    return "text" if base.startswith("text/") else "bytes"


def _uploads_file(spec: dict[str, Any], schema: Any) -> bool:
    found = False

    def visit(node: Schema) -> None:
        nonlocal found
        if node.get("format") == "binary":
            found = True

    resolved = resolve(spec, schema)
    if isinstance(resolved, dict):
        _walk_schema(resolved, visit)
        for sub in (resolved.get("properties") or {}).values():
            target = resolve(spec, sub)
            if isinstance(target, dict):
                _walk_schema(target, visit)
    return found


def _preferred_request_type(spec: dict[str, Any], content: dict[str, Any]) -> str:
    types = list(content)
    multipart = [t for t in types if t.lower().startswith("multipart/form-data")]
    for t in multipart:
        if _uploads_file(spec, (content[t] or {}).get("schema")):
            return t
    for t in types:
        if body_kind(t) == "json":
            return t
    return (multipart or types)[0]


def _keep_one_request_content_type(spec: dict[str, Any]) -> None:
    for body in _request_bodies(spec):
        content = body.get("content")
        if isinstance(content, dict) and len(content) > 1:
            keep = _preferred_request_type(spec, content)
            body["content"] = {keep: content[keep]}


def _keep_one_response_content_type(spec: dict[str, Any]) -> None:
    for response in _responses(spec):
        content = response.get("content")
        if isinstance(content, dict) and len(content) > 1:
            keep = next((t for t in content if body_kind(t) == "json"), next(iter(content)))
            response["content"] = {keep: content[keep]}


def _read_text_responses_as_text(spec: dict[str, Any]) -> None:
    """The generated code reads a text/* response as `str`: a binary schema there crashes it."""
    for response in _responses(spec):
        for content_type, media in (response.get("content") or {}).items():
            schema = media.get("schema") if isinstance(media, dict) else None
            if not content_type.lower().startswith("text/") or not isinstance(schema, dict):
                continue
            if schema.get("format") in ("binary", "byte"):
                del schema["format"]
                schema["type"] = "string"


# ---------------------------------------------------------------------------------------------
# Defaults


def _move_defaults_into_descriptions(spec: dict[str, Any]) -> None:
    def visit(schema: Schema) -> None:
        if "default" in schema:
            value = schema.pop("default")
            _append_sentence(schema, f"Server default: `{json.dumps(value)}`.")

    _walk_all_schemas(spec, visit)


# ---------------------------------------------------------------------------------------------
# Tolerant response schemas


def _response_reachable_components(spec: dict[str, Any]) -> list[str]:
    """Names of component schemas a response can contain, in component order."""
    components = (spec.get("components") or {}).get("schemas") or {}
    reached: set[str] = set()
    pending: list[Schema] = []
    for response in _responses(spec):
        pending.extend(_media_schemas(response))
    while pending:
        node = pending.pop()
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            name = ref.rsplit("/", 1)[1]
            if name not in reached and isinstance(components.get(name), dict):
                reached.add(name)
                pending.append(components[name])
            continue
        pending.extend(sub for _, sub in _sub_schemas(node))
    return [name for name in components if name in reached]


def _tolerate(schema: Schema) -> None:
    """Make the object schemas in `schema` accept a missing or null value for every property."""

    def visit(node: Schema) -> None:
        node.pop("required", None)
        if node.get("additionalProperties") is False:
            del node["additionalProperties"]
        properties = node.get("properties")
        if isinstance(properties, dict):
            for key, prop in properties.items():
                if isinstance(prop, dict):
                    properties[key] = _nullable(prop)

    _walk_schema(schema, visit)


def _nullable(schema: Schema) -> Schema:
    """`schema` marked nullable (the exact spelling the generator honours comes later)."""
    if "$ref" in schema:
        rest = {k: v for k, v in schema.items() if k != "$ref"}
        return {"anyOf": [{"$ref": schema["$ref"]}], **rest, "nullable": True}
    if schema.get("type") is None and not any(k in schema for k in (*COMPOSITIONS, "enum")):
        return schema  # any value, null included
    return {**schema, "nullable": True}


def _make_response_schemas_tolerant(spec: dict[str, Any]) -> None:
    components = (spec.get("components") or {}).get("schemas") or {}
    for name in _response_reachable_components(spec):
        schema = components[name]
        own_id = (schema.get("properties") or {}).get(RESOURCE_ID)
        _tolerate(schema)
        if isinstance(own_id, dict):
            schema["properties"][RESOURCE_ID] = own_id
            schema["required"] = [RESOURCE_ID]
    for response in _responses(spec):
        for schema in _media_schemas(response):
            _tolerate(schema)


# ---------------------------------------------------------------------------------------------
# Nullability as the generator reads it


def _express_nullable(schema: Schema, context_name: str | None) -> Schema:
    if "$ref" in schema and schema.get("nullable"):
        rest = {k: v for k, v in schema.items() if k not in ("$ref", "nullable")}
        return {"anyOf": [{"$ref": schema["$ref"]}], **rest, "nullable": True}
    all_of = schema.get("allOf")
    if schema.get("nullable") and isinstance(all_of, list) and len(all_of) == 1:
        # A `type` next to the composition would make the generator read the type's nullability
        # instead of the composition's; the member carries the type anyway.
        rest = {k: v for k, v in schema.items() if k not in ("allOf", "type")}
        return {"anyOf": all_of, **rest}
    if schema.get("nullable") and isinstance(all_of, list) and context_name:
        # The generator would wrap the members in an untitled schema named `<name>_type_1`.
        rest = {k: v for k, v in schema.items() if k not in ("allOf", "title")}
        merged = {"allOf": all_of, "title": schema.get("title") or context_name}
        return {"anyOf": [merged], **rest}
    enum = schema.get("enum")
    nullable = bool(schema.get("nullable")) or (isinstance(enum, list) and None in enum)
    if isinstance(enum, list) and nullable and None not in enum:
        schema = {**schema, "enum": [*enum, None]}
    if nullable and context_name:
        # The generator names the classes inside a nullable schema `<name>_type_0...`; a title
        # pins the name the schema would have without nullability.
        if _defines_class(schema) and not schema.get("title"):
            schema = {**schema, "title": context_name}
        items = schema.get("items")
        if isinstance(items, dict) and _defines_class(items) and not items.get("title"):
            schema = {**schema, "items": {**items, "title": f"{context_name}_item"}}
    return schema


def _defines_class(schema: Schema) -> bool:
    """Whether the generator makes a class (model or enum) of this inline schema."""
    return (
        isinstance(schema.get("enum"), list)
        or schema.get("type") == "object"
        or isinstance(schema.get("properties"), dict)
    )


def _express_nullability_in(schema: Schema, context_name: str | None) -> Schema:
    schema = _express_nullable(schema, context_name)
    properties = schema.get("properties")
    if isinstance(properties, dict):
        for key, prop in list(properties.items()):
            if isinstance(prop, dict):
                properties[key] = _express_nullability_in(prop, key)
    items = schema.get("items")
    if isinstance(items, dict):
        item_name = f"{context_name}_item" if context_name else None
        schema["items"] = _express_nullability_in(items, item_name)
    additional = schema.get("additionalProperties")
    if isinstance(additional, dict):
        schema["additionalProperties"] = _express_nullability_in(additional, None)
    for keyword in COMPOSITIONS:
        members = schema.get(keyword)
        if isinstance(members, list):
            schema[keyword] = [
                _express_nullability_in(m, None) if isinstance(m, dict) else m for m in members
            ]
    return schema


def _express_nullability(spec: dict[str, Any]) -> None:
    components = (spec.get("components") or {}).get("schemas") or {}
    for name, schema in list(components.items()):
        if isinstance(schema, dict):
            components[name] = _express_nullability_in(schema, None)
    for param in _parameters(spec):
        if isinstance(param.get("schema"), dict):
            param["schema"] = _express_nullability_in(param["schema"], str(param.get("name")))
    containers = [*_request_bodies(spec), *_responses(spec)]
    for container in containers:
        for media in (container.get("content") or {}).values():
            if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                media["schema"] = _express_nullability_in(media["schema"], None)


# ---------------------------------------------------------------------------------------------
# Enum class names


class _EnumSite:
    """An enum schema of the document with the class name the generator will give it."""

    def __init__(self, schema: Schema, base: str, parent: str, named: bool) -> None:
        self.schema = schema
        self.base = base  # title or the name the generator derives, before the parent prefix
        self.parent = parent
        self.named = named  # a component schema of its own: its name is the document's choice

    @property
    def class_name(self) -> str:
        if self.parent:
            return pascal_case(self.parent) + pascal_case(self.base)
        return pascal_case(self.base)

    @property
    def values(self) -> frozenset[Any]:
        return frozenset(v for v in self.schema["enum"] if v is not None)


def _collect_enum_sites(
    schema: Schema, name: str, parent: str, sites: list[_EnumSite], named: bool = False
) -> None:
    """Mirror the generator's class naming for the enums inside `schema`."""
    members = [m for k in COMPOSITIONS for m in (schema.get(k) or []) if isinstance(m, dict)]
    if "$ref" in schema or (len(members) == 1 and "$ref" in members[0]):
        return
    if schema.get("type") == "boolean":
        return
    title = schema.get("title")
    enum = schema.get("enum")
    if isinstance(enum, list) and enum:
        base = title or (f"{name}_type_1" if None in enum else name)
        sites.append(_EnumSite(schema, str(base), parent, named))
        return
    if schema.get("anyOf") or schema.get("oneOf") or schema.get("nullable"):
        for index, member in enumerate(members):
            member_title = member.get("title")
            subscript = member_title if member_title and member_title != title else f"type_{index}"
            _collect_enum_sites(member, f"{name}_{subscript}", parent, sites)
        if schema.get("nullable") and not (schema.get("anyOf") or schema.get("oneOf")):
            plain = {k: v for k, v in schema.items() if k != "nullable"}
            _collect_enum_sites(plain, f"{name}_type_0" if not title else name, parent, sites)
        return
    if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
        _collect_enum_sites(schema["items"], f"{name}_item", parent, sites)
        return
    if schema.get("type") == "object" or schema.get("allOf") or schema.get("properties"):
        own = str(title or name)
        class_name = pascal_case(parent) + pascal_case(own) if parent else pascal_case(own)
        for member in schema.get("allOf") or []:
            if isinstance(member, dict) and "$ref" not in member:
                for key, prop in (member.get("properties") or {}).items():
                    if isinstance(prop, dict):
                        _collect_enum_sites(prop, key, class_name, sites)
        for key, prop in (schema.get("properties") or {}).items():
            if isinstance(prop, dict):
                _collect_enum_sites(prop, key, class_name, sites)


def _enum_sites(spec: dict[str, Any]) -> list[_EnumSite]:
    sites: list[_EnumSite] = []
    components = (spec.get("components") or {}).get("schemas") or {}
    for name, schema in components.items():
        if isinstance(schema, dict):
            _collect_enum_sites(schema, name, "", sites, named=True)
    for path, method, operation in operations(spec):
        operation_id = operation.get("operationId") or f"{method}_{path}"
        endpoint = PythonIdentifier(str(operation_id), prefix="field_")
        item = (spec.get("paths") or {}).get(path) or {}
        for raw in [*(operation.get("parameters") or []), *(item.get("parameters") or [])]:
            param = resolve(spec, raw)
            if isinstance(param, dict) and isinstance(param.get("schema"), dict):
                _collect_enum_sites(param["schema"], str(param.get("name")), endpoint, sites)
        body = resolve(spec, operation.get("requestBody"))
        if isinstance(body, dict):
            for schema in _media_schemas(body):
                _collect_enum_sites(schema, "body", endpoint, sites)
        for code, raw_response in (operation.get("responses") or {}).items():
            response = resolve(spec, raw_response)
            if isinstance(response, dict):
                for schema in _media_schemas(response):
                    _collect_enum_sites(schema, f"response_{code}", endpoint, sites)
    return sites


def _resolve_enum_name_collisions(spec: dict[str, Any]) -> None:
    """Give every enum whose class name is taken by different values a numbered title."""
    for _ in range(100):
        sites = _enum_sites(spec)
        by_name: dict[str, list[_EnumSite]] = {}
        for site in sites:
            by_name.setdefault(site.class_name, []).append(site)
        taken = set(by_name)
        renamed = False
        for class_name, group in by_name.items():
            # A component enum keeps its name; otherwise the first occurrence does.
            group = sorted(group, key=lambda s: not s.named)
            owner_values = group[0].values
            for site in group[1:]:
                if site.values == owner_values:
                    continue
                number = 2
                while f"{class_name}{number}" in taken:
                    number += 1
                site.schema["title"] = f"{site.base}{number}"
                taken.add(f"{class_name}{number}")
                renamed = True
        if not renamed:
            return
    raise SpecError("enum class names still collide after renaming")


# ---------------------------------------------------------------------------------------------
# Command line


def _json_default(value: object) -> str:
    if isinstance(value, datetime.date | datetime.datetime):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def dump(spec: dict[str, Any]) -> str:
    """The document as deterministic JSON text (dates written as ISO strings)."""
    return json.dumps(spec, indent=1, ensure_ascii=False, default=_json_default) + "\n"


def load(path: Path) -> dict[str, Any]:
    """Read a YAML or JSON document with YAML 1.2 rules (as the generator reads it)."""
    from ruamel.yaml import YAML

    data = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise SpecError(f"{path} does not hold an OpenAPI document")
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("source", type=Path, help="vendor-shaped bundle (YAML or JSON)")
    parser.add_argument(
        "target", type=Path, nargs="?", help="where to write JSON (default: stdout)"
    )
    args = parser.parse_args(argv)
    try:
        text = dump(normalize(load(args.source)))
    except SpecError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.target is None:
        sys.stdout.write(text)
    else:
        args.target.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
