"""paginate / paginate_pages against the emulator: order, shapes, limits, memory, rate."""

from __future__ import annotations

import asyncio
import gc
import time
from collections.abc import Callable
from contextlib import aclosing
from typing import Any

import psutil  # type: ignore[import-untyped]
import pytest

from getsales_client.api.leads_contacts import search_leads
from getsales_client.api.lists import list_lists
from getsales_client.models import LeadAggregation, List, SearchLeadsBody, SortDirection
from getsales_extras.client import create_client
from getsales_extras.errors import APIConnectionError, AuthenticationError, ValidationError
from getsales_extras.pagination import (
    DEFAULT_PREFETCH,
    Page,
    paginate,
    paginate_pages,
)
from getsales_extras.ratelimit import RateLimit
from getsales_extras.testing import Emulator

pytestmark = pytest.mark.anyio

ASC = SortDirection.ASC


@pytest.fixture
def emu(shared_emulator: Emulator) -> Emulator:
    """The module's emulator, emptied and back to default settings for each test."""
    shared_emulator.reset()
    shared_emulator.configure(lead_items="wrapped", latency_ms=0.0)
    return shared_emulator


def lead_body(list_uuid: str | None = None, **fields: Any) -> SearchLeadsBody:
    body: dict[str, Any] = {"order_field": "created_at", "order_type": "asc", **fields}
    if list_uuid is not None:
        body["filter"] = {"list_uuid": list_uuid}
    return SearchLeadsBody.from_dict(body)


def requests_to(emu: Emulator, route: str) -> int:
    return int(emu.stats.snapshot()["requests"].get(route, 0))


def seeded_list_uuids(emu: Emulator) -> list[str]:
    """Every list's uuid in creation (``created_at`` ascending) order."""
    return [str(uuid) for uuid in emu.store.lists.records]


def seeded_lead_uuids(emu: Emulator, list_uuid: str) -> list[str]:
    records = emu.store.leads.records.values()
    return [r["uuid"] for r in records if r["list_uuid"] == list_uuid]


# --- every item, once, in order ------------------------------------------------------------


@pytest.mark.parametrize("prefetch", [0, DEFAULT_PREFETCH])
async def test_get_list_yields_2500_items_once_in_order(
    emu: Emulator, client: Any, prefetch: int
) -> None:
    emu.seed(lists=2_500)
    expected = seeded_list_uuids(emu)
    assert len(expected) == 2_500

    items = [
        item
        async for item in paginate(
            list_lists, client=client, order_field="created_at", order_type=ASC, prefetch=prefetch
        )
    ]

    assert all(isinstance(item, List) for item in items)
    assert [str(item.uuid) for item in items] == expected
    assert requests_to(emu, "GET /leads/api/lists") == 25


@pytest.mark.parametrize("prefetch", [0, DEFAULT_PREFETCH])
async def test_post_search_yields_2500_leads_once_in_order(
    emu: Emulator, client: Any, prefetch: int
) -> None:
    list_uuid = emu.seed(leads=2_500)["list_uuid"]
    emu.seed(leads=30)  # another list, which the filter must keep out
    expected = seeded_lead_uuids(emu, list_uuid)
    body = lead_body(list_uuid)
    before = body.to_dict()

    items = [
        item async for item in paginate(search_leads, client=client, body=body, prefetch=prefetch)
    ]

    assert [str(item.uuid) for item in items] == expected
    assert len(set(expected)) == 2_500
    assert body.to_dict() == before, "the caller's body must not be modified"
    assert requests_to(emu, "POST /leads/api/leads/search") == 25


@pytest.mark.parametrize("lead_items", ["wrapped", "flat"])
async def test_search_items_are_typed_aggregates_whatever_their_shape(
    emu: Emulator, client: Any, lead_items: str
) -> None:
    """``{lead, markers, flows}`` and the flat aggregate (both declared) parse the same."""
    emu.configure(lead_items=lead_items)
    list_uuid = emu.seed(leads=150)["list_uuid"]

    items = [
        item async for item in paginate(search_leads, client=client, body=lead_body(list_uuid))
    ]

    assert [str(item.uuid) for item in items] == seeded_lead_uuids(emu, list_uuid)
    for item in items:
        assert isinstance(item, LeadAggregation)
        assert item.first_name and item.work_email
        assert "lead" not in item.additional_properties
    # Nothing of the aggregate is lost on the way.
    assert all(item.markers is not None for item in items)
    assert "flows" in items[0].to_dict()


