"""scripts/generate: reproducible output, the --check report, and the operation index it writes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from scripts.generate_client import main, operation_index_source
from scripts.normalize_spec import load, normalize
from scripts.operation_facts import FALLBACK_PAGE_SIZE, collect

SAMPLE = Path(__file__).parent / "data" / "vendor_shape.yaml"


def test_regeneration_is_stable_and_check_reports_drift(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = tmp_path / "getsales_client"
    args = ["--spec", str(SAMPLE), "--output", str(package)]
    assert main(args) == 0
    first = {p: p.read_bytes() for p in package.rglob("*") if p.is_file()}
    assert main(args) == 0
    assert "0 files changed" in capsys.readouterr().out
    assert {p: p.read_bytes() for p in package.rglob("*") if p.is_file()} == first
    assert not [p for p in package.rglob("*") if p.name in ("__pycache__", ".ruff_cache")]
    assert main([*args, "--check"]) == 0

    (package / "types.py").write_text("# edited by hand\n")
    (package / "api" / "stray.py").write_text("")
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "types.cpython-311.pyc").write_bytes(b"")
    capsys.readouterr()
    assert main([*args, "--check"]) == 1
    report = capsys.readouterr().out
    assert "changed:  types.py" in report
    assert "stale:    api/stray.py" in report
    assert "__pycache__" not in report

    assert main(args) == 0
    assert not (package / "api" / "stray.py").exists()
    assert main([*args, "--check"]) == 0


def test_a_spec_defect_fails_generation_and_leaves_the_package_alone(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    # A dot in a query name is reserved for flattened filter keys: no repair guesses a meaning.
    broken.write_text(SAMPLE.read_text().replace("- name: order_type\n", "- name: order.type\n", 1))
    package = tmp_path / "getsales_client"
    assert main(["--spec", str(broken), "--output", str(package)]) == 1
    assert not package.exists()


def _index() -> dict[str, Any]:
    namespace: dict[str, Any] = {}
    facts = collect(normalize(load(SAMPLE)))
    exec(operation_index_source(facts, {name: f"api.{name}" for name in facts}), namespace)
    return {op.operation_id: op for op in namespace["OPERATIONS"].values()}


@pytest.mark.parametrize(
    ("operation_id", "method", "read_only", "idempotent", "deprecated"),
    [
        ("listContacts", "GET", True, True, False),
        ("createContacts", "POST", False, False, True),
        ("searchContacts", "POST", True, True, False),  # x-getsales-read-only
        ("massActionContacts", "PUT", False, False, False),  # x-getsales-idempotent: false
        ("updateContact", "PUT", False, True, False),
        ("deleteContact", "DELETE", False, True, False),
        ("sendFromMailbox", "POST", False, False, False),
    ],
)
def test_operation_index_flags(
    operation_id: str, method: str, read_only: bool, idempotent: bool, deprecated: bool
) -> None:
    operation = _index()[operation_id]
    assert (operation.method, operation.read_only) == (method, read_only)
    assert (operation.idempotent, operation.deprecated) == (idempotent, deprecated)


def test_operation_index_keeps_document_order_and_path_templates() -> None:
    index = _index()
    assert list(index)[:3] == ["listContacts", "createContacts", "searchContacts"]
    assert index["getContact"].path == "/contacts/{uuid}"
    assert len(index) == 10


def test_operation_facts_say_what_a_success_looks_like_and_how_lists_page() -> None:
    index = _index()
    assert (index["listContacts"].success_body, index["listContacts"].paginated) == ("json", True)
    assert index["getContact"].paginated is False
    assert index["deleteContact"].success_body is None


def test_a_list_pages_at_most_by_the_spec_s_limit_maximum() -> None:
    spec = load(SAMPLE)
    search = spec["paths"]["/contacts/search"]["post"]
    body = search["requestBody"]["content"]["application/json"]["schema"]["properties"]
    body["offset"] = {"type": "integer"}
    body["limit"]["maximum"] = 50
    facts = collect(normalize(spec))
    paging = {name: facts[name].paging for name in ("list_contacts", "search_contacts")}
    assert {name: p and (p.location, p.max_limit) for name, p in paging.items()} == {
        "list_contacts": ("query", 100),  # the Limit parameter's maximum
        "search_contacts": ("body", 50),
    }
    del spec["components"]["parameters"]["Limit"]["schema"]["maximum"]
    paging = collect(normalize(spec))["list_contacts"].paging
    assert paging is not None and paging.max_limit == FALLBACK_PAGE_SIZE
    # Behind a nullable wrapper, and written as a number: still the maximum.
    body["limit"] = {"anyOf": [{"type": "integer", "maximum": 40.0}], "nullable": True}
    paging = collect(normalize(spec))["search_contacts"].paging
    assert paging is not None and paging.max_limit == 40


def test_the_api_reference_is_generated_beside_the_package_and_checked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    package = tmp_path / "getsales_client"
    args = ["--spec", str(SAMPLE), "--output", str(package)]
    assert main(args) == 0
    reference = tmp_path / "docs" / "api.md"
    text = reference.read_text()
    entry = text.split("### list_contacts\n", 1)[1].split("\n### ", 1)[0]
    # summary, method and path, the import line, the call, the return type, paging
    assert "List contacts. `GET /contacts` (`listContacts`)" in entry
    assert "from getsales_client.api.contacts import list_contacts" in entry
    assert "list_contacts.asyncio(" in entry and "limit: int | Unset = UNSET" in entry
    assert "- Pages: yes, `paginate(list_contacts, client=client, ...)` yields" in entry
    search = text.split("### search_contacts\n", 1)[1].split("\n### ", 1)[0]
    assert "body: SearchContactsBody" in search
    assert "from getsales_client.models import SearchContactsBody" in search
    assert "- Retried: yes, safe to repeat" in search
    send = text.split("### send_from_mailbox\n", 1)[1].split("\n### ", 1)[0]
    assert "never sent twice" in send
    assert text.count("\n### ") == 10  # one entry per operation

    reference.write_text(text.replace("List contacts", "List the contacts"))
    capsys.readouterr()
    assert main([*args, "--check"]) == 1
    assert "docs/api.md" in capsys.readouterr().out
    assert main(args) == 0
    assert reference.read_text() == text
