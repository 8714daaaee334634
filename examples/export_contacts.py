"""Export contacts to a JSON Lines file with ``paginate_pages``: streamed, with progress.

``paginate`` and ``paginate_pages`` take any generated list operation and walk all of its
pages; for POST lists like ``search_leads`` the paging goes inside a copy of the body. Pages
are requested a few ahead of the consumer once the total is known, so a long export runs at
the rate limit rather than at the speed of one round trip after another; memory stays at a
few pages however long the list is. Sorting by ``created_at`` ascending keeps contacts added
during the export at the end, and ``dedupe=True`` drops a contact a shifting page repeats.

Usage (``GETSALES_API_KEY``, and ``GETSALES_BASE_URL`` for the emulator, in the
environment)::

    python examples/export_contacts.py --out contacts.jsonl [--list-uuid UUID] [--max N]

It only reads.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

from getsales_client.api.leads_contacts import search_leads
from getsales_client.models import LeadFilter, SearchLeadsBody, SortDirection
from getsales_extras import ConfigurationError, GetSalesError, create_client, paginate_pages
from getsales_extras.client import DEFAULT_RATE_LIMIT
from getsales_extras.ratelimit import RateLimit


async def export_contacts(
    out: Path,
    list_uuid: str | None = None,
    *,
    max_items: int | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    rate_limit: RateLimit | None = DEFAULT_RATE_LIMIT,
) -> int:
    """Write the contacts (of one list, or all) to ``out``; return how many."""
    body = SearchLeadsBody(order_field="created_at", order_type=SortDirection.ASC)
    if list_uuid is not None:
        body.filter_ = LeadFilter(list_uuid=list_uuid)
    written = 0
    async with create_client(api_key, base_url=base_url, rate_limit=rate_limit) as client:
        with out.open("w", encoding="utf-8") as sink:
            async for page in paginate_pages(
                search_leads, client=client, body=body, max_items=max_items, dedupe=True
            ):
                for contact in page.items:
                    sink.write(json.dumps(contact.to_dict(), ensure_ascii=False) + "\n")
                written += len(page.items)
                total = "?" if page.total is None else f"{page.total:,}"
                print(f"  {written:,} of {total}", file=sys.stderr)
    return written


def main(
    base_url: str | None = None,
    api_key: str | None = None,
    out: str | Path = "contacts.jsonl",
    list_uuid: str | None = None,
    *,
    max_items: int | None = None,
    rate_limit: RateLimit | None = DEFAULT_RATE_LIMIT,
) -> int:
    """Export and print a summary line; 0 on success."""
    began = time.monotonic()
    try:
        written = asyncio.run(
            export_contacts(
                Path(out),
                list_uuid,
                max_items=max_items,
                base_url=base_url,
                api_key=api_key,
                rate_limit=rate_limit,
            )
        )
    except ConfigurationError as exc:
        print(f"export_contacts: {exc}", file=sys.stderr)
        return 2
    except (GetSalesError, OSError) as exc:
        print(f"export_contacts: {exc}", file=sys.stderr)
        return 1
    print(f"Exported {written:,} contacts to {out} in {time.monotonic() - began:.1f} s.")
    return 0


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="Export contacts to JSON Lines.")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--list-uuid", help="only this list's contacts")
    parser.add_argument("--max", type=int, dest="max_items", help="stop after N contacts")
    arguments = parser.parse_args()
    sys.exit(main(out=arguments.out, list_uuid=arguments.list_uuid, max_items=arguments.max_items))
