"""Regenerating from the vendor's own file: our overlay, the repairs, and a report in Python names.

One module-scoped run of the update (`scripts/update_spec`, what `make update-spec` runs) takes
our bundle rewritten the way a vendor file differs from it: none of our marks or titles, no
webhook delivery shapes, shared enums written inline, one instance of every defect class the
repairs know, operations added, three removed (one of them used by the contact importer), a
field added, a field's type changed and an enum member removed. It updates a copy of the bundle
and of the package in a temporary directory; the tests then read what it did. A synthetic
document of another vendor goes through the same pipeline.
"""

from __future__ import annotations

import contextlib
import copy
import io
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from scripts import overlay as overlay_module
from scripts.generate_client import main as generate_main
from scripts.normalize_spec import SpecError, load, normalize, operations
from scripts.python_changes import Function, Model, Parameter, Surface, compare, render
from scripts.update_spec import update

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "openapi" / "bundled.yaml"
THIRD_PARTY = Path(__file__).parent / "data" / "third_party_vendor.yaml"
# Existing SDK tests that use no removed operation: run against the regenerated package.
SDK_SUBSET = ("test_transport.py", "test_pagination_pages.py", "test_success_types.py")

SCORE_PATH = "/leads/api/leads/{uuid}/score"


def _replace_refs(node: Any, ref: str, replacement: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        if node.get("$ref") == ref:
            rest = {k: v for k, v in node.items() if k != "$ref"}
            return {**copy.deepcopy(replacement), **rest}
        return {k: _replace_refs(v, ref, replacement) for k, v in node.items()}
    if isinstance(node, list):
        return [_replace_refs(v, ref, replacement) for v in node]
    return node


def _drop_enum_value(node: Any, value: str) -> None:
    if isinstance(node, dict):
        if isinstance(node.get("enum"), list) and value in node["enum"]:
            node["enum"] = [v for v in node["enum"] if v != value]
        for child in node.values():
            _drop_enum_value(child, value)
    elif isinstance(node, list):
        for child in node:
            _drop_enum_value(child, value)


def _score_operations() -> dict[str, Any]:
    """New operations, with one instance of each defect class the repairs know."""
    uuid_param = {"name": "uuid", "in": "path", "required": True, "schema": {"type": "string"}}
    result = {
        "type": "object",
        "properties": {
            "score": {"type": "integer", "example": "high"},  # example contradicts the schema
            "reasons": {"type": "array"},  # an array without items
            "breakdown": {"$ref": "#/components/schemas/ScoreBreakdown"},  # no such component
            "note": {"nullable": True},  # nullable without a type
            "band": {"enum": [1, "high", None]},  # mixed values, and null
        },
    }
    return {
        "get": {
            "tags": ["Leads (Contacts)"],
            "summary": "Score of a contact",
            "operationId": "getLeadScore",
            "parameters": [uuid_param, copy.deepcopy(uuid_param)],  # declared twice
            "responses": {
                "200": {
                    "description": "The score",
                    "content": {"application/json": {"schema": result}},  # untitled inline
                }
            },
        },
        "post": {
            "tags": ["Leads (Contacts)"],
            "summary": "Recompute the score",
            "operationId": "getLeadScore",  # duplicated operationId
            "parameters": [copy.deepcopy(uuid_param)],
            "responses": {"204": {"description": "Scheduled"}},
        },
    }


def vendor_file(ours: dict[str, Any]) -> dict[str, Any]:
    """Our bundle (with the overlay) rewritten the way the vendor's own file differs from it."""
    spec = overlay_module.strip(ours)
    schemas = spec["components"]["schemas"]
    for action in overlay_module.load_overlay()["actions"]:  # what only we know is left out
        if action["target"] == "$":
            for key in action["update"]:
                del spec[key]
        elif action["target"] == "$.components.schemas":
            for key in action["update"]:
                del schemas[key]
    for shared in ("WebhookStatus", "FlowStatus"):
        spec["paths"] = _replace_refs(
            spec["paths"], f"#/components/schemas/{shared}", schemas[shared]
        )
    paths = spec["paths"]
    del paths["/leads/api/notes/{uuid}"]["delete"]  # delete_note
    del paths["/leads/api/notes"]["get"]  # list_notes: one of our marks loses its target
    del paths["/leads/api/leads"]["post"]  # create_leads, which the contact importer uses
    paths[SCORE_PATH] = _score_operations()
    paths[f"{SCORE_PATH}/history"] = {  # no operationId
        "get": {
            "tags": ["Leads (Contacts)"],
            "parameters": [{"name": "uuid", "in": "path", "required": True, "schema": {}}],
            "responses": {"200": {"description": "History", "content": {"application/json": {}}}},
        }
    }
    tag = schemas["Tag"]["properties"]
    tag["team_id"] = {"type": "string", "description": "Team id, now a string."}
    tag["is_system"] = {"type": "boolean", "description": "Created by GetSales itself."}
    _drop_enum_value(spec, "contact_tag_added")
    return spec


def _keys(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield str(key)
            yield from _keys(value)
    elif isinstance(node, list):
        for value in node:
            yield from _keys(value)


@dataclass
class UpdateRun:
    vendor: dict[str, Any]
    exit_code: int
    report: str
    package: Path


def _committed_marks() -> dict[str, tuple[bool, bool, bool]]:
    from getsales_client.operation_index import OPERATIONS

    return {
        op.operation_id: (op.read_only, op.idempotent, op.paginated) for op in OPERATIONS.values()
    }


def _index_of(package: Path) -> dict[str, Any]:
    namespace: dict[str, Any] = {}
    exec((package / "operation_index.py").read_text(encoding="utf-8"), namespace)
    return {op.operation_id: op for op in namespace["OPERATIONS"].values()}


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> UpdateRun:
    work = tmp_path_factory.mktemp("update")
    ours = overlay_module.apply(load(BUNDLE), overlay_module.load_overlay()).spec
    vendor = vendor_file(ours)
    downloaded = work / "downloaded.yaml"
    downloaded.write_text(yaml.safe_dump(vendor, sort_keys=False), encoding="utf-8")
    bundle = work / "bundled.yaml"
    shutil.copyfile(BUNDLE, bundle)
    package = work / "importable" / "getsales_client"
    shutil.copytree(ROOT / "getsales_client", package, ignore=shutil.ignore_patterns("__pycache__"))
    output = io.StringIO()
    with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
        exit_code = update(downloaded, bundle, package, overlay_module.OVERLAY)
    return UpdateRun(vendor, exit_code, output.getvalue(), package)


def test_the_vendor_file_carries_none_of_our_marks(run: UpdateRun) -> None:
    keys = set(_keys(run.vendor))
    assert not [k for k in keys if k.startswith(("x-getsales-", "x-inferred"))]
    assert "x-webhooks" not in keys
    assert "WebhookDelivery" not in run.vendor["components"]["schemas"]
    assert "title" not in run.vendor["components"]["schemas"]["Webhook"]


def test_webhook_delivery_shapes_come_back_from_the_overlay(run: UpdateRun) -> None:
    assert (run.package / "models" / "webhook_delivery.py").is_file()
    assert "WebhookDelivery" not in run.report.split("Python-level changes", 1)[1]


def test_generation_succeeds_and_the_package_is_current(run: UpdateRun) -> None:
    assert run.exit_code == 1, run.report  # breaking changes: functions were removed
    assert "generation failed" not in run.report
    assert "is up to date" in run.report  # the check-generated step ran on the result
    args = ["--check", "--spec", str(run.package.parent.parent / "bundled.yaml")]
    assert generate_main([*args, "--output", str(run.package)]) == 0


def test_every_mark_is_back_where_its_target_exists(run: UpdateRun) -> None:
    before = _committed_marks()
    after = _index_of(run.package)
    common = before.keys() & after.keys()
    assert len(common) == len(before) - 3  # only the three removed operations are gone
    assert {name: before[name] for name in common} == {
        name: (op.read_only, op.idempotent, op.paginated)
        for name, op in after.items()
        if name in common
    }
    # The marks that differ from the HTTP method's default are there, not just the defaults.
    assert after["searchLeads"].read_only and after["searchLeads"].method == "POST"
    assert not after["massActionLeads"].idempotent and after["massActionLeads"].method == "PUT"
    # ...and so are the schema marks, whose facts the list modules carry.
    lists = (run.package / "api" / "emails" / "list_emails.py").read_text(encoding="utf-8")
    assert '"pagination"' in lists


def test_a_mark_whose_target_is_gone_is_reported_not_fatal(run: UpdateRun) -> None:
    assert "overlay targets not found (1):" in run.report
    assert "$.paths['/leads/api/notes'].get: matches nothing" in run.report


@pytest.mark.parametrize(
    "repair",
    [
        "/properties/score: example 'high' contradicts the schema: dropped",
        "/properties/reasons: array without items",
        "$ref #/components/schemas/ScoreBreakdown names no component",
        "/properties/note: nullable without a type",
        "/properties/band: null among the enum values",
        "/properties/band: enum mixes number, string values",
        "/get/parameters/1: parameter 'uuid' (path) declared twice: kept the first",
        "'getLeadScore' is used twice: this one renamed 'getLeadScore_post'",
        "history/get/operationId: missing: named 'get_leads_api_leads_uuid_score_history'",
        "/get/responses/200/content/application~1json/schema: inline result without a title",
    ],
)
def test_each_defect_class_is_repaired_and_logged_with_its_location(
    run: UpdateRun, repair: str
) -> None:
    assert repair in run.report


def test_an_untitled_inline_result_is_named_from_its_operation(run: UpdateRun) -> None:
    assert (run.package / "models" / "get_lead_score_result.py").is_file()
    assert not list((run.package / "models").glob("get_lead_score_response_200*"))
    # Established names stay: users import them.
    assert (run.package / "models" / "count_leads_response_200.py").is_file()


def test_inlined_shared_enums_are_shared_again(run: UpdateRun) -> None:
    report = run.report.split("Python-level changes", 1)[1]
    assert "WebhookStatus" not in report and "Webhook.status" not in report
    assert "FlowStatus" not in report and "Flow.status" not in report
    assert not list((run.package / "models").glob("*_status2.py"))


# The Python-level change report.
PYTHON_CHANGES = [
    "BREAKING function delete_note removed  [from getsales_client.api.notes import delete_note]",
    "BREAKING function list_notes removed  [from getsales_client.api.notes import list_notes]",
    "BREAKING function create_leads removed"
    "  [from getsales_client.api.leads_contacts import create_leads]",
    "function get_lead_score added"
    "  [from getsales_client.api.leads_contacts import get_lead_score]",
    "BREAKING field Tag.team_id changed: int | None | Unset -> None | str | Unset"
    "  [from getsales_client.models import Tag]",
    "field Tag.is_system added: bool | None | Unset, optional"
    "  [from getsales_client.models import Tag]",
    "BREAKING member WebhookEvent.CONTACT_TAG_ADDED removed: 'contact_tag_added'"
    "  [from getsales_client.models import WebhookEvent]",
    "model GetLeadScoreResult added  [from getsales_client.models import GetLeadScoreResult]",
]


@pytest.mark.parametrize("line", PYTHON_CHANGES)
def test_the_change_report_speaks_python(run: UpdateRun, line: str) -> None:
    report = run.report.split("Python-level changes", 1)[1]
    assert f"  {line}\n" in report


def test_breaking_changes_come_first_and_are_counted(run: UpdateRun) -> None:
    report = run.report.split("Python-level changes", 1)[1]
    breaking, _, rest = report.partition("Not breaking:")
    assert "BREAKING" not in rest
    assert "function get_lead_score added" in rest
    assert "Python changes: " in breaking


def test_the_sdk_passes_its_tests_on_the_regenerated_package(run: UpdateRun) -> None:
    """Transport retry classification (via operation_index), paging and typed parsing."""
    importable = run.package.parent
    probe = importable / "test_probe_package.py"
    probe.write_text(
        "import getsales_client\n"
        "import pytest\n\n\n"
        "def test_the_regenerated_package_is_the_one_imported():\n"
        f"    assert getsales_client.__file__.startswith({str(importable)!r})\n\n\n"
        "def test_extras_import_and_name_the_operation_they_miss():\n"
        "    import getsales_extras.cli, getsales_extras.importer, getsales_extras.webhooks\n"
        "    from getsales_extras._operations import MissingOperationError, requires\n\n"
        "    with pytest.raises(MissingOperationError, match='createLeads'):\n"
        "        with requires('createLeads', 'ContactImporter'):\n"
        "            from getsales_client.api.leads_contacts import create_leads\n",
        encoding="utf-8",
    )
    tests = [str(probe), *(str(ROOT / "tests" / name) for name in SDK_SUBSET)]
    env = {**os.environ, "PYTHONPATH": str(importable), "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--import-mode=importlib",
         f"--rootdir={ROOT}", "-c", str(ROOT / "pyproject.toml"), *tests],
        cwd=importable, env=env, capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "failed" not in result.stdout


# ---------------------------------------------------------------------------------------------
# Another vendor's document


@pytest.fixture(scope="module")
def third_party(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    # Generated under the name the SDK imports, so the extras can run on it.
    package = tmp_path_factory.mktemp("third") / "getsales_client"
    output = io.StringIO()
    with contextlib.redirect_stdout(output), contextlib.redirect_stderr(output):
        code = generate_main(["--spec", str(THIRD_PARTY), "--output", str(package), "--no-overlay"])
    assert code == 0, output.getvalue()
    yield package, output.getvalue()


def test_another_vendors_document_generates_every_operation(third_party: tuple[Path, str]) -> None:
    package, _ = third_party
    described = {(m.upper(), p) for p, m, _ in operations(load(THIRD_PARTY))}
    generated = {(op.method, op.path) for op in _index_of(package).values()}
    assert generated == described
    modules = [p for p in (package / "api").glob("*/*.py") if p.name != "__init__.py"]
    assert len(modules) == len(described) == 13


def test_another_vendors_defects_are_each_logged(third_party: tuple[Path, str]) -> None:
    _, log = third_party
    for fragment in (
        "array without items",
        "names no component",
        "names no response",
        "is used twice",
        "missing: named",
        "nullable without a type",
        "enum mixes",
        "enum lists a value twice",
        "contradicts the schema",
        "declared twice",
        "inline result without a title",
    ):
        assert fragment in log


def test_without_the_repairs_the_document_is_refused() -> None:
    with pytest.raises(SpecError, match="listPickups"):
        normalize(load(THIRD_PARTY))


# ---------------------------------------------------------------------------------------------
# The report's rules, on hand-made surfaces


def _surface(functions: dict[str, Function], models: dict[str, Model] | None = None) -> Surface:
    return Surface("pkg", functions=functions, models=models or {})


def test_parameter_rules() -> None:
    old = _surface({"f": Function("t", {"a": Parameter("a", "str", True)}, "X")})
    new = _surface(
        {
            "f": Function(
                "t",
                {"a": Parameter("a", "str", False), "b": Parameter("b", "int", True)},
                "Y",
            )
        }
    )
    lines = render(compare(old, new))
    assert "BREAKING parameter f(b) added: int, required" in lines
    assert "parameter f(a) changed: now optional" in lines
    assert "BREAKING return f() changed: X -> Y" in lines
    assert "2 breaking, 1 not breaking" in lines


def test_no_change_says_so() -> None:
    surface = _surface({"f": Function("t", {}, "X")})
    assert render(compare(surface, surface)).startswith("No change")


def test_what_still_cannot_be_generated_fails_with_one_line_per_operation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = THIRD_PARTY.read_text(encoding="utf-8")
    broken = tmp_path / "broken.yaml"
    broken.write_text(text.replace("  /account:", "  /account/{region}:", 1), encoding="utf-8")
    package = tmp_path / "parcelly"
    args = ["--spec", str(broken), "--output", str(package), "--no-overlay"]
    assert generate_main(args) == 1
    assert not package.exists()
    problems = capsys.readouterr().err.split("the generator reported problems:\n", 1)[1]
    lines = problems.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("- ") and "GET /account/{region}" in lines[0]
    assert "Path parameters do not match" in lines[0]


THIRD_PARTY_PROBE = """
import httpx
import pytest

import getsales_client
from getsales_client.api.shipments import create_shipment, void_shipment
from getsales_client.api.tracking import track
from getsales_client.models import ShipmentInput
from getsales_extras import RetryPolicy, ServerError, create_client

pytestmark = pytest.mark.anyio


@pytest.fixture
def anyio_backend():
    return "asyncio"


def _client(calls, answer):
    def handler(request):
        calls.append(request.method)
        return answer(len(calls))

    retry = RetryPolicy(max_retries=2, initial_backoff=0.01, max_backoff=0.01, jitter=0)
    return create_client(
        api_key="k", base_url="http://api.test", rate_limit=None, retry=retry,
        transport=httpx.MockTransport(handler),
    )


def test_it_is_the_other_vendors_package():
    assert getsales_client.__file__.startswith(ROOT)


async def test_reads_and_deletes_are_retried_and_parsed_into_models():
    calls = []
    body = {"status": "in_transit", "events": [{"code": 3}]}
    client = _client(calls, lambda n: httpx.Response(503 if n == 1 else 200, json=body))
    result = await track.asyncio("T1", client=client)
    assert type(result).__name__ == "TrackResult"
    assert result.status.value == "in_transit" and result.events[0].code == 3
    assert calls == ["GET", "GET"]
    calls.clear()
    client = _client(calls, lambda n: httpx.Response(503 if n == 1 else 204))
    await void_shipment.asyncio("S1", client=client)
    assert calls == ["DELETE", "DELETE"]


async def test_a_create_is_not_sent_twice():
    calls = []
    client = _client(calls, lambda n: httpx.Response(503, json={"message": "busy"}))
    body = ShipmentInput.from_dict({"from": {"country": "DE"}, "to": {"country": "FR"}})
    with pytest.raises(ServerError):
        await create_shipment.asyncio(client=client, body=body)
    assert calls == ["POST"]
"""


def test_the_sdk_runs_on_the_other_vendors_package(third_party: tuple[Path, str]) -> None:
    """Transport retry classification and typed parsing on a package of another API."""
    package, _ = third_party
    importable = package.parent
    probe = importable / "test_probe_other_vendor.py"
    probe.write_text(f"ROOT = {str(importable)!r}\n" + THIRD_PARTY_PROBE, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(importable), "PYTHONDONTWRITEBYTECODE": "1"}
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--import-mode=importlib",
         str(probe)],
        cwd=importable, env=env, capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "3 passed" in result.stdout


def test_make_update_spec_runs_this_update() -> None:
    make = ["make", "--no-print-directory", "-C", str(ROOT)]
    planned = subprocess.run(
        [*make, "-n", "update-spec", "SPEC=downloaded.yaml"],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    assert "scripts/update_spec downloaded.yaml" in planned.stdout
    missing = subprocess.run(
        [*make, "update-spec"], capture_output=True, text=True, check=False, timeout=60
    )
    assert missing.returncode != 0
    assert "usage: make update-spec SPEC=" in missing.stdout
