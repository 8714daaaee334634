"""The httpx transport that gives every generated function pacing, retries and typed errors.

Every generated endpoint function ends in ``client.get_async_httpx_client().request(...)``, so the
transport underneath is the one place each request passes through. Per attempt it waits for the
key's rate limiter, sends, and reads the whole answer within the attempt's time limit (the
largest of the request's httpx timeouts) and the body size cap; then it returns the answer, or
retries (``_should_retry``, after ``_retry_delay``), or raises the typed error. README.md, "Rate
limit and retries", says what is retried and why. An operation is safe to repeat when the spec's
operation index says so; a request naming no operation, when its method is idempotent.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import random
import time
import zlib
from collections.abc import Callable
from typing import Any, cast

import anyio
import httpx

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
# A request extension overriding the retry policy's max_retries for that request.
MAX_RETRIES_EXTENSION = "getsales.max_retries"

logger = logging.getLogger("getsales")

# Failures that retrying cannot fix; the first two also mean that nothing was sent.
_REFUSED = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)
_PERMANENT = (*_REFUSED, httpx.ProxyError)
_NOT_SENT = (*_REFUSED, httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_SAFE_TO_REPEAT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_DESCRIPTIONS: list[tuple[type[httpx.TransportError], str]] = [
    (httpx.ConnectTimeout, "timed out connecting to the server"),
    (httpx.PoolTimeout, "timed out waiting for a free connection"),
    (httpx.ReadTimeout, "timed out waiting for the answer"),
    (httpx.WriteTimeout, "timed out sending the request"),
    (httpx.ConnectError, "could not connect to the server"),
    (httpx.RemoteProtocolError, "the server closed the connection without a valid answer"),
    (httpx.ReadError, "the connection broke while reading the answer"),
    (httpx.WriteError, "the connection broke while sending the request"),
    (httpx.UnsupportedProtocol, "unsupported URL scheme"),
    (httpx.ProxyError, "the proxy failed"),
]


class GetSalesTransport(httpx.AsyncBaseTransport):
    """Wraps ``inner`` (a plain ``httpx.AsyncHTTPTransport`` by default) with the SDK's behaviour.

    Without a ``limiter`` there is no pacing, and a 429 only delays the request that got it.
    ``rng`` draws the backoff jitter; ``observer`` counts requests and calls the hooks.
    """

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

    def __repr__(self) -> str:
        return (
            f"GetSalesTransport(limiter={self.limiter!r}, retry={self.retry_policy!r}, "
            f"inner={type(self._inner).__name__})"
        )

    async def __aenter__(self) -> GetSalesTransport:
        await self._inner.__aenter__()
        return self

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        name = request.extensions.get(OPERATION_EXTENSION)
        operation = OPERATIONS.get(name) if isinstance(name, str) else None
        if operation is not None:
            repeatable = operation.idempotent
        else:
            repeatable = request.method.upper() in _SAFE_TO_REPEAT_METHODS
        await request.aread()  # buffered, so that a retry sends the same body again

        policy = self.retry_policy
        max_retries: int = request.extensions.get(MAX_RETRIES_EXTENSION, policy.max_retries)
        retries = 0  # transient-failure retries so far
        rejections = 0  # 429 answers so far
        attempt = 0
        deadline: float | None = None  # set when the first attempt is sent
        error: GetSalesError | None = None  # the latest attempt's failure
        user_trace = request.extensions.get("trace")
        while True:
            permit = await self._admit(request, attempt, deadline, error)
            sending = _Sending(permit, self._clock, user_trace)
            request.extensions["trace"] = sending
            attempt += 1
            if attempt == 1 and policy.deadline is not None:
                first_sent = permit.sent_at if permit is not None else self._clock()
                deadline = first_sent + policy.deadline
            try:
                # A retry may not run past the deadline, which bounds the call as a whole.
                cutoff = deadline if attempt > 1 else None
                return await self._attempt(request, sending, operation, attempt, cutoff)
            except GetSalesError as exc:
                error = exc

            rate_limited = isinstance(error, RateLimitError)
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
            self.observer.retrying(
                request,
                attempt,
                _short(error),
                wait,
                number=None if rate_limited else retries,
                limit=None if rate_limited else max_retries,
            )
            if not (rate_limited and self.limiter is not None):  # else the limiter waits
                await asyncio.sleep(wait)

    def _should_retry(self, error: GetSalesError, request: httpx.Request, repeatable: bool) -> bool:
        """Whether sending the request again (after anything but a 429) may help without acting
        twice on the server; when only the operation forbids it, the error says so."""
        if isinstance(error, APIConnectionError):
            if isinstance(error.__cause__, _PERMANENT):
                return False
            if not error.may_have_been_processed:
                return True
        elif isinstance(error, ServerError):
            if (error.retry_after or 0.0) > self.retry_policy.retry_after_cap:
                return False
        elif type(error) is not MalformedResponseError:  # other statuses, a body over the cap
            return False
        if not repeatable:
            done = "was" if isinstance(error, MalformedResponseError) else "may have been"
            error.add_detail(
                f"the request {done} processed; it was not sent again because "
                f"{request.method} {request.url.path} is not safe to repeat"
            )
        return repeatable

    def _retry_delay(self, error: GetSalesError, retries: int) -> float:
        """The wait before retry number ``retries`` of a transient failure: the backoff, or
        longer if the server asked for it."""
        retry_after = error.retry_after if isinstance(error, APIStatusError) else None
        return max(retry_after or 0.0, self.retry_policy.backoff(retries, rng=self._rng))

    async def _pause_key(
        self, error: RateLimitError, permit: Permit | None, rejections: int
    ) -> float:
        """Pause every task of the key (and every process sharing its budget) after a 429;
        return how long until the pause ends, or raise ``error`` if the server asked for more
        than this client waits (the key is then paused for ``retry_after_cap``)."""
        policy = self.retry_policy
        asked = error.retry_after
        episode: int | None = rejections
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
        path = httpx.URL(error.url).path
        logger.debug("%s %s: 429; the key waits %.2f s", error.method, path, pause)
        return pause

    async def _admit(
        self,
        request: httpx.Request,
        attempt: int,
        deadline: float | None,
        failure: GetSalesError | None,
    ) -> Permit | None:
        """Wait for the rate limiter, or raise what the request amounts to if it may not wait."""
        if self.limiter is None:
            return None
        try:
            permit = await self.limiter.acquire(
                priority=attempt > 0, deadline=deadline, max_pause=self.retry_policy.retry_after_cap
            )
        except LimiterWaitTooLong as waiting:
            remaining = max(0.0, waiting.until - self._clock())
            if failure is None:  # the first attempt: another request's 429 paused the key
                failure = RateLimitError(
                    "not sent",
                    response=httpx.Response(429, request=request),
                    method=request.method,
                    url=str(request.url),
                )
                failure.retry_after = remaining
            if waiting.paused and isinstance(failure, RateLimitError):
                failure.add_detail(
                    f"this key is paused by a 429 for another {remaining:.1f} s, longer than "
                    f"this request may wait"
                )
            else:
                failure.add_detail(
                    f"gave up: the rate limiter could not admit a retry before the "
                    f"{self.retry_policy.deadline:g} s deadline"
                )
            raise failure from None
        self.observer.admitted(request, attempt + 1, permit.waited)
        return permit

    async def _attempt(
        self,
        request: httpx.Request,
        sending: _Sending,
        operation: Operation | None,
        attempt: int,
        cutoff: float | None,
    ) -> httpx.Response:
        """Send once: the answer, or the error it amounts to.

        The request's httpx timeouts bound each wait for a byte; the largest of them bounds the
        attempt as a whole (a body trickling in included), ending at ``cutoff`` at the latest.
        The permit is released as soon as the answer is in.
        """
        permit = sending.permit
        method, url, path = request.method, str(request.url), request.url.path
        limit = _attempt_limit(request)
        if cutoff is not None:
            left = max(0.0, cutoff - self._clock())
            limit = left if limit is None else min(limit, left)
        counted = True
        started = self.observer.sending(request, attempt)
        logger.debug("%s %s: sending (attempt %d)", method, path, attempt)
        try:
            if permit is not None:
                permit.sent_at = self._clock()  # until the headers actually go out
            with anyio.move_on_after(limit) as scope:
                raw_response = await self._inner.handle_async_request(request)
                raw = await _read_raw(raw_response, self._max_body_size)
            if scope.cancelled_caught and sending.never_sent:
                # Still waiting for a connection: the server has seen nothing of this request.
                raise httpx.ConnectTimeout(f"not sent within {limit:.3g} s", request=request)
            if scope.cancelled_caught:
                raise httpx.ReadTimeout(f"no complete answer within {limit:.3g} s", request=request)
        except httpx.TransportError as exc:
            self.observer.failed(request, attempt, exc, started)
            counted = not isinstance(exc, _NOT_SENT)
            logger.debug("%s %s: %s (attempt failed)", method, path, type(exc).__name__)
            timeout = isinstance(exc, httpx.TimeoutException)
            raise (APITimeoutError if timeout else APIConnectionError)(
                f"{method} {path}: {_describe(exc)}",
                request=request,
                method=method,
                url=url,
                may_have_been_processed=counted,
            ) from exc
        finally:
            if permit is not None:
                permit.release(counted=counted)
        status = raw_response.status_code
        self.observer.answered(request, attempt, status, len(raw or b""), started)
        if raw is None:
            raise ResponseTooLargeError.for_response(
                httpx.Response(status, headers=raw_response.headers, request=request),
                f"a body larger than the {self._max_body_size:,} bytes this client reads "
                "(max_body_size); not read further",
            )
        response = _readable_copy(raw_response, raw, request)
        logger.debug("%s %s: %d", method, path, status)
        if status != 429 and permit is not None and self.limiter is not None:
            self.limiter.record_success(permit.sent_at)
        if status >= 300:  # a 3xx too: redirects are not followed, and no 3xx is a result
            raise error_from_response(response, method=method, url=url)
        problem = _unusable_body(response, method, operation)
        if problem is not None:
            raise MalformedResponseError.for_response(response, problem)
        return response  # already read and decoded: httpx does not read it again


class _Sending:
    """An httpcore ``trace`` hook for one attempt: it notes when the request's headers start
    going out (connecting and waiting for a connection are not sending), moving the permit's
    ``sent_at`` there so the limiter counts what the server sees, and still calls the caller's
    own hook, ``user``."""

    def __init__(self, permit: Permit | None, clock: Callable[[], float], user: Any) -> None:
        self.permit = permit
        self._clock = clock
        self._user = user
        self._traced = False  # the connection reported something: it traces
        self._headers_started = False

    @property
    def never_sent(self) -> bool:
        """Known not to have reached the server (a connection that does not trace says
        nothing, so nothing is assumed)."""
        return self._traced and not self._headers_started

    async def __call__(self, name: str, info: dict[str, object]) -> None:
        self._traced = True
        if name.endswith("send_request_headers.started"):
            self._headers_started = True
            if self.permit is not None:
                self.permit.sent_at = self._clock()
        if callable(self._user):
            await self._user(name, info)


def _attempt_limit(request: httpx.Request) -> float | None:
    """The time one attempt may take: the largest of the request's httpx timeouts."""
    timeouts = request.extensions.get("timeout")
    if not isinstance(timeouts, dict):
        return None
    finite = [value for value in timeouts.values() if isinstance(value, (int, float))]
    return max(finite) if finite and len(finite) == len(timeouts) else None


