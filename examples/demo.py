"""The whole SDK in one run: ``make demo`` (or ``python examples/demo.py``).

Without ``GETSALES_API_KEY`` (or with ``--emulator``) the demo needs no account and no
network. It starts the bundled GetSales emulator in a child process on a free loopback port,
with the production budget of 300 requests per rolling window on a 12x faster clock (300 per
5 s instead of per 60 s), a little latency and a few injected faults, then:

1. writes a CSV of contacts (1,000 by default), a few of them with a malformed e-mail;
2. creates a list with a generated function (``create_list``);
3. imports the CSV with the ``getsales`` command line, exactly as a user would type it;
4. exports the list back with ``paginate`` while the emulator injects faults into the reads;
5. sends one rejected row again to show the typed error it raises (``ValidationError``);
6. prints the numbers as the emulator saw them: requests, 429 answers, the busiest rolling
   window and the share of the allowed rate the import used.

With ``GETSALES_API_KEY`` set it runs read-only calls against the real API instead (who am I,
how many contacts, which lists) and never writes anything.

Options: ``--rows N`` (contacts to generate), ``--emulator`` (use the emulator even when a key
is set), ``--workdir DIR`` (where the CSV, the failures file and the export go).
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import json
import os
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from getsales_client.api.leads_contacts import count_leads, search_leads, upsert_lead
from getsales_client.api.lists import create_list, list_lists
from getsales_client.api.user_team import get_current_user
from getsales_client.models import (
    CountLeadsBody,
    CreateListBody,
    LeadFilter,
    SearchLeadsBody,
    SortDirection,
    UpsertLeadBody,
)
from getsales_extras import (
    GetSalesError,
    RateLimit,
    ValidationError,
    create_client,
    paginate,
    paginate_pages,
)
from getsales_extras.client import DEFAULT_BASE_URL
from getsales_extras.testing import EmulatorProcess, busiest_window, spawn_emulator

#: The production budget (300 requests per minute) on a clock running 12 times faster.
DEMO_RATE = RateLimit(requests=300, period=5.0)
DEFAULT_ROWS = 1_000
#: One row in this many gets an e-mail address the API rejects.
INVALID_EVERY = 50
SEARCH_PATH = "/leads/api/leads/search"
COUNT_PATH = "/leads/api/leads/count"

_ROOT = Path(__file__).resolve().parent.parent
_FIRST = ("Ada", "Ben", "Chloe", "Dara", "Emil", "Farah", "Goran", "Hana", "Ivo", "Jana")
_LAST = ("Novak", "Okafor", "Petrov", "Quinn", "Rossi", "Sato", "Tanaka", "Ueda", "Vidal")
_POSITIONS = ("Head of Sales", "CTO", "Founder", "Marketing Lead", "Account Executive")


def say(text: str = "") -> None:
    print(text, flush=True)


def heading(text: str) -> None:
    say()
    say(f"== {text}")


# --- the demo against the emulator -------------------------------------------------------


def write_contacts(path: Path, rows: int) -> int:
    """Write ``rows`` contacts as CSV; every ``INVALID_EVERY``-th has a malformed e-mail.

    Returns how many rows are invalid.
    """
    invalid = 0
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["email", "first_name", "last_name", "company_name", "position"])
        for n in range(rows):
            first, last = _FIRST[n % len(_FIRST)], _LAST[n % len(_LAST)]
            if (n + 1) % INVALID_EVERY == 0:
                email = f"{first}.{last}.{n}-at-example.com".lower()  # no @: never valid
                invalid += 1
            else:
                email = f"{first}.{last}.{n}@example.com".lower()
            company = f"Company {n % 97}"
            writer.writerow([email, first, last, company, _POSITIONS[n % len(_POSITIONS)]])
    return invalid


def cli_command() -> list[str]:
    """How to start the ``getsales`` console script of this Python environment."""
    script = Path(sys.executable).with_name("getsales")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from getsales_extras.cli import main; main()"]


def full_window_share(times: Sequence[float], rate: RateLimit) -> tuple[int, float] | None:
    """Requests admitted in the whole windows after the first one, as a share of the budget.

    Counting whole windows from the first admission gives the share of the allowed rate that
    was used; None when the times span less than one window.
    """
    if not times:
        return None
    first = min(times)
    windows = int((max(times) - first) // rate.period)
    if windows < 1:
        return None
    end = first + windows * rate.period
    used = sum(1 for stamp in times if stamp < end)
    return windows, used / (windows * rate.requests)


def wait_for_room(emulator: EmulatorProcess, rate: RateLimit, needed: int) -> float:
    """Sleep until the server's rolling window has room for ``needed`` more requests.

    The command line ran in another process with its own limiter, and it used the whole
    budget: this process's limiter cannot know that, so it waits for the import's last
    requests to age out of the window. (``RateLimit(shared=RedisBudget(...))`` is how
    processes share one budget.) Returns the seconds waited.
    """
    admitted: list[float] = sorted(emulator.stats(times=True)["admitted_times"])
    keep = rate.requests - needed
    if len(admitted) <= keep:
        return 0.0
    ready_at: float = admitted[-(keep + 1)] + rate.period
    wait = max(0.0, ready_at - time.monotonic())
    time.sleep(wait)
    return wait


async def create_demo_list(base_url: str, api_key: str, name: str) -> str:
    async with create_client(api_key, base_url=base_url, rate_limit=DEMO_RATE) as client:
        # Error statuses raise typed exceptions: the value returned is the success model.
        created = await create_list.asyncio(client=client, body=CreateListBody(name=name))
    return created.uuid


async def export_list(base_url: str, api_key: str, list_uuid: str, out: Path) -> int:
    """Stream every contact of the list to ``out`` (JSON Lines); return how many."""
    body = SearchLeadsBody(
        filter_=LeadFilter(list_uuid=list_uuid),
        order_field="created_at",
        order_type=SortDirection.ASC,
    )
    written = 0
    async with create_client(api_key, base_url=base_url, rate_limit=DEMO_RATE) as client:
        with out.open("w", encoding="utf-8") as sink:
            async for lead in paginate(search_leads, client=client, body=body, dedupe=True):
                sink.write(json.dumps(lead.to_dict(), ensure_ascii=False) + "\n")
                written += 1
    return written


async def count_list(base_url: str, api_key: str, list_uuid: str) -> int:
    async with create_client(api_key, base_url=base_url, rate_limit=DEMO_RATE) as client:
        counted = await count_leads.asyncio(
            client=client, body=CountLeadsBody(filter_=LeadFilter(list_uuid=list_uuid))
        )
    return counted.total or 0


async def show_typed_error(
    base_url: str, api_key: str, list_uuid: str, row: dict[str, Any]
) -> ValidationError | None:
    """Send a rejected row again through the SDK and return the typed error it raises."""
    body = UpsertLeadBody.from_dict({"lead": row, "list_uuid": list_uuid})
    async with create_client(api_key, base_url=base_url, rate_limit=DEMO_RATE) as client:
        try:
            await upsert_lead.asyncio_detailed(client=client, body=body)
        except ValidationError as exc:
            return exc
    return None


def run_emulator_demo(rows: int, workdir: Path) -> int:
    """The offline demo; returns the process exit code."""
    started = time.monotonic()
    workdir.mkdir(parents=True, exist_ok=True)
    say("GetSales SDK demo, against the bundled emulator (no account, no network).")
    say("Set GETSALES_API_KEY to run read-only calls against your own account instead.")

    heading("1. Emulator")
    settings = {
        "rate_limit_requests": DEMO_RATE.requests,
        "rate_limit_period": DEMO_RATE.period,
        "latency_ms": 20.0,
        "latency_jitter_ms": 10.0,
        "seed": 6,
    }
    emulator = spawn_emulator(settings)
    try:
        say(f"Serving on {emulator.base_url} (a child process, loopback only).")
        say(
            f"Budget: {DEMO_RATE.requests} requests per rolling {DEMO_RATE.period:g} s "
            f"(production: 300 per 60 s, so this clock runs 12x faster); 20-30 ms latency."
        )
        return _emulator_steps(emulator, rows, workdir, started)
    finally:
        emulator.stop()
        say("Emulator stopped.")


def _emulator_steps(emulator: EmulatorProcess, rows: int, workdir: Path, started: float) -> int:
    base_url, api_key = emulator.base_url, emulator.api_key

    heading("2. A CSV of contacts")
    contacts = workdir / "contacts.csv"
    failures = workdir / "contacts.failures.jsonl"
    exported = workdir / "exported.jsonl"
    for stale in (contacts, failures, exported):  # a previous run's
        stale.unlink(missing_ok=True)
    invalid = write_contacts(contacts, rows)
    say(f"Wrote {rows:,} contacts to {contacts} ({invalid} with an e-mail lacking its '@').")

    heading("3. A list, created with a generated function")
    list_uuid = asyncio.run(create_demo_list(base_url, api_key, "Demo import"))
    say(f"await create_list.asyncio(client=client, body=CreateListBody(...)) -> {list_uuid}")

    heading("4. Import through the getsales command line")
    # A proxy's HTML error page for the command's first request: retried, never seen.
    emulator.fail_next("html", f"/leads/api/lists/{list_uuid}", method="GET", status=502)
    say(
        f"$ getsales leads import {contacts.name} --list-uuid {list_uuid} "
        f"--failures {failures.name} --restart"
    )
    environment = dict(os.environ)
    environment.pop("GETSALES_TEAM_ID", None)
    environment.update(
        GETSALES_API_KEY=api_key,
        GETSALES_BASE_URL=base_url,
        GETSALES_RATE_LIMIT=f"{DEMO_RATE.requests}/{DEMO_RATE.period:g}",
    )
    import_began = time.monotonic()
    command = [
        *cli_command(),
        "leads",
        "import",
        str(contacts),
        "--list-uuid",
        list_uuid,
        "--failures",
        str(failures),
        "--restart",  # a previous run's journal would skip this list's rows (same uuid)
    ]
    exit_code = subprocess.run(command, env=environment, check=False).returncode
    import_ended = time.monotonic()
    if exit_code not in (0, 3):
        say(f"The import failed (exit code {exit_code}).")
        return 1
    if exit_code == 3:
        say("Exit code 3: the import finished, and some rows failed (expected here).")
    failed_rows = [json.loads(line) for line in failures.read_text("utf-8").splitlines()]
    import_stats = emulator.stats(times=True)
    import_times = [
        stamp for stamp in import_stats["admitted_times"] if import_began <= stamp <= import_ended
    ]

    heading("5. Export with paginate, through injected faults")
    waited = wait_for_room(emulator, DEMO_RATE, needed=rows // 100 + 10)
    if waited > 0.05:
        say(
            f"(Waited {waited:.1f} s: the command line ran in a process of its own, with its "
            "own limiter, and used the whole window; a RedisBudget would share one.)"
        )
    # A 503 for the first page and a dropped connection for the count: both retried.
    emulator.fail_next("status", SEARCH_PATH, status=503)
    emulator.fail_next("reset", COUNT_PATH)
    export_began = time.monotonic()
    exported_count = asyncio.run(export_list(base_url, api_key, list_uuid, exported))
    export_seconds = time.monotonic() - export_began
    in_list = asyncio.run(count_list(base_url, api_key, list_uuid))
    say(
        f"paginate(search_leads, ...) streamed {exported_count:,} contacts to {exported} "
        f"in {export_seconds:.1f} s."
    )
    say(f"count_leads(list_uuid=...) says the list holds {in_list:,} contacts.")
    say(
        "On the way the emulator answered the command's first request with an HTML 502 "
        "page, the first page with a 503 and the count with a dropped connection: all "
        "three were retried, none reached the caller."
    )

    heading("6. A typed error")
    if failed_rows:
        first = failed_rows[0]
        say(f"Row {first['row_number']} was rejected; sending it again through the SDK:")
        error = asyncio.run(show_typed_error(base_url, api_key, list_uuid, first["row"]))
        if error is None:
            say("Unexpected: the row was accepted this time.")
            return 1
        say(f"  except {type(error).__name__} as exc:   # a subclass of APIStatusError")
        say(f"  exc.status_code = {error.status_code}, exc.reason = {error.reason!r}")
        for field, messages in error.field_errors.items():
            say(f"  exc.field_errors[{field!r}] = {messages}")
        say(
            f"The row is in {failures.name} too: the importer caught the malformed address "
            "before sending it, so it cost no request."
        )
    else:
        say("No row failed, so there is no error to show.")

    heading("7. Numbers")
    final = emulator.stats(times=True)
    received = final["received_times"]
    peak = busiest_window(received, DEMO_RATE.period)
    allowed_rate = DEMO_RATE.requests / DEMO_RATE.period
    faults = sum(final["faults"].values())
    say(f"Contacts: {rows:,} in the CSV, {in_list:,} imported, {len(failed_rows):,} failed.")
    say(f"Exported back: {exported_count:,} contacts.")
    say(
        f"Requests to the API: {final['total_requests']:,}; answered 429: "
        f"{final['rate_limited']}; faults injected: {faults} (all retried by the SDK)."
    )
    say(
        f"Busiest rolling {DEMO_RATE.period:g} s window: {peak} requests "
        f"(allowed: {DEMO_RATE.requests})."
    )
    share = full_window_share(import_times, DEMO_RATE)
    import_seconds = import_ended - import_began
    if share is not None:
        windows, used = share
        say(
            f"Import: {len(import_times):,} requests in {import_seconds:.1f} s, including "
            f"the command's start-up; over its {windows} full window(s) it used {used:.1%} "
            f"of the allowed {allowed_rate:g} requests/s."
        )
    else:
        say(
            f"Import: {len(import_times):,} requests in {import_seconds:.1f} s (within one window)."
        )
    say(f"Elapsed: {time.monotonic() - started:.1f} s. Files are in {contacts.parent}.")

    consistent = in_list + len(failed_rows) == rows and exported_count == in_list
    if not consistent or final["rate_limited"]:
        say("Something did not add up (see the numbers above).")
        return 1
    return 0


# --- read-only calls against the real API --------------------------------------------------


async def read_only_tour(api_key: str, base_url: str | None) -> int:
    """Who am I, how many contacts, which lists: read-only calls, nothing written."""
    async with create_client(api_key, base_url=base_url) as client:
        say(f"GetSales SDK demo, read-only, against {base_url or DEFAULT_BASE_URL}.")
        user = await get_current_user.asyncio(client=client)
        name = " ".join(str(part) for part in (user.first_name, user.last_name) if part)
        say(f"whoami: {name or 'unnamed user'} <{user.email or '?'}>")

        counted = await count_leads.asyncio(client=client, body=CountLeadsBody(all_=True))
        total = counted.total
        say(f"contacts in the team: {total:,}" if isinstance(total, int) else "contacts: ?")

        shown = 0
        async for page in paginate_pages(list_lists, client=client, max_items=10):
            if page.offset == 0:
                say(f"lists: {page.total if page.total is not None else '?'} in all; the first:")
            for item in page.items:
                say(f"  {item.uuid}  {item.name}")
                shown += 1
        if shown == 0:
            say("lists: none yet")
    return 0


def run_read_only(api_key: str) -> int:
    try:
        return asyncio.run(read_only_tour(api_key, os.environ.get("GETSALES_BASE_URL") or None))
    except GetSalesError as exc:
        say(f"demo: {type(exc).__name__}: {exc}")
        return 1


# --- entry point ---------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--rows", type=int, default=DEFAULT_ROWS, help="contacts to generate")
    parser.add_argument(
        "--emulator", action="store_true", help="use the emulator even if GETSALES_API_KEY is set"
    )
    parser.add_argument(
        "--workdir", type=Path, default=_ROOT / ".tmp" / "demo", help="where files are written"
    )
    args = parser.parse_args(argv)
    if args.rows < 1:
        parser.error("--rows must be at least 1")
    api_key = os.environ.get("GETSALES_API_KEY", "").strip()
    if api_key and not args.emulator:
        return run_read_only(api_key)
    return run_emulator_demo(args.rows, args.workdir)


if __name__ == "__main__":
    sys.exit(main())
