"""What the SDK needs to know about each operation, read once from the normalised spec.

These facts are computed here, at generation time, and carried into the generated code: the
endpoint template tags each request with its operation and emits page readers for list
operations, and `getsales_client/operation_index.py` records the rest for the transport. Nothing
at runtime has to re-derive them from paths or response shapes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from openapi_python_client.strings import PythonIdentifier

from scripts.normalize_spec import MAY_BE_EMPTY, body_kind, operations, resolve

# Vendor extensions of the spec that these facts read.
READ_ONLY = "x-getsales-read-only"
IDEMPOTENT = "x-getsales-idempotent"
# On a component schema: a record may arrive wrapped as `{<key>: {...fields}, ...extras}`.
UNWRAP = "x-getsales-unwrap"
# On a list envelope: the name of a nested object that may carry `total`/`has_more` instead.
NESTED_COUNTERS = "x-getsales-nested-counters"

PAGING_PARAMETERS = frozenset({"limit", "offset"})
# The page size of a list whose `limit` has no maximum in the spec.
FALLBACK_PAGE_SIZE = 100


@dataclass(frozen=True)
class Paging:
    """How a list operation pages: where `limit`/`offset` go and what its pages look like."""

    location: str  # "query" or "body"
    envelope: bool  # the page may be an object whose `data` holds the items
    bare_array: bool  # the page may be a JSON array of items
    nested_counters: str | None  # envelope key that may hold the counters instead of the top
    unwrap: str | None  # items may arrive wrapped under this key
    max_limit: int  # the largest `limit` the spec allows (FALLBACK_PAGE_SIZE if it states none)


@dataclass(frozen=True)
class OperationFacts:
    python_name: str  # the generated module's name
    operation_id: str
    method: str  # upper case
    path: str
    read_only: bool  # GET, or x-getsales-read-only: true
    idempotent: bool  # read_only, or PUT/DELETE unless x-getsales-idempotent: false
    deprecated: bool
    success_status: int
    success_body: str | None  # "json", "text", "bytes", or None when no body is declared
    success_may_be_empty: bool  # another success status has no body: an empty answer is None
    unwrap: str | None  # the success record may arrive wrapped under this key
    paging: Paging | None

    def as_index_entry(self) -> dict[str, Any]:
        """The fields `operation_index.py` records (paging is carried by the module itself)."""
        fields = asdict(self)
        del fields["paging"], fields["unwrap"]
        fields["paginated"] = self.paging is not None
        return fields


def _members(spec: dict[str, Any], schema: Any) -> list[dict[str, Any]]:
    """The alternatives a schema allows (itself, or its anyOf/oneOf/single-allOf members)."""
    schema = resolve(spec, schema)
    if not isinstance(schema, dict):
        return []
    for keyword in ("oneOf", "anyOf"):
        if isinstance(schema.get(keyword), list):
            return [m for member in schema[keyword] for m in _members(spec, member)]
    all_of = schema.get("allOf")
    if isinstance(all_of, list) and len(all_of) == 1 and "properties" not in schema:
        return _members(spec, all_of[0])
    return [schema]


def _unwrap_key(spec: dict[str, Any], schema: Any) -> str | None:
    for member in _members(spec, schema):
        key = member.get(UNWRAP)
        if isinstance(key, str):
            return key
        for part in member.get("allOf") or []:
            key = resolve(spec, part).get(UNWRAP) if isinstance(part, dict) else None
            if isinstance(key, str):
                return key
    return None


def _query_parameters(
    spec: dict[str, Any], path_item: dict[str, Any], op: dict[str, Any]
) -> dict[str, Any]:
    """Each query parameter's schema, by name."""
    schemas = {}
    for raw in [*(path_item.get("parameters") or []), *(op.get("parameters") or [])]:
        param = resolve(spec, raw)
        if isinstance(param, dict) and param.get("in") == "query":
            schemas[str(param.get("name"))] = param.get("schema")
    return schemas


def _body_properties(spec: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
    """Each request body property's schema, by name."""
    body = resolve(spec, op.get("requestBody"))
    schemas: dict[str, Any] = {}
    for media in ((body or {}).get("content") or {}).values():
        for member in _members(spec, (media or {}).get("schema")):
            schemas.update(member.get("properties") or {})
    return schemas


def _max_limit(spec: dict[str, Any], limit_schema: Any) -> int:
    """The limit's ``maximum`` (written as an integer or a float, also behind a nullable
    wrapper), else the fallback page size."""
    for member in _members(spec, limit_schema):
        maximum = member.get("maximum")
        if isinstance(maximum, int | float) and not isinstance(maximum, bool) and maximum >= 1:
            return int(maximum)
    return FALLBACK_PAGE_SIZE


def _paging(
    spec: dict[str, Any], location: str | None, limit_schema: Any, success_schema: Any
) -> Paging | None:
    if location is None:
        return None
    envelope = False
    bare_array = False
    nested: str | None = None
    unwrap: str | None = None
    for member in _members(spec, success_schema):
        if member.get("type") == "array":
            bare_array = True
            unwrap = unwrap or _unwrap_key(spec, member.get("items"))
            continue
        data = resolve(spec, (member.get("properties") or {}).get("data"))
        if isinstance(data, dict) and data.get("type") == "array":
            envelope = True
            unwrap = unwrap or _unwrap_key(spec, data.get("items"))
            counters = member.get(NESTED_COUNTERS)
            nested = nested or (counters if isinstance(counters, str) else None)
    if not (envelope or bare_array):
        return None
    return Paging(location, envelope, bare_array, nested, unwrap, _max_limit(spec, limit_schema))


def collect(spec: dict[str, Any]) -> dict[str, OperationFacts]:
    """Facts for every operation of a normalised spec, by generated module name."""
    facts: dict[str, OperationFacts] = {}
    paths = spec.get("paths") or {}
    for path, method, op in operations(spec):
        operation_id = str(op.get("operationId") or "")
        python_name = str(PythonIdentifier(operation_id, prefix="field_"))
        read_only = method == "get" or op.get(READ_ONLY) is True
        idempotent = read_only or (method in ("put", "delete") and op.get(IDEMPOTENT) is not False)
        responses = op.get("responses") or {}
        success_codes = sorted(c for c in responses if str(c).startswith("2"))
        status = int(success_codes[0]) if success_codes else 200
        success = resolve(spec, responses.get(success_codes[0])) if success_codes else {}
        content = (success or {}).get("content") or {}
        success_body = body_kind(next(iter(content))) if content else None
        schema = (next(iter(content.values())) or {}).get("schema") if content else None
        location: str | None = None
        limit_schema: Any = None
        for where, schemas in (
            ("query", _query_parameters(spec, paths[path], op)),
            ("body", _body_properties(spec, op)),
        ):
            if PAGING_PARAMETERS <= schemas.keys():
                location, limit_schema = where, schemas["limit"]
                break
        facts[python_name] = OperationFacts(
            python_name=python_name,
            operation_id=operation_id,
            method=method.upper(),
            path=path,
            read_only=read_only,
            idempotent=idempotent,
            deprecated=bool(op.get("deprecated", False)),
            success_status=status,
            success_body=success_body,
            success_may_be_empty=bool((success or {}).get(MAY_BE_EMPTY)),
            unwrap=_unwrap_key(spec, schema) if success_body == "json" else None,
            paging=_paging(spec, location, limit_schema, schema)
            if success_body == "json"
            else None,
        )
    return facts
