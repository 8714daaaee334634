"""Every example in ``examples/`` runs against the emulator and does what its docstring says.

The examples are scripts, not a package: each is loaded from its file. They read the API key
and base URL from their arguments here (from the environment when run by hand).
"""

from __future__ import annotations

import csv
import importlib.util
import json
import subprocess
import sys
import time
import types
from collections.abc import Callable
from pathlib import Path

import pytest

from getsales_extras.ratelimit import RateLimit
from getsales_extras.testing import Emulator

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
EmulatorFactory = Callable[..., Emulator]


def load_example(name: str) -> types.ModuleType:
    """Import ``examples/<name>.py`` as a module (registered, so dataclasses resolve)."""
    module_name = f"getsales_example_{name}"
    if module_name in sys.modules:
        return sys.modules[module_name]
    spec = importlib.util.spec_from_file_location(module_name, EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[module_name] = module
    spec.loader.exec_module(module)
    return module


def seeded_emails(emu: Emulator, count: int) -> list[str]:
    return [str(record["work_email"]) for record in list(emu.store.leads.records.values())[:count]]


def leads_in(emu: Emulator, list_uuid: str) -> list[dict[str, object]]:
    return [
        record for record in emu.store.leads.records.values() if record["list_uuid"] == list_uuid
    ]


# --- asyncio_service -------------------------------------------------------------------------


@pytest.mark.anyio
async def test_service_answers_concurrent_requests_in_order(
    emulator_factory: EmulatorFactory,
) -> None:
    """40 requests with 100 ms of latency each: answered together, not one after another."""
    service = load_example("asyncio_service")
    emu = emulator_factory(rate_limit_requests=None, latency_ms=100)
    emu.seed(leads=30)
    known = seeded_emails(emu, 30)
    emails = [*known, *(f"stranger{n}@example.com" for n in range(10))]

    began = time.monotonic()
    answers = await service.serve(
        emails, base_url=emu.base_url, api_key=emu.api_key, rate_limit=None
    )
    elapsed = time.monotonic() - began

    assert [answer.email for answer in answers] == emails
    assert [answer.found for answer in answers] == [True] * 30 + [False] * 10
    assert all(answer.error is None for answer in answers)
    by_email = {str(r["work_email"]): r for r in emu.store.leads.records.values()}
    for answer in answers[:30]:
        assert answer.uuid == by_email[answer.email]["uuid"]
        assert answer.name == by_email[answer.email]["name"]
    assert elapsed < 2.0, f"40 lookups of 100 ms took {elapsed:.2f} s: not concurrent"


@pytest.mark.anyio
async def test_service_paces_requests_and_isolates_a_failure(
    emulator_factory: EmulatorFactory,
) -> None:
    """Three times the budget at once: no 429, and one refused request fails alone."""
    service = load_example("asyncio_service")
    budget = RateLimit(20, 2.0)  # a 2 s window leaves room for a busy machine's delays
    emu = emulator_factory(rate_limit_requests=budget.requests, rate_limit_period=budget.period)
    emu.seed(leads=60)
    emails = seeded_emails(emu, 60)
    emu.fail_next("status", "/leads/api/leads/lookup-one", status=403)

    answers = await service.serve(
        emails, base_url=emu.base_url, api_key=emu.api_key, rate_limit=budget
    )

    failed = [answer for answer in answers if answer.error]
    assert len(failed) == 1 and "PermissionDeniedError (403)" in str(failed[0].error)
    assert sum(answer.found for answer in answers) == 59
    assert emu.stats.rate_limited == 0
    assert emu.stats.max_received_in_window(budget.period) <= budget.requests


def test_service_main_prints_one_line_per_request(
    emulator_factory: EmulatorFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    service = load_example("asyncio_service")
    emu = emulator_factory(rate_limit_requests=None)
    emu.seed(leads=2)
    emails = [*seeded_emails(emu, 2), "nobody@example.com"]

    code = service.main(emu.base_url, emu.api_key, emails, rate_limit=None)

    out = capsys.readouterr().out
    assert code == 0
    assert f"{emails[0]}: " in out and "nobody@example.com: unknown" in out
    assert "3 requests handled concurrently" in out
    assert not emu.stats.mutations  # the service only reads


# --- bulk_import -----------------------------------------------------------------------------


def write_csv(path: Path, rows: int, invalid: set[int]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["email", "first_name", "company_name"])
        for n in range(rows):
            email = f"person{n}.example.com" if n in invalid else f"person{n}@example.com"
            writer.writerow([email, f"Person {n}", f"Company {n % 7}"])
    return path


def test_bulk_import_keeps_every_outcome_and_never_duplicates(
    emulator_factory: EmulatorFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bulk = load_example("bulk_import")
    emu = emulator_factory(rate_limit_requests=None)
    source = write_csv(tmp_path / "contacts.csv", 120, invalid={4, 50, 99})

    code = bulk.main(emu.base_url, emu.api_key, source, rate_limit=None)

    out = capsys.readouterr().out
    assert code == 3
    lists = list(emu.store.lists.records.values())
    assert len(lists) == 1 and lists[0]["name"] == "Import of contacts.csv"
    list_uuid = str(lists[0]["uuid"])
    assert len(leads_in(emu, list_uuid)) == 117
    assert "117 of 120 rows imported" in out
    # CSV lines are 1-based and the header is line 1: row n is on line n + 2.
    for line in (6, 52, 101):
        assert f"line {line}: ValidationError: lead.email:" in out
    assert "Failures by type: ValidationError x3" in out

    # A second run into the same list updates; nobody is added twice.
    code = bulk.main(emu.base_url, emu.api_key, source, list_uuid, rate_limit=None)
    assert code == 3
    assert len(leads_in(emu, list_uuid)) == 117
    assert len(emu.store.leads.records) == 117


def test_bulk_import_of_clean_rows_exits_zero(
    emulator_factory: EmulatorFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bulk = load_example("bulk_import")
    emu = emulator_factory(rate_limit_requests=None)
    list_uuid = str(emu.store.create_list({"name": "Target"})["uuid"])
    source = write_csv(tmp_path / "clean.csv", 10, invalid=set())

    assert bulk.main(emu.base_url, emu.api_key, source, list_uuid, rate_limit=None) == 0
    assert len(leads_in(emu, list_uuid)) == 10
    assert "Failures" not in capsys.readouterr().out


# --- export_contacts -------------------------------------------------------------------------


def test_export_streams_every_contact_once(
    emulator_factory: EmulatorFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    export = load_example("export_contacts")
    emu = emulator_factory(rate_limit_requests=None)
    wanted = emu.seed(leads=250)["list_uuid"]
    emu.seed(leads=40)  # another list, left out by the filter
    out = tmp_path / "contacts.jsonl"

    code = export.main(emu.base_url, emu.api_key, out, wanted, rate_limit=None)

    assert code == 0
    lines = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    uuids = [(line.get("lead") or line)["uuid"] for line in lines]
    assert len(uuids) == 250 and len(set(uuids)) == 250
    assert set(uuids) == {record["uuid"] for record in leads_in(emu, wanted)}
    assert "Exported 250 contacts" in capsys.readouterr().out
    assert not emu.stats.mutations


def test_export_stops_at_max_items(emulator_factory: EmulatorFactory, tmp_path: Path) -> None:
    export = load_example("export_contacts")
    emu = emulator_factory(rate_limit_requests=None)
    emu.seed(leads=300)
    out = tmp_path / "some.jsonl"

    assert export.main(emu.base_url, emu.api_key, out, max_items=120, rate_limit=None) == 0
    assert len(out.read_text("utf-8").splitlines()) == 120
    # Never more pages than the list has (dedupe may request the rest ahead, then stop).
    assert emu.stats.requests_for("POST", "/leads/api/leads/search") <= 3


def test_examples_report_a_missing_key(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("GETSALES_API_KEY", raising=False)
    export = load_example("export_contacts")
    assert export.main(out=tmp_path / "x.jsonl") == 2
    assert "GETSALES_API_KEY" in capsys.readouterr().err


# --- prometheus_metrics ----------------------------------------------------------------------


def _sample(text: str, name: str, **labels: str) -> float:
    """The value of one sample in Prometheus' text format (0 when absent)."""
    wanted = ",".join(f'{key}="{value}"' for key, value in sorted(labels.items()))
    prefix = f"{name}{{{wanted}}} " if labels else f"{name} "
    for line in text.splitlines():
        if line.startswith(prefix):
            return float(line.split()[-1])
    return 0.0


def test_prometheus_metrics_count_what_the_server_saw(emulator_factory: EmulatorFactory) -> None:
    pytest.importorskip("prometheus_client")
    metrics = load_example("prometheus_metrics")
    emu = emulator_factory(rate_limit_requests=10, rate_limit_period=1.0)
    emu.fail_next("rate_limit", "/id/api/users/current")
    emu.fail_next("status", "/leads/api/lists", status=503)

    text = metrics.run(
        12, base_url=emu.base_url, api_key=emu.api_key, rate_limit=RateLimit(10, 1.0)
    )

    ok = _sample(text, "getsales_requests_total", operation="get_current_user", outcome="2xx")
    limited = _sample(text, "getsales_requests_total", operation="get_current_user", outcome="4xx")
    lists = _sample(text, "getsales_requests_total", operation="list_lists", outcome="2xx")
    failed = _sample(text, "getsales_requests_total", operation="list_lists", outcome="5xx")
    assert (ok, limited, lists, failed) == (12, 1, 1, 1)
    assert ok + limited + lists + failed == emu.stats.total_requests
    assert _sample(text, "getsales_retries_total", reason="429") == emu.stats.rate_limited == 1
    assert _sample(text, "getsales_retries_total", reason="503") == 1
    # 15 requests in a 10-per-second window: some were held back by the limiter.
    assert _sample(text, "getsales_rate_limit_wait_seconds_count") >= 1
    assert 0 < _sample(text, "getsales_rate_window_used_ratio") <= 1
    assert emu.stats.rate_limited == 1  # only the scripted one


def point_at(monkeypatch: pytest.MonkeyPatch, emu: Emulator, key: str | None = None) -> None:
    """Point code that reads the GETSALES_* variables at ``emu`` (with ``key``, or its own)."""
    monkeypatch.setenv("GETSALES_API_KEY", key if key is not None else emu.api_key)
    monkeypatch.setenv("GETSALES_BASE_URL", emu.base_url)
    monkeypatch.delenv("GETSALES_TEAM_ID", raising=False)


# --- the demo --------------------------------------------------------------------------------


def test_demo_runs_end_to_end_against_the_emulator(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    """The real job with 150 contacts: CLI import, export, typed error, numbers; exit 0."""
    demo = load_example("demo")
    monkeypatch.setenv("GETSALES_API_KEY", "a-real-key-that-must-not-be-used")

    code = demo.main(["--emulator", "--rows", "150", "--workdir", str(tmp_path)])

    out, _err = capfd.readouterr()
    assert code == 0, out
    assert "Contacts: 150 in the CSV, 147 imported, 3 failed." in out
    assert "Exported back: 147 contacts." in out
    assert "except ValidationError as exc" in out
    assert "exc.field_errors['lead.email']" in out
    assert "answered 429: 0; faults injected: 3" in out
    assert len((tmp_path / "exported.jsonl").read_text("utf-8").splitlines()) == 147
    assert len((tmp_path / "contacts.failures.jsonl").read_text("utf-8").splitlines()) == 3

    # Run again in the same folder: the first run's files (its resume journal) change nothing.
    assert demo.main(["--emulator", "--rows", "150", "--workdir", str(tmp_path)]) == 0
    assert "Contacts: 150 in the CSV, 147 imported, 3 failed." in capfd.readouterr().out


def test_demo_with_a_key_only_reads(
    emulator_factory: EmulatorFactory,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """With GETSALES_API_KEY set the demo talks to that server and writes nothing."""
    demo = load_example("demo")
    emu = emulator_factory(rate_limit_requests=None)
    emu.seed(leads=42, lists=3)
    point_at(monkeypatch, emu)

    code = demo.main([])

    out = capsys.readouterr().out
    assert code == 0, out
    assert "read-only" in out and emu.base_url in out
    assert "whoami: " in out
    assert "contacts in the team: 42" in out
    assert "lists: 4 in all" in out
    assert not emu.stats.mutations
    assert emu.stats.total_requests >= 3


def test_demo_with_a_rejected_key_fails_in_one_line(
    emulator_factory: EmulatorFactory,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    demo = load_example("demo")
    emu = emulator_factory(rate_limit_requests=None)
    point_at(monkeypatch, emu, "wrong-key")

    assert demo.main([]) == 1
    assert "AuthenticationError" in capsys.readouterr().out


# --- the README's code -----------------------------------------------------------------------

README = EXAMPLES.parent / "README.md"


def python_blocks() -> list[str]:
    text = README.read_text("utf-8")
    blocks = []
    for chunk in text.split("```python\n")[1:]:
        blocks.append(chunk.split("\n```", 1)[0])
    return blocks


def test_readme_python_blocks_compile() -> None:
    blocks = python_blocks()
    assert len(blocks) >= 6
    for block in blocks:
        compile(block, str(README), "exec")


def test_readme_scripts_run_against_the_emulator(
    emulator_factory: EmulatorFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every README snippet that is a script runs as written, against the emulator."""
    from getsales_extras import client as client_module

    scripts = [block for block in python_blocks() if "asyncio.run(main())" in block]
    assert len(scripts) >= 4
    emu = emulator_factory(rate_limit_requests=None)
    emu.seed(leads=150, lists=3)
    point_at(monkeypatch, emu)
    # The snippets use the production budget; the emulator here has none, and tests are fast.
    defaults = client_module.create_client.__kwdefaults__
    assert defaults is not None
    monkeypatch.setitem(defaults, "rate_limit", None)
    for script in scripts:
        exec(compile(script, str(README), "exec"), {"__name__": "readme_snippet"})
    assert emu.stats.mutations_for("POST", "/leads/api/lists") == 1
    assert emu.stats.mutations_for("POST", "/leads/api/leads/upsert") == 1


def test_readme_sync_script_runs_against_the_emulator(
    emulator_factory: EmulatorFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's plain script (no asyncio) runs as written, against the emulator."""
    from getsales_extras import client as client_module

    scripts = [block for block in python_blocks() if "with create_sync_client() as" in block]
    assert len(scripts) == 1
    emu = emulator_factory(rate_limit_requests=None)
    point_at(monkeypatch, emu)
    defaults = client_module.create_client.__kwdefaults__  # the sync client is built by it
    assert defaults is not None
    monkeypatch.setitem(defaults, "rate_limit", None)
    exec(compile(scripts[0], str(README), "exec"), {"__name__": "readme_snippet"})
    assert emu.stats.mutations_for("POST", "/leads/api/leads/upsert") == 500
    assert emu.stats.requests_for("POST", "/leads/api/leads/search") == 5


def test_readme_emulator_test_passes(tmp_path: Path) -> None:
    """The README's example of a test using the emulator passes under pytest."""
    tests = [block for block in python_blocks() if "import pytest" in block]
    assert len(tests) == 1
    (tmp_path / "test_readme_example.py").write_text(tests[0], "utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 passed" in result.stdout
