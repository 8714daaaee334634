"""Typed exceptions for everything that can go wrong when talking to GetSales.

GetSales answers every error with one JSON envelope::

    {"error": {"reason": "validation_error", "message": "...", "data": {...}},
     "message": "Validation failed", "code": 422}

but proxies in front of it answer with HTML pages, empty bodies or cut-off JSON. The transport
turns any of those into one of the classes below, chosen by status code alone, so callers can
``except NotFoundError`` without caring what the body looked like.

Hierarchy::

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

``GetSalesError``, ``MalformedResponseError`` and ``InvalidPathParameterError`` are defined with the
generated client (``getsales_client.errors``), which raises them itself; they are re-exported here.

No message, ``str()`` or ``repr()`` of these exceptions contains request headers, and whatever
they quote from a body goes through ``redact``, so the API key never shows up in logs or
tracebacks, even when a proxy echoes the ``Authorization`` header back.
"""

from __future__ import annotations

import json
import re
from http import HTTPStatus
from typing import Any

import httpx

from getsales_client.errors import GetSalesError, InvalidPathParameterError, MalformedResponseError
from getsales_extras.retry import parse_retry_after

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
    """``text`` without the given ``secrets`` or anything that looks like a credential.

    Used for every message the SDK builds from what a server sent, and by the command line.
    """
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
    """``(value, None)``, or ``(None, why)`` when ``content`` is not JSON this SDK reads.

    The one place bodies are parsed for checking: a document nested deeper than the parser's
    recursion limit is refused here instead of raising ``RecursionError`` later.
    """
    try:
        return json.loads(content), None
    except RecursionError:
        return None, "JSON nested too deeply"
    except ValueError:  # includes UnicodeDecodeError
        return None, "not valid JSON"


class ConfigurationError(GetSalesError, ValueError):
    """The client cannot be built as asked (for example, no API key was given or found)."""


class SyncClientInEventLoopError(GetSalesError, RuntimeError):
    """A client from ``create_sync_client`` was called from inside a running event loop.

    A blocking call there would stall every other task of that loop until the answer came (or
    deadlock, from the client's own loop). Nothing was sent. In ``async`` code use
    ``create_client`` and ``await operation.asyncio(client=...)``; in a notebook, which runs
    an event loop, ``await`` works at the top level of a cell.
    """


class APIStatusError(GetSalesError):
    """The server answered with an error status (>= 400).

    Attributes:
        status_code: the HTTP status.
        reason: the machine-readable ``error.reason`` of the envelope (``"validation_error"``),
            or None when the body did not carry one.
        message: a human-readable explanation; for bodies that are not the envelope, a short
            excerpt of the body.
        data: ``error.data`` of the envelope (field errors for a 422), else None.
        response: the full ``httpx.Response``, already read.
        method, url: what was requested.
    """

    status_code: int

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
        head = f"{self.status_code} {phrase}"
        if self.reason:
            head += f" ({self.reason})"
        text = f"{head}: {self.message}"
        if self.method or self.url:
            text += f" [{self.method} {_path_of(self.url)}]"
        if self.note:
            text += f"; {self.note}"
        return text

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(status_code={self.status_code}, reason={self.reason!r}, "
            f"message={self.message!r}, method={self.method!r}, url={_path_of(self.url)!r})"
        )


class RedirectError(APIStatusError):
    """3xx: the server (or a proxy) redirected the request, which this client does not follow.

    A redirect usually means a wrong base URL (``http://`` to a host that wants ``https://``);
    following it could send the key elsewhere or turn a POST into a GET. ``location`` holds
    the ``Location`` header, when there was one.
    """

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

    ``field_errors`` maps each offending field to its messages, read from the envelope's
    ``error.data`` whether it is shaped ``{"field": ["msg", ...]}`` or
    ``[{"field": ..., "message": ...}, ...]``.
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
    """429: the key's request budget is used up and waiting longer was not allowed.

    Raised only after the SDK gave up waiting: the overall deadline would be exceeded, or the
    server asked for a pause longer than the retry policy's ``retry_after_cap``.
    ``retry_after`` holds the pause the server asked for, in seconds, when it said.
    """

    retry_after: float | None = None


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

    ``may_have_been_processed`` tells whether the server could have acted on the request (the
    request was sent but the answer was lost); when True and the operation is not safe to
    repeat, the SDK did not send it again and the caller must check the outcome.

    It is also an ``httpx.TransportError``, so code written against plain httpx still catches it.
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
    """An answer (of any status) whose body is larger than the client accepts (``max_body``).

    Reading stopped at the limit; ``response`` has the status and headers but no body.
    Not retried: the server would send the same again.
    """


