"""Typed exceptions for everything that can go wrong when talking to GetSales.

The class of a status error depends on the status code alone, whatever the body (the GetSales
envelope, a proxy's HTML page, an empty or cut-off body), so callers can ``except NotFoundError``.

    GetSalesError
    ├── APIStatusError                 the server answered with a status >= 400, or a 3xx
    │   ├── RedirectError              3xx: redirects are not followed (``location``)
    │   ├── BadRequestError            400
    │   ├── AuthenticationError        401
    │   ├── PaymentRequiredError       402
    │   ├── PermissionDeniedError      403
    │   ├── NotFoundError              404
    │   ├── ConflictError              409
    │   ├── ValidationError            422
    │   ├── RateLimitError             429
    │   └── ServerError                5xx
    ├── APIConnectionError             no usable answer (also an httpx.TransportError)
    │   └── APITimeoutError            ... because a timeout expired (an httpx.TimeoutException)
    ├── MalformedResponseError         a 2xx answer whose body is not the documented shape
    │   └── ResponseTooLargeError      ... or a body of any status over the size cap
    ├── RateLimitBackendError          the shared rate-limit store did not answer: NOT sent
    ├── InvalidPathParameterError      an id that would change which endpoint is called (ValueError)
    ├── ConfigurationError             the client cannot be built as asked (ValueError)
    ├── ClientClosedError              the client was closed, or its event loop has ended
    └── SyncClientInEventLoopError     a sync client used inside a running event loop (RuntimeError)

``GetSalesError``, ``MalformedResponseError`` and ``InvalidPathParameterError`` come from the
generated client, which raises them itself. No message, ``str()`` or ``repr()`` contains request
headers, and what they quote from a body goes through ``redact``, so the API key never shows up
in logs or tracebacks, even when a proxy echoes the ``Authorization`` header back.
"""

from __future__ import annotations

import json
import math
import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import Any

import httpx

from getsales_client.errors import GetSalesError, InvalidPathParameterError, MalformedResponseError
from getsales_client.models.error_envelope import ErrorEnvelope
from getsales_client.models.error_envelope_error import ErrorEnvelopeError
from getsales_client.models.error_envelope_error_data import ErrorEnvelopeErrorData
from getsales_client.types import PARSE_ERRORS, Unset

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ConfigurationError",
    "ConflictError",
    "GetSalesError",
    "InvalidPathParameterError",
    "MalformedResponseError",
    "NotFoundError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimitBackendError",
    "RateLimitError",
    "RedirectError",
    "ResponseTooLargeError",
    "ServerError",
    "SyncClientInEventLoopError",
    "ValidationError",
    "body_excerpt",
    "decode_json",
    "error_from_response",
    "parse_retry_after",
    "redact",
]

# How much of a non-JSON body an error message quotes: enough to recognise an nginx page.
_EXCERPT_LENGTH = 160

# Credentials as they appear in echoed headers and bodies: an Authorization header (any
# quoting), a scheme and its token, a JWT.
_CREDENTIALS = re.compile(
    r"""(?ix)
    (authorization["']?\s*[:=]\s*["']?)(?:(?:bearer|basic|token)\s+)?[^\s"',;}]+
    | \b(bearer|basic)(\s+)(?=[\w.~+/=-]*\d)[\w.~+/=-]{8,}
    | \beyJ[\w-]{6,}\.[\w-]+\.[\w-]*
    """
)
_REDACTED = "[redacted]"


def redact(text: str, secrets: tuple[str, ...] = ()) -> str:
    """``text`` without the given ``secrets`` or anything that looks like a credential."""
    for secret in secrets:
        if len(secret) >= 6:
            text = text.replace(secret, _REDACTED)

    def hide(found: re.Match[str]) -> str:
        if found.group(1):
            return f"{found.group(1)}{_REDACTED}"
        if found.group(2):
            return f"{found.group(2)}{found.group(3)}{_REDACTED}"
        return _REDACTED

    return _CREDENTIALS.sub(hide, text)


