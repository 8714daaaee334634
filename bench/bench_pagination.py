"""Pagination: export throughput with prefetch against a sequential pager, by latency.

A 20,000-contact export (200 pages of 100 through ``search_leads``) under the production
rate, 5 requests per second, enforced as 10 requests per rolling 2 s so that the window
is short. At 0, 100 and 250 ms of latency per answer, two walks run side by side with their
own API keys (and budgets):

* **prefetch**: ``paginate_pages(...)`` with its default prefetch, requesting pages ahead
  of the consumer once the total is known;
* **sequential**: the same with ``prefetch=0``, one request after the other, as a
  hand-written ``while has_more`` loop does.

Reported: items per second and that rate as a share of what the limit allows
(100 items x 5 pages/s = 500 items/s). A sequential pager cannot beat one page per round
trip: at 250 ms that is 4 pages/s, 80% of the budget at best.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from bench import Table, Target, percent, result
from getsales_client.api.leads_contacts import search_leads
from getsales_client.models import SearchLeadsBody, SortDirection
from getsales_extras import RateLimit, create_client, paginate_pages
from getsales_extras.pagination import DEFAULT_PREFETCH
from getsales_extras.ratelimit import clear_shared_limiters
from getsales_extras.testing import EmulatorProcess, spawn_emulator

NAME = "pagination"
TITLE = "Pagination throughput"
RATE = RateLimit(requests=10, period=2.0)
PAGE_SIZE = 100
ITEMS = 20_000
LATENCIES_MS = (0, 100, 250)
MODES = {"prefetch": DEFAULT_PREFETCH, "sequential": 0}
KEYS = {"prefetch": "prefetch-key", "sequential": "sequential-key"}


async def walk(base_url: str, mode: str) -> dict[str, Any]:
    """Export every contact once; return items, pages and seconds."""
    body = SearchLeadsBody(order_field="created_at", order_type=SortDirection.ASC)
    items = pages = 0
    async with create_client(KEYS[mode], base_url=base_url, rate_limit=RATE) as client:
        began = time.monotonic()
        async for page in paginate_pages(
            search_leads, client=client, body=body, page_size=PAGE_SIZE, prefetch=MODES[mode]
        ):
            items += len(page.items)
            pages += 1
        seconds = time.monotonic() - began
    return {"items": items, "pages": pages, "seconds": seconds}


async def side_by_side(base_url: str) -> dict[str, dict[str, Any]]:
    walks = await asyncio.gather(*(walk(base_url, mode) for mode in MODES))
    return dict(zip(MODES, walks, strict=True))


def measure(emulator: EmulatorProcess, latency_ms: float) -> dict[str, Any]:
    emulator.configure(latency_ms=latency_ms)
    emulator.reset(data=False, stats=True, faults=True, rate_limit=True)
    clear_shared_limiters()  # a fresh budget on the client side too
    runs = asyncio.run(side_by_side(emulator.base_url))
    allowed = PAGE_SIZE * RATE.requests / RATE.period
    for run in runs.values():
        run["items_per_s"] = run["items"] / run["seconds"]
        run["share_of_limit"] = run["items_per_s"] / allowed
    return {"runs": runs, "rate_limited": emulator.stats()["rate_limited"]}


def main() -> dict[str, Any]:
    settings = {
        "rate_limit_requests": RATE.requests,
        "rate_limit_period": RATE.period,
        "api_key": KEYS["prefetch"],
        "extra_api_keys": [KEYS["sequential"]],
    }
    results: dict[str, Any] = {}
    with spawn_emulator(settings, seed_leads=ITEMS) as emulator:
        for latency in LATENCIES_MS:
            row = measure(emulator, latency)
            results[f"{latency}ms"] = row
            runs = row["runs"]
            print(
                f"  {latency} ms: prefetch {percent(runs['prefetch']['share_of_limit'])}, "
                f"sequential {percent(runs['sequential']['share_of_limit'])}",
                flush=True,
            )

    allowed = PAGE_SIZE * RATE.requests / RATE.period
    table = Table(
        [
            "latency",
            "prefetch items/s",
            "prefetch / limit",
            "sequential items/s",
            "sequential / limit",
            "prefetch / sequential",
            "429s",
        ]
    )
    for latency in LATENCIES_MS:
        row = results[f"{latency}ms"]
        fast, slow = row["runs"]["prefetch"], row["runs"]["sequential"]
        table.add(
            f"{latency} ms",
            f"{fast['items_per_s']:.0f}",
            percent(fast["share_of_limit"]),
            f"{slow['items_per_s']:.0f}",
            percent(slow["share_of_limit"]),
            f"{fast['items_per_s'] / slow['items_per_s']:.2f}x",
            row["rate_limited"],
        )
    print(
        f"limit: {allowed:.0f} items/s ({RATE.requests} pages of {PAGE_SIZE} per {RATE.period:g} s)"
    )
    print(table.text())
    at_250 = results["250ms"]["runs"]
    complete = all(
        run["items"] == ITEMS for row in results.values() for run in row["runs"].values()
    )
    targets = [
        Target(
            "Pagination: >= 95% of the rate limit with prefetch at 250 ms latency",
            f"{percent(at_250['prefetch']['share_of_limit'])} "
            f"(sequential: {percent(at_250['sequential']['share_of_limit'])})",
            at_250["prefetch"]["share_of_limit"] >= 0.95 and complete,
        )
    ]
    return result(
        NAME,
        TITLE,
        {
            "requests": RATE.requests,
            "period_s": RATE.period,
            "page_size": PAGE_SIZE,
            "items": ITEMS,
            "latencies_ms": list(LATENCIES_MS),
            "prefetch": DEFAULT_PREFETCH,
            "allowed_items_per_s": allowed,
        },
        table,
        targets,
        results=results,
    )


def report(data: dict[str, Any]) -> str:
    """The Markdown section of RESULTS.md for one run's results."""
    settings = data["settings"]
    results = data["results"]
    at_250 = results["250ms"]["runs"]
    pages = settings["items"] // settings["page_size"]
    lines = [
        f"An export of {settings['items']:,} contacts ({pages} "
        f"pages of {settings['page_size']} through `search_leads`) under the production rate of "
        f"{settings['requests'] / settings['period_s']:g} requests/s, enforced as "
        f"{settings['requests']} requests per rolling {settings['period_s']:g} s. At each "
        "latency two walks run side by side, each with its own key: `paginate_pages` with its "
        f"default prefetch ({settings['prefetch']} pages ahead) and with `prefetch=0` "
        "(sequential, like a hand-written `while has_more` loop). Columns marked *limit*: "
        f"items per second divided by the {settings['allowed_items_per_s']:.0f} items/s "
        "the limit allows, timed "
        "from the first request to the last item.",
        "",
        Table.from_json(data["table"]).markdown(),
        "",
        f"- At 250 ms a sequential pager waits for every answer: "
        f"{percent(at_250['sequential']['share_of_limit'])} of the limit (its ceiling is one "
        "page per round trip, 4 pages/s or 80%). Prefetch reached "
        f"{percent(at_250['prefetch']['share_of_limit'])}.",
        "- The rest of the way to 100% is the first page, which must arrive (with the total) "
        "before pages can be requested ahead, the last page's round trip, and the limiter's "
        f"latency allowance (it charges each request up to {RATE.charged_latency * 1000:.0f} ms, "
        f"{RATE.charged_latency / RATE.period:.1%} of the window, for its round trip).",
        "- Below 200 ms the production rate, not the latency, is the bottleneck, so both "
        "pagers run at the limit.",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
