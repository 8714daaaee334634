"""The httpx transport that gives every generated function pacing, retries and typed errors.

The generated endpoint functions all end in ``client.get_async_httpx_client().request(...)``.
Wrapping the transport underneath that ``httpx.AsyncClient`` is the one place every request
passes through, so this is where the SDK does, per request:

1. look up the operation the request names in its ``OPERATION_EXTENSION`` (set by the generated
   code) in ``getsales_client.operation_index``: one dictionary lookup, no path matching;
2. wait for the key's rate limiter, which counts each attempt as it is sent;
3. send through the inner transport and read the whole answer, within the attempt's time
   limit (the largest of the request's httpx timeouts, for sending and reading as a whole)
   and the body size cap (``max_body_size``, 64 MiB by default);
4. on a 429, pause every task of the key and try again (not counted against ``max_retries``),
   after at least a minimum backoff whatever ``Retry-After`` says;
5. on a transient failure, retry with backoff if that cannot act twice on the server;
6. turn any status >= 400 into the matching ``APIStatusError`` subclass, a 3xx into
   ``RedirectError`` (redirects are never followed), and a 2xx body that is not the JSON the
   operation promises (HTML, cut short, nested too deeply, an array where an object belongs)
   into ``MalformedResponseError``.

What is retried, and when:

- 429 (the request reached the server but was not processed): always, for as long as the
  retry policy's ``deadline`` allows; it does not use up ``max_retries``.
- ``ConnectError``, ``ConnectTimeout``, ``PoolTimeout`` (nothing was sent): always, up to
  ``max_retries``.
- 5xx, ``ReadTimeout``, ``WriteTimeout``, ``ReadError``, ``WriteError``,
  ``RemoteProtocolError`` (the server may have acted), and a 2xx whose JSON body is empty or
  cut short (it did act): only for operations that are safe to repeat, up to ``max_retries``.
- Anything else (4xx other than 429, a refused URL scheme, a proxy failure): never.

An operation is safe to repeat when the spec's operation index says so: GET, PUT and DELETE
unless marked ``x-getsales-idempotent: false``, and POSTs marked read-only. A request that names
no operation (built by hand on the httpx client) is safe only for GET, HEAD, OPTIONS, PUT and
DELETE.

A 2xx answer is checked against what the operation declares: when it declares a JSON body, an
empty or unparseable body is an error (retried when safe); when it declares no body, any body,
empty or not, is accepted. A request that is not safe
to repeat is never sent a second time once it may have reached the server: the caller gets an
error saying it may have been processed.

Logging goes to the ``getsales`` logger at DEBUG: method, path (never the query string), status,
attempt and waits; retries and long limiter waits also at INFO. Headers are never logged.

Counters, timings and hooks: the transport reports each admission, attempt, answer and retry to
its ``observer`` (``getsales_extras.observability``). A request may carry its own
``max_retries`` in the ``MAX_RETRIES_EXTENSION`` request extension (``client.with_options``).
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
import zlib
from collections.abc import Callable

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
    body_excerpt,
    decode_json,
    error_from_response,
)
from getsales_extras.observability import ClientObserver
from getsales_extras.ratelimit import LimiterWaitTooLong, Permit, RollingWindowLimiter
from getsales_extras.retry import RetryPolicy, parse_retry_after

__all__ = ["DEFAULT_MAX_BODY_SIZE", "MAX_RETRIES_EXTENSION", "GetSalesTransport"]

#: The largest body (as received, before decompression) read from any answer: 64 MiB.
DEFAULT_MAX_BODY_SIZE = 64 * 1024 * 1024

logger = logging.getLogger("getsales")

# Failures raised before any byte of the request left this machine.
_NOT_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# Failures that retrying cannot fix (a wrong URL scheme, a request httpx refuses to send...).
_PERMANENT = (httpx.UnsupportedProtocol, httpx.LocalProtocolError, httpx.ProxyError)
_TIMEOUTS = (httpx.TimeoutException,)
# Without an operation to ask, only these methods are assumed safe to send twice (RFC 9110
# idempotent methods). Everything else, POST above all, is assumed to act each time it arrives.
_SAFE_TO_REPEAT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# A request extension overriding the retry policy's max_retries for that request.
MAX_RETRIES_EXTENSION = "getsales.max_retries"


def operation_of(request: httpx.Request) -> Operation | None:
    """The spec operation a generated function's request names, or None for other requests."""
    name = request.extensions.get(OPERATION_EXTENSION)
    return OPERATIONS.get(name) if isinstance(name, str) else None


