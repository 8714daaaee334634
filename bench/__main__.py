"""Run the benchmarks: ``python -m bench`` (``make bench``).

Runs every benchmark module in turn, prints its table, writes its results to
``bench/out/<name>.json`` and, when all of them ran, regenerates ``bench/RESULTS.md`` with
the machine and the date. ``python -m bench ratelimit memory`` runs a subset (RESULTS.md is
then left alone); ``python -m bench --report`` rebuilds RESULTS.md from the JSON files of the
last run without measuring anything.

A benchmark that cannot run here (an optional dependency or service is missing) is skipped
with a note instead of failing the whole run.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import json
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, TextIO

from bench import Table, machine

HERE = Path(__file__).resolve().parent
OUT = HERE / "out"
RESULTS = HERE / "RESULTS.md"

#: Benchmark modules in the order they run and appear in RESULTS.md.
BENCHMARKS = {
    "ratelimit": "bench.bench_ratelimit",
    "pagination": "bench.bench_pagination",
    "overhead": "bench.bench_overhead",
    "startup": "bench.bench_startup",
    "memory": "bench.bench_memory",
    "multiprocess": "bench.bench_multiprocess",
    "import": "bench.bench_import",
}
TITLES = {
    "ratelimit": "Rate-limit efficiency",
    "pagination": "Pagination throughput",
    "overhead": "SDK overhead",
    "startup": "Start-up (import time)",
    "memory": "Memory while streaming",
    "multiprocess": "One budget across processes (Redis)",
    "import": "Bulk import",
}


class _Tee(io.TextIOBase):
    """Writes to the terminal and keeps a copy (for benchmarks that only print a table)."""

    def __init__(self, terminal: TextIO) -> None:
        self.terminal = terminal
        self.copy = io.StringIO()

    def write(self, text: str) -> int:
        self.terminal.write(text)
        self.terminal.flush()
        return self.copy.write(text)

    def flush(self) -> None:
        self.terminal.flush()


def run_one(name: str) -> dict[str, Any]:
    """Run one benchmark; a benchmark that cannot run comes back as a skip note."""
    module_name = BENCHMARKS[name]
    try:
        module = importlib.import_module(module_name)
    except Exception as exc:  # missing module or optional dependency
        return skipped(name, f"{module_name} could not be imported ({type(exc).__name__}: {exc})")
    tee = _Tee(sys.stdout)
    began = time.monotonic()
    try:
        with contextlib.redirect_stdout(tee):
            result = module.main()
    except Exception as exc:
        traceback.print_exc()
        return skipped(name, f"it failed: {type(exc).__name__}: {exc}")
    data: dict[str, Any] = dict(result) if isinstance(result, dict) else {"result": result}
    data.setdefault("name", name)
    data.setdefault("title", TITLES[name])
    data["seconds"] = round(time.monotonic() - began, 1)
    data["printed"] = tee.copy.getvalue()
    if data.get("skipped"):
        return skipped(name, str(data.get("reason") or data["skipped"]), data)
    return data


def skipped(name: str, reason: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
    print(f"  skipped: {reason}", flush=True)
    return {**(data or {}), "name": name, "title": TITLES[name], "skipped": True, "reason": reason}


def section(data: dict[str, Any], module: ModuleType | None) -> str:
    """The body of a benchmark's RESULTS.md section."""
    if data.get("skipped"):
        return f"Not measured in this run: {data['reason']}."
    report = getattr(module, "report", None)
    if callable(report):
        return str(report(data))
    # A benchmark without a report function: its table if it has one, else what it printed.
    table = data.get("table")
    if isinstance(table, dict) and {"columns", "rows"} <= set(table):
        return (
            Table.from_json(table).markdown()
            + "\n\nHow it is measured: see the docstring of the source file."
        )
    printed = str(data.get("printed", "")).strip("\n")
    return f"```\n{printed}\n```" if printed else "```\n" + json.dumps(data, indent=2) + "\n```"


def targets_table(runs: Sequence[dict[str, Any]]) -> str:
    table = Table(["target", "measured", "met"])
    for data in runs:
        for target in data.get("targets") or []:
            if isinstance(target, dict) and {"name", "measured", "met"} <= set(target):
                table.add(target["name"], target["measured"], "yes" if target["met"] else "**no**")
    return table.markdown() if table.rows else "No targets were measured."


