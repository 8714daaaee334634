"""The spec normaliser: one test per construct of the vendor's bundle it has to rewrite."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from scripts.generate_client import build
from scripts.normalize_spec import SpecError, dump, load, normalize

DATA = Path(__file__).parent / "data"


@pytest.fixture(scope="module")
def vendor() -> dict[str, Any]:
    return load(DATA / "vendor_shape.yaml")


@pytest.fixture(scope="module")
def normal(vendor: dict[str, Any]) -> dict[str, Any]:
    return normalize(vendor)


def _params(spec: dict[str, Any], path: str, method: str) -> dict[str, dict[str, Any]]:
    return {p.get("name", p.get("$ref")): p for p in spec["paths"][path][method]["parameters"]}


def _schema(spec: dict[str, Any], name: str) -> dict[str, Any]:
    schema: dict[str, Any] = spec["components"]["schemas"][name]
    return schema


def _all_schema_nodes(node: Any) -> list[dict[str, Any]]:
    """Every dict in the document that sits where a schema can (a broad but sufficient net)."""
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        found.append(node)
        for key, value in node.items():
            if key not in ("example", "examples"):
                found += _all_schema_nodes(value)
    elif isinstance(node, list):
        for item in node:
            found += _all_schema_nodes(item)
    return found


def test_deep_object_filter_becomes_one_parameter_per_key(normal: dict[str, Any]) -> None:
    params = _params(normal, "/contacts", "get")
    assert "filter" not in params
    flat = [name for name in params if str(name).startswith("filter.")]
    assert flat == [
        "filter.q",
        "filter.status",
        "filter.listUuid",
        "filter.stage",
        "filter.created_at.from",
        "filter.created_at.to",
    ]
    assert all(params[name]["in"] == "query" for name in flat)
    assert params["filter.stage"]["schema"]["enum"] == ["cold", "warm"]
    assert "`filter[created_at][from]`" in params["filter.created_at.from"]["description"]
    # Unrelated parameters (a $ref among them) are kept as they were.
    assert "#/components/parameters/Limit" in params
    assert params["order_type"]["schema"]["enum"] == ["asc", "desc"]


def test_object_alternatives_of_a_filter_key_are_dropped(normal: dict[str, Any]) -> None:
    status = _params(normal, "/contacts", "get")["filter.status"]["schema"]
    assert status["oneOf"] == [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]


def test_dotted_query_names_are_rejected_as_a_document_defect(vendor: dict[str, Any]) -> None:
    broken = copy.deepcopy(vendor)
    broken["paths"]["/contacts"]["get"]["parameters"].append(
        {"name": "a.b", "in": "query", "schema": {"type": "string"}}
    )
    with pytest.raises(SpecError, match=r"a\.b"):
        normalize(broken)


def test_a_filter_key_with_a_dot_is_rejected_rather_than_sent_under_another_name(
    vendor: dict[str, Any],
) -> None:
    broken = copy.deepcopy(vendor)
    parameters = broken["paths"]["/contacts"]["get"]["parameters"]
    (filter_,) = [p for p in parameters if p.get("name") == "filter"]
    filter_["schema"]["properties"]["lead.name"] = {"type": "string"}
    with pytest.raises(SpecError, match=r"lead\.name"):
        normalize(broken)


def test_duplicate_operation_ids_are_rejected(vendor: dict[str, Any]) -> None:
    broken = copy.deepcopy(vendor)
    broken["paths"]["/contacts/search"]["post"]["operationId"] = "listContacts"
    with pytest.raises(SpecError, match="listContacts"):
        normalize(broken)


def test_request_body_keeps_json_when_no_file_is_uploaded(normal: dict[str, Any]) -> None:
    content = normal["paths"]["/contacts"]["post"]["requestBody"]["content"]
    assert list(content) == ["application/json"]


def test_request_body_keeps_multipart_when_a_file_is_uploaded(normal: dict[str, Any]) -> None:
    content = normal["paths"]["/contacts/import"]["post"]["requestBody"]["content"]
    assert list(content) == ["multipart/form-data"]


def test_response_keeps_one_content_type_preferring_json(vendor: dict[str, Any]) -> None:
    spec = copy.deepcopy(vendor)
    content = spec["paths"]["/contacts/{uuid}"]["get"]["responses"]["200"]["content"]
    spec["paths"]["/contacts/{uuid}"]["get"]["responses"]["200"]["content"] = {
        "text/plain": {"schema": {"type": "string"}},
        **content,
    }
    kept = normalize(spec)["paths"]["/contacts/{uuid}"]["get"]["responses"]["200"]["content"]
    assert list(kept) == ["application/json"]


def test_csv_download_is_read_as_text(normal: dict[str, Any]) -> None:
    content = normal["paths"]["/contacts/export"]["get"]["responses"]["200"]["content"]
    assert content["text/csv"]["schema"] == {"type": "string"}


def test_ref_with_sibling_nullable_becomes_a_nullable_composition(normal: dict[str, Any]) -> None:
    owner = _schema(normal, "Contact")["properties"]["owner"]
    assert owner == {"anyOf": [{"$ref": "#/components/schemas/User"}], "nullable": True}


def test_single_allof_with_nullable_becomes_a_nullable_anyof(normal: dict[str, Any]) -> None:
    company = _schema(normal, "Contact")["properties"]["company"]
    assert company == {"anyOf": [{"$ref": "#/components/schemas/Company"}], "nullable": True}


def test_nullable_enum_lists_null_and_keeps_its_class_name(normal: dict[str, Any]) -> None:
    priority = _schema(normal, "Contact")["properties"]["priority"]
    assert priority["enum"] == [1, 2, 3, None]
    assert priority["title"] == "priority"


def test_defaults_leave_every_schema_and_go_into_descriptions(normal: dict[str, Any]) -> None:
    assert not [node for node in _all_schema_nodes(normal) if "default" in node]
    create = _schema(normal, "ContactCreate")["properties"]
    assert "Server default: `false`." in create["update_if_exists"]["description"]
    assert (
        "Server default: `20`."
        in normal["components"]["parameters"]["Limit"]["schema"]["description"]
    )


def test_parameter_description_reaches_the_schema(normal: dict[str, Any]) -> None:
    order_type = _params(normal, "/contacts", "get")["order_type"]
    assert order_type["schema"]["description"].startswith("Sort direction.")


def test_response_schemas_tolerate_missing_null_and_extra_fields(normal: dict[str, Any]) -> None:
    contact = _schema(normal, "Contact")
    # Only the resource's own id stays required: a record without it is not a contact.
    assert contact["required"] == ["uuid"]
    assert "nullable" not in contact["properties"]["uuid"]
    assert "additionalProperties" not in contact
    for name, prop in contact["properties"].items():
        if name != "uuid":
            assert prop.get("nullable") is True, name
    inline = normal["paths"]["/contacts/import"]["post"]["responses"]["202"]["content"][
        "application/json"
    ]["schema"]
    assert "required" not in inline
    assert inline["properties"]["uuid"]["nullable"] is True


def test_request_only_schemas_keep_their_required_fields(normal: dict[str, Any]) -> None:
    assert _schema(normal, "ContactCreate")["required"] == ["name"]
    body = normal["paths"]["/contacts/mass-action"]["put"]["requestBody"]["content"][
        "application/json"
    ]["schema"]
    assert body["required"] == ["type"]


def test_colliding_enum_class_names_are_numbered(normal: dict[str, Any]) -> None:
    assert "title" not in _schema(normal, "ContactStatus")
    assert _schema(normal, "Contact")["properties"]["status"]["title"] == "status2"
    # Same name, same values: nothing to rename.
    stage = _schema(normal, "ContactCreate")["properties"]["stage"]
    assert "title" not in stage


def test_normalize_is_pure_and_deterministic(vendor: dict[str, Any]) -> None:
    before = copy.deepcopy(vendor)
    first = dump(normalize(vendor))
    assert vendor == before
    assert dump(normalize(vendor)) == first


def test_synthetic_spec_generates_without_warnings(tmp_path: Path) -> None:
    package = build(DATA / "vendor_shape.yaml", tmp_path)
    modules = sorted(p.stem for p in (package / "api").glob("*/*.py") if p.stem != "__init__")
    assert len(modules) == 10
    assert (package / "models" / "contact_status_2.py").exists()
    assert (package / "py.typed").exists()
    assert "operation_id='listContacts'" not in (package / "operation_index.py").read_text()
    assert 'operation_id="listContacts"' in (package / "operation_index.py").read_text()


def test_ids_are_plain_strings(normal: dict[str, Any]) -> None:
    assert not [node for node in _all_schema_nodes(normal) if node.get("format") == "uuid"]


def test_one_success_response_per_operation(normal: dict[str, Any]) -> None:
    for path, item in normal["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and "responses" in operation:
                successes = [code for code in operation["responses"] if str(code)[0] == "2"]
                assert len(successes) <= 1, (method, path, successes)