async def _read_raw(response: httpx.Response, cap: int | None) -> bytes | None:
    """The whole body as it came off the wire (still content-encoded), or None once it passes
    ``cap`` bytes, decompressed or not (the rest is not read)."""
    declared = response.headers.get("Content-Length", "")
    body = bytearray()
    try:
        if cap is not None and declared.isdigit() and int(declared) > cap:
            return None
        async for chunk in cast(httpx.AsyncByteStream, response.stream):
            body += chunk
            if cap is not None and len(body) > cap:
                return None
    finally:
        await response.aclose()
    encoding = response.headers.get("Content-Encoding", "").strip().lower()
    if cap is not None and encoding in ("gzip", "x-gzip", "deflate"):
        # Inflated up to the cap at most; a body that does not decode is reported later.
        with contextlib.suppress(zlib.error):
            if len(zlib.decompressobj(zlib.MAX_WBITS | 32).decompress(body, cap + 1)) > cap:
                return None
    return bytes(body)


def _readable_copy(response: httpx.Response, raw: bytes, request: httpx.Request) -> httpx.Response:
    """A fully read copy of ``response``: to inspect, to attach to errors, and to return."""
    copy = functools.partial(httpx.Response, response.status_code, content=raw, request=request)
    try:
        return copy(headers=response.headers, extensions=response.extensions)
    except httpx.DecodingError:  # a body that does not match its Content-Encoding: kept as is
        headers = httpx.Headers(response.headers)
        del headers["Content-Encoding"]
        return copy(headers=headers, extensions={"getsales_undecodable": True})


