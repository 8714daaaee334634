"""Memory: resident set size while streaming 100,000 contacts with ``paginate``.

The measurement runs in a fresh child process (``python -m bench.bench_memory --child``) so
that nothing allocated by earlier benchmarks counts; the emulator, seeded with 100,000
contacts, runs in a process of its own so that its data does not count either. The child
walks every contact through ``paginate(search_leads, ...)`` without keeping them, sampling
its RSS every 10,000 items, then records its peak RSS. For contrast it then keeps the first
20,000 contacts in a list, which is what collecting an export into memory costs.
"""

from __future__ import annotations

import asyncio
import gc
import json
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import psutil  # type: ignore[import-untyped]

from bench import Table, Target, result
from getsales_client.api.leads_contacts import search_leads
from getsales_client.models import SearchLeadsBody, SortDirection
from getsales_extras import create_client, paginate
from getsales_extras.pagination import DEFAULT_PREFETCH
from getsales_extras.testing import spawn_emulator

NAME = "memory"
TITLE = "Memory while streaming"
ITEMS = 100_000
SAMPLE_EVERY = 10_000
KEPT = 20_000
#: Growth after the first sample that still counts as flat.
FLAT_MIB = 8.0
MIB = 2**20


def peak_rss() -> int | None:
    """This process's peak resident set size in bytes (Linux: the kernel's high-water mark).

    ``getrusage``'s ``ru_maxrss`` is no use here: Linux carries it over from the process that
    forked this one, so it reports the runner's peak rather than this process's.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


async def stream(base_url: str, api_key: str) -> dict[str, Any]:
    process = psutil.Process()
    body = SearchLeadsBody(order_field="created_at", order_type=SortDirection.ASC)
    samples: dict[int, int] = {}
    count = 0
    async with create_client(api_key, base_url=base_url, rate_limit=None) as client:
        async for _ in paginate(search_leads, client=client, body=body, max_items=100):
            pass  # warm up: imports, connection, first parse
        gc.collect()
        samples[0] = process.memory_info().rss
        began = time.monotonic()
        async for _ in paginate(search_leads, client=client, body=body):
            count += 1
            if count % SAMPLE_EVERY == 0:
                samples[count] = process.memory_info().rss
        seconds = time.monotonic() - began
        # Where the kernel does not say, the highest sample stands in for the peak.
        peak = max(peak_rss() or 0, *samples.values())

        gc.collect()
        before_keeping = process.memory_info().rss
        kept = [
            item async for item in paginate(search_leads, client=client, body=body, max_items=KEPT)
        ]
        gc.collect()
        kept_growth = process.memory_info().rss - before_keeping
        assert len(kept) == KEPT
    return {
        "items": count,
        "seconds": seconds,
        "rss_samples": samples,
        "peak_rss": peak,
        "kept_items": KEPT,
        "kept_growth": kept_growth,
    }


def child() -> None:
    with spawn_emulator({"rate_limit_requests": None}, seed_leads=ITEMS) as emulator:
        measured = asyncio.run(stream(emulator.base_url, emulator.api_key))
    print(json.dumps(measured))


def main() -> dict[str, Any]:
    completed = subprocess.run(
        [sys.executable, "-m", "bench.bench_memory", "--child"],
        cwd=Path(__file__).resolve().parent.parent,
        check=True,
        capture_output=True,
        text=True,
    )
    measured = json.loads(completed.stdout.strip().splitlines()[-1])
    samples = {int(count): rss for count, rss in measured["rss_samples"].items()}
    first_sample = samples[SAMPLE_EVERY]
    growth = max(rss for count, rss in samples.items() if count >= SAMPLE_EVERY) - first_sample

    table = Table(["items streamed", "RSS"])
    for count, rss in sorted(samples.items()):
        label = "before (warmed up)" if count == 0 else f"{count:,}"
        table.add(label, f"{rss / MIB:.1f} MiB")
    table.add("peak of the process", f"{measured['peak_rss'] / MIB:.1f} MiB")
    summary = Table(["measure", "value"])
    summary.add(
        f"largest RSS rise above the {SAMPLE_EVERY:,}-item level, up to {ITEMS:,} items",
        f"{growth / MIB:+.1f} MiB",
    )
    summary.add(
        f"keeping {KEPT:,} contacts in a list instead",
        f"{measured['kept_growth'] / MIB:+.1f} MiB",
    )
    summary.add("streaming rate", f"{measured['items'] / measured['seconds']:,.0f} items/s")
    print(table.text())
    print()
    print(summary.text())
    targets = [
        Target(
            f"Memory: flat while streaming {ITEMS:,} items",
            f"at most {growth / MIB:+.1f} MiB above the {SAMPLE_EVERY:,}-item level",
            measured["items"] == ITEMS and growth <= FLAT_MIB * MIB,
        )
    ]
    return result(
        NAME,
        TITLE,
        {"items": ITEMS, "sample_every": SAMPLE_EVERY, "kept": KEPT},
        table,
        targets,
        results={**measured, "growth_after_first_sample": growth},
        summary_table=summary,
    )


def report(data: dict[str, Any]) -> str:
    """The Markdown section of RESULTS.md for one run's results."""
    settings = data["settings"]
    results = data["results"]
    lines = [
        f"A fresh process streams {settings['items']:,} contacts through "
        "`paginate(search_leads, ...)` without keeping them, against an emulator in another "
        f"process (no rate limit), sampling its resident set size every "
        f"{settings['sample_every']:,} items.",
        "",
        Table.from_json(data["table"]).markdown(),
        "",
        Table.from_json(data["summary_table"]).markdown(),
        "",
        f"- Memory is flat: never more than {results['growth_after_first_sample'] / MIB:+.1f} MiB "
        f"above the {settings['sample_every']:,}-item level up to {settings['items']:,} items; "
        "at most "
        f"{DEFAULT_PREFETCH + 1} pages are held at a time. Keeping just "
        f"{settings['kept']:,} of the contacts in a list costs "
        f"{results['kept_growth'] / MIB:+.0f} MiB.",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    if "--child" in sys.argv[1:]:
        child()
    else:
        main()
