"""The whole SDK against the local emulator: pacing, shared budgets, recovery and faults.

The unit tests of the transport and limiter use fake transports; these run real generated
functions over real sockets against a server that enforces its own rolling window, so a
mistake anywhere between the two shows up as a 429 or a duplicate at the server.
"""

from __future__ import annotations

from functools import partial
from uuid import uuid4

import anyio
import httpx
import pytest

from getsales_client.api.leads_contacts import search_leads, upsert_lead
from getsales_client.api.lists import create_list, list_lists
from getsales_client.api.user_team import get_current_user
from getsales_client.client import AuthenticatedClient
from getsales_client.models import (
    CreateListBody,
    LeadInput,
    SearchLeadsBody,
    UpsertLeadBody,
)
from getsales_extras import (
    APIConnectionError,
    APIStatusError,
    GetSalesError,
    MalformedResponseError,
    RateLimit,
    RetryPolicy,
    create_client,
)
from getsales_extras.testing import Emulator
from tests.fixtures_emulator import EmulatorFactory

pytestmark = pytest.mark.anyio


def admitted_in_first_windows(emu: Emulator, period: float, windows: int) -> int:
    """How many requests the server admitted in the first ``windows`` periods of the run."""
    times = sorted(emu.stats.admitted_times)
    start = times[0]
    return sum(1 for t in times if t < start + windows * period)


async def test_200_concurrent_tasks_use_the_window_without_a_single_429(
    emulator_factory: EmulatorFactory,
) -> None:
    requests, period, windows = 40, 2.0, 3
    emu = emulator_factory(rate_limit_requests=requests, rate_limit_period=period)
    calls = requests * (windows + 1)  # enough demand to keep every window full
    async with create_client(
        emu.api_key, base_url=emu.base_url, rate_limit=RateLimit(requests, period)
    ) as client:
        results: list[int] = []
        limiter = anyio.Semaphore(200)  # 200 tasks in flight at once

        async def one_call() -> None:
            async with limiter:
                response = await get_current_user.asyncio_detailed(client=client)
                results.append(response.status_code)

        async with anyio.create_task_group() as tg:
            for _ in range(calls):
                tg.start_soon(one_call)

    assert results == [200] * calls
    assert emu.stats.rate_limited == 0
    assert emu.stats.max_admitted_in_window(period) <= requests
    used = admitted_in_first_windows(emu, period, windows)
    assert used >= 0.99 * requests * windows, f"{used} of {requests * windows} allowed"


async def test_two_clients_of_one_key_share_one_budget(emulator_factory: EmulatorFactory) -> None:
    requests, period = 20, 1.0
    emu = emulator_factory(rate_limit_requests=requests, rate_limit_period=period)
    rate = RateLimit(requests, period)
    first = create_client(emu.api_key, base_url=emu.base_url, rate_limit=rate)
    second = create_client(emu.api_key, base_url=emu.base_url, rate_limit=rate)
    async with first, second:
        async with anyio.create_task_group() as tg:
            for client in (first, second) * 30:
                tg.start_soon(partial(get_current_user.asyncio_detailed, client=client))
    # Each client alone would fill the window: together they must still respect it.
    assert emu.stats.total_admitted == 60
    assert emu.stats.rate_limited == 0
    assert emu.stats.max_admitted_in_window(period) <= requests


async def test_after_an_external_burst_the_client_recovers_without_errors(
    emulator_factory: EmulatorFactory,
) -> None:
    requests, period = 20, 1.0
    emu = emulator_factory(rate_limit_requests=requests, rate_limit_period=period)
    # Another program with the same key spends the whole window behind the SDK's back.
    async with httpx.AsyncClient(base_url=emu.base_url, headers=emu.headers) as other:
        for _ in range(requests):
            assert (await other.get("/id/api/users/current")).status_code == 200
    async with create_client(
        emu.api_key, base_url=emu.base_url, rate_limit=RateLimit(requests, period)
    ) as client:
        async with anyio.create_task_group() as tg:
            for _ in range(30):
                tg.start_soon(partial(get_current_user.asyncio_detailed, client=client))
    assert emu.stats.rate_limited > 0  # the burst really was in the way
    assert emu.stats.total_admitted == requests + 30  # and every call got through


async def test_under_faults_safe_calls_succeed_and_no_change_is_sent_twice(
    emulator_factory: EmulatorFactory,
) -> None:
    emu = emulator_factory(
        rate_limit_requests=None,
        error_rate=0.1,
        reset_rate=0.08,
        html_error_rate=0.05,
        empty_body_rate=0.04,
        fault_phase="random",
        seed=7,
    )
    # 27% of answers are faults: 13 attempts in a row fail once in ~25 million calls.
    retry = RetryPolicy(max_retries=12, initial_backoff=0.001, max_backoff=0.01)
    safe_done = 0
    mutations: list[tuple[str, BaseException | None]] = []
    async with create_client(
        emu.api_key, base_url=emu.base_url, rate_limit=None, retry=retry
    ) as client:
        created = await create_list_surely(client)

        async def safe_calls() -> None:
            nonlocal safe_done
            await get_current_user.asyncio_detailed(client=client)
            await list_lists.asyncio_detailed(client=client, limit=10)
            await search_leads.asyncio_detailed(client=client, body=SearchLeadsBody(limit=5))
            safe_done += 1

        async def mutating_call(n: int) -> None:
            email = f"person{n}@example.com"
            body = UpsertLeadBody(
                lead=LeadInput(first_name=f"P{n}", work_email=email),
                list_uuid=created,
            )
            try:
                await upsert_lead.asyncio_detailed(client=client, body=body)
            except GetSalesError as error:
                mutations.append((email, error))
            else:
                mutations.append((email, None))

        async with anyio.create_task_group() as tg:
            for n in range(60):
                tg.start_soon(safe_calls)
                tg.start_soon(mutating_call, n)

    assert safe_done == 60
    failures = [error for _, error in mutations if error is not None]
    assert failures, "the fault rates should make some changes fail"
    for error in failures:
        assert isinstance(error, APIStatusError | APIConnectionError | MalformedResponseError)
    # No change reached the server twice: a retry of a mutating POST after it may have
    # arrived would show up here as a repeated body.
    assert emu.stats.duplicate_payloads() == {}
    assert emu.stats.duplicate_payloads(applied=True) == {}


async def create_list_surely(client: AuthenticatedClient) -> str:
    """Create a list to import into; a create that hit a fault is looked up, not repeated."""
    name = f"faults-{uuid4().hex[:8]}"
    for _ in range(20):
        try:
            await create_list.asyncio_detailed(client=client, body=CreateListBody(name=name))
        except GetSalesError:
            pass  # it may or may not have been created: look before trying again
        page = await list_lists.asyncio(client=client, limit=100)
        for item in page.data or []:
            if item.name == name:
                return item.uuid
    raise AssertionError("could not create a list under faults")