def _unusable_body(
    response: httpx.Response, method: str, operation: Operation | None
) -> str | None:
    """Why a 2xx body cannot be what the operation promises, or None if it is fine (a JSON
    body that is fine is left parsed in the response's ``JSON_BODY_EXTENSION``).

    An operation that declares a JSON body promises JSON whatever the Content-Type says; one
    that declares no body or text is not inspected. A request naming no operation promises JSON
    with a JSON media type (or none at all); 204, 205 and HEAD answers have no body.
    """
    status = response.status_code
    if method == "HEAD" or not 200 <= status < 300:
        return None
    if operation is not None and operation.success_body != "json":
        return None
    if response.extensions.get("getsales_undecodable"):
        return "a body that does not match its Content-Encoding"
    media = response.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
    declared_json = media == "application/json" or media.endswith("+json")
    content = response.content
    if operation is None:
        if status in (204, 205) or (not declared_json and (media or content.strip())):
            return None
    elif operation.success_may_be_empty and not content.strip():
        return None
    if not content.strip():
        return "an empty body where JSON was expected"
    value, problem = decode_json(content)
    if problem is None:
        # Parsed once: the generated code reads the value from here instead of parsing again.
        response.extensions[JSON_BODY_EXTENSION] = value
        return None
    if declared_json:
        return f"a body that is {problem} (cut short?)"
    return f"a {media or 'untyped'} body where JSON was expected ({body_excerpt(response)})"


def _describe(exc: httpx.TransportError) -> str:
    text = next((text for cls, text in _DESCRIPTIONS if isinstance(exc, cls)), type(exc).__name__)
    return f"{text} ({exc})" if str(exc) else text


def _short(error: Exception) -> str:
    return str(error.status_code) if isinstance(error, APIStatusError) else type(error).__name__
