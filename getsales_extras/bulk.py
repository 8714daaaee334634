"""Run one async call over many inputs with bounded concurrency, keeping every outcome.

One bad input never aborts the other 9,999: each input gets an :class:`Outcome` holding its
result or its exception (typed errors stay as they are). Pacing is the client transport's
job, so ``concurrency`` only needs to cover the latency (rate x round trip, plus headroom).
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterable, AsyncIterator, Awaitable, Callable, Iterable
from typing import Generic, TypeVar

import anyio
import attrs

__all__ = ["DEFAULT_CONCURRENCY", "Outcome", "for_each_outcome", "run_bulk"]

In = TypeVar("In")
Out = TypeVar("Out")

#: Calls in flight at once: enough to keep 5 requests/s busy at up to ~1.5 s latency.
DEFAULT_CONCURRENCY = 8


@attrs.frozen
class Outcome(Generic[In, Out]):
    """What happened to one input (``index``: its 0-based position): a result or an error."""

    index: int
    input: In
    result: Out | None = None
    error: Exception | None = None

    @property
    def ok(self) -> bool:
        """True when the call returned normally."""
        return self.error is None


async def run_bulk(
    func: Callable[[In], Awaitable[Out]],
    inputs: Iterable[In] | AsyncIterable[In],
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    on_progress: Callable[[Outcome[In, Out]], object] | None = None,
) -> list[Outcome[In, Out]]:
    """Call ``func`` on every input, at most ``concurrency`` at a time; outcomes in input order.

    ``on_progress`` sees each outcome as it completes (e.g. to advance a progress bar).
    Cancelling the caller cancels the calls still running.
    """
    outcomes: list[Outcome[In, Out]] = []

    def collect(outcome: Outcome[In, Out]) -> None:
        outcomes.append(outcome)
        if on_progress is not None:
            on_progress(outcome)

    await for_each_outcome(func, inputs, collect, concurrency=concurrency)
    return sorted(outcomes, key=lambda outcome: outcome.index)


async def for_each_outcome(
    func: Callable[[In], Awaitable[Out]],
    inputs: Iterable[In] | AsyncIterable[In],
    handle: Callable[[Outcome[In, Out]], Awaitable[object] | object],
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
) -> int:
    """Call ``func`` on every input and pass each :class:`Outcome` to ``handle`` when known.

    ``handle`` (plain or async) runs in the call's slot, so a slow handler slows intake;
    inputs are read lazily, one ahead of the free slots. When ``handle`` or the inputs raise, the
    calls still running are cancelled and that first exception propagates (how a caller
    stops on a fatal error). Returns the number of inputs processed.
    """
    if concurrency < 1:
        raise ValueError(f"concurrency must be >= 1, got {concurrency}")
    slots = anyio.Semaphore(concurrency)
    processed = 0
    failure: Exception | None = None  # the first one from `handle` or the inputs ends the run

    def stop(exc: Exception) -> None:
        nonlocal failure
        failure = failure or exc
        group.cancel_scope.cancel()

    async def each() -> AsyncIterator[In]:
        if isinstance(inputs, AsyncIterable):
            async for item in inputs:
                yield item
        else:
            for item in inputs:
                yield item

    async def work(index: int, item: In) -> None:
        nonlocal processed
        try:
            try:
                outcome: Outcome[In, Out] = Outcome(index, item, result=await func(item))
            except Exception as exc:
                outcome = Outcome(index, item, error=exc)
            processed += 1
            handled = handle(outcome)
            if inspect.isawaitable(handled):
                await handled
        except Exception as exc:
            stop(exc)
        finally:
            slots.release()

    async with anyio.create_task_group() as group:
        index = 0
        try:
            async for item in each():
                await slots.acquire()  # read one input ahead of the free slots, no further
                group.start_soon(work, index, item)
                index += 1
        except Exception as exc:
            stop(exc)

    if failure is not None:
        raise failure
    return processed