class ClientClosedError(GetSalesError, RuntimeError):
    """The client was used after it was closed, or after the event loop it was first used in
    had ended. Create the client inside the ``asyncio.run`` that uses it."""


class RateLimitBackendError(GetSalesError):
    """The store that holds a budget shared between processes (Redis) did not answer in time.

    Raised *before* the request is sent: the server never saw it, so it is safe to send it again
    later and nothing was processed. (A retry of a request whose earlier attempt failed was not
    sent either; what that earlier attempt did is what its own error said.) Raised only when the
    shared budget is set to fail closed, the default; with ``on_error="degrade"`` the process
    falls back to its share of the budget instead.

    ``store`` is the store's address without credentials.
    """

    request_sent = False

    def __init__(self, message: str, *, store: str = "") -> None:
        super().__init__(message)
        self.store = store


def error_from_response(
    response: httpx.Response, *, method: str = "", url: str = "", note: str | None = None
) -> APIStatusError:
    """Build the exception matching ``response`` (status >= 400), whatever its body holds.

    ``response`` must already be read. The class depends on the status code only; the body fills
    in ``reason``, ``message`` and ``data`` when it is the GetSales envelope and provides a short
    excerpt otherwise.
    """
    status = response.status_code
    if status in _STATUS_CLASSES:
        cls = _STATUS_CLASSES[status]
    elif 500 <= status <= 599:
        cls = ServerError
    elif 300 <= status <= 399:
        cls = RedirectError
    else:
        cls = APIStatusError
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
    if isinstance(error, RateLimitError):
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
    """Pull ``(reason, message, data)`` out of an error body of any shape."""
    content = response.content
    if not content.strip():
        return None, "(empty body)", None
    body, problem = decode_json(content)
    if problem is not None:
        return None, body_excerpt(response), None
    if not isinstance(body, dict):
        return None, body_excerpt(response), body
    envelope = body.get("error")
    if isinstance(envelope, dict):
        reason = _as_text(envelope.get("reason"))
        message = _as_text(envelope.get("message")) or _as_text(body.get("message"))
        return reason, message or "(no message)", envelope.get("data")
    # Not the envelope but still JSON: take the usual keys, keep the whole body as data.
    reason = _as_text(envelope) or _as_text(body.get("reason"))
    message = _as_text(body.get("message")) or _as_text(body.get("detail"))
    return reason, message or body_excerpt(response), body


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


def _as_text(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None


def _field_errors(data: Any) -> dict[str, list[str]]:
    """Normalise the field-error shapes validation errors come in."""
    fields: dict[str, list[str]] = {}
    if isinstance(data, dict):
        source = data.get("errors", data) if isinstance(data.get("errors"), (dict, list)) else data
        if isinstance(source, list):
            return _field_errors(source)
        for name, messages in source.items():
            if isinstance(messages, list):
                texts = [str(m) for m in messages if m is not None]
            elif isinstance(messages, (str, int, float)):
                texts = [str(messages)]
            else:
                continue
            if texts:
                fields[str(name)] = texts
    elif isinstance(data, list):
        for item in data:
            if not isinstance(item, dict):
                continue
            name = item.get("field") or item.get("name") or item.get("path") or item.get("loc")
            message = item.get("message") or item.get("msg")
            if name is None or message is None:
                continue
            if isinstance(name, list):
                name = ".".join(str(part) for part in name)
            fields.setdefault(str(name), []).append(str(message))
    return fields


def _path_of(url: str) -> str:
    """The path of ``url``: error texts name the endpoint without query strings (which may hold
    personal data such as e-mail addresses)."""
    if not url:
        return ""
    try:
        return httpx.URL(url).path or url
    except httpx.InvalidURL:
        return url