class _Attempt:
    """What one try produced: an answer to return, or a failure and whether to try again."""

    __slots__ = ("error", "response", "retry", "wait")

    def __init__(
        self,
        *,
        response: httpx.Response | None = None,
        error: GetSalesError | None = None,
        retry: bool = False,
        wait: float = 0.0,
    ) -> None:
        self.response = response
        self.error = error
        self.retry = retry
        self.wait = wait


class GetSalesTransport(httpx.AsyncBaseTransport):
    """Wraps ``inner`` (by default a plain ``httpx.AsyncHTTPTransport``) with the SDK's behaviour.

    Args:
        inner: the transport that performs HTTP.
        limiter: the key's shared rate limiter, or None for no pacing (a 429 then only delays
            the request that got it).
        retry: the retry policy.
        rng: random source for backoff jitter (tests pass a seeded one).
        max_body_size: the largest body read from an answer, in bytes (None: no limit).
        observer: what counts requests and calls the hooks (a fresh one by default).
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
        self._observer = observer if observer is not None else ClientObserver()
        self._limiter = limiter
        self._retry = retry if retry is not None else RetryPolicy()
        self._rng = rng
        self._clock: Callable[[], float] = limiter.clock if limiter is not None else time.monotonic

    def __repr__(self) -> str:
        return (
            f"GetSalesTransport(limiter={self._limiter!r}, retry={self._retry!r}, "
            f"inner={type(self._inner).__name__})"
        )

    @property
    def retry_policy(self) -> RetryPolicy:
        return self._retry

    @property
    def limiter(self) -> RollingWindowLimiter | None:
        return self._limiter

    @property
    def observer(self) -> ClientObserver:
        return self._observer

    async def __aenter__(self) -> GetSalesTransport:
        await self._inner.__aenter__()
        return self

    async def aclose(self) -> None:
        await self._inner.aclose()

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        method = request.method.upper()
        path = request.url.path
        operation = operation_of(request)
        if operation is not None:
            repeatable = operation.idempotent
        else:
            repeatable = method in _SAFE_TO_REPEAT_METHODS
        await request.aread()  # buffered, so that a retry can send the same body again

        policy = self._retry
        max_retries: int = request.extensions.get(MAX_RETRIES_EXTENSION, policy.max_retries)
        retries = 0  # transient-failure retries used so far
        rejections = 0  # 429 answers seen by this request
        attempt = 0
        deadline: float | None = None  # set when the first attempt is sent
        failure: GetSalesError | None = None  # what to raise if no further attempt is possible
        while True:
            permit: Permit | None = None
            if self._limiter is not None:
                try:
                    permit = await self._limiter.acquire(
                        priority=attempt > 0, deadline=deadline, max_pause=policy.retry_after_cap
                    )
                except LimiterWaitTooLong as waiting:
                    raise self._waited_too_long(waiting, failure, request) from None
            attempt += 1
            if permit is not None:
                self._observer.admitted(request, attempt, permit.waited)
            if attempt == 1 and policy.deadline is not None:
                sent_at = permit.sent_at if permit is not None else self._clock()
                deadline = sent_at + policy.deadline
            logger.debug("%s %s: sending (attempt %d)", method, path, attempt)

            # A retry may not run past the deadline: the deadline bounds the call as a whole.
            cutoff = deadline if attempt > 1 else None
            outcome = await self._attempt(
                request, permit, method, path, repeatable, operation, attempt, cutoff
            )
            if outcome.response is not None:
                return outcome.response
            error = outcome.error
            assert error is not None
            failure = error

            if isinstance(error, RateLimitError):
                wait = await self._on_rate_limited(error, permit, rejections)
                rejections += 1
                if wait is None:
                    error.add_detail(
                        f"the server asked to wait {error.retry_after:g} s, more than the "
                        f"{policy.retry_after_cap:g} s this client waits"
                    )
                    raise error
                if deadline is not None and self._clock() + wait > deadline:
                    error.add_detail(
                        f"gave up: waiting {wait:.1f} s more would pass the "
                        f"{policy.deadline:g} s deadline"
                    )
                    raise error
                self._observer.retrying(request, attempt, "429", wait)
                if self._limiter is None:
                    await asyncio.sleep(wait)
                continue

            if not outcome.retry:
                raise error
            if retries >= max_retries:
                if attempt > 1:
                    error.add_detail(f"gave up after {attempt} attempts")
                raise error
            wait = max(outcome.wait, policy.backoff(retries, rng=self._rng))
            if deadline is not None and self._clock() + wait > deadline:
                error.add_detail(f"gave up: a retry would pass the {policy.deadline:g} s deadline")
                raise error
            retries += 1
            self._observer.retrying(
                request, attempt, _short(error), wait, number=retries, limit=max_retries
            )
            await asyncio.sleep(wait)

    async def _attempt(
        self,
        request: httpx.Request,
        permit: Permit | None,
        method: str,
        path: str,
        repeatable: bool,
        operation: Operation | None,
        attempt: int,
        cutoff: float | None = None,
    ) -> _Attempt:
        """Send once and classify the outcome; the permit is released when the answer is in."""
        url = str(request.url)
        counted = True
        started = self._observer.sending(request, attempt)
        try:
            raw_response, raw = await self._exchange(request, permit, cutoff)
            self._observer.answered(request, attempt, raw_response.status_code, len(raw), started)
        except _TooLarge as exc:
            self._observer.answered(request, attempt, exc.status, 0, started)
            kept = httpx.Response(exc.status, headers=exc.headers, request=request)
            return _Attempt(
                error=ResponseTooLargeError(
                    f"{exc.status} answer with a body larger than the {self._max_body_size:,} "
                    f"bytes this client reads (max_body_size); not read further",
                    response=kept,
                    method=method,
                    url=url,
                )
            )
        except httpx.TransportError as exc:
            self._observer.failed(request, attempt, exc, started)
            # A request httpx refuses to write (a header it cannot encode) was not sent either.
            local = (httpx.UnsupportedProtocol, httpx.LocalProtocolError)
            sent = not isinstance(exc, (*_NOT_SENT, *local))
            counted = sent
            logger.debug("%s %s: %s (attempt failed)", method, path, type(exc).__name__)
            error = _connection_error(exc, request, method, path, url, sent=sent)
            if isinstance(exc, _PERMANENT):
                return _Attempt(error=error)
            if sent and not repeatable:
                error.add_detail(
                    f"the request may have been processed by the server; it was not sent "
                    f"again because {method} {path} is not safe to repeat"
                )
                return _Attempt(error=error)
            return _Attempt(error=error, retry=True)
        finally:
            if permit is not None:
                permit.release(counted=counted)

        response = _readable_copy(raw_response, raw, request)
        status = response.status_code
        logger.debug("%s %s: %d", method, path, status)
        if status == 429:
            return _Attempt(error=error_from_response(response, method=method, url=url))
        if permit is not None and self._limiter is not None:
            self._limiter.record_success(permit)

        if status >= 500:
            note = None
            if not repeatable:
                note = (
                    f"the request may have been processed; it was not sent again because "
                    f"{method} {path} is not safe to repeat"
                )
            failed = error_from_response(response, method=method, url=url, note=note)
            retry_after = parse_retry_after(response.headers.get("Retry-After"))
            if retry_after is not None and retry_after > self._retry.retry_after_cap:
                return _Attempt(error=failed)
            return _Attempt(error=failed, retry=repeatable, wait=retry_after or 0.0)
        if status >= 300:  # a 3xx too: redirects are not followed, and no 3xx is a result
            return _Attempt(error=error_from_response(response, method=method, url=url))

        problem = _unusable_body(response, method, operation)
        if problem is not None:
            malformed = MalformedResponseError(
                f"{status} answer with {problem}", response=response, method=method, url=url
            )
            if not repeatable:
                malformed.add_detail(
                    f"the request was processed; it was not sent again because "
                    f"{method} {path} is not safe to repeat"
                )
            return _Attempt(error=malformed, retry=repeatable)

        # Already read (and decoded): httpx hands it to the caller without reading it again.
        return _Attempt(response=response)

    async def _exchange(
        self, request: httpx.Request, permit: Permit | None, cutoff: float | None
    ) -> tuple[httpx.Response, bytes]:
        """Send once and read the whole answer, within the attempt's time limit and size cap.

        The limit is the largest of the request's httpx timeouts: those bound each wait for a
        byte, this bounds the attempt (a body trickling in a byte at a time included), and it
        ends at ``cutoff`` (a clock time) at the latest. The
        permit's ``sent_at`` becomes the moment the request headers go out (connecting and
        queueing for a connection are not sending), so the limiter counts what the server sees.
        """
        limit = _attempt_limit(request)
        if cutoff is not None:
            left = max(0.0, cutoff - self._clock())
            limit = left if limit is None else min(limit, left)
        if permit is not None:
            permit.sent_at = self._clock()
            _SendClock.install(request, permit, self._clock)
        with anyio.move_on_after(limit):
            response = await self._inner.handle_async_request(request)
            return response, await _read_raw(response, self._max_body_size)
        raise httpx.ReadTimeout(f"no complete answer within {limit:.3g} s", request=request)

    async def _on_rate_limited(
        self, error: RateLimitError, permit: Permit | None, rejections: int
    ) -> float | None:
        """Record a 429; return how long to wait before trying again, None to give up now.

        What is recorded is clamped first: a pause never outlasts ``retry_after_cap`` (a server
        asking for longer pauses the key for the cap, and this request gives up), and never
        undercuts the policy's smallest backoff (``Retry-After: 0`` is not "hammer me").
        """
        policy = self._retry
        retry_after = error.retry_after
        path = httpx.URL(error.url).path
        too_long = retry_after is not None and retry_after > policy.retry_after_cap
        clamped = policy.rate_limit_pause(retry_after)

        def backoff(episodes: int) -> float:
            return policy.backoff(episodes, rng=self._rng)

        if self._limiter is not None and permit is not None:
            pause_end = self._limiter.record_rejection(
                permit,
                retry_after=clamped,
                backoff=backoff,
                response=error.response,
                refuse=too_long,
            )
            await self._limiter.share_pause(pause_end)
            wait = max(0.0, pause_end - self._clock())
        else:
            wait = clamped if clamped is not None else backoff(rejections)
        if too_long:
            logger.debug(
                "%s %s: 429 asking for %.1f s, more than the %.1f s cap; giving up",
                error.method,
                path,
                retry_after,
                policy.retry_after_cap,
            )
            return None
        logger.debug(
            "%s %s: 429; requests of this key wait %.2f s (Retry-After %s)",
            error.method,
            path,
            wait,
            "absent" if retry_after is None else f"{retry_after:g} s",
        )
        return wait

    def _waited_too_long(
        self, waiting: LimiterWaitTooLong, failure: GetSalesError | None, request: httpx.Request
    ) -> GetSalesError:
        """The error for a request that may not wait for the limiter as long as needed."""
        remaining = max(0.0, waiting.until - self._clock())
        paused_by = waiting.paused_by
        if paused_by is not None and (failure is None or isinstance(failure, RateLimitError)):
            return error_from_response(
                paused_by,
                method=request.method,
                url=str(request.url),
                note=(
                    f"this key is paused by a 429 for another {remaining:.1f} s, longer than "
                    f"this request may wait"
                ),
            )
        if failure is not None:
            failure.add_detail(
                f"gave up: the rate limiter could not admit a retry before the "
                f"{self._retry.deadline:g} s deadline"
            )
            return failure
        return APIConnectionError(  # unreachable with the limiter's contract; kept total
            f"gave up waiting {remaining:.1f} s for the rate limiter",
            request=request,
            method=request.method,
            url=str(request.url),
        )


class _TooLarge(Exception):
    """The body of an answer passed the size cap (``status`` and ``headers`` are kept)."""

    def __init__(self, response: httpx.Response) -> None:
        super().__init__(response.status_code)
        self.status = response.status_code
        self.headers = response.headers


class _SendClock:
    """An httpcore ``trace`` hook that moves a permit's ``sent_at`` to when the request's
    headers start going out; a trace hook the caller set is still called."""

    def __init__(self, permit: Permit, clock: Callable[[], float], user: object) -> None:
        self._permit = permit
        self._clock = clock
        self.user = user

    @classmethod
    def install(cls, request: httpx.Request, permit: Permit, clock: Callable[[], float]) -> None:
        user = request.extensions.get("trace")
        if isinstance(user, _SendClock):  # a retry: replace this client's own hook
            user = user.user
        request.extensions["trace"] = cls(permit, clock, user)

    async def __call__(self, name: str, info: dict[str, object]) -> None:
        if name.endswith("send_request_headers.started"):
            self._permit.sent_at = self._clock()
        if callable(self.user):
            await self.user(name, info)


def _attempt_limit(request: httpx.Request) -> float | None:
    """The time one attempt may take: the largest of the request's httpx timeouts."""
    timeouts = request.extensions.get("timeout")
    if not isinstance(timeouts, dict):
        return None
    finite = [value for value in timeouts.values() if isinstance(value, (int, float))]
    return max(finite) if finite and len(finite) == len(timeouts) else None