# --- response shapes -----------------------------------------------------------------------


async def test_pages_of_the_documented_envelope(emu: Emulator, client: Any) -> None:
    emu.seed(lists=250)
    expected = seeded_list_uuids(emu)

    pages = [
        page
        async for page in paginate_pages(
            list_lists, client=client, order_field="created_at", order_type=ASC
        )
    ]

    assert [str(item.uuid) for page in pages for item in page.items] == expected
    assert [page.offset for page in pages] == [0, 100, 200]
    assert requests_to(emu, "GET /leads/api/lists") == 3
    assert pages[0].total == 250


# --- limits --------------------------------------------------------------------------------


async def test_max_items_stops_early_without_overfetching(emu: Emulator, client: Any) -> None:
    emu.seed(lists=2_500)
    expected = seeded_list_uuids(emu)[:250]

    items = [
        item async for item in paginate(list_lists, client=client, order_type=ASC, max_items=250)
    ]

    assert [str(item.uuid) for item in items] == expected
    # 100 + 100 + 50: the last request asks only for what is still wanted.
    assert requests_to(emu, "GET /leads/api/lists") == 3


async def test_max_items_zero_and_bad_arguments(client: Any) -> None:
    assert [item async for item in paginate(list_lists, client=client, max_items=0)] == []
    with pytest.raises(ValueError, match="page_size"):
        await anext(paginate(list_lists, client=client, page_size=101))
    with pytest.raises(TypeError, match="limit"):
        await anext(paginate(list_lists, client=client, limit=5))
    with pytest.raises(TypeError, match="not a generated list operation"):
        from getsales_client.api.user_team import get_current_user

        await anext(paginate(get_current_user, client=client))


async def test_the_default_page_is_the_largest_the_operation_s_spec_allows(
    emu: Emulator, client: Any
) -> None:
    emu.seed(lists=20)
    assert list_lists.MAX_PAGE_SIZE == 100  # the spec's maximum for `limit`

    class SmallPages:  # the same operation, as if its spec allowed 7 per page
        MAX_PAGE_SIZE = 7
        build_page_request = staticmethod(list_lists.build_page_request)
        parse_page = staticmethod(list_lists.parse_page)

    pages = [page async for page in paginate_pages(SmallPages(), client=client, order_type=ASC)]
    assert [(len(p.items), p.offset) for p in pages] == [(7, 0), (7, 7), (6, 14)]
    with pytest.raises(ValueError, match="between 1 and 7, got 8"):
        await anext(paginate(SmallPages(), client=client, page_size=8))


async def test_small_pages_and_page_objects(emu: Emulator, client: Any) -> None:
    emu.seed(lists=45)
    pages = [
        page
        async for page in paginate_pages(list_lists, client=client, order_type=ASC, page_size=20)
    ]
    assert [(len(p.items), p.offset, p.total) for p in pages] == [
        (20, 0, 45),
        (20, 20, 45),
        (5, 40, 45),
    ]
    assert all(isinstance(p, Page) for p in pages)


# --- data changing underneath ----------------------------------------------------------------


async def test_dedupe_drops_rows_repeated_by_a_shifting_list(emu: Emulator, client: Any) -> None:
    """Newest first while contacts are added: later pages repeat rows; dedupe drops them."""
    list_uuid = emu.seed(leads=300)["list_uuid"]
    body = lead_body(list_uuid, order_type="desc")

    async def walk(dedupe: bool) -> list[str]:
        seen: list[str] = []
        pages = paginate_pages(search_leads, client=client, body=body, prefetch=0, dedupe=dedupe)
        async with aclosing(pages):
            async for page in pages:
                if page.offset == 0:
                    emu.seed(leads=40, list_uuid=list_uuid)  # lands in front of everything
                seen.extend(str(item.uuid) for item in page.items)
        return seen

    repeated = await walk(dedupe=False)
    assert len(repeated) > len(set(repeated)), "the shifted pages should repeat rows"
    unique = await walk(dedupe=True)
    assert len(unique) == len(set(unique))


