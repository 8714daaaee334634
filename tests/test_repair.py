"""scripts/repair_spec.py: each defect class of published documents, repaired and logged."""

from __future__ import annotations

import copy
import datetime
from typing import Any

from scripts.repair_spec import ESTABLISHED_NAME, repair


def _document(schema: dict[str, Any], **operation: Any) -> dict[str, Any]:
    return {
        "openapi": "3.0.3",
        "paths": {
            "/things/{id}": {
                "get": {
                    "operationId": "getThing",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {"application/json": {"schema": schema}},
                        }
                    },
                    **operation,
                }
            }
        },
        "components": {"schemas": {"Known": {"type": "object"}}},
    }


def _result(document: dict[str, Any]) -> dict[str, Any]:
    responses = document["paths"]["/things/{id}"]["get"]["responses"]
    schema: dict[str, Any] = responses["200"]["content"]["application/json"]["schema"]
    return schema


def test_a_sound_document_is_left_as_it_is() -> None:
    document = _document({"$ref": "#/components/schemas/Known"})
    repaired, repairs = repair(document)
    assert repairs == [] and repaired == document


def test_the_input_is_not_modified() -> None:
    document = _document({"type": "array"})
    before = copy.deepcopy(document)
    repair(document)
    assert document == before


def test_an_array_without_items_takes_any_items() -> None:
    repaired, repairs = repair(_document({"type": "array"}))
    assert _result(repaired) == {"type": "array", "items": {}}
    assert [str(r) for r in repairs] == [
        "#/paths/~1things~1{id}/get/responses/200/content/application~1json/schema:"
        " array without items: items may be any value"
    ]


def test_enums_with_nulls_mixed_types_and_repeats() -> None:
    schema = {"type": "object", "title": "T", "properties": {"e": {"enum": ["a", 2, "a", None]}}}
    repaired, repairs = repair(_document(schema))
    enum = _result(repaired)["properties"]["e"]
    assert enum == {"enum": ["a", "2", None], "nullable": True, "type": "string"}
    assert len(repairs) == 3


def test_a_nullable_enum_that_lists_null_is_sound() -> None:
    schema = {"type": "string", "nullable": True, "enum": ["a", None]}
    assert repair(_document(schema))[1] == []


def test_examples_are_checked_against_their_type() -> None:
    properties = {
        "n": {"type": "integer", "example": "seven"},
        "f": {"type": "boolean", "example": 1},
        "d": {"type": "string", "format": "date", "example": datetime.date(2024, 1, 2)},
        "x": {"type": "number", "example": 2},
    }
    repaired, repairs = repair(
        _document({"type": "object", "title": "T", "properties": properties})
    )
    kept = _result(repaired)["properties"]
    assert "example" not in kept["n"] and "example" not in kept["f"]
    assert "example" in kept["d"] and "example" in kept["x"]
    assert len(repairs) == 2


def test_an_established_name_mark_on_a_reference_is_dropped_silently() -> None:
    marked = {"$ref": "#/components/schemas/Known", ESTABLISHED_NAME: True}
    repaired, repairs = repair(_document(marked))
    assert _result(repaired) == {"$ref": "#/components/schemas/Known"} and repairs == []


def test_an_established_inline_result_keeps_its_generated_name() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "string"}}, ESTABLISHED_NAME: True}
    repaired, repairs = repair(_document(schema))
    assert "title" not in _result(repaired) and repairs == []
    unmarked = {k: v for k, v in schema.items() if k != ESTABLISHED_NAME}
    assert _result(repair(_document(unmarked))[0])["title"] == "result"


def test_broken_parameter_and_body_references_are_left_out() -> None:
    document = _document(
        {"$ref": "#/components/schemas/Known"},
        parameters=[{"$ref": "#/components/parameters/Gone"}],
        requestBody={"$ref": "#/components/requestBodies/Gone"},
    )
    repaired, repairs = repair(document)
    operation = repaired["paths"]["/things/{id}"]["get"]
    assert operation["parameters"] == [] and "requestBody" not in operation
    assert len(repairs) == 2


def test_a_local_reference_that_leads_to_another_file_is_not_broken() -> None:
    document = _document(
        {"$ref": "#/components/schemas/Known"},
        parameters=[{"$ref": "#/components/parameters/Elsewhere"}],
    )
    document["components"]["parameters"] = {"Elsewhere": {"$ref": "common.yaml#/Limit"}}
    repaired, repairs = repair(document)
    operation = repaired["paths"]["/things/{id}"]["get"]
    assert operation["parameters"] == [{"$ref": "#/components/parameters/Elsewhere"}]
    assert repairs == []
