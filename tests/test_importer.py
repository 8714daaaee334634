"""The contact importer against the emulator, and the row reader it is fed by."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import anyio
import pytest

from getsales_extras._io import InputFileError, SourceRow, read_rows, scan_rows
from getsales_extras.client import create_client
from getsales_extras.columns import ColumnError, ColumnMapper
from getsales_extras.errors import AuthenticationError
from getsales_extras.identity import linkedin_id, linkedin_key
from getsales_extras.importer import ContactImporter, FailureFile, ImportStats
from getsales_extras.testing import Emulator
from tests.fixtures_emulator import REJECTED

pytestmark = pytest.mark.anyio


@pytest.fixture
def list_uuid(emu: Emulator) -> str:
    return str(emu.store.create_list({"name": "Imported"})["uuid"])


def write_contacts(path: Path, count: int, rejected: set[int]) -> Path:
    """A CSV of ``count`` contacts; the rows in ``rejected`` carry an address GetSales refuses."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(
            ["email", "first_name", "last_name", "company_name", "tags", "custom_fields.Source"]
        )
        for n in range(count):
            domain = "rejected.example" if n in rejected else "example.com"
            writer.writerow(
                [
                    f"person{n}@{domain}",
                    f"First{n}",
                    f"Last{n}",
                    f"Company {n % 40}",
                    "imported,csv",
                    "test",
                ]
            )
    return path


def emails_in_list(emu: Emulator, list_uuid: str) -> list[str]:
    return [
        str(record.get("work_email") or record.get("personal_email") or record.get("email"))
        for record in emu.store.leads.records.values()
        if record["list_uuid"] == list_uuid
    ]


async def import_file(
    client: Any, list_uuid: str, source: Path, failures: Path, **options: Any
) -> ImportStats:
    summary = scan_rows(source)
    with FailureFile(failures) as failure_file:
        importer = ContactImporter(client, list_uuid, on_failure=failure_file.write, **options)
        return await importer.run(read_rows(source), total=summary.rows)


