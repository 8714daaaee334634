"""run_bulk / for_each_outcome: bounded concurrency, per-input outcomes, typed errors kept."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import anyio
import pytest

from getsales_client.api.leads_contacts import upsert_lead
from getsales_client.models import UpsertLeadBody
from getsales_extras.bulk import Outcome, for_each_outcome, run_bulk
from getsales_extras.client import create_client
from getsales_extras.errors import ValidationError
from getsales_extras.testing import Emulator, run_emulator

pytestmark = pytest.mark.anyio


class Boom(Exception):
    pass


async def test_outcomes_in_input_order_with_results_and_errors() -> None:
    async def half(value: int) -> float:
        await anyio.lowlevel.checkpoint()
        if value % 7 == 0:
            raise Boom(f"no {value}")
        return value / 2

    outcomes = await run_bulk(half, range(50), concurrency=5)

    assert [outcome.index for outcome in outcomes] == list(range(50))
    assert [outcome.input for outcome in outcomes] == list(range(50))
    failed = [outcome for outcome in outcomes if not outcome.ok]
    assert [outcome.input for outcome in failed] == [0, 7, 14, 21, 28, 35, 42, 49]
    assert all(isinstance(outcome.error, Boom) and outcome.result is None for outcome in failed)
    assert all(outcome.result == outcome.input / 2 for outcome in outcomes if outcome.ok)


async def test_concurrency_is_bounded_and_used() -> None:
    """With every call held, exactly `concurrency` of them are running once all tasks wait."""
    active = 0
    release = anyio.Event()

    async def held(_: int) -> None:
        nonlocal active
        active += 1
        await release.wait()
        active -= 1

    with anyio.fail_after(5):
        async with anyio.create_task_group() as group:
            group.start_soon(lambda: run_bulk(held, range(100), concurrency=6))
            await anyio.wait_all_tasks_blocked()
            running = active
            release.set()
    assert running == 6
    assert active == 0


async def test_progress_sees_every_outcome_and_async_inputs_work() -> None:
    async def numbers() -> AsyncIterator[int]:
        for value in range(20):
            await anyio.lowlevel.checkpoint()
            yield value

    async def double(value: int) -> int:
        return value * 2

    seen: list[Outcome[int, int]] = []
    outcomes = await run_bulk(double, numbers(), concurrency=4, on_progress=seen.append)
    assert sorted(outcome.index for outcome in seen) == list(range(20))
    assert [outcome.result for outcome in outcomes] == [value * 2 for value in range(20)]


async def test_inputs_are_read_lazily() -> None:
    """A generator is consumed only as workers free up, not drained up front."""
    produced = 0

    def numbers() -> Iterator[int]:
        nonlocal produced
        for value in range(1_000):
            produced += 1
            yield value

    async def stop_early(outcome: Outcome[int, int]) -> None:
        if outcome.index == 10:
            raise Boom("enough")

    async def identity(value: int) -> int:
        return value

    with pytest.raises(Boom, match="enough"):
        await for_each_outcome(identity, numbers(), stop_early, concurrency=4)
    assert produced < 30


async def test_a_failing_handler_stops_everything_with_its_own_exception() -> None:
    started = 0

    async def slow(value: int) -> int:
        nonlocal started
        started += 1
        await anyio.sleep(0 if value == 0 else 10)
        return value

    def handle(outcome: Outcome[int, int]) -> None:
        raise Boom("handler")

    with anyio.fail_after(5):
        with pytest.raises(Boom, match="handler"):
            await for_each_outcome(slow, range(100), handle, concurrency=3)
    assert started <= 4


async def test_failing_inputs_stop_everything_with_their_own_exception() -> None:
    def numbers() -> Iterator[int]:
        yield 1
        raise Boom("inputs")

    async def slow(value: int) -> int:
        await anyio.sleep(10)
        return value

    with anyio.fail_after(5), pytest.raises(Boom, match="inputs"):
        await for_each_outcome(slow, numbers(), lambda outcome: None, concurrency=2)


async def test_cancelling_the_caller_cancels_the_calls() -> None:
    cancelled = 0

    async def forever(_: int) -> None:
        nonlocal cancelled
        try:
            await anyio.sleep_forever()
        except anyio.get_cancelled_exc_class():
            cancelled += 1
            raise

    with anyio.move_on_after(0.05) as scope:
        await run_bulk(forever, range(10), concurrency=10)
    assert scope.cancelled_caught
    assert cancelled == 10  # every call in flight saw the cancellation, none was swallowed


async def test_bad_concurrency() -> None:
    async def noop(_: int) -> None:
        return None

    with pytest.raises(ValueError, match="concurrency"):
        await run_bulk(noop, [1], concurrency=0)


# --- against the emulator ------------------------------------------------------------------


@pytest.fixture(scope="module")
def emu() -> Iterator[Emulator]:
    with run_emulator(rate_limit_requests=None, reject_email_substring="@rejected.") as emu:
        yield emu


async def test_api_errors_stay_typed_and_do_not_stop_the_batch(emu: Emulator) -> None:
    list_uuid = emu.store.create_list({"name": "bulk"})["uuid"]
    emails = [
        f"person{n}@rejected.example" if n % 10 == 3 else f"person{n}@ok.example" for n in range(60)
    ]

    async def upsert(email: str) -> Any:
        body = UpsertLeadBody.from_dict({"list_uuid": list_uuid, "lead": {"email": email}})
        response = await upsert_lead.asyncio_detailed(client=client, body=body)
        return response.parsed

    async with create_client(emu.api_key, base_url=emu.base_url, rate_limit=None) as client:
        outcomes = await run_bulk(upsert, emails, concurrency=8)

    failed = [outcome for outcome in outcomes if not outcome.ok]
    assert [outcome.input for outcome in failed] == [e for e in emails if "@rejected." in e]
    for outcome in failed:
        assert isinstance(outcome.error, ValidationError)
        assert outcome.error.status_code == 422
        assert outcome.error.field_errors
    assert sum(outcome.ok for outcome in outcomes) == 54
    created = [outcome.result for outcome in outcomes if outcome.ok]
    assert len({lead.uuid for lead in created if lead is not None}) == 54
