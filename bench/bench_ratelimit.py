"""Rate-limit efficiency: how much of the budget three ways of pacing actually get.

200 concurrent tasks call ``GET /id/api/users/current`` in a loop against the emulator's
rolling window: 300 requests per rolling 6 s (the production 300 per 60 s on a clock ten
times faster), with 50 ms of latency per answer. Three clients take turns, each with its
own API key and so its own budget:

* **SDK**: ``create_client(rate_limit=RateLimit(300, 6.0))``;
* **AsyncLimiter**: a naive ``aiolimiter.AsyncLimiter(300, 6.0)`` around plain
  ``httpx``; a 429 is a failed call the caller sees;
* **sleep on 429**: plain ``httpx`` without any limiter that sleeps and retries on a 429, as
  many scripts do (``time.sleep(15)`` in production, 1.5 s on this clock).

Measured over three windows from each client's first admitted request, by the server:
successful requests as a share of what the window allows (3 x 300), the 429 answers, and the
most requests the client sent in any rolling 6 s.

Whether GetSales counts rejected requests against the window is not documented, so the three
clients run twice: once against a server that counts only the requests it served, once
against one that counts the rejected ones too (then hammering keeps a key locked out).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

import httpx
from aiolimiter import AsyncLimiter

from bench import Table, Target, count_between, percent, result
from getsales_client.api.user_team import get_current_user
from getsales_extras import GetSalesError, RateLimit, create_client
from getsales_extras.ratelimit import clear_shared_limiters
from getsales_extras.testing import EmulatorProcess, busiest_window, spawn_emulator

NAME = "ratelimit"
TITLE = "Rate-limit efficiency"
RATE = RateLimit(requests=300, period=6.0)
TASKS = 200
WINDOWS = 3
LATENCY_MS = 50.0
#: The pause of the sleep-on-429 loop: 15 s on a 60 s window, scaled like the window.
SLEEP_ON_429 = RATE.period / 4
PATH = "/id/api/users/current"
KEYS = {"SDK": "sdk-key", "AsyncLimiter": "aiolimiter-key", "sleep on 429": "sleep-key"}

Call = Callable[[], Awaitable[bool]]


class Counters:
    def __init__(self) -> None:
        self.ok = 0
        self.failed = 0


async def hammer(call: Call, seconds: float, counters: Counters) -> None:
    """``TASKS`` loops of ``call`` for ``seconds``, then cancel them all."""

    async def loop() -> None:
        while True:
            if await call():
                counters.ok += 1
            else:
                counters.failed += 1

    workers = [asyncio.create_task(loop()) for _ in range(TASKS)]
    await asyncio.sleep(seconds)
    for worker in workers:
        worker.cancel()
    await asyncio.gather(*workers, return_exceptions=True)


async def run_sdk(base_url: str, seconds: float, counters: Counters) -> None:
    async with create_client(KEYS["SDK"], base_url=base_url, rate_limit=RATE) as client:

        async def call() -> bool:
            try:
                await get_current_user.asyncio_detailed(client=client)
            except GetSalesError:
                return False
            return True

        await hammer(call, seconds, counters)


async def run_aiolimiter(base_url: str, seconds: float, counters: Counters) -> None:
    limiter = AsyncLimiter(RATE.requests, RATE.period)
    headers = {"Authorization": f"Bearer {KEYS['AsyncLimiter']}"}
    async with httpx.AsyncClient(base_url=base_url, headers=headers, timeout=30) as http:

        async def call() -> bool:
            async with limiter:
                response = await http.get(PATH)
            return response.status_code == 200

        await hammer(call, seconds, counters)


async def run_sleep_on_429(base_url: str, seconds: float, counters: Counters) -> None:
    headers = {"Authorization": f"Bearer {KEYS['sleep on 429']}"}
    async with httpx.AsyncClient(base_url=base_url, headers=headers, timeout=30) as http:

        async def call() -> bool:
            while True:
                response = await http.get(PATH)
                if response.status_code != 429:
                    return response.status_code == 200
                await asyncio.sleep(SLEEP_ON_429)

        await hammer(call, seconds, counters)


SCENARIOS = {
    "served requests count": False,
    "rejected requests count too": True,
}


def measure(
    emulator: EmulatorProcess,
    runner: Callable[[str, float, Counters], Coroutine[Any, Any, None]],
    *,
    count_rejected: bool,
) -> dict[str, Any]:
    emulator.configure(count_rejected_requests=count_rejected)
    emulator.reset(data=False, stats=True, faults=True, rate_limit=True)
    clear_shared_limiters()  # the SDK starts with a fresh budget too
    counters = Counters()
    seconds = WINDOWS * RATE.period + 0.5
    asyncio.run(runner(emulator.base_url, seconds, counters))
    stats = emulator.stats(times=True)
    admitted: list[float] = stats["admitted_times"]
    received: list[float] = stats["received_times"]
    first = min(admitted)
    end = first + WINDOWS * RATE.period
    served = count_between(admitted, first, end)
    return {
        "achieved": served / (WINDOWS * RATE.requests),
        "admitted_in_windows": served,
        "sent_in_windows": count_between(received, first, end),
        "rate_limited": stats["rate_limited"],
        "peak_sent_in_window": busiest_window(received, RATE.period),
        "caller_ok": counters.ok,
        "caller_failed": counters.failed,
    }


def main() -> dict[str, Any]:
    settings = {
        "rate_limit_requests": RATE.requests,
        "rate_limit_period": RATE.period,
        "latency_ms": LATENCY_MS,
        "api_key": KEYS["SDK"],
        "extra_api_keys": [KEYS["AsyncLimiter"], KEYS["sleep on 429"]],
    }
    runners = {
        "SDK": run_sdk,
        "AsyncLimiter": run_aiolimiter,
        "sleep on 429": run_sleep_on_429,
    }
    results: dict[str, dict[str, dict[str, Any]]] = {scenario: {} for scenario in SCENARIOS}
    with spawn_emulator(settings) as emulator:
        for scenario, count_rejected in SCENARIOS.items():
            for name, runner in runners.items():
                began = time.monotonic()
                row = measure(emulator, runner, count_rejected=count_rejected)
                row["seconds"] = round(time.monotonic() - began, 1)
                results[scenario][name] = row
                print(f"  {scenario}, {name}: {percent(row['achieved'])} of allowed", flush=True)

    table = Table(
        [
            "server",
            "client",
            "achieved / allowed",
            "429 answers",
            "failed calls seen by caller",
            f"most sent in any {RATE.period:g} s",
        ]
    )
    for scenario, rows in results.items():
        for name, row in rows.items():
            table.add(
                scenario,
                name,
                percent(row["achieved"]),
                row["rate_limited"],
                row["caller_failed"],
                f"{row['peak_sent_in_window']} (limit {RATE.requests})",
            )
    print(table.text())
    sdk_runs = [rows["SDK"] for rows in results.values()]
    targets = [
        Target(
            "Rate limit: >= 99% of the allowed rate with zero 429s (200 tasks)",
            ", ".join(
                f"{percent(row['achieved'])} with {row['rate_limited']} x 429" for row in sdk_runs
            ),
            all(row["achieved"] >= 0.99 and row["rate_limited"] == 0 for row in sdk_runs),
        )
    ]
    return result(
        NAME,
        TITLE,
        {
            "requests": RATE.requests,
            "period_s": RATE.period,
            "tasks": TASKS,
            "windows": WINDOWS,
            "latency_ms": LATENCY_MS,
            "sleep_on_429_s": SLEEP_ON_429,
        },
        table,
        targets,
        results=results,
    )


def report(data: dict[str, Any]) -> str:
    """The Markdown section of RESULTS.md for one run's results."""
    settings = data["settings"]
    results = data["results"]
    served = results["served requests count"]
    strict = results["rejected requests count too"]
    limit = settings["requests"]
    sdk_peak = max(served["SDK"]["peak_sent_in_window"], strict["SDK"]["peak_sent_in_window"])
    lines = [
        f"{settings['tasks']} concurrent tasks call `GET /id/api/users/current` in a loop "
        f"against the emulator's rolling window of {limit} requests per "
        f"{settings['period_s']:g} s (the production 300 per 60 s on a clock ten times faster), "
        f"{settings['latency_ms']:g} ms latency per answer. Each client has its own API key "
        f"and so its own budget. *Achieved / allowed*: requests the server served in the "
        f"{settings['windows']} windows after the client's first served request, divided by "
        f"{settings['windows']} x {limit}. The sleep-on-429 loop sleeps "
        f"{settings['sleep_on_429_s']:g} s on a 429 (15 s at production scale). Whether "
        "GetSales counts rejected requests against the window is not documented, so each "
        "client runs against both kinds of server.",
        "",
        Table.from_json(data["table"]).markdown(),
        "",
        f"- The SDK got {percent(served['SDK']['achieved'])} of the budget from the first "
        f"server and {percent(strict['SDK']['achieved'])} from the second, with "
        f"{served['SDK']['rate_limited'] + strict['SDK']['rate_limited']} 429 answers in all; "
        f"it never sent more than {sdk_peak} requests in any rolling window.",
        f"- `AsyncLimiter({limit}, {settings['period_s']:g})` sent up to "
        f"{served['AsyncLimiter']['peak_sent_in_window']} requests in one rolling window "
        f"({served['AsyncLimiter']['peak_sent_in_window'] / limit:.1f}x the limit): its bucket "
        "starts full and refills at the full rate, so the first window gets both. "
        f"{served['AsyncLimiter']['caller_failed']} calls failed with 429; where rejected "
        f"requests count, it got {percent(strict['AsyncLimiter']['achieved'])} of the budget.",
        f"- The sleep-on-429 loop drew {served['sleep on 429']['rate_limited']:,} 429 answers "
        f"to get its share; where rejected requests count, its retries keep the key locked "
        f"out and it got {percent(strict['sleep on 429']['achieved'])}.",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