def write_results(
    runs: Sequence[dict[str, Any]],
    about: dict[str, Any],
    total: float,
    later: Sequence[str] = (),
) -> None:
    """RESULTS.md for ``runs``; ``later`` names sections measured again after the full run."""
    remeasured = f" Measured again later, alone: {', '.join(later)}." if later else ""
    lines = [
        "# Benchmark results",
        "",
        f"Measured by `make bench` (`python -m bench`) on {about['date']}: "
        f"{about['cpus']} CPUs, {about['implementation']} {about['python']}, "
        f"{about['platform']} ({about['machine']}). The whole run took {total / 60:.1f} min."
        f"{remeasured}",
        "",
        "Every comparison is measured side by side in the same run against the bundled "
        "emulator on loopback, and reported as a ratio: absolute rates depend on the machine "
        "(this one is shared), the ratios are what carries over. Rate windows are scaled "
        "down so that each run takes seconds; each section says how. Raw numbers are in "
        "`bench/out/*.json` after a run.",
        "",
        "## Targets",
        "",
        targets_table(runs),
    ]
    for number, data in enumerate(runs, start=1):
        name = data["name"]
        module = None
        with contextlib.suppress(Exception):
            module = importlib.import_module(BENCHMARKS[name])
        lines += [
            "",
            f"## {number}. {data.get('title') or TITLES[name]}",
            "",
            section(data, module),
        ]
        if not data.get("skipped"):
            module_path = BENCHMARKS[name].replace(".", "/") + ".py"
            lines += ["", f"Source: `{module_path}`."]
    RESULTS.write_text("\n".join(lines) + "\n", encoding="utf-8")


def save(data: dict[str, Any], about: dict[str, Any]) -> None:
    OUT.mkdir(exist_ok=True)
    path = OUT / f"{data['name']}.json"
    path.write_text(json.dumps({"machine": about, **data}, indent=2, default=str) + "\n")


def rebuild_report() -> int:
    runs = []
    about: dict[str, Any] | None = None
    total = 0.0
    dates: dict[str, str] = {}
    for name in BENCHMARKS:
        path = OUT / f"{name}.json"
        if not path.exists():
            print(f"no {path.relative_to(HERE.parent)}: run `python -m bench` first")
            return 1
        data = json.loads(path.read_text())
        dates[name] = str(data.get("machine", {}).get("date", ""))
        about = about or data.pop("machine")
        data.pop("machine", None)
        total += float(data.get("seconds") or 0)
        runs.append(data)
    assert about is not None
    first = min(dates.values())
    later = [f"{TITLES[name]} ({date})" for name, date in dates.items() if date != first]
    write_results(runs, about, total, later)
    print(f"wrote {RESULTS.relative_to(HERE.parent)}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("names", nargs="*", metavar="NAME", help=", ".join(BENCHMARKS))
    parser.add_argument("--report", action="store_true", help="only rebuild RESULTS.md")
    args = parser.parse_args(argv)
    unknown = [name for name in args.names if name not in BENCHMARKS]
    if unknown:
        parser.error(
            f"unknown benchmark(s) {', '.join(unknown)}; choose from {', '.join(BENCHMARKS)}"
        )
    if args.report:
        return rebuild_report()
    names = list(args.names) or list(BENCHMARKS)
    about = machine()
    print(f"Benchmarks on {about['cpus']} CPUs, Python {about['python']}, {about['platform']}")
    began = time.monotonic()
    runs = []
    for name in names:
        print(f"\n== {TITLES[name]} ({name})", flush=True)
        data = run_one(name)
        save(data, about)
        runs.append(data)
    total = time.monotonic() - began

    print("\n== Targets")
    for data in runs:
        for target in data.get("targets") or []:
            if isinstance(target, dict) and "met" in target:
                verdict = "met" if target["met"] else "MISSED"
                print(f"  [{verdict}] {target.get('name')}: {target.get('measured')}")
    print(f"\nTotal: {total / 60:.1f} min")
    if names == list(BENCHMARKS):
        write_results(runs, about, total)
        print(f"wrote {RESULTS.relative_to(HERE.parent)}")
    missed = any(
        isinstance(target, dict) and target.get("met") is False
        for data in runs
        for target in data.get("targets") or []
    )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
