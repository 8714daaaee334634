"""paginate against small stand-in servers: bad records, and servers that never advance."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from getsales_client.api.emails import list_emails
from getsales_client.api.leads_contacts import search_leads
from getsales_client.api.lists import list_lists
from getsales_client.models import SearchLeadsBody
from getsales_extras import (
    MalformedResponseError,
    PaginationError,
    RejectedItem,
    create_client,
    paginate,
    paginate_pages,
)

pytestmark = pytest.mark.anyio


def _list(uuid: str) -> dict[str, Any]:
    return {"uuid": uuid, "name": f"list {uuid}"}


def _client(answer: Callable[[httpx.Request], Any], seen: list[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=answer(request))

    return create_client(
        api_key="test-key",
        base_url="http://api.test",
        rate_limit=None,
        transport=httpx.MockTransport(handler),
    )


async def test_bad_records_are_reported_and_good_ones_stay_typed(
    caplog: pytest.LogCaptureFixture,
) -> None:
    page = {"data": [_list("a"), None, 5, "x", _list("b")], "total": 5, "has_more": False}
    seen: list[httpx.Request] = []
    reported: list[RejectedItem] = []
    caplog.set_level(logging.WARNING, logger="getsales")
    async with _client(lambda request: page, seen) as client:
        items = [
            item async for item in paginate(list_lists, client=client, on_rejected=reported.append)
        ]

    assert [item.uuid for item in items] == ["a", "b"]
    assert [type(item).__name__ for item in items] == ["List", "List"]
    assert [(r.position, r.raw) for r in reported] == [(1, None), (2, 5), (3, "x")]
    assert sum("record 1 of the list" in message for message in caplog.messages) == 1
    assert len(seen) == 1


async def test_rejected_positions_count_from_the_start_of_the_list() -> None:
    def answer(request: httpx.Request) -> dict[str, Any]:
        offset = int(request.url.params["offset"])
        records = [_list(f"{offset}-{n}") for n in range(2)]
        if offset == 2:
            records[1] = {"name": "a list without its uuid"}
        return {"data": records, "total": 4}

    async with _client(answer, []) as client:
        pages = [page async for page in paginate_pages(list_lists, client=client, page_size=2)]

    assert [len(page.items) for page in pages] == [2, 1]
    assert [r.position for page in pages for r in page.rejected] == [3]


async def test_a_server_that_ignores_the_offset_is_detected() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> dict[str, Any]:
        # The same records whatever the offset, even with the offset echoed back.
        offset = int(request.url.params["offset"])
        return {"data": [_list("a"), _list("b")], "offset": offset, "has_more": True}

    async with _client(answer, seen) as client:
        with pytest.raises(PaginationError, match="repeats"):
            async for _ in paginate(list_lists, client=client, page_size=2, prefetch=0):
                pass
    assert len(seen) == 2


async def test_dedupe_stops_a_server_that_only_sends_items_already_seen() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> dict[str, Any]:
        # Different pages, but every item after the first page was seen already.
        offset = int(request.url.params["offset"])
        data = [_list("a"), _list("b")] if offset % 4 == 0 else [_list("b"), _list("a")]
        return {"data": data, "has_more": True}

    async with _client(answer, seen) as client:
        with pytest.raises(PaginationError, match="already seen"):
            async for _ in paginate(list_lists, client=client, page_size=2, dedupe=True):
                pass
    assert len(seen) == 3  # the first page, then two wasted


@pytest.mark.parametrize("prefetch", [0, 4])
async def test_a_server_reporting_more_beyond_its_total_is_stopped(prefetch: int) -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> dict[str, Any]:
        offset = int(request.url.params["offset"])
        return {"data": [_list(f"x{offset}"), _list(f"y{offset}")], "total": 4, "has_more": True}

    async with _client(answer, seen) as client:
        with pytest.raises(PaginationError, match="in total"):
            async for _ in paginate(list_lists, client=client, page_size=2, prefetch=prefetch):
                pass
    assert len(seen) == 4  # offsets 0 and 2, then two wasted: 4 (the total) and 6


async def test_a_body_that_is_not_a_page_is_a_typed_error() -> None:
    async with _client(lambda request: {"error": "nope"}, []) as client:
        with pytest.raises(MalformedResponseError, match="not a page of this list"):
            await anext(paginate(list_lists, client=client))


def _email(uuid: str) -> dict[str, Any]:
    return {"uuid": uuid, "subject": f"mail {uuid}"}


@pytest.mark.parametrize("shape", ["flat", "nested", "array"])
async def test_every_page_shape_the_spec_declares_for_emails(shape: str) -> None:
    """list_emails declares the flat envelope, counters nested in `pagination`, a bare array."""
    emails = [_email(f"e{n}") for n in range(5)]
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> Any:
        offset = int(request.url.params["offset"])
        limit = int(request.url.params["limit"])
        data = emails[offset : offset + limit]
        counters = {"total": len(emails), "has_more": offset + limit < len(emails)}
        if shape == "array":
            return data
        if shape == "nested":
            return {"data": data, "pagination": counters}
        return {"data": data, **counters}

    async with _client(answer, seen) as client:
        pages = [page async for page in paginate_pages(list_emails, client=client, page_size=2)]

    assert [item.uuid for page in pages for item in page.items] == [e["uuid"] for e in emails]
    assert [type(item).__name__ for page in pages for item in page.items] == ["Email"] * 5
    if shape == "array":
        # A bare array says nothing about the end: the short last page is the signal.
        assert pages[0].total is None and len(seen) == 3
    else:
        assert pages[0].total == 5 and len(seen) == 3


async def test_a_bare_array_of_full_pages_ends_on_an_empty_page() -> None:
    emails = [_email(f"e{n}") for n in range(4)]
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> Any:
        offset = int(request.url.params["offset"])
        return emails[offset : offset + int(request.url.params["limit"])]

    async with _client(answer, seen) as client:
        items = [item async for item in paginate(list_emails, client=client, page_size=2)]

    assert len(items) == 4 and len(seen) == 3


async def test_wrapped_search_records_are_read_flat() -> None:
    wrapped = {"lead": {"uuid": "l1", "first_name": "Ada"}, "markers": {"sent": 1}, "flows": []}
    flat = {"uuid": "l2", "first_name": "Bob", "markers": None}
    page = {"data": [wrapped, flat], "total": 2, "has_more": False}
    async with _client(lambda request: page, []) as client:
        items = [item async for item in paginate(search_leads, client=client)]

    assert [(item.uuid, item.first_name) for item in items] == [("l1", "Ada"), ("l2", "Bob")]
    assert [type(item).__name__ for item in items] == ["LeadAggregation"] * 2


async def test_a_direct_search_call_reads_wrapped_records_flat_too() -> None:
    wrapped = {"lead": {"uuid": "l1", "first_name": "Ada"}, "markers": {"sent": 1}}
    page = {"data": [wrapped], "total": 1, "has_more": False}
    async with _client(lambda request: page, []) as client:
        found = await search_leads.asyncio(client=client, body=SearchLeadsBody())

    assert found.data and [(i.uuid, i.first_name) for i in found.data] == [("l1", "Ada")]
