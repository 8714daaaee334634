"""The ``getsales`` command line, run in-process through ``run()`` and as the console script."""

from __future__ import annotations

import csv
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from getsales_extras.testing import Emulator
from tests.fixtures_emulator import REJECTED, cli

SCRIPT = Path(sys.executable).with_name("getsales")


@pytest.fixture
def list_uuid(emu: Emulator) -> str:
    return str(emu.store.create_list({"name": "From the CLI"})["uuid"])


def write_contacts(path: Path, count: int, rejected: set[int] = frozenset()) -> Path:  # type: ignore[assignment]
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["email", "first_name", "company_name"])
        for n in range(count):
            domain = "rejected.example" if n in rejected else "example.com"
            writer.writerow([f"person{n}@{domain}", f"First{n}", f"Company {n % 9}"])
    return path


def lead_emails(emu: Emulator, list_uuid: str) -> list[str]:
    return [
        str(record.get("work_email") or record.get("personal_email"))
        for record in emu.store.leads.records.values()
        if record["list_uuid"] == list_uuid
    ]


def assert_one_line_error(code: int, out: str, err: str, *fragments: str) -> None:
    assert code not in (0, None)
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("getsales: error: ")
    assert "Traceback" not in out + err
    for fragment in fragments:
        assert fragment in lines[0]


# --- commands ------------------------------------------------------------------------------


def test_whoami(emu: Emulator, capsys: pytest.CaptureFixture[str]) -> None:
    user = emu.store.current_user()
    code, out, _ = cli(capsys, "whoami")
    assert code == 0
    assert out.count("\n") == 1
    assert user["email"] in out and str(user["uuid"]) in out


def test_lists_ls(emu: Emulator, capsys: pytest.CaptureFixture[str]) -> None:
    emu.seed(lists=130)
    code, out, _ = cli(capsys, "lists", "ls")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split() == ["UUID", "NAME", "CREATED"]
    assert len(lines) == 131
    code, out, _ = cli(capsys, "lists", "ls", "--json")
    assert code == 0
    assert [json.loads(line)["uuid"] for line in out.splitlines()] == [
        str(uuid) for uuid in emu.store.lists.records
    ]


