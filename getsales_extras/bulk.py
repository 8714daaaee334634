"""Run one async call over many inputs with bounded concurrency, keeping every outcome.

Bulk jobs (importing contacts, tagging leads, enrolling them in flows) make thousands of
independent calls. Two things matter: keep enough calls in flight that the shared rate
limiter, not the network round trip, sets the pace; and never let one bad input abort the
other 9,999. :func:`run_bulk` returns one :class:`Outcome` per input, in input order, holding
either the result or the exception (the typed errors of :mod:`getsales_extras.errors` are
kept as they are, so ``isinstance(outcome.error, ValidationError)`` works).
:func:`for_each_outcome` is the streaming form for inputs too large to keep outcomes of in
memory: it hands each outcome to a callback as soon as it is known.

Pacing is not done here: the client's transport already holds every request to the
account's rate limit, however many tasks call it. ``concurrency`` only needs to cover the
latency (allowed rate x round-trip time, plus headroom).
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterable, Awaitable, Callable, Iterable
from typing import Generic, TypeVar

import anyio
import attrs
from anyio.abc import ObjectReceiveStream

__all__ = ["DEFAULT_CONCURRENCY", "Outcome", "for_each_outcome", "run_bulk"]

In = TypeVar("In")
Out = TypeVar("Out")

#: Calls in flight at once: enough to keep 5 requests/s busy at up to ~1.5 s latency.
DEFAULT_CONCURRENCY = 8


@attrs.frozen
class Outcome(Generic[In, Out]):
    """What happened to one input: ``result`` when the call returned, ``error`` when it raised.

    ``index`` is the input's position (0-based) in the iterable given to the bulk call.
    """

    index: int
    input: In
    result: Out | None = None
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        """True when the call returned normally."""
        return self.error is None


OutcomeHandler = Callable[[Outcome[In, Out]], Awaitable[object] | object]


async def run_bulk(
    func: Callable[[In], Awaitable[Out]],
    inputs: Iterable[In] | AsyncIterable[In],
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    on_progress: Callable[[Outcome[In, Out]], object] | None = None,
) -> list[Outcome[In, Out]]:
    """Call ``func`` on every input, at most ``concurrency`` at a time; outcomes in input order.

    An exception from ``func`` becomes that input's ``Outcome.error`` and the batch goes on.
    ``on_progress`` is called with each outcome as it completes (completion order), e.g. to
    advance a progress bar. Cancelling the caller cancels the calls still running.
    """
    outcomes: list[Outcome[In, Out]] = []

    def collect(outcome: Outcome[In, Out]) -> None:
        outcomes.append(outcome)
        if on_progress is not None:
            on_progress(outcome)

    await for_each_outcome(func, inputs, collect, concurrency=concurrency)
    outcomes.sort(key=lambda outcome: outcome.index)
    return outcomes


async def for_each_outcome(
    func: Callable[[In], Awaitable[Out]],
    inputs: Iterable[In] | AsyncIterable[In],
    handle: OutcomeHandler[In, Out],
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
) -> int:
    """Call ``func`` on every input and pass each :class:`Outcome` to ``handle`` when known.

    ``handle`` may be a plain or an async function; it runs in the worker that produced the
    outcome, so a slow handler slows intake (which is what a file writer wants). Inputs are
    read lazily, one ahead of the free workers, so a generator over a huge file is fine.
    If ``handle`` (or the input iterable) raises, the calls still running are cancelled and
    the first such exception propagates as it is: this is how a caller aborts on a fatal
    error (a revoked key makes every further call pointless).
    Returns the number of inputs processed.
    """
    if concurrency < 1:
        raise ValueError(f"concurrency must be >= 1, got {concurrency}")
    send, receive = anyio.create_memory_object_stream[tuple[int, In]](0)
    processed = 0
    # The first exception from `handle` or from reading the inputs; it ends the run.
    failure: Exception | None = None

    async with anyio.create_task_group() as group:

        def stop(exc: Exception) -> None:
            nonlocal failure
            if failure is None:
                failure = exc
            group.cancel_scope.cancel()

        async def feed() -> None:
            async with send:
                index = 0
                try:
                    if isinstance(inputs, AsyncIterable):
                        async for item in inputs:
                            await send.send((index, item))
                            index += 1
                    else:
                        for item in inputs:
                            await send.send((index, item))
                            index += 1
                except Exception as exc:
                    stop(exc)

        async def work(queue: ObjectReceiveStream[tuple[int, In]]) -> None:
            nonlocal processed
            async with queue:
                async for index, item in queue:
                    try:
                        result = await func(item)
                    except Exception as exc:
                        outcome: Outcome[In, Out] = Outcome(index, item, error=exc)
                    else:
                        outcome = Outcome(index, item, result=result)
                    processed += 1
                    try:
                        handled = handle(outcome)
                        if inspect.isawaitable(handled):
                            await handled
                    except Exception as exc:
                        stop(exc)
                        return

        group.start_soon(feed)
        for _ in range(concurrency):
            group.start_soon(work, receive.clone())
        receive.close()

    if failure is not None:
        raise failure
    return processed