def decode_json(content: bytes) -> tuple[Any, str | None]:
    """``(value, None)``, or ``(None, why)`` when ``content`` is not JSON this SDK reads (a
    document nested too deeply is refused here instead of raising ``RecursionError`` later)."""
    try:
        return json.loads(content), None
    except RecursionError:
        return None, "JSON nested too deeply"
    except ValueError:  # includes UnicodeDecodeError
        return None, "not valid JSON"


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds to wait according to a ``Retry-After`` header (a number of seconds or an HTTP
    date), or None when absent or unreadable. A past date or a negative number means 0."""
    text = (value or "").strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        pass
    else:
        return max(seconds, 0.0) if math.isfinite(seconds) else None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max((when - (now or datetime.now(UTC))).total_seconds(), 0.0)


class ConfigurationError(GetSalesError, ValueError):
    """The client cannot be built as asked (for example, no API key was given or found)."""


class SyncClientInEventLoopError(GetSalesError, RuntimeError):
    """A client from ``create_sync_client`` was called from inside a running event loop.

    A blocking call there would stall every other task of that loop (or deadlock, from the
    client's own loop). Nothing was sent. In ``async`` code use ``create_client`` and ``await``;
    a notebook runs an event loop, so ``await`` works at the top level of a cell.
    """


class APIStatusError(GetSalesError):
    """The server answered with an error status (>= 400), or a redirect.

    Attributes:
        status_code: the HTTP status.
        reason: the envelope's machine-readable ``error.reason`` (``"validation_error"``), or None.
        message: the envelope's explanation, else a short excerpt of the body.
        data: the envelope's ``error.data`` (field errors for a 422); for other JSON, the body.
        retry_after: the pause the ``Retry-After`` header asked for, in seconds, if any.
        response: the full ``httpx.Response``, already read.
        method, url: what was requested.
    """

    status_code: int
    retry_after: float | None = None

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        reason: str | None = None,
        data: Any = None,
        method: str = "",
        url: str = "",
        note: str | None = None,
    ) -> None:
        self.status_code = response.status_code
        self.reason = reason
        self.message = message
        self.data = data
        self.response = response
        self.method = method
        self.url = url
        self.note = note
        super().__init__(self._describe())

    def add_detail(self, text: str) -> None:
        self.note = f"{self.note}; {text}" if self.note else text
        self.args = (self._describe(),)

    def _describe(self) -> str:
        try:
            phrase = HTTPStatus(self.status_code).phrase
        except ValueError:
            phrase = "Unknown Status"
        reason = f" ({self.reason})" if self.reason else ""
        text = f"{self.status_code} {phrase}{reason}: {self.message}"
        if self.method or self.url:
            text += f" [{self.method} {_path_of(self.url)}]"
        return f"{text}; {self.note}" if self.note else text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, reason={self.reason!r}, "
            f"message={self.message!r}, method={self.method!r}, url={_path_of(self.url)!r})"
        )


class RedirectError(APIStatusError):
    """3xx: a redirect, which this client does not follow: it usually means a wrong base URL,
    and following it could send the key elsewhere or turn a POST into a GET. ``location`` is
    the ``Location`` header, if any."""

    location: str | None = None


class BadRequestError(APIStatusError):
    """400: the request was malformed or a required header (such as ``Team-ID``) is missing."""


class AuthenticationError(APIStatusError):
    """401: the API key is missing, invalid or expired."""


class PaymentRequiredError(APIStatusError):
    """402: the team does not have enough credits for this action."""


class PermissionDeniedError(APIStatusError):
    """403: the key has no access to this resource."""


class NotFoundError(APIStatusError):
    """404: no such resource (or no such endpoint)."""


class ConflictError(APIStatusError):
    """409: the request conflicts with the current state of the resource."""


class ValidationError(APIStatusError):
    """422: the request body failed validation.

    ``field_errors`` maps each offending field to its messages, whether ``error.data`` is shaped
    ``{"field": ["msg", ...]}`` or ``{"errors": [{"field": ..., "message": ...}, ...]}``.
    """

    @property
    def field_errors(self) -> dict[str, list[str]]:
        return _field_errors(self.data)

    def _describe(self) -> str:
        text = super()._describe()
        fields = _field_errors(self.data)
        if fields:
            listed = "; ".join(f"{name}: {' '.join(msgs)}" for name, msgs in fields.items())
            text += f" | fields: {listed}"
        return text


class RateLimitError(APIStatusError):
    """429: the key's budget is used up and waiting longer was not allowed (the deadline would
    pass, or the server asked for more than the retry policy's ``retry_after_cap``)."""


class ServerError(APIStatusError):
    """5xx: the server (or a proxy in front of it) failed."""


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    402: PaymentRequiredError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: ValidationError,
    429: RateLimitError,
}


class APIConnectionError(GetSalesError, httpx.TransportError):
    """No usable answer arrived: the connection failed, dropped or was refused.

    ``may_have_been_processed``: the request was sent and the answer lost, so the server could
    have acted; the SDK then resends it only when the operation is safe to repeat. Also an
    ``httpx.TransportError``, so code written against plain httpx still catches it.
    """

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        method: str = "",
        url: str = "",
        may_have_been_processed: bool = False,
    ) -> None:
        super().__init__(message, request=request)
        self.message = message
        self.method = method
        self.url = url
        self.may_have_been_processed = may_have_been_processed

    def add_detail(self, text: str) -> None:
        self.message = f"{self.message}; {text}"
        self.args = (self.message,)

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(message={self.message!r}, method={self.method!r}, "
            f"url={_path_of(self.url)!r}, may_have_been_processed={self.may_have_been_processed})"
        )


class APITimeoutError(APIConnectionError, httpx.TimeoutException):
    """A timeout expired before an answer arrived (also an ``httpx.TimeoutException``)."""


class ResponseTooLargeError(MalformedResponseError):
    """An answer of any status with a body over the size cap (``max_body_size``); ``response``
    has its status and headers only. Not retried: the server would send the same again."""


class ClientClosedError(GetSalesError, RuntimeError):
    """The client was used after it was closed, or after the event loop it was first used in
    had ended. Create the client inside the ``asyncio.run`` that uses it."""