async def _read_raw(response: httpx.Response, cap: int | None) -> bytes:
    """The whole body as it came off the wire (still content-encoded), at most ``cap`` bytes."""
    stream = response.stream
    if not isinstance(stream, httpx.AsyncByteStream):
        raise TypeError("the inner transport returned a response with a synchronous stream")
    try:
        declared = response.headers.get("Content-Length", "")
        if cap is not None and declared.isdigit() and int(declared) > cap:
            raise _TooLarge(response)
        chunks: list[bytes] = []
        size = 0
        async for chunk in stream:
            size += len(chunk)
            if cap is not None and size > cap:
                raise _TooLarge(response)
            chunks.append(chunk)
        body = b"".join(chunks)
    finally:
        await response.aclose()
    if cap is not None and _inflated_size(response, body, cap) > cap:
        raise _TooLarge(response)  # a compressed body cannot get past the cap either
    return body


def _inflated_size(response: httpx.Response, raw: bytes, cap: int) -> int:
    """How large a gzip or zlib body becomes once decompressed, counting to ``cap + 1`` at most
    (0 when it is not compressed that way, or not decodable: ``_readable_copy`` says so)."""
    encoding = response.headers.get("Content-Encoding", "").strip().lower()
    if encoding not in ("gzip", "x-gzip", "deflate"):
        return 0
    try:
        return len(zlib.decompressobj(zlib.MAX_WBITS | 32).decompress(raw, cap + 1))
    except zlib.error:
        return 0


