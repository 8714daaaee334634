"""Import time: what a program pays at start-up for the SDK, next to ``import httpx``.

Each statement runs in a fresh interpreter (so nothing is cached in ``sys.modules``) and times
only the import itself, with ``time.perf_counter`` around it; the interpreters take turns so
that a slowdown of the machine hits every statement alike, and the median of the runs counts.

* ``import httpx``: the baseline, a dependency every user loads anyway;
* ``import getsales_extras``: the package itself (its names load on first use);
* ``from getsales_extras import create_client, paginate``: what an asyncio service imports;
* ``import getsales_extras.cli``: what ``getsales --help`` loads before it prints.

Also reported: how many of the generated modules each statement loaded (the package has one
per operation and one per model; a program should load only the ones it uses).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
from pathlib import Path
from typing import Any

from bench import Table, Target, result

NAME = "startup"
TITLE = "Start-up (import time)"
RUNS = 15
ROOT = Path(__file__).resolve().parent.parent
STATEMENTS = {
    "import httpx": "import httpx",
    "import getsales_extras": "import getsales_extras",
    "create_client + paginate": "from getsales_extras import create_client, paginate",
    "CLI (getsales --help)": "import getsales_extras.cli",
}
PROBE = """
import sys, time, json
started = time.perf_counter()
{statement}
elapsed = time.perf_counter() - started
generated = sum(1 for name in sys.modules if name.startswith("getsales_client."))
print(json.dumps({{"seconds": elapsed, "generated_modules": generated}}))
"""


def measure_once(statement: str) -> dict[str, Any]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE.format(statement=statement)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    loaded: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return loaded


def total_generated_modules() -> int:
    package = ROOT / "getsales_client"
    return sum(1 for path in package.rglob("*.py") if path.name != "__init__.py")


def main() -> dict[str, Any]:
    samples: dict[str, list[float]] = {name: [] for name in STATEMENTS}
    modules: dict[str, int] = {}
    for _ in range(RUNS):
        for name, statement in STATEMENTS.items():
            probe = measure_once(statement)
            samples[name].append(probe["seconds"])
            modules[name] = probe["generated_modules"]
    medians = {name: statistics.median(values) for name, values in samples.items()}
    baseline = medians["import httpx"]
    generated_total = total_generated_modules()
    table = Table(["statement", "median", "x import httpx", "generated modules loaded"])
    for name, seconds in medians.items():
        table.add(
            name,
            f"{seconds * 1000:.0f} ms",
            f"{seconds / baseline:.2f}x",
            f"{modules[name]} of {generated_total}",
        )
    print(table.text())
    realistic = medians["create_client + paginate"] / baseline
    package = medians["import getsales_extras"] / baseline
    targets = [
        Target(
            "Import: getsales_extras (and create_client + paginate) <= 2.5x import httpx",
            f"import getsales_extras {package:.2f}x, create_client + paginate {realistic:.2f}x",
            max(package, realistic) <= 2.5,
        )
    ]
    return result(
        NAME,
        TITLE,
        {"runs": RUNS},
        table,
        targets,
        results={
            name: {"median_s": medians[name], "generated_modules": modules[name]}
            for name in STATEMENTS
        },
    )


if __name__ == "__main__":
    main()