def test_import_fix_and_reimport(
    emu: Emulator, list_uuid: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rejected = set(range(3, 300, 20))
    source = write_contacts(tmp_path / "contacts.csv", 300, rejected)

    code, out, err = cli(capsys, "leads", "import", str(source), "--list-uuid", list_uuid)

    assert code == 3
    assert out == ""
    assert "285 created, 0 updated, 15 failed" in err
    failures = tmp_path / "contacts.failures.jsonl"
    records = [json.loads(line) for line in failures.read_text().splitlines()]
    assert len(records) == 15
    assert {r["error"]["status"] for r in records} == {422}

    fixed = tmp_path / "fixed.jsonl"
    fixed.write_text(failures.read_text().replace(REJECTED, "@fixed."))
    code, _, err = cli(capsys, "leads", "import", str(fixed), "--list-uuid", list_uuid, "--fast")
    assert code == 0, err
    assert "15 created, 0 updated, 0 failed" in err

    # The same command again: the journal skips the confirmed rows; the failed ones are
    # tried (and reported) again.
    upserts = emu.stats.snapshot()["requests"]["POST /leads/api/leads/upsert"]
    code, _, err = cli(
        capsys, "leads", "import", str(source), "--list-uuid", list_uuid, "--concurrency", "4"
    )
    assert code == 3
    assert "285 of 300 rows already imported; sending 15" in err
    assert "0 created, 0 updated, 15 failed, 285 already imported" in err
    assert emu.stats.snapshot()["requests"]["POST /leads/api/leads/upsert"] == upserts + 15

    # --restart sends every row: upsert updates, it creates nothing.
    code, _, err = cli(
        capsys, "leads", "import", str(source), "--list-uuid", list_uuid, "--restart"
    )
    assert code == 3
    assert "0 created, 285 updated, 15 failed" in err
    emails = lead_emails(emu, list_uuid)
    assert len(emails) == len(set(emails)) == 300


def test_export_streams_every_contact(
    emu: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    list_uuid = emu.seed(leads=250)["list_uuid"]
    emu.seed(leads=20)
    out_file = tmp_path / "leads.jsonl"

    code, out, err = cli(
        capsys, "leads", "export", "--out", str(out_file), "--list-uuid", list_uuid
    )

    assert code == 0, err
    rows = [json.loads(line) for line in out_file.read_text().splitlines()]
    assert [row["uuid"] for row in rows] == [
        r["uuid"] for r in emu.store.leads.records.values() if r["list_uuid"] == list_uuid
    ]
    assert "markers" in rows[0]
    assert "Exported 250 contact(s)" in err

    code, out, _ = cli(capsys, "leads", "export", "--out", "-", "--max-items", "7")
    assert code == 0
    assert len(out.splitlines()) == 7

    # One page at a time (no pages requested ahead): the same contacts, in the same order.
    code, out, _ = cli(capsys, "leads", "export", "--out", "-", "--prefetch", "0")
    assert code == 0
    assert [json.loads(line)["uuid"] for line in out.splitlines()] == [
        str(uuid) for uuid in emu.store.leads.records
    ]


# --- one-line errors -------------------------------------------------------------------------


def test_missing_column(list_uuid: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "names.csv"
    source.write_text("first_name,last_name\nAnn,Lee\n")
    code, out, err = cli(capsys, "leads", "import", str(source), "--list-uuid", list_uuid)
    assert_one_line_error(code, out, err, "names.csv", "missing column")


def test_invalid_file(list_uuid: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "rows.jsonl"
    source.write_text('{"email": "a@b.c"}\n{"email": "d@e.f",\n[1]\n"text"\n')
    code, out, err = cli(capsys, "leads", "import", str(source), "--list-uuid", list_uuid)
    assert_one_line_error(code, out, err, "rows.jsonl", "3 of 4 rows cannot be read")


def test_binary_file(list_uuid: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "contacts.xlsx"
    source.write_bytes(b"PK\x03\x04" + bytes(range(256)))
    code, out, err = cli(capsys, "leads", "import", str(source), "--list-uuid", list_uuid)
    assert_one_line_error(code, out, err, "spreadsheet")


def test_missing_file(list_uuid: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(
        capsys, "leads", "import", str(tmp_path / "nope.csv"), "--list-uuid", list_uuid
    )
    assert_one_line_error(code, out, err, "no such file")


def test_wrong_key(
    emu: Emulator, list_uuid: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_contacts(tmp_path / "contacts.csv", 5)
    for args in (["whoami"], ["leads", "import", str(source), "--list-uuid", list_uuid]):
        code, out, err = cli(capsys, "--api-key", "wrong", *args)
        assert_one_line_error(code, out, err, "API key was rejected", "401")
    assert lead_emails(emu, list_uuid) == []
    assert not (tmp_path / "contacts.failures.jsonl").exists()


def test_unknown_list(emu: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = write_contacts(tmp_path / "contacts.csv", 5)
    missing = "00000000-0000-4000-8000-00000000dead"
    code, out, err = cli(capsys, "leads", "import", str(source), "--list-uuid", missing)
    assert_one_line_error(code, out, err, missing, "not found")


def test_unreachable_host(
    emu: Emulator, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    code, out, err = cli(capsys, "--base-url", f"http://127.0.0.1:{port}", "lists", "ls")
    assert_one_line_error(code, out, err, "cannot reach", str(port))


def test_missing_key(
    emu: Emulator, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("GETSALES_API_KEY")
    code, out, err = cli(capsys, "whoami")
    assert_one_line_error(code, out, err, "GETSALES_API_KEY")


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["leads", "import", "x.csv"], "--list-uuid"),
        (["leads", "export"], "--out"),
        (["--rate-limit", "fast", "whoami"], "--rate-limit"),
        (["lists", "ls", "--bogus"], "--bogus"),
        (["leads", "import", "x.csv", "--list-uuid", "abc"], "--list-uuid"),
    ],
)
def test_usage_errors(
    emu: Emulator, capsys: pytest.CaptureFixture[str], args: list[str], fragment: str
) -> None:
    code, out, err = cli(capsys, *args)
    assert_one_line_error(code, out, err, fragment)


def test_no_arguments_shows_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys)
    assert code == 2
    assert "whoami" in out + err and "leads" in out + err
    assert "error" not in out + err


# --- the installed entry point ---------------------------------------------------------------


def script_env(emu: Emulator, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GETSALES_")}
    env.update(
        GETSALES_API_KEY=emu.api_key, GETSALES_BASE_URL=emu.base_url, GETSALES_RATE_LIMIT="off"
    )
    env.update(extra)
    return env


@pytest.mark.skipif(not SCRIPT.exists(), reason="the console script is not installed")
def test_console_script(emu: Emulator) -> None:
    done = subprocess.run(
        [str(SCRIPT), "whoami"], env=script_env(emu), capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert emu.store.current_user()["email"] in done.stdout
    done = subprocess.run(
        [str(SCRIPT), "whoami"],
        env=script_env(emu, GETSALES_API_KEY="wrong"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert_one_line_error(done.returncode, done.stdout, done.stderr, "401")


@pytest.mark.skipif(not SCRIPT.exists(), reason="the console script is not installed")
@pytest.mark.skipif(sys.platform == "win32", reason="SIGINT delivery differs on Windows")
def test_ctrl_c_stops_cleanly_and_a_rerun_finishes(
    emu: Emulator, list_uuid: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_contacts(tmp_path / "contacts.csv", 400)
    emu.configure(latency_ms=20)
    process = subprocess.Popen(
        [
            str(SCRIPT),
            "leads",
            "import",
            str(source),
            "--list-uuid",
            list_uuid,
            "--concurrency",
            "2",
        ],
        env=script_env(emu),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while len(lead_emails(emu, list_uuid)) < 20:  # wait for the import to be under way
            assert process.poll() is None, process.communicate()
            assert time.monotonic() < deadline, "the import did not start"
            time.sleep(0.01)
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
    assert process.returncode == 130, err
    assert "Traceback" not in err
    assert "Interrupted after" in err and "of 400 rows" in err
    assert len(lead_emails(emu, list_uuid)) < 400
    upserts = emu.stats.snapshot()["requests"]["POST /leads/api/leads/upsert"]

    emu.configure(latency_ms=0.0)
    code, _, err = cli(capsys, "leads", "import", str(source), "--list-uuid", list_uuid)
    assert code == 0, err
    # The journal of the interrupted run: only the rows it did not confirm are sent again.
    done = int(err.split(" of 400 rows already imported")[0].split()[-1].replace(",", ""))
    assert done > 0
    resent = emu.stats.snapshot()["requests"]["POST /leads/api/leads/upsert"] - upserts
    assert resent <= 400 - done
    emails = lead_emails(emu, list_uuid)
    assert len(emails) == len(set(emails)) == 400


def test_without_the_cli_extra_the_command_says_what_to_install() -> None:
    import subprocess
    import sys

    code = "import sys; sys.modules['typer'] = None; import getsales_extras.cli"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 1
    assert 'pip install "getsales[cli]"' in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize(
    ("option", "clash"),
    [("--outcomes", "input"), ("--failures", "input"), ("--journal", "failures")],
)
def test_one_path_for_two_files_is_refused_before_anything_is_read(
    option: str, clash: str, list_uuid: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = write_contacts(tmp_path / "contacts.csv", 3)
    before = source.read_bytes()
    failures = tmp_path / "f.jsonl"
    target = source if clash == "input" else failures
    args = ["leads", "import", str(source), "--list-uuid", list_uuid, "--failures", str(failures)]
    if option != "--failures":
        args += [option, str(target)]
    else:
        args[-1] = str(target)

    code, _, err = cli(capsys, *args)

    assert code == 2 and "must differ" in err
    assert source.read_bytes() == before