def read_failures(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


# --- the import cycle ----------------------------------------------------------------------


async def test_import_reject_fix_and_rerun_never_imports_twice(
    emu: Emulator, client: Any, list_uuid: str, tmp_path: Path
) -> None:
    """1,000 rows, 5% rejected: all accounted for, the fixed ones imported, none twice."""
    rejected = set(range(7, 1_000, 20))
    assert len(rejected) == 50
    source = write_contacts(tmp_path / "contacts.csv", 1_000, rejected)
    failures = tmp_path / "failures.jsonl"

    stats = await import_file(client, list_uuid, source, failures, concurrency=16)

    assert (stats.created, stats.updated, stats.failed, stats.total) == (950, 0, 50, 1_000)
    records = read_failures(failures)
    assert sorted(record["row_number"] for record in records) == sorted(n + 2 for n in rejected)
    for record in records:
        assert record["source"] == str(source)
        assert REJECTED in record["row"]["email"]
        assert record["row"]["first_name"].startswith("First")
        error = record["error"]
        assert (error["type"], error["status"]) == ("ValidationError", 422)
        assert error["message"] and error["fields"]
    # Every row is either in the list or in the failures file.
    imported = set(emails_in_list(emu, list_uuid))
    failed = {record["row"]["email"] for record in records}
    assert imported | failed == {
        f"person{n}@{'rejected.example' if n in rejected else 'example.com'}" for n in range(1_000)
    }
    assert not imported & failed

    # Fix the addresses in the failures file and import it as it is.
    fixed = tmp_path / "fixed.jsonl"
    fixed.write_text(failures.read_text().replace(REJECTED, "@fixed."), encoding="utf-8")
    again = await import_file(client, list_uuid, fixed, tmp_path / "failures-2.jsonl")
    assert (again.created, again.updated, again.failed) == (50, 0, 0)
    assert not (tmp_path / "failures-2.jsonl").exists()
    assert emu.stats.snapshot()["duplicate_payloads_applied"] == {}

    # Running the original file again updates; it creates nothing.
    rerun = await import_file(
        client, list_uuid, source, tmp_path / "failures-3.jsonl", concurrency=16
    )
    assert (rerun.created, rerun.updated, rerun.failed) == (0, 950, 50)
    emails = emails_in_list(emu, list_uuid)
    assert len(emails) == len(set(emails)) == 1_000


async def test_fast_mode_takes_out_only_the_rows_a_422_names(
    emu: Emulator, client: Any, list_uuid: str, tmp_path: Path
) -> None:
    rejected = set(range(100, 150))  # all in the second chunk of 100
    source = write_contacts(tmp_path / "contacts.csv", 1_000, rejected)
    failures = tmp_path / "failures.jsonl"

    stats = await import_file(client, list_uuid, source, failures, fast=True, concurrency=4)

    assert (stats.created, stats.updated, stats.failed) == (950, 0, 50)
    requests = emu.stats.snapshot()["requests"]
    # The rejected chunk is sent once more without the 50 rows the 422 named; no row goes
    # through upsert one by one.
    assert requests["POST /leads/api/leads"] == 11 == stats.requests
    assert "POST /leads/api/leads/upsert" not in requests
    assert sorted(r["row_number"] for r in read_failures(failures)) == [
        n + 2 for n in sorted(rejected)
    ]
    emails = emails_in_list(emu, list_uuid)
    assert len(emails) == len(set(emails)) == 950

    # The fast path is as safe to repeat as the slow one.
    rerun = await import_file(client, list_uuid, source, tmp_path / "f2.jsonl", fast=True)
    assert (rerun.created, rerun.updated, rerun.failed) == (0, 950, 50)
    assert len(emails_in_list(emu, list_uuid)) == 950


async def test_rows_that_cannot_be_sent_fail_locally(
    emu: Emulator, client: Any, list_uuid: str, tmp_path: Path
) -> None:
    source = tmp_path / "rows.jsonl"
    source.write_text(
        "\n".join(
            json.dumps(row)
            for row in [
                {"email": "ok@example.com", "tags": ["a", "b"], "custom_fields": {"Gender": "F"}},
                {"first_name": "No", "last_name": "Identifier"},
                {"email": "x@example.com", "tags": 5},
                {"first_name": "Ann", "company_name": "Acme"},
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    failures = tmp_path / "failures.jsonl"
    stats = await import_file(client, list_uuid, source, failures)
    assert (stats.created, stats.failed) == (2, 2)
    records = read_failures(failures)
    assert [(r["row_number"], r["error"]["type"]) for r in records] == [
        (2, "InvalidRow"),
        (3, "InvalidRow"),
    ]
    assert "status" not in records[0]["error"]
    assert emu.stats.snapshot()["requests"]["POST /leads/api/leads/upsert"] == 2


async def test_a_rejected_key_stops_the_import_at_once(
    emu: Emulator, list_uuid: str, tmp_path: Path
) -> None:
    source = write_contacts(tmp_path / "contacts.csv", 200, set())
    failures = tmp_path / "failures.jsonl"
    async with create_client("revoked", base_url=emu.base_url, rate_limit=None) as client:
        with pytest.raises(AuthenticationError):
            await import_file(client, list_uuid, source, failures, concurrency=4)
    assert not failures.exists()
    assert emu.stats.snapshot()["requests"].get("POST /leads/api/leads/upsert", 0) <= 4


async def test_interrupted_import_resumes_without_duplicates(
    emu: Emulator, client: Any, list_uuid: str, tmp_path: Path
) -> None:
    source = write_contacts(tmp_path / "contacts.csv", 400, set())
    stats = ImportStats()

    with anyio.CancelScope() as scope:

        def stop_after_100(current: ImportStats) -> None:
            if current.processed >= 100:
                scope.cancel()

        importer = ContactImporter(client, list_uuid, on_progress=stop_after_100, stats=stats)
        await importer.run(read_rows(source))
    assert scope.cancelled_caught
    assert 100 <= stats.processed < 400
    first_pass = len(emails_in_list(emu, list_uuid))
    unknown = stats.in_flight  # sent when cancelled: the server may still store them

    rerun = await import_file(client, list_uuid, source, tmp_path / "failures.jsonl")
    assert rerun.failed == 0
    assert 400 - first_pass - unknown <= rerun.created <= 400 - first_pass
    assert rerun.created + rerun.updated == 400  # without a journal every row goes again
    emails = emails_in_list(emu, list_uuid)
    assert len(emails) == len(set(emails)) == 400


# --- columns and rows ----------------------------------------------------------------------


def test_columns_must_identify_a_contact_and_be_known() -> None:
    check_columns = ColumnMapper().check
    check_columns(["email"])
    check_columns(["linkedin_id", "custom_fields.Gender", "tags"])
    check_columns(["first_name", "company_name"])
    with pytest.raises(ColumnError, match="missing column"):
        check_columns(["first_name", "last_name"])
    with pytest.raises(ColumnError, match="'emial'"):
        check_columns(["emial", "first_name"])


def test_rows_become_lead_and_custom_fields() -> None:
    lead, custom = ColumnMapper().contact(
        {"email": " a@b.c ", "tags": "x, y,", "custom_fields.Gender": "F", "about": ""}
    )
    assert lead == {"email": "a@b.c", "tags": ["x", "y"]}
    assert custom == {"Gender": "F"}
    with pytest.raises(ColumnError, match="no identifier"):
        ColumnMapper().contact({"first_name": "Ann", "last_name": "Lee"})


def test_list_uuid_is_checked() -> None:
    with pytest.raises(ValueError, match="UUID"):
        ContactImporter(object(), "not-a-uuid")


# --- reading files ---------------------------------------------------------------------------


def test_csv_rows_carry_their_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_text('\ufeffemail,about\n\na@x.io,"two\nlines"\nb@x.io,\n', encoding="utf-8")
    rows = list(read_rows(path))
    assert [(row.row_number, dict(row.values)) for row in rows] == [
        (3, {"email": "a@x.io", "about": "two\nlines"}),
        (5, {"email": "b@x.io"}),
    ]
    summary = scan_rows(path)
    assert (summary.format, summary.columns, summary.rows) == ("csv", ("email", "about"), 2)


def test_failure_records_read_back_as_their_original_rows(tmp_path: Path) -> None:
    path = tmp_path / "failures.jsonl"
    record = {
        "source": "orig.csv",
        "row_number": 17,
        "row": {"email": "a@b.c"},
        "error": {"type": "X"},
    }
    path.write_text(json.dumps(record) + "\n" + json.dumps({"email": "d@e.f"}) + "\n")
    assert list(read_rows(path)) == [
        SourceRow(17, {"email": "a@b.c"}, "orig.csv"),
        SourceRow(2, {"email": "d@e.f"}, str(path)),
    ]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.csv", b"", "is empty"),
        ("blank.csv", b"\n\n", "is empty"),
        ("dup.csv", b"email,email\n", "appears twice"),
        ("nameless.csv", b"email,,name\n", "column 2 of the header has no name"),
        ("latin1.csv", b"email,n\xe4me\na@b.c,J\xf6rg\n", "not UTF-8"),
        ("garbage.csv", b"email\n\xff\n\xfe\n\xfd\na@b.c\n", "3 of 4 rows cannot be read"),
        ("sheet.csv", b"PK\x03\x04\x00\x00binary", "spreadsheet"),
        ("quote.csv", b'"email\na@b.c\n', "the header is not valid CSV"),
    ],
)
def test_unusable_files_are_one_line_errors(
    tmp_path: Path, name: str, content: bytes, message: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputFileError) as caught:
        scan_rows(path)
    text = str(caught.value)
    assert message in text
    assert str(path) in text and "\n" not in text


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputFileError, match="no such file"):
        scan_rows(tmp_path / "nope.csv")
    with pytest.raises(InputFileError, match="directory"):
        scan_rows(tmp_path)


def test_format_is_sniffed_without_a_known_extension(tmp_path: Path) -> None:
    jsonl = tmp_path / "rows.txt"
    jsonl.write_text('{"email": "a@b.c"}\n')
    assert scan_rows(jsonl).format == "jsonl"
    tsv = tmp_path / "rows.tsv"
    tsv.write_text("email\tfirst_name\na@b.c\tAnn\n")
    assert [dict(row.values) for row in read_rows(tsv)] == [{"email": "a@b.c", "first_name": "Ann"}]


def test_a_failure_file_is_created_at_its_first_record_and_never_restarted(tmp_path: Path) -> None:
    from getsales_extras._io import SourceRow
    from getsales_extras.importer import RowOutcome

    path = tmp_path / "failures.jsonl"
    outcome = RowOutcome(SourceRow(2, {"email": "a@example.com"}, "in.csv"), "failed")
    with FailureFile(path) as failure_file:
        assert not path.exists()  # a clean run leaves no file
        failure_file.write(outcome)
        failure_file.write(outcome)
    assert len(read_failures(path)) == 2
    with pytest.raises(ValueError, match="closed"):  # not a fresh file wiping the first
        failure_file.write(outcome)
    assert len(read_failures(path)) == 2


def test_a_date_header_without_a_zone_still_compares_with_the_api_s_times() -> None:
    from datetime import UTC, datetime

    from getsales_extras.errors import parse_http_date

    when = parse_http_date("Sun, 29 Nov 2026 10:00:00 -0000")  # parses as a naive datetime
    assert when is not None and when < datetime(2026, 11, 29, 11, tzinfo=UTC)
    assert parse_http_date("Mon,") is None and parse_http_date(None) is None


@pytest.mark.parametrize(
    ("value", "field", "key"),
    [
        ("https://www.linkedin.com/in/Jane-Doe/", "linkedin", "jane-doe"),
        ("https://www.LinkedIn.com/IN/Jane-Doe", "linkedin", "jane-doe"),
        ("linkedin.com/in/jane-doe?trk=x", "linkedin", "jane-doe"),
        ("jane-doe?trk=x", "linkedin", "jane-doe"),
        (" jane-doe ", "linkedin", "jane-doe"),
        ("https://www.linkedin.com/sales/lead/ACwAAB12,NAME_SEARCH,x", "sn_id", "acwaab12"),
        ("https://www.linkedin.com/sales/people/ACwAAB12", "sn_id", "acwaab12"),
        ("https://www.linkedin.com/sales/company/1234", "linkedin", "sales/company/1234"),
        ("https://www.linkedin.com/company/acme/", "linkedin", "company/acme"),
        ("ACoAAA99", "ln_id", "acoaaa99"),
        ("123456", "ln_member_id", "123456"),
    ],
)
def test_linkedin_ids_are_read_one_way_by_importer_and_emulator(
    value: str, field: str, key: str
) -> None:
    """The emulator fills the field GetSales would; the importer compares the id, case-folded."""
    assert linkedin_id(value)[0] == field and linkedin_key(value) == key
