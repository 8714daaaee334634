"""Overhead: what the SDK costs per request compared with bare ``httpx``, and page parsing.

Part 1. Clients make the same call, ``GET /id/api/users/current``, with 16 concurrent tasks
against the emulator (in its own process and, given two cores, on a core of its own, as a
remote server would be; no rate limit, no latency), in short rounds that take turns so that
any slowdown of the machine hits all of them alike (each round starts with the next client, so
each takes every place in the order equally often):

* **bare httpx**: ``httpx.AsyncClient.get`` and ``response.json()``;
* **generated client**: the generated ``get_current_user.asyncio_detailed`` on a plain
  generated ``AuthenticatedClient`` (parses into the ``User`` model);
* **SDK, no limiter**: the same function on ``create_client(rate_limit=None)``, which adds
  the SDK transport (operation lookup, retry bookkeeping, error decoding) and its cookie jar
  (which skips the cookie parsing of answers that set no cookie);
* **SDK, limiter on**: ``create_client`` with a budget it never reaches, so the limiter's
  bookkeeping runs without ever making anyone wait;
* **SDK sync client**: the generated ``get_current_user.sync_detailed`` on
  ``create_sync_client`` (the same budget), called by 16 threads instead of 16 tasks: each
  call crosses to the client's background event loop and back.

Reported per client: requests per second, client CPU time per request (the emulator's work
is in another process and does not count), and the SDK-to-bare ratios of both.

Part 2. The same call with no network: each client's transport answers from memory as httpcore
would (trace events, a body still to be read), so the difference between two clients is their
own work alone, stable to a microsecond or two. The 1.05x target is judged on it: what the SDK
adds here, over what the generated client costs per call in part 1 (part 1's own ratios move by
more than the 5% at stake from run to run; the target's line shows them beside it). A fourth
client, the generated one on the SDK's httpx client (its cookie jar and closed-client check),
tells what that client saves apart from what the SDK's transport costs.

Part 3. The CPU time to parse one page of 100 contacts as ``search_leads`` returns it:
``json.loads`` alone, and the generated ``search_leads.parse_page`` (decoding, unwrapping and
one ``LeadAggregation`` per record).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import statistics
import threading
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import Any

import anyio
import httpx

from bench import Table, Target, result
from getsales_client.api.leads_contacts import search_leads
from getsales_client.api.user_team import get_current_user
from getsales_client.client import AuthenticatedClient
from getsales_client.models import SearchLeadsBody
from getsales_extras import RateLimit, create_client, create_sync_client
from getsales_extras.testing import spawn_emulator

NAME = "overhead"
TITLE = "SDK overhead"
CONCURRENCY = 16
ROUNDS = 30  # six turns of every client in every place
ROUND_SECONDS = 0.4
PATH = "/id/api/users/current"
#: A budget far above what one process can send: the limiter works but never waits.
UNREACHED_BUDGET = RateLimit(requests=1_000_000, period=1.0)
PARSE_REPEATS = 200
#: The generated client on the SDK's httpx client, without the SDK's transport (in process only).
JAR = "generated client, SDK httpx client"

Call = Callable[[], Awaitable[object]]
SyncCall = Callable[[], object]
ClientFactory = Callable[[str, str], tuple[Call | SyncCall, Callable[[], Awaitable[None]]]]
#: The clients whose call is a plain function, run by threads.
SYNC_CLIENTS = frozenset({"SDK sync client"})


def bare_httpx(base_url: str, api_key: str) -> tuple[Call, Callable[[], Awaitable[None]]]:
    http = httpx.AsyncClient(
        base_url=base_url, headers={"Authorization": f"Bearer {api_key}"}, timeout=30
    )

    async def call() -> object:
        response = await http.get(PATH)
        response.raise_for_status()
        return response.json()

    return call, http.aclose


def generated_client(base_url: str, api_key: str) -> tuple[Call, Callable[[], Awaitable[None]]]:
    client = AuthenticatedClient(base_url=base_url, token=api_key, timeout=httpx.Timeout(30))

    async def call() -> object:
        return await get_current_user.asyncio_detailed(client=client)

    return call, client.get_async_httpx_client().aclose


def sdk_client(
    rate_limit: RateLimit | None,
) -> Callable[[str, str], tuple[Call, Callable[[], Awaitable[None]]]]:
    def factory(base_url: str, api_key: str) -> tuple[Call, Callable[[], Awaitable[None]]]:
        client = create_client(api_key, base_url=base_url, rate_limit=rate_limit)

        async def call() -> object:
            return await get_current_user.asyncio_detailed(client=client)

        return call, client.get_async_httpx_client().aclose

    return factory


def sdk_sync_client(base_url: str, api_key: str) -> tuple[SyncCall, Callable[[], Awaitable[None]]]:
    client = create_sync_client(api_key, base_url=base_url, rate_limit=UNREACHED_BUDGET)

    def call() -> object:
        return get_current_user.sync_detailed(client=client)

    async def close() -> None:
        await anyio.to_thread.run_sync(client.close)

    return call, close


CLIENTS: dict[str, ClientFactory] = {
    "bare httpx": bare_httpx,
    "generated client": generated_client,
    "SDK, no limiter": sdk_client(None),
    "SDK, limiter on": sdk_client(UNREACHED_BUDGET),
    "SDK sync client": sdk_sync_client,
}


async def one_round(call: Call, seconds: float) -> tuple[int, float, float]:
    """(requests completed, wall seconds, process CPU seconds) of ``CONCURRENCY`` loops."""
    done = 0
    stop_at = time.monotonic() + seconds

    async def loop() -> None:
        nonlocal done
        while time.monotonic() < stop_at:
            await call()
            done += 1

    wall, cpu = time.perf_counter(), time.process_time()
    await asyncio.gather(*(loop() for _ in range(CONCURRENCY)))
    return done, time.perf_counter() - wall, time.process_time() - cpu


def threads_round(call: SyncCall, seconds: float) -> tuple[int, float, float]:
    """Like ``one_round``, with ``CONCURRENCY`` threads calling a blocking function."""
    done = [0] * CONCURRENCY
    stop_at = time.monotonic() + seconds

    def loop(index: int) -> None:
        while time.monotonic() < stop_at:
            call()
            done[index] += 1

    threads = [threading.Thread(target=loop, args=(n,)) for n in range(CONCURRENCY)]
    wall, cpu = time.perf_counter(), time.process_time()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sum(done), time.perf_counter() - wall, time.process_time() - cpu


async def measure(name: str, call: Call | SyncCall, seconds: float) -> tuple[int, float, float]:
    if name in SYNC_CLIENTS:
        return await anyio.to_thread.run_sync(threads_round, call, seconds)
    return await one_round(call, seconds)  # type: ignore[arg-type]


async def compare(base_url: str, api_key: str) -> dict[str, dict[str, Any]]:
    made = {name: factory(base_url, api_key) for name, factory in CLIENTS.items()}
    rounds: dict[str, list[tuple[int, float, float]]] = {name: [] for name in CLIENTS}
    try:
        for name, (call, _close) in made.items():  # warm up connections and caches
            await measure(name, call, 0.3)
        names = list(made)
        for round_number in range(ROUNDS):
            # Each round starts with the next client, so that every client takes every place in
            # the order equally often: a place that runs slower (the first after a switch)
            # favours none.
            shift = round_number % len(names)
            for name in names[shift:] + names[:shift]:
                rounds[name].append(await measure(name, made[name][0], ROUND_SECONDS))
    finally:
        for _call, close in made.values():
            await close()
    results: dict[str, dict[str, Any]] = {}
    for name, samples in rounds.items():
        rates = [done / wall for done, wall, _cpu in samples]
        cpu_per_request = [cpu / done for done, _wall, cpu in samples]
        results[name] = {
            "requests_per_s": statistics.median(rates),
            "cpu_us_per_request": statistics.median(cpu_per_request) * 1e6,
            "rounds": [
                {"requests": done, "wall_s": wall, "cpu_s": cpu} for done, wall, cpu in samples
            ],
        }
    return results


async def fetch_page(base_url: str, api_key: str) -> bytes:
    async with create_client(api_key, base_url=base_url, rate_limit=None) as client:
        response = await search_leads.asyncio_detailed(
            client=client, body=SearchLeadsBody(limit=100)
        )
    return response.content


def time_per_call(action: Callable[[], object]) -> float:
    """Best of five batches of ``PARSE_REPEATS``, in seconds per call."""
    best = float("inf")
    for _ in range(5):
        began = time.process_time()
        for _ in range(PARSE_REPEATS):
            action()
        best = min(best, (time.process_time() - began) / PARSE_REPEATS)
    return best


def parse_cost(raw: bytes) -> dict[str, Any]:
    answer = httpx.Response(200, content=raw)
    page = search_leads.parse_page(answer)
    assert len(page.items) == 100 and not page.rejected
    json_only = time_per_call(lambda: json.loads(raw))
    to_models = time_per_call(lambda: search_leads.parse_page(answer))
    return {
        "page_bytes": len(raw),
        "json_ms": json_only * 1e3,
        "json_and_models_ms": to_models * 1e3,
        # Production paces requests 200 ms apart (300 per minute).
        "share_of_200ms": to_models / 0.2,
    }


async def in_process_cost(answer: bytes) -> dict[str, float]:
    """CPU microseconds per call with no network at all: each client's transport answers from
    memory (``httpx.MockTransport``), so what differs between them is the client's own work,
    measured without the noise of sockets and of a second process (best of 25 batches)."""
    headers = {"Content-Type": "application/json", "Content-Length": str(len(answer))}

    class Canned(httpx.AsyncBaseTransport):
        """Answers as httpcore does on a connection: the request's ``trace`` hook told of each
        step, and a body still to be read (``content=`` would hand over one read already: the
        generated client would skip its reading and the SDK's would count in full)."""

        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            for step in ("send_request_headers", "send_request_body", "receive_response_headers"):
                await _traced(request, step)
            return httpx.Response(200, headers=headers, stream=CannedBody(request))

    class CannedBody(httpx.AsyncByteStream):
        def __init__(self, request: httpx.Request) -> None:
            self.request = request

        async def __aiter__(self) -> AsyncIterator[bytes]:
            await _traced(self.request, "receive_response_body")
            yield answer

        async def aclose(self) -> None:
            await _traced(self.request, "response_closed")

    base, key = "http://in-process.invalid", "in-process-key"
    generated = AuthenticatedClient(base_url=base, token=key)
    generated.set_async_httpx_client(httpx.AsyncClient(base_url=base, transport=Canned()))
    # The SDK's httpx client (its cookie jar and closed-client guard) on the plain transport.
    sdk_http = type(create_client(key, base_url=base, rate_limit=None).get_async_httpx_client())
    with_jar = AuthenticatedClient(base_url=base, token=key)
    with_jar.set_async_httpx_client(sdk_http(base_url=base, transport=Canned()))
    clients = {
        "generated client": generated,
        JAR: with_jar,
        "SDK, no limiter": create_client(key, base_url=base, rate_limit=None, transport=Canned()),
        "SDK, limiter on": create_client(
            key, base_url=base, rate_limit=UNREACHED_BUDGET, transport=Canned()
        ),
    }
    best = dict.fromkeys(clients, float("inf"))
    for _ in range(25):
        for name, client in clients.items():
            began = time.process_time()
            for _ in range(PARSE_REPEATS):
                await get_current_user.asyncio_detailed(client=client)
            best[name] = min(best[name], (time.process_time() - began) / PARSE_REPEATS * 1e6)
    for client in clients.values():
        await client.get_async_httpx_client().aclose()
    return best


async def _traced(request: httpx.Request, step: str) -> None:
    """One step of an HTTP/1.1 exchange told to the request's hook, as httpcore tells it: the
    hook is read once per step, then called as the step starts and completes."""
    hook = request.extensions.get("trace")
    if hook is not None:
        await hook(f"http11.{step}.started", {})
        await hook(f"http11.{step}.complete", {})


@contextlib.contextmanager
def separate_cores(server_pid: int) -> Iterator[bool]:
    """Runs this process on other cores than the server, as if the server were on another
    machine: sharing a core, each client's CPU time per request also carries the server's cache
    and scheduling noise. Yields whether it could (Linux, two cores or more)."""
    cores = sorted(os.sched_getaffinity(0)) if os.path.isdir("/proc/self/task") else []
    if len(cores) < 2:
        yield False
        return
    _pin(server_pid, cores[-1:])
    _pin(os.getpid(), cores[:-1])
    try:
        yield True
    finally:
        _pin(os.getpid(), cores)


def _pin(pid: int, cores: list[int]) -> None:
    """Every thread of process ``pid`` onto ``cores`` (a new thread inherits its creator's)."""
    for thread in os.listdir(f"/proc/{pid}/task"):
        with contextlib.suppress(ProcessLookupError):  # a thread that has just ended
            os.sched_setaffinity(int(thread), cores)


def _cpu(measured: dict[str, float]) -> float:
    """CPU seconds per request of one round."""
    return measured["cpu_s"] / measured["requests"]


def main() -> dict[str, Any]:
    with spawn_emulator({"rate_limit_requests": None}, seed_leads=100) as emulator:
        with separate_cores(emulator.process.pid) as separated:
            results = asyncio.run(compare(emulator.base_url, emulator.api_key))
        raw = asyncio.run(fetch_page(emulator.base_url, emulator.api_key))
        user = httpx.get(f"{emulator.base_url}{PATH}", headers=emulator.headers).content
    parsing = parse_cost(raw)
    parsing["in_process_us"] = asyncio.run(in_process_cost(user))

    bare = results["bare httpx"]
    table = Table(
        [
            "client",
            "requests/s",
            "CPU per request",
            "bare / this (requests/s)",
            "this / bare (CPU)",
        ]
    )
    for name, row in results.items():
        row["time_ratio"] = bare["requests_per_s"] / row["requests_per_s"]
        row["cpu_ratio"] = row["cpu_us_per_request"] / bare["cpu_us_per_request"]
        table.add(
            name,
            f"{row['requests_per_s']:.0f}",
            f"{row['cpu_us_per_request']:.0f} us",
            f"{row['time_ratio']:.2f}x",
            f"{row['cpu_ratio']:.2f}x",
        )
    parse_table = Table(["100-contact page", "CPU time", "share of a 200 ms request slot"])
    parse_table.add(
        f"json.loads ({parsing['page_bytes'] // 1024} KiB)", f"{parsing['json_ms']:.2f} ms", ""
    )
    parse_table.add(
        "json.loads + search_leads.parse_page",
        f"{parsing['json_and_models_ms']:.2f} ms",
        f"{parsing['share_of_200ms']:.1%}",
    )
    print(table.text())
    print()
    print(parse_table.text())

    worst = max(results["SDK, no limiter"]["time_ratio"], results["SDK, limiter on"]["time_ratio"])
    sync_over_async = (
        results["SDK, limiter on"]["requests_per_s"] / results["SDK sync client"]["requests_per_s"]
    )
    # CPU per request is what the SDK adds; requests/s on a shared machine also carries noise.
    # Each round measures every client within seconds of the others, so the median of the
    # per-round ratios leaves out the machine's slow and fast spells, which last longer.
    generated = results["generated client"]["rounds"]
    for name in ("SDK, no limiter", "SDK, limiter on"):
        paired = zip(results[name]["rounds"], generated, strict=True)
        results[name]["cpu_over_generated"] = statistics.median(
            _cpu(mine) / _cpu(base) for mine, base in paired
        )
    # Even so a round varies by tens of percent, more than the 5% at stake. The target is judged
    # on what the SDK adds measured in process (stable to a microsecond or two), over what the
    # generated client costs per call on the network.
    inp = parsing["in_process_us"]
    network = results["generated client"]["cpu_us_per_request"]
    over_generated = parsing["over_generated"] = {
        name: 1 + (inp[name] - inp["generated client"]) / network
        for name in ("SDK, no limiter", "SDK, limiter on")
    }
    paired_medians = ", ".join(
        f"{results[name]['cpu_over_generated']:.2f}x" for name in over_generated
    )
    targets = [
        Target(
            "Overhead: SDK <= 1.05x the generated client alone (CPU per request)",
            ", ".join(f"{name}: {ratio:.3f}x" for name, ratio in over_generated.items())
            + f" (in process; on the network, noisier: {paired_medians})",
            max(over_generated.values()) <= 1.05,
        ),
        Target(
            "Overhead: SDK <= 1.5x bare httpx (bare/SDK requests-per-second ratio)",
            ", ".join(
                f"{name}: {results[name]['time_ratio']:.2f}x"
                for name in ("SDK, no limiter", "SDK, limiter on")
            ),
            worst <= 1.5,
        ),
        # Each sync call crosses to the background loop and back, through httpx's sync
        # client: a thread hop each way, and with 16 threads the GIL handed around.
        Target(
            "Overhead: sync client <= 2x the async client (requests-per-second ratio)",
            f"{sync_over_async:.2f}x",
            sync_over_async <= 2.0,
        ),
    ]
    return result(
        NAME,
        TITLE,
        {
            "concurrency": CONCURRENCY,
            "rounds": ROUNDS,
            "round_seconds": ROUND_SECONDS,
            "path": PATH,
            "separate_cores": separated,
        },
        table,
        targets,
        results=results,
        parsing=parsing,
        parse_table=parse_table,
    )


def report(data: dict[str, Any]) -> str:
    """The Markdown section of RESULTS.md for one run's results."""
    settings = data["settings"]
    results = data["results"]
    parsing = data["parsing"]
    bare, generated = results["bare httpx"], results["generated client"]
    no_limiter, limiter_on = results["SDK, no limiter"], results["SDK, limiter on"]
    sync_client = results.get("SDK sync client")
    bare_rates = [r["requests"] / r["wall_s"] for r in bare["rounds"]]
    in_process = []
    inp, over = parsing.get("in_process_us"), parsing.get("over_generated")
    if inp and over:  # absent from the results of earlier versions
        gen, sdk0, sdk1 = inp["generated client"], inp["SDK, no limiter"], inp["SDK, limiter on"]
        in_process.append(
            f"- Without a network (each transport answering from memory as httpcore would, trace "
            f"events and an unread body included; best of 25 batches), a call costs "
            f"{gen:.0f} us of CPU on the generated client alone, {sdk0 - gen:+.0f} us through "
            f"the SDK and {sdk1 - gen:+.0f} us with the limiter. Over the generated client's "
            f"{generated['cpu_us_per_request']:.0f} us per call on the network that is "
            f"{over['SDK, no limiter']:.3f}x and {over['SDK, limiter on']:.3f}x: the target's "
            "ratio without the noise of sockets and a second process; the network figures "
            "above are the same calls with that noise, which moves a round by more than the 5% "
            "at stake (see above)."
        )
    if inp and JAR in inp:
        jar = inp[JAR]
        in_process.append(
            f"- Two parts make up that difference. The SDK's httpx client saves {gen - jar:.0f} "
            "us a call: its cookie jar parses only answers that set a cookie (none here), where "
            "httpx's parses every answer; that is net of the client's own closed-client check. "
            "The SDK's transport (time limits, body checks, typed errors, counters) costs "
            f"{sdk0 - jar:.0f} us a call, {sdk1 - jar:.0f} us with the limiter: measured against "
            "the generated client on the SDK's httpx client."
        )
    own_core = ", on a core of its own" if settings.get("separate_cores") else ""
    spread = (max(bare_rates) - min(bare_rates)) / statistics.median(bare_rates)
    lines = [
        f"{settings['concurrency']} concurrent tasks make the same call, "
        f"`GET {settings['path']}`, against the emulator (its own process{own_core}, no rate "
        f"limit, no latency) for {settings['rounds']} rounds of {settings['round_seconds']:g} s "
        "per client, the clients taking turns (each round starting with the next); medians are "
        "shown. *bare httpx*: "
        "`httpx.AsyncClient.get` + `response.json()`; *generated client*: the generated "
        "function on a plain generated `AuthenticatedClient`; *SDK*: the same function on "
        "`create_client(...)`, without and with a limiter whose budget is never reached; "
        "*SDK sync client*: `sync_detailed` on `create_sync_client(...)` (the same limiter), "
        f"called by {settings['concurrency']} threads instead of tasks. CPU "
        "time is the client process's own.",
        "",
        Table.from_json(data["table"]).markdown(),
        "",
        f"- The generated client alone (building the request, parsing the `User` model) "
        f"measures {generated['time_ratio']:.2f}x; the SDK in its place "
        f"{no_limiter['time_ratio'] / generated['time_ratio']:.2f}x, with the limiter "
        f"{limiter_on['time_ratio'] / generated['time_ratio']:.2f}x. In CPU per request, as the "
        "median of the per-round ratios (each round measures both within seconds), the SDK "
        f"costs {no_limiter.get('cpu_over_generated', 0):.2f}x the generated client, "
        f"{limiter_on.get('cpu_over_generated', 0):.2f}x with the limiter. From round to round, "
        f"bare httpx alone varied by {spread:.0%} on this machine, so differences of that size are "
        "noise. Against the production budget of 5 requests/s, "
        f"{limiter_on['cpu_us_per_request']:.0f} us per request is "
        f"{limiter_on['cpu_us_per_request'] * 5 / 1e6:.2%} of one core.",
        *(
            [
                f"- The sync client runs the same transport on a background event loop: each "
                f"call crosses threads twice. It measures "
                f"{limiter_on['requests_per_s'] / sync_client['requests_per_s']:.2f}x the time "
                f"of the async client and "
                f"{sync_client['cpu_us_per_request'] / limiter_on['cpu_us_per_request']:.2f}x "
                f"its CPU per request; at the production budget of 5 requests/s its "
                f"{sync_client['cpu_us_per_request']:.0f} us per request is "
                f"{sync_client['cpu_us_per_request'] * 5 / 1e6:.2%} of one core."
            ]
            if sync_client
            else []
        ),
        *in_process,
        f"- The bare client's {bare['requests_per_s']:.0f} requests/s kept the client process "
        f"{bare['requests_per_s'] * bare['cpu_us_per_request'] / 1e6:.0%} busy on one core: "
        "the rates are bound by the client's CPU, which is what makes the ratios a measure "
        "of overhead. The ratios, not the absolute rates, carry over to other machines.",
        "",
        "CPU time to parse one page of 100 contacts as `search_leads` returns it (best of 5 "
        "batches):",
        "",
        Table.from_json(data["parse_table"]).markdown(),
        "",
        f"- Typed models cost {parsing['json_and_models_ms'] / parsing['json_ms']:.1f}x plain "
        f"`json.loads`, and {parsing['share_of_200ms']:.1%} of the 200 ms between two "
        "requests at 300 per minute.",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    main()
