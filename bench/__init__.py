"""Benchmarks of the SDK against the bundled emulator, reported as side-by-side ratios.

Run them all with ``make bench`` (``python -m bench``), or one at a time with
``python -m bench.bench_ratelimit`` and so on. Each benchmark module has a ``main()`` that
prints a table and returns its results as a JSON-friendly dict; the runner writes those to
``bench/out/<name>.json`` and regenerates ``bench/RESULTS.md``.

Shared machines are noisy, so every benchmark measures the SDK and its comparison in the
same run, against the same emulator, and reports ratios; the emulator runs in a child
process so that its work does not count as the client's. Time windows are scaled down
(a 6 s or 2 s rolling window instead of 60 s) so that each run takes seconds, not hours.

This module holds what the benchmarks share: tables, rolling-window arithmetic and a
description of the machine.
"""

from __future__ import annotations

import datetime
import os
import platform
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

__all__ = ["Table", "Target", "count_between", "machine", "percent", "result"]


@dataclass
class Table:
    """Rows of already formatted cells under a header, printable as text or Markdown."""

    columns: Sequence[str]
    rows: list[Sequence[str]] = field(default_factory=list)

    def add(self, *cells: object) -> None:
        self.rows.append([str(cell) for cell in cells])

    def text(self) -> str:
        widths = [
            max(len(str(row[i])) for row in [self.columns, *self.rows])
            for i in range(len(self.columns))
        ]
        lines = ["  ".join(f"{cell:<{widths[i]}}" for i, cell in enumerate(self.columns))]
        lines.append("  ".join("-" * width for width in widths))
        for row in self.rows:
            lines.append("  ".join(f"{cell:<{widths[i]}}" for i, cell in enumerate(row)))
        return "\n".join(lines)

    def markdown(self) -> str:
        lines = ["| " + " | ".join(self.columns) + " |"]
        lines.append("|" + "|".join("---" for _ in self.columns) + "|")
        for row in self.rows:
            lines.append("| " + " | ".join(row) + " |")
        return "\n".join(lines)

    def to_json(self) -> dict[str, Any]:
        return {"columns": list(self.columns), "rows": [list(row) for row in self.rows]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Table:
        return cls(data["columns"], [list(row) for row in data["rows"]])


@dataclass
class Target:
    """A promise the SDK makes, and whether this run kept it."""

    name: str
    measured: str
    met: bool

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "measured": self.measured, "met": self.met}


def result(
    name: str,
    title: str,
    settings: dict[str, Any],
    table: Table,
    targets: Sequence[Target],
    **more: Any,
) -> dict[str, Any]:
    """A benchmark's JSON result: what the runner reads from every one, and its own ``more``
    (tables among them stored as JSON)."""
    extra = {key: v.to_json() if isinstance(v, Table) else v for key, v in more.items()}
    return {
        "name": name,
        "title": title,
        "settings": settings,
        **extra,
        "table": table.to_json(),
        "targets": [target.to_json() for target in targets],
    }


def count_between(times: Sequence[float], start: float, end: float) -> int:
    """Timestamps ``t`` with ``start <= t < end``."""
    return sum(1 for stamp in times if start <= stamp < end)


def percent(value: float) -> str:
    return f"{value:.1%}"


def machine() -> dict[str, Any]:
    """What the numbers were measured on."""
    return {
        "date": datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpus": os.cpu_count(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(terse=True),
        "machine": platform.machine(),
        "executable_is_venv": sys.prefix != sys.base_prefix,
    }
