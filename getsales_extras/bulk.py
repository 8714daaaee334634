"""Run one async call over many inputs with bounded concurrency, keeping every outcome: one
bad input never aborts the others. Pacing is the client's job; ``concurrency`` covers latency."""

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
        return self.error is None


async def run_bulk(
    func: Callable[[In], Awaitable[Out]],
    inputs: Iterable[In] | AsyncIterable[In],
    *,
    concurrency: int = DEFAULT_CONCURRENCY,
    on_progress: Callable[[Outcome[In, Out]], object] | None = None,
) -> list[Outcome[In, Out]]:
    """Call ``func`` on every input, at most ``concurrency`` at a time; outcomes in input order
    (``on_progress`` sees each as it completes). Cancelling the caller cancels the calls."""
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
    """Call ``func`` on every input and pass each :class:`Outcome` to ``handle`` (plain or
    async) in the call's slot, so a slow handler slows intake; inputs are read one ahead of the
    free slots. The first exception ``handle`` or the inputs raise cancels the calls still
    running and propagates. Returns the number of inputs processed."""
    if concurrency < 1:
        raise ValueError(f"concurrency must be >= 1, got {concurrency}")
    slots = anyio.Semaphore(concurrency)

    async def each(items: Iterable[In]) -> AsyncIterator[In]:
        for item in items:
            yield item

    async def work(index: int, item: In) -> None:
        try:
            try:
                outcome: Outcome[In, Out] = Outcome(index, item, result=await func(item))
            except Exception as exc:
                outcome = Outcome(index, item, error=exc)
            handled = handle(outcome)
            if inspect.isawaitable(handled):
                await handled
        except Exception:
            group.cancel_scope.cancel()  # before the slot is freed, so no other input is read
            raise
        finally:
            slots.release()

    index = 0
    try:
        async with anyio.create_task_group() as group:
            async for item in inputs if isinstance(inputs, AsyncIterable) else each(inputs):
                await slots.acquire()  # read one input ahead of the free slots, no further
                group.start_soon(work, index, item)
                index += 1
    except ExceptionGroup as failures:
        raise failures.exceptions[0] from None  # the first one ends the run
    return index  # every input started has been handled by now
