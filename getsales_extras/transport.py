"""The httpx transport under every generated function: per attempt it waits for the key's rate
limiter, sends, reads the whole answer within the time limit and the body size cap, then returns
it, retries or raises a typed error (README.md, "Rate limit and retries", says what and why)."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, cast

import httpx

from getsales_client.errors import path_of
from getsales_client.operation_index import OPERATIONS, Operation
from getsales_client.types import JSON_BODY_EXTENSION, OPERATION_EXTENSION
from getsales_extras.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    GetSalesError,
    MalformedResponseError,
    RateLimitError,
    ResponseTooLargeError,
    ServerError,
    body_excerpt,
    decode_json,
    error_from_response,
)
from getsales_extras.observability import ClientObserver
from getsales_extras.ratelimit import LimiterWaitTooLong, Permit, RollingWindowLimiter
from getsales_extras.retry import RetryPolicy

#: The largest body (as received, before decompression) read from any answer: 64 MiB.
DEFAULT_MAX_BODY_SIZE = 64 * 1024 * 1024
MAX_RETRIES_EXTENSION = "getsales.max_retries"  # a request's own RetryPolicy.max_retries

logger = logging.getLogger("getsales")

# Failures that retrying cannot fix; the first two also mean that nothing was sent.
_REFUSED = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)
_PERMANENT = (*_REFUSED, httpx.ProxyError)
_NOT_SENT = (*_REFUSED, httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_DESCRIPTIONS: list[tuple[type[httpx.TransportError], str]] = [
    (httpx.ConnectTimeout, "timed out connecting to the server"),
    (httpx.PoolTimeout, "timed out waiting for a free connection"),
    (httpx.ReadTimeout, "timed out waiting for the answer"),
    (httpx.WriteTimeout, "timed out sending the request"),
    (httpx.ConnectError, "could not connect to the server"),
    (httpx.RemoteProtocolError, "the server closed the connection without a valid answer"),
    (httpx.ReadError, "the connection broke while reading the answer"),
    (httpx.WriteError, "the connection broke while sending the request"),
]


class GetSalesTransport(httpx.AsyncBaseTransport):
    """Wraps ``inner`` (a plain ``httpx.AsyncHTTPTransport`` by default) with the SDK's behaviour.
    Without a ``limiter`` there is no pacing, and a 429 only delays the request that got it;
    ``rng`` draws the backoff jitter; ``observer`` counts requests and calls the hooks."""

    def __init__(
        self,
        inner: httpx.AsyncBaseTransport | None = None,
        *,
        limiter: RollingWindowLimiter | None = None,
        retry: RetryPolicy | None = None,
        rng: random.Random | None = None,
        max_body_size: int | None = DEFAULT_MAX_BODY_SIZE,
        observer: ClientObserver | None = None,
    ) -> None:
        self._inner = inner if inner is not None else httpx.AsyncHTTPTransport()
        self._max_body_size = max_body_size
        self.observer = observer if observer is not None else ClientObserver()
        self.limiter = limiter
        self.retry_policy = retry if retry is not None else RetryPolicy()
        self._rng = rng
        self._clock: Callable[[], float] = limiter.clock if limiter is not None else time.monotonic

    async def __aenter__(self) -> GetSalesTransport:
        await self._inner.__aenter__()
        return self

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        name = request.extensions.get(OPERATION_EXTENSION)
        operation = OPERATIONS.get(name) if isinstance(name, str) else None
        # Safe to send twice: as the spec's operation index says, else as the method says.
        repeatable = operation.idempotent if operation else request.method in _SAFE_METHODS
        await request.aread()  # buffered, so that a retry sends the same body again

        policy = self.retry_policy
        max_retries: int = request.extensions.get(MAX_RETRIES_EXTENSION, policy.max_retries)
        retries = rejections = attempt = 0  # transient-failure retries, 429 answers, attempts
        deadline: float | None = None  # set when the first attempt is sent
        error: GetSalesError | None = None  # the latest attempt's failure
        user_trace = request.extensions.get("trace")
        while True:
            permit = await self._admit(request, attempt, deadline, error)
            sending = _Sending(permit, self._clock, user_trace, request.extensions)
            request.extensions["trace"] = sending
            attempt += 1
            if attempt == 1 and policy.deadline is not None:
                deadline = (permit.sent_at if permit else self._clock()) + policy.deadline
            try:
                response = await self._attempt(request, sending, attempt, deadline)
            except GetSalesError as exc:
                error = exc
            else:
                problem = _unusable_body(response, operation)
                if problem is None:
                    return response  # already read and decoded: httpx does not read it again
                error = MalformedResponseError.for_response(response, problem)

            if isinstance(error, RateLimitError):  # pauses the key, whether this request waits
                wait = await self._pause_key(error, permit, rejections)
                rejections += 1
            elif not self._should_retry(error, request, repeatable):
                raise error
            elif retries >= max_retries:  # a 429 does not use up max_retries
                if attempt > 1:
                    error.add_detail(f"gave up after {attempt} attempts")
                raise error
            else:
                wait = self._retry_delay(error, retries)
                retries += 1
            if deadline is not None and self._clock() + wait > deadline:
                error.add_detail(
                    f"gave up: waiting {wait:.1f} s more would pass the {policy.deadline:g} s "
                    f"deadline"
                )
                raise error
            nth, cap = (None, None) if isinstance(error, RateLimitError) else (retries, max_retries)
            why = error.status_code if isinstance(error, APIStatusError) else type(error).__name__
            self.observer.retrying(request, attempt, str(why), wait, number=nth, limit=cap)
            if not isinstance(error, RateLimitError) or self.limiter is None:
                await asyncio.sleep(wait)  # else the limiter's pause is the wait

    def _should_retry(self, error: GetSalesError, request: httpx.Request, repeatable: bool) -> bool:
        """Whether sending again (after anything but a 429) may help without acting twice."""
        if isinstance(error, APIConnectionError) and not isinstance(error.__cause__, _PERMANENT):
            if not error.may_have_been_processed:
                return True
        elif isinstance(error, ServerError):
            if (error.retry_after or 0.0) > self.retry_policy.retry_after_cap:
                return False
        elif type(error) is not MalformedResponseError:  # anything else is permanent
            return False
        if not repeatable:
            done = "was" if isinstance(error, MalformedResponseError) else "may have been"
            error.add_detail(
                f"the request {done} processed; it was not sent again because "
                f"{request.method} {request.url.path} is not safe to repeat"
            )
        return repeatable

    def _retry_delay(self, error: GetSalesError, retries: int) -> float:
        """The backoff before retry number ``retries``, or longer if the server asked for it."""
        retry_after = error.retry_after if isinstance(error, APIStatusError) else None
        return max(retry_after or 0.0, self.retry_policy.backoff(retries, rng=self._rng))

    async def _pause_key(self, error: RateLimitError, permit: Permit | None, seen: int) -> float:
        """Pause all the key's tasks and processes after a 429 (``seen``: earlier 429s of this
        request) and return for how long; past ``retry_after_cap``, pause that long and raise."""
        policy = self.retry_policy
        asked = error.retry_after
        episode: int | None = seen
        if self.limiter is not None and permit is not None:
            episode = self.limiter.record_rejection(self._clock(), permit.sent_at)
        pause = policy.rate_limit_pause(asked, episode, rng=self._rng)
        too_long = asked is not None and asked > policy.retry_after_cap
        if self.limiter is not None:
            end = await self.limiter.pause(pause, refuse=too_long)
            pause = max(0.0, end - self._clock())
        if too_long:
            error.add_detail(
                f"the server asked to wait {asked:g} s, more than the "
                f"{policy.retry_after_cap:g} s this client waits"
            )
            raise error
        logger.debug("%s %s: 429; the key waits %.2f s", error.method, path_of(error.url), pause)
        return pause

    async def _admit(
        self, request: httpx.Request, attempt: int, until: float | None, error: GetSalesError | None
    ) -> Permit | None:
        """Wait for the rate limiter, or raise what the request amounts to if it may not wait."""
        if self.limiter is None:
            return None
        try:
            permit = await self.limiter.acquire(
                priority=attempt > 0, deadline=until, max_pause=self.retry_policy.retry_after_cap
            )
        except LimiterWaitTooLong as waiting:
            remaining = max(0.0, waiting.until - self._clock())
            if error is None:  # the first attempt: another request's 429 paused the key
                error = RateLimitError(
                    "not sent",
                    response=httpx.Response(429, request=request),
                    method=request.method,
                    url=str(request.url),
                )
                error.retry_after = remaining
            error.add_detail(  # a pause: the deadline is no part of it (and may be None)
                f"this key is paused by a 429 for another {remaining:.1f} s, longer than this "
                "request may wait"
                if waiting.paused
                else "gave up: the rate limiter could not admit a retry before the "
                f"{self.retry_policy.deadline:g} s deadline"
            )
            raise error from None
        self.observer.admitted(request, attempt + 1, permit.waited)
        return permit

    async def _attempt(
        self, request: httpx.Request, sending: _Sending, attempt: int, deadline: float | None
    ) -> httpx.Response:
        """Send once: the answer read whole, or the error it amounts to. The largest of the httpx
        timeouts bounds the attempt as a whole, a body trickling in included."""
        permit = sending.permit
        timeouts = (request.extensions.get("timeout") or {}).values()  # None: no limit
        limits = [max(timeouts)] if timeouts and None not in timeouts else []
        if deadline is not None and attempt > 1:  # a retry ends at the deadline at the latest
            limits.append(max(0.0, deadline - self._clock()))
        limit = min(limits, default=None)
        counted = True
        started = self.observer.sending(request, attempt)
        task = cast("asyncio.Task[Any]", asyncio.current_task())
        cancelling = task.cancelling()  # cancellations asked for before, not by the time limit
        timer = None
        try:
            if permit is not None:
                permit.sent_at = self._clock()  # until the headers actually go out
            if limit is not None:  # a plain timer: asyncio.timeout's bookkeeping costs more
                timer = asyncio.get_running_loop().call_later(limit, sending.cut, task)
            try:
                response = await self._inner.handle_async_request(request)
                raw = await _read_raw(response, self._max_body_size)
            except asyncio.CancelledError:
                if not sending.cut_off or task.uncancel() > cancelling:
                    raise
                unsent = sending.traced and not sending.headers_started  # the server saw nothing
                kind = httpx.ConnectTimeout if unsent else httpx.ReadTimeout
                what = "not sent" if unsent else "no complete answer"
                raise kind(f"{what} within {limit:.3g} s", request=request) from None
        except httpx.TransportError as exc:
            self.observer.failed(request, attempt, exc, started)
            counted = not isinstance(exc, _NOT_SENT)
            _log_attempt(request, attempt, type(exc).__name__)
            timeout = isinstance(exc, httpx.TimeoutException)
            raise (APITimeoutError if timeout else APIConnectionError)(
                f"{request.method} {request.url.path}: {_describe(exc)}",
                request=request,
                method=request.method,
                url=str(request.url),
                may_have_been_processed=counted,
            ) from exc
        finally:
            if timer is not None:
                timer.cancel()
            request.extensions["trace"] = sending.user  # the caller's own hook (or none) again
            if permit is not None:
                permit.release(counted=counted)
        status = response.status_code
        self.observer.answered(request, attempt, status, len(raw or b""), started)
        if raw is None:
            raise ResponseTooLargeError.for_response(
                httpx.Response(status, headers=response.headers, request=request),
                f"a body larger than the {self._max_body_size:,} bytes this client reads "
                "(max_body_size); not read further",
            )
        response.stream = httpx.ByteStream(raw)  # to be decoded as httpx does
        try:
            await response.aread()
        except httpx.DecodingError:  # a body that does not match its Content-Encoding: kept as is
            headers = [(k, v) for k, v in response.headers.multi_items() if k != "content-encoding"]
            extensions = {"getsales_undecodable": True}
            response = httpx.Response(status, headers=headers, content=raw, extensions=extensions)
        response.request = request
        response.elapsed = timedelta(seconds=time.monotonic() - started)  # as httpx would set it
        _log_attempt(request, attempt, status)
        if status != 429 and permit is not None and self.limiter is not None:
            self.limiter.record_success(permit.sent_at)
        if status >= 300:  # a 3xx too: redirects are not followed, and no 3xx is a result
            raise error_from_response(response, method=request.method, url=str(request.url))
        return response


@dataclass(slots=True)
class _Sending:
    """An httpcore ``trace`` hook for one attempt: it moves the permit's ``sent_at`` to when the
    headers start going out, as the server counts, then hands ``trace`` back to the user's hook
    (an await less for each later event)."""

    permit: Permit | None
    clock: Callable[[], float]
    user: Any
    extensions: dict[str, Any]  # the request's, which httpcore reads for each event
    traced: bool = False  # the connection reported something (one that does not says nothing)
    headers_started: bool = False
    cut_off: bool = False  # cancelled by the attempt's time limit

    def cut(self, task: asyncio.Task[Any]) -> None:
        self.cut_off = True
        task.cancel()

    async def __call__(self, name: str, info: dict[str, object]) -> None:
        self.traced = True
        if name.endswith("send_request_headers.started"):
            self.headers_started = True
            self.extensions["trace"] = self.user
            if self.permit is not None:
                self.permit.sent_at = self.clock()
        if callable(self.user):
            await self.user(name, info)


async def _read_raw(response: httpx.Response, cap: int | None) -> bytes | None:
    """The whole body as it came off the wire (still content-encoded), or None once it passes
    ``cap`` bytes, decompressed or not (the rest is not read)."""
    declared = response.headers.get("Content-Length", "")
    stream = cast(httpx.AsyncByteStream, response.stream)
    body = bytearray()
    try:
        if cap is not None and declared.isdigit() and int(declared) > cap:
            return None
        async for chunk in stream:
            body += chunk
            if cap is not None and len(body) > cap:
                return None
    finally:
        await stream.aclose()
    raw = inflated = bytes(body)  # each coding undone in turn, as httpx will, to cap + 1 bytes
    for coding in reversed(response.headers.get("Content-Encoding", "").lower().split(",")):
        if cap is not None and coding.strip() in ("gzip", "x-gzip", "deflate"):
            for wbits in (zlib.MAX_WBITS | 32, -zlib.MAX_WBITS):  # gzip or zlib, else raw deflate
                with contextlib.suppress(zlib.error):  # data that does not inflate: reported later
                    inflated = zlib.decompressobj(wbits).decompress(inflated, cap + 1)
                    break
            if len(inflated) > cap:
                return None
    return raw


def _unusable_body(response: httpx.Response, operation: Operation | None) -> str | None:
    """Why a 2xx body is not what the operation promises (JSON whatever the Content-Type, if it
    declares a JSON body), or None, leaving good JSON parsed in ``JSON_BODY_EXTENSION``. Without
    an operation a JSON media type (or none, if empty) promises JSON, except for a 204 or 205."""
    status = response.status_code
    inspected = operation is None or operation.success_body == "json"
    if not inspected or not 200 <= status < 300 or response.request.method == "HEAD":
        return None
    if response.extensions.get("getsales_undecodable"):
        return "a body that does not match its Content-Encoding"
    content = response.content
    blank = not content or content.isspace()
    if operation is None:
        media, declared_json = _media_type(response)
        if status in (204, 205) or (not declared_json and (media or not blank)):
            return None
    elif blank and operation.success_may_be_empty:
        return None
    if blank:
        return "an empty body where JSON was expected"
    value, problem = decode_json(content)
    if problem is None:
        # Parsed once: the generated code reads the value from here instead of parsing again.
        response.extensions[JSON_BODY_EXTENSION] = value
        return None
    media, declared_json = _media_type(response)
    if declared_json:
        return f"a body that is {problem} (cut short?)"
    return f"a {media or 'untyped'} body where JSON was expected ({body_excerpt(response)})"


def _media_type(response: httpx.Response) -> tuple[str, bool]:
    """The Content-Type without its parameters, and whether it is a JSON type."""
    media = response.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
    return media, media == "application/json" or media.endswith("+json")


def _log_attempt(request: httpx.Request, attempt: int, outcome: int | str) -> None:
    if logger.isEnabledFor(logging.DEBUG):  # the path is not worked out for nothing
        logger.debug("%s %s: %s (attempt %d)", request.method, request.url.path, outcome, attempt)


def _describe(exc: httpx.TransportError) -> str:
    text = next((text for cls, text in _DESCRIPTIONS if isinstance(exc, cls)), type(exc).__name__)
    return f"{text} ({exc})" if str(exc) else text
