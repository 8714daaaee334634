"""Import a CSV of contacts with ``run_bulk``: many upserts in flight, every outcome kept.

The ``getsales leads import`` command does this job with a progress bar, a failures file
and safe re-runs. This example shows the building blocks it stands on, for a pipeline of
your own:

* ``run_bulk(func, inputs, concurrency=...)`` calls ``func`` on every input with a bounded
  number of calls in flight and returns one ``Outcome`` per input, in input order: the
  result, or the exception. One bad row never aborts the batch;
* the client's limiter does the pacing, so ``concurrency`` only has to cover the latency;
* failures are typed: ``ValidationError.field_errors`` says which field of which row was
  refused.

Usage (``GETSALES_API_KEY``, and ``GETSALES_BASE_URL`` for the emulator, in the
environment)::

    python examples/bulk_import.py contacts.csv [--list-uuid UUID]

The CSV's columns are contact fields (``email``, ``first_name``, ``last_name``,
``company_name``, ``position``, ``linkedin_id``...). Without ``--list-uuid`` a new list is
created. Upsert matches existing contacts, so running it twice does not duplicate anyone.
Exit code 0 when every row was imported, 3 when some failed.
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import sys
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

from getsales_client.api.leads_contacts import upsert_lead
from getsales_client.api.lists import create_list
from getsales_client.models import CreateListBody, UpsertLeadBody
from getsales_extras import (
    ConfigurationError,
    GetSalesError,
    Outcome,
    ValidationError,
    create_client,
    run_bulk,
)
from getsales_extras.client import DEFAULT_RATE_LIMIT
from getsales_extras.ratelimit import RateLimit

CONCURRENCY = 16


@attrs.frozen
class ImportReport:
    list_uuid: str
    rows: int
    imported: int
    failures: list[tuple[int, str]]  # (CSV line, why)
    seconds: float


def read_contacts(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, contact) for every CSV row; empty cells are left out."""
    with path.open(newline="", encoding="utf-8-sig") as handle:
        for line, row in enumerate(csv.DictReader(handle), start=2):
            yield line, {name: value.strip() for name, value in row.items() if value and name}


def describe(error: Exception) -> str:
    """One line saying why a row failed."""
    if isinstance(error, ValidationError) and error.field_errors:
        fields = "; ".join(f"{name}: {' '.join(msgs)}" for name, msgs in error.field_errors.items())
        return f"ValidationError: {fields}"
    return f"{type(error).__name__}: {error}"


async def import_contacts(
    path: Path,
    list_uuid: str | None = None,
    *,
    base_url: str | None = None,
    api_key: str | None = None,
    rate_limit: RateLimit | None = DEFAULT_RATE_LIMIT,
    concurrency: int = CONCURRENCY,
) -> ImportReport:
    began = time.monotonic()
    async with create_client(api_key, base_url=base_url, rate_limit=rate_limit) as client:
        if list_uuid is None:
            created = await create_list.asyncio(
                client=client, body=CreateListBody(name=f"Import of {path.name}")
            )
            list_uuid = created.uuid
        target = list_uuid

        async def upsert(row: tuple[int, dict[str, str]]) -> Any:
            _line, contact = row
            body = UpsertLeadBody.from_dict({"lead": contact, "list_uuid": target})
            return await upsert_lead.asyncio(client=client, body=body)

        done = 0

        def progress(outcome: Outcome[tuple[int, dict[str, str]], Any]) -> None:
            nonlocal done
            done += 1
            if done % 100 == 0:
                print(f"  {done} rows settled", file=sys.stderr)

        outcomes = await run_bulk(
            upsert, read_contacts(path), concurrency=concurrency, on_progress=progress
        )

    failures = [
        (outcome.input[0], describe(outcome.error))
        for outcome in outcomes
        if outcome.error is not None
    ]
    return ImportReport(
        list_uuid=target,
        rows=len(outcomes),
        imported=sum(outcome.ok for outcome in outcomes),
        failures=failures,
        seconds=time.monotonic() - began,
    )


def main(
    base_url: str | None = None,
    api_key: str | None = None,
    csv_path: str | Path = "contacts.csv",
    list_uuid: str | None = None,
    *,
    rate_limit: RateLimit | None = DEFAULT_RATE_LIMIT,
) -> int:
    """Import ``csv_path`` and print a summary; 0 when all rows made it, 3 when some failed."""
    try:
        report = asyncio.run(
            import_contacts(
                Path(csv_path),
                list_uuid,
                base_url=base_url,
                api_key=api_key,
                rate_limit=rate_limit,
            )
        )
    except ConfigurationError as exc:
        print(f"bulk_import: {exc}", file=sys.stderr)
        return 2
    except (GetSalesError, OSError) as exc:  # the list could not be created, file unreadable
        print(f"bulk_import: {exc}", file=sys.stderr)
        return 1
    print(
        f"{report.imported} of {report.rows} rows imported into list {report.list_uuid} "
        f"in {report.seconds:.1f} s."
    )
    reasons = Counter(why.split(":", 1)[0] for _line, why in report.failures)
    for line, why in report.failures:
        print(f"  line {line}: {why}")
    if reasons:
        print("Failures by type: " + ", ".join(f"{name} x{n}" for name, n in reasons.items()))
        return 3
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Import contacts from a CSV file.")
    parser.add_argument("csv_path", type=Path)
    parser.add_argument("--list-uuid", help="target list (default: create one)")
    arguments = parser.parse_args()
    sys.exit(main(csv_path=arguments.csv_path, list_uuid=arguments.list_uuid))
