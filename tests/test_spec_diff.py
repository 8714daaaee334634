"""spec_diff: which changes between two bundles it reports, and which of them it calls breaking."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from scripts.normalize_spec import load
from scripts.spec_changes import Comparison, compare, render

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).resolve().parent.parent

Spec = dict[str, Any]


@pytest.fixture(scope="module")
def base() -> Spec:
    return load(DATA / "diff_base.yaml")


def _changed(base: Spec, edit: Callable[[Spec], None]) -> Comparison:
    new = copy.deepcopy(base)
    edit(new)
    return compare(base, new)


def _details(result: Comparison) -> list[tuple[str, str, bool]]:
    return [(c.where, c.detail, c.breaking) for cs in result.changed.values() for c in cs]


def test_identical_bundles_have_no_changes(base: Spec) -> None:
    result = compare(base, copy.deepcopy(base))
    assert (result.added, result.removed, result.changed) == ([], [], {})
    assert "0 breaking changes" in render(result)


def test_removed_operation_is_breaking(base: Spec) -> None:
    result = _changed(base, lambda s: s["paths"]["/items/{uuid}"].pop("delete"))
    assert result.removed == ["DELETE /items/{uuid} (deleteItem)"]
    assert result.breaking == ["DELETE /items/{uuid} (deleteItem): operation removed"]


def test_added_operation_is_not_breaking(base: Spec) -> None:
    def edit(spec: Spec) -> None:
        spec["paths"]["/items/{uuid}"]["get"] = {"operationId": "getItem", "responses": {}}

    result = _changed(base, edit)
    assert result.added == ["GET /items/{uuid} (getItem)"]
    assert result.breaking == []


def test_renamed_operation_id_is_breaking(base: Spec) -> None:
    result = _changed(base, lambda s: s["paths"]["/items"]["get"].update(operationId="getItems"))
    assert ("operation", "operationId changed from listItems to getItems", True) in _details(result)


def test_new_required_parameter_is_breaking_and_optional_is_not(base: Spec) -> None:
    def edit(spec: Spec) -> None:
        params = spec["paths"]["/items"]["get"]["parameters"]
        params.append(
            {"name": "team", "in": "query", "required": True, "schema": {"type": "string"}}
        )
        params.append({"name": "sort", "in": "query", "schema": {"type": "string"}})

    details = _details(_changed(base, edit))
    assert ("query parameter team", "new required parameter", True) in details
    assert ("query parameter sort", "parameter added", False) in details


def test_removed_filter_key_is_breaking(base: Spec) -> None:
    def edit(spec: Spec) -> None:
        del spec["paths"]["/items"]["get"]["parameters"][1]["schema"]["properties"]["q"]

    details = _details(_changed(base, edit))
    assert ("query parameter filter.q", "field removed", True) in details


def test_new_required_body_field_is_breaking(base: Spec) -> None:
    def edit(spec: Spec) -> None:
        body = spec["paths"]["/items"]["post"]["requestBody"]["content"]["application/json"]
        body["schema"]["properties"]["owner"] = {"type": "string"}
        body["schema"]["required"] = ["name", "owner", "note"]

    details = _details(_changed(base, edit))
    assert ("request body.owner", "new required field", True) in details
    assert ("request body.note", "field became required", True) in details


def test_changed_type_in_a_shared_component_is_breaking_everywhere(base: Spec) -> None:
    def edit(spec: Spec) -> None:
        spec["components"]["schemas"]["Item"]["properties"]["created_at"] = {"type": "integer"}

    result = _changed(base, edit)
    details = _details(result)
    change = "type changed from string(date-time) to integer"
    assert ("response 200.data[].created_at", change, True) in details
    assert ("response 201.created_at", change, True) in details
    assert len(result.breaking) == 2  # the recursive `children` does not repeat it forever


def test_removed_enum_value_is_breaking_and_added_is_not(base: Spec) -> None:
    def edit(spec: Spec) -> None:
        spec["components"]["schemas"]["State"]["enum"] = ["open", "archived"]

    details = _details(_changed(base, edit))
    assert ("query parameter filter.state", "enum value 'closed' removed", True) in details
    assert ("response 201.state", "enum value 'archived' added", False) in details


def test_removed_response_field_is_breaking_and_added_is_not(base: Spec) -> None:
    def edit(spec: Spec) -> None:
        props = spec["components"]["schemas"]["Item"]["properties"]
        del props["name"]
        props["color"] = {"type": "string"}

    details = _details(_changed(base, edit))
    assert ("response 201.name", "field removed", True) in details
    assert ("response 201.color", "field added", False) in details


def _run_cli(old: Path, new: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "spec_diff"), str(old), str(new)],
        capture_output=True,
        text=True,
        check=False,
    )


def test_cli_exits_1_on_breaking_changes_and_0_otherwise(base: Spec, tmp_path: Path) -> None:
    compatible = copy.deepcopy(base)
    compatible["components"]["schemas"]["State"]["enum"].append("archived")
    breaking = copy.deepcopy(base)
    del breaking["paths"]["/items"]["post"]
    (tmp_path / "compatible.json").write_text(json.dumps(compatible))
    (tmp_path / "breaking.json").write_text(json.dumps(breaking))

    ok = _run_cli(DATA / "diff_base.yaml", tmp_path / "compatible.json")
    assert ok.returncode == 0, ok.stderr
    assert "enum value 'archived' added" in ok.stdout

    bad = _run_cli(DATA / "diff_base.yaml", tmp_path / "breaking.json")
    assert bad.returncode == 1, bad.stderr
    assert "- POST /items (createItem)  [BREAKING]" in bad.stdout
    assert "1 breaking change." in bad.stdout