class RateLimitBackendError(GetSalesError):
    """The store of a budget shared between processes (Redis) did not answer in time.

    Raised *before* sending (the server never saw this attempt, so sending it later is safe),
    only when the shared budget fails closed (the default). ``store`` is the store's address
    without credentials.
    """

    request_sent = False

    def __init__(self, message: str, *, store: str = "") -> None:
        super().__init__(message)
        self.store = store


def error_from_response(
    response: httpx.Response, *, method: str = "", url: str = "", note: str | None = None
) -> APIStatusError:
    """The exception for ``response`` (already read; a 3xx or a status >= 400), whatever its body
    holds: the class follows the status code, the body fills in the details."""
    status = response.status_code
    cls: type[APIStatusError]
    if 500 <= status <= 599:
        cls = ServerError
    elif 300 <= status <= 399:
        cls = RedirectError
    else:
        cls = _STATUS_CLASSES.get(status, APIStatusError)
    reason, message, data = _decode_error_body(response)
    secrets = _secrets_of(response)
    location = response.headers.get("Location")
    if cls is RedirectError:
        where = redact(location, secrets) if location else "nowhere (no Location header)"
        message = f"redirected to {where}; redirects are not followed (check the base URL)"
    error = cls(
        redact(message, secrets),
        response=response,
        reason=redact(reason, secrets) if reason else None,
        data=data,
        method=method,
        url=url,
        note=note,
    )
    error.retry_after = parse_retry_after(response.headers.get("Retry-After"))
    if isinstance(error, RedirectError):
        error.location = location
    return error


def _secrets_of(response: httpx.Response) -> tuple[str, ...]:
    """The credentials the request carried (to keep them out of messages quoting the body)."""
    try:
        value = response.request.headers.get("Authorization", "")
    except RuntimeError:  # a response built without its request
        return ()
    return (value, *value.split()[1:]) if value else ()


def _decode_error_body(response: httpx.Response) -> tuple[str | None, str, Any]:
    """``(reason, message, data)`` from the GetSales envelope, or from a body of another shape
    (an HTML page, text, other JSON) as well as it can."""
    if not response.content.strip():
        return None, "(empty body)", None
    body, problem = decode_json(response.content)
    if problem is not None or not isinstance(body, dict):
        return None, body_excerpt(response), body
    try:
        envelope = ErrorEnvelope.from_dict(body)
    except PARSE_ERRORS:
        envelope = ErrorEnvelope()  # an "error" or "data" of another type: read it as other JSON
    if isinstance(envelope.error, ErrorEnvelopeError):
        detail = envelope.error
        message = _text(detail.message) or _text(envelope.message) or "(no message)"
        data = detail.data.to_dict() if isinstance(detail.data, ErrorEnvelopeErrorData) else None
        return _text(detail.reason), message, data
    # Not the envelope but still JSON: take the usual keys, keep the whole body as data.
    reason = _text(body.get("error")) or _text(body.get("reason"))
    text = _text(body.get("message")) or _text(body.get("detail"))
    return reason, text or body_excerpt(response), body


def body_excerpt(response: httpx.Response) -> str:
    """A one-line, bounded quote of a body: the ``<title>`` of an HTML page, else its start."""
    try:
        text = response.text
    except (UnicodeDecodeError, LookupError):
        text = response.content.decode("latin-1")
    if not text.strip():
        return "(empty body)"
    title = re.search(r"<title[^>]*>(.*?)</title>", text, re.IGNORECASE | re.DOTALL)
    if title and title.group(1).strip():
        text = title.group(1)
    else:
        text = re.sub(r"<[^>]*>", " ", text)
    text = " ".join(text.split())
    if len(text) > _EXCERPT_LENGTH:
        text = text[: _EXCERPT_LENGTH - 1] + "…"
    return f"non-JSON body: {text!r}"


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list, Unset)):
        return None
    return str(value).strip() or None


def _field_errors(data: Any) -> dict[str, list[str]]:
    """Normalise the field-error shapes validation errors come in."""
    if isinstance(data, dict) and isinstance(data.get("errors"), (dict, list)):
        data = data["errors"]
    fields: dict[str, list[str]] = {}
    if isinstance(data, dict):
        for name, messages in data.items():
            if isinstance(messages, (str, int, float)):
                messages = [messages]
            if isinstance(messages, list) and (
                texts := [str(m) for m in messages if m is not None]
            ):
                fields[str(name)] = texts
    elif isinstance(data, list):
        for item in data:
            if not isinstance(item, dict):
                continue
            name = item.get("field") or item.get("name") or item.get("path") or item.get("loc")
            message = item.get("message") or item.get("msg")
            if name is not None and message is not None:
                if isinstance(name, list):
                    name = ".".join(str(part) for part in name)
                fields.setdefault(str(name), []).append(str(message))
    return fields


def _path_of(url: str) -> str:
    """The path of ``url``: error texts name the endpoint without the query string (which may
    hold personal data such as e-mail addresses)."""
    try:
        return httpx.URL(url).path or url
    except httpx.InvalidURL:
        return url