# --- errors and cancellation -----------------------------------------------------------------


async def test_errors_surface_as_typed_exceptions(emu: Emulator) -> None:
    async with create_client("wrong-key", base_url=emu.base_url, rate_limit=None) as client:
        with pytest.raises(AuthenticationError):
            await anext(paginate(list_lists, client=client))
    async with create_client(emu.api_key, base_url=emu.base_url, rate_limit=None) as client:
        with pytest.raises(ValidationError):
            await anext(paginate(list_lists, client=client, order_field="no_such_field"))


async def test_a_cut_off_page_is_a_connection_error(emu: Emulator, client: Any) -> None:
    """The connection closes halfway through the body, as a real cut-off page does."""
    emu.fail_next("truncated", "/leads/api/lists", count=10)
    with pytest.raises(APIConnectionError):
        await anext(paginate(list_lists, client=client))


async def test_leaving_early_cancels_prefetched_pages(emu: Emulator, client: Any) -> None:
    emu.seed(lists=1_000)
    emu.configure(latency_ms=200)

    def fetch_tasks() -> list[asyncio.Task[Any]]:
        return [
            task
            for task in asyncio.all_tasks()
            if not task.done() and "paginate_pages.<locals>.fetch" in repr(task.get_coro())
        ]

    items = paginate(list_lists, client=client, page_size=10, prefetch=6)
    async with aclosing(items):
        async for _ in items:
            assert len(fetch_tasks()) == 6  # pages 2..7 were requested ahead
            break
    assert fetch_tasks() == []


# --- memory ----------------------------------------------------------------------------------


async def test_memory_stays_flat_over_100k_items(emu: Emulator, client: Any) -> None:
    """Items are not kept: resident memory after 100,000 items ~ memory after 20,000.

    Keeping them would cost ~100 MB (about 1 KB per list object); a few pages cost well
    under 1 MB.
    """
    emu.seed(lists=100_000)
    process = psutil.Process()
    samples: dict[int, int] = {}
    count = 0
    async for _item in paginate(list_lists, client=client, order_type=ASC):
        count += 1
        if count % 20_000 == 0:
            gc.collect()
            samples[count] = process.memory_info().rss
    assert count == 100_000
    growth = samples[100_000] - samples[20_000]
    mib = 2**20
    print(f"RSS after 20k items {samples[20_000] / mib:.1f} MiB, then {growth / mib:+.1f} MiB")
    assert growth < 15 * 2**20


# --- latency hiding --------------------------------------------------------------------------


async def test_prefetch_reaches_the_rate_limit_where_sequential_cannot(
    emulator_factory: Callable[..., Emulator],
) -> None:
    """250 ms per request and a budget of 50 per 5 s (10/s; production: 300 per 60 s).

    Sequential paging waits for each answer: at most 1/0.25 s = 4 requests/s. Prefetching (the
    default window) keeps enough requests in flight for the limiter to be the only brake. The
    walk spans two windows of the budget (100 requests).
    """
    budget = RateLimit(50, 5.0)
    allowed = budget.requests / budget.period
    emu = emulator_factory(
        latency_ms=250,
        rate_limit_requests=budget.requests,
        rate_limit_period=budget.period,
        extra_api_keys=("sequential-key",),
    )
    emu.seed(lists=2_000)

    async def pages_per_second(api_key: str, **options: Any) -> float:
        stamps: list[float] = []
        async with create_client(api_key, base_url=emu.base_url, rate_limit=budget) as client:
            async for _page in paginate_pages(
                list_lists, client=client, page_size=20, order_type=ASC, **options
            ):
                stamps.append(time.monotonic())
        return (len(stamps) - 1) / (stamps[-1] - stamps[0])

    sequential = await pages_per_second("sequential-key", prefetch=0, max_items=200)
    prefetched = await pages_per_second(emu.api_key)
    print(
        f"allowed {allowed:.1f} req/s; sequential {sequential:.2f} req/s "
        f"({sequential / allowed:.0%}); prefetch {prefetched:.2f} req/s "
        f"({prefetched / allowed:.0%})"
    )
    assert emu.stats.rate_limited == 0
    assert sequential < 0.5 * allowed
    assert prefetched >= 0.95 * allowed