def _readable_copy(response: httpx.Response, raw: bytes, request: httpx.Request) -> httpx.Response:
    """A fully read copy of ``response``: to inspect, to attach to errors, and to return."""
    try:
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            content=raw,
            request=request,
            extensions=response.extensions,
        )
    except httpx.DecodingError:
        # A body that does not match its Content-Encoding: keep the bytes as they are.
        headers = httpx.Headers(response.headers)
        del headers["Content-Encoding"]
        copy = httpx.Response(response.status_code, headers=headers, content=raw, request=request)
        copy.extensions["getsales_undecodable"] = True
        return copy


def _unusable_body(
    response: httpx.Response, method: str, operation: Operation | None
) -> str | None:
    """Why a 2xx body cannot be what the operation promises, or None if it is fine (a JSON
    body that is fine is left parsed in the response's ``JSON_BODY_EXTENSION``).

    An operation that declares a JSON success body promises JSON whatever the Content-Type says:
    an empty body or one that does not parse (cut short by a proxy, an HTML maintenance page)
    breaks that promise. One that declares no body accepts anything; one that declares text is
    not inspected. For requests that name no operation, a JSON media type (or none at all)
    promises JSON; 204, 205 and HEAD answers have no body by definition.
    """
    status = response.status_code
    if method == "HEAD" or not 200 <= status < 300:
        return None
    if operation is not None and operation.success_body != "json":
        return None
    if response.extensions.get("getsales_undecodable"):
        return "a body that does not match its Content-Encoding"
    media = response.headers.get("Content-Type", "").split(";", 1)[0].strip().lower()
    is_json = operation is not None or media == "application/json" or media.endswith("+json")
    if operation is None and status in (204, 205):
        return None
    content = response.content
    if not content.strip():
        if operation is not None and operation.success_may_be_empty:
            return None
        return "an empty body where JSON was expected" if is_json or not media else None
    if is_json:
        value, problem = decode_json(content)
        if problem is not None:
            if media == "application/json" or media.endswith("+json"):
                return f"a body that is {problem} (cut short?)"
            return f"a {media or 'untyped'} body where JSON was expected ({body_excerpt(response)})"
        # Parsed once: the generated code reads the value from here instead of parsing again.
        response.extensions[JSON_BODY_EXTENSION] = value
    return None


def _connection_error(
    exc: httpx.TransportError,
    request: httpx.Request,
    method: str,
    path: str,
    url: str,
    *,
    sent: bool,
) -> APIConnectionError:
    kind = APITimeoutError if isinstance(exc, _TIMEOUTS) else APIConnectionError
    what = _describe_transport_error(exc)
    error = kind(
        f"{method} {path}: {what}",
        request=request,
        method=method,
        url=url,
        may_have_been_processed=sent,
    )
    error.__cause__ = exc
    return error


def _describe_transport_error(exc: httpx.TransportError) -> str:
    descriptions: list[tuple[type[httpx.TransportError], str]] = [
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
    for cls, text in descriptions:
        if isinstance(exc, cls):
            detail = str(exc)
            return f"{text} ({detail})" if detail else text
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _short(error: Exception) -> str:
    if isinstance(error, APIStatusError):
        return f"{error.status_code}"
    return type(error).__name__
