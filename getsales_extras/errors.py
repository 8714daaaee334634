"""Typed exceptions for everything that can go wrong when talking to GetSales (README.md, "Errors").

A status error's class follows the status code alone, whatever the body. Messages never contain
request headers; what they quote from a body goes through ``redact``.
"""

from __future__ import annotations

import contextlib
import json
import math
import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from getsales_client.errors import GetSalesError as GetSalesError
from getsales_client.errors import InvalidPathParameterError as InvalidPathParameterError
from getsales_client.errors import MalformedResponseError as MalformedResponseError
from getsales_client.types import PARSE_ERRORS, Unset

# How much of a non-JSON body an error message quotes: enough to recognise an nginx page.
_EXCERPT_LENGTH = 160

# Credentials as they appear in echoed headers and bodies: an Authorization header (any
# quoting), a scheme and its token, a JWT. Group 1 or 2 is what precedes the secret.
_CREDENTIALS = re.compile(
    r"""(?ix)
    (authorization["']?\s*[:=]\s*["']?)(?:(?:bearer|basic|token)\s+)?[^\s"',;}]+
    | \b((?:bearer|basic)\s+)(?=[\w.~+/=-]*\d)[\w.~+/=-]{8,}
    | \beyJ[\w-]{6,}\.[\w-]+\.[\w-]*
    """
)
_REDACTED = "[redacted]"


def redact(text: str, secrets: tuple[str, ...] = ()) -> str:
    """``text`` without the given ``secrets`` or anything that looks like a credential."""
    for secret in secrets:
        if len(secret) >= 6:
            text = text.replace(secret, _REDACTED)
    return _CREDENTIALS.sub(lambda found: (found[1] or found[2] or "") + _REDACTED, text)


def decode_json(content: bytes) -> tuple[Any, str | None]:
    """``(value, None)``, or ``(None, why)`` when ``content`` is not JSON (or nested too deeply)."""
    try:
        return json.loads(content), None
    except RecursionError:
        return None, "JSON nested too deeply"
    except ValueError:  # includes UnicodeDecodeError
        return None, "not valid JSON"


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds a ``Retry-After`` header (seconds or an HTTP date) asks for, 0 for a past date or a
    negative number, None when absent or unreadable."""
    text = (value or "").strip()
    with contextlib.suppress(ValueError):
        seconds = float(text)
        return max(seconds, 0.0) if math.isfinite(seconds) else None
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    when = when.replace(tzinfo=when.tzinfo or UTC)
    return max((when - (now or datetime.now(UTC))).total_seconds(), 0.0)


class ConfigurationError(GetSalesError, ValueError):
    """The client cannot be built as asked (for example, no API key was given or found)."""


class SyncClientInEventLoopError(GetSalesError, RuntimeError):
    """A sync client was called inside a running event loop, which a blocking call would stall
    (or deadlock). Nothing was sent; in ``async`` code (a notebook too) use ``create_client``."""


class APIStatusError(GetSalesError):
    """The server answered with an error status (>= 400), or a redirect.

    ``reason``, ``message`` and ``data`` are the envelope's ``error`` fields (for a body of another
    shape: None, an excerpt of it, and the JSON if it was JSON); ``retry_after`` is in seconds.
    """

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
    ) -> None:
        self.status_code = response.status_code
        self.reason = reason
        self.message = message
        self.data = data
        self.response = response
        self.method = method
        self.url = url
        self.note: str | None = None  # what the SDK adds while deciding what to raise
        super().__init__(self._describe())

    def add_detail(self, text: str) -> None:
        self.note = f"{self.note}; {text}" if self.note else text
        self.args = (self._describe(),)

    def _describe(self) -> str:
        phrase = httpx.codes.get_reason_phrase(self.status_code) or "Unknown Status"
        reason = f" ({self.reason})" if self.reason else ""
        text = f"{self.status_code} {phrase}{reason}: {self.message}"
        if self.method or self.url:
            text += f" [{self.method} {_path_of(self.url)}]"
        return f"{text}; {self.note}" if self.note else text


class RedirectError(APIStatusError):
    """3xx: not followed, since it could send the key elsewhere or turn a POST into a GET (it
    usually means a wrong base URL); ``location`` is the ``Location`` header, if any."""

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
    """422: the request body failed validation; ``field_errors`` maps fields to messages."""

    @property
    def field_errors(self) -> dict[str, list[str]]:
        return _field_errors(self.data)

    def _describe(self) -> str:
        fields = _field_errors(self.data).items()
        listed = "; ".join(f"{name}: {' '.join(messages)}" for name, messages in fields)
        return f"{super()._describe()} | fields: {listed}" if fields else super()._describe()


class RateLimitError(APIStatusError):
    """429, once waiting longer is not allowed (the deadline, or ``retry_after_cap``)."""


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
    """No usable answer arrived (also an ``httpx.TransportError``). ``may_have_been_processed``:
    the answer was lost after sending, so the request is resent only if safe to repeat."""

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
        self.method = method
        self.url = url
        self.may_have_been_processed = may_have_been_processed

    @property
    def message(self) -> str:
        return str(self.args[0])

    def __repr__(self) -> str:
        return (
            f"{type(self).__name__}(message={self.message!r}, method={self.method!r}, "
            f"url={_path_of(self.url)!r}, may_have_been_processed={self.may_have_been_processed})"
        )


class APITimeoutError(APIConnectionError, httpx.TimeoutException):
    """A timeout expired before an answer arrived (also an ``httpx.TimeoutException``)."""


class ResponseTooLargeError(MalformedResponseError):
    """A body over ``max_body_size``, at any status; ``response`` has status and headers only."""


class ClientClosedError(GetSalesError, RuntimeError):
    """The client was used after it was closed, or after the event loop it was first used in
    had ended (create it inside the ``asyncio.run`` that uses it)."""


class RateLimitBackendError(GetSalesError):
    """The Redis of a shared budget that fails closed did not answer: this attempt was not
    sent, so sending it later is safe. ``store`` is the address without credentials."""

    request_sent = False

    def __init__(self, message: str, *, store: str = "") -> None:
        super().__init__(message)
        self.store = store


def error_from_response(
    response: httpx.Response, *, method: str = "", url: str = ""
) -> APIStatusError:
    """The exception for ``response`` (already read; a 3xx or >= 400): its class follows the status
    code, the body fills in the details."""
    status = response.status_code
    family = {3: RedirectError, 5: ServerError}.get(status // 100)
    cls = family or _STATUS_CLASSES.get(status, APIStatusError)
    reason, message, data = _decode_error_body(response)
    try:  # the credentials the request carried, to keep them out of what quotes the body
        authorization = response.request.headers.get("Authorization", "")
    except RuntimeError:  # a response built without its request
        authorization = ""
    secrets = (authorization, *authorization.split()[1:])
    location = response.headers.get("Location")
    if cls is RedirectError:
        where = location or "nowhere (no Location header)"
        message = f"redirected to {where}; redirects are not followed (check the base URL)"
    message = redact(message, secrets)
    reason = redact(reason, secrets) if reason else None
    error = cls(message, response=response, reason=reason, data=data, method=method, url=url)
    error.retry_after = parse_retry_after(response.headers.get("Retry-After"))
    if isinstance(error, RedirectError):
        error.location = location
    return error


def _decode_error_body(response: httpx.Response) -> tuple[str | None, str, Any]:
    """``(reason, message, data)`` from the GetSales envelope, or as well as it can from a body
    of another shape (an HTML page, text, other JSON)."""
    if not response.content.strip():
        return None, "(empty body)", None
    body, _ = decode_json(response.content)
    if not isinstance(body, dict):
        return None, body_excerpt(response), body
    try:  # no envelope in a client generated from another API's spec (ImportError)
        from getsales_client.models.error_envelope import ErrorEnvelope

        envelope: ErrorEnvelope | None = ErrorEnvelope.from_dict(body)
    except (ImportError, *PARSE_ERRORS):  # or an "error" or "data" of another type
        envelope = None
    if envelope is not None and not isinstance(detail := envelope.error, (Unset, type(None))):
        message = _text(detail.message) or _text(envelope.message) or "(no message)"
        data = None if isinstance(detail.data, (Unset, type(None))) else detail.data.to_dict()
        return _text(detail.reason), message, data
    # Other JSON: take the usual keys (an "error" object's first), and keep its "data", or else
    # the whole body, as data.
    inner: dict[str, Any] = error if isinstance(error := body.get("error"), dict) else {}
    reason = _text(inner.get("reason")) or _text(body.get("error")) or _text(body.get("reason"))
    text = _text(inner.get("message")) or _text(body.get("message")) or _text(body.get("detail"))
    return reason, text or body_excerpt(response), inner.get("data", body)


def body_excerpt(response: httpx.Response) -> str:
    """A one-line, bounded quote of a body: the ``<title>`` of an HTML page, else its start."""
    try:
        text = response.text
    except Exception:  # a charset that is unknown or no text encoding (idna, hex, rot13...)
        text = response.content.decode("latin-1")
    if not text.strip():
        return "(empty body)"
    title = re.search(r"<title[^>]*>(.*?)</title>", text, re.IGNORECASE | re.DOTALL)
    text = title[1] if title and title[1].strip() else re.sub(r"<[^>]*>", " ", text)
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
        for item in [item for item in data if isinstance(item, dict)]:
            name = item.get("field") or item.get("name") or item.get("path") or item.get("loc")
            message = item.get("message") or item.get("msg")
            if name is not None and message is not None:
                name = ".".join(map(str, name)) if isinstance(name, list) else str(name)
                fields.setdefault(name, []).append(str(message))
    return fields


def _path_of(url: str) -> str:
    """The path of ``url``: error texts leave out the query string (it may hold personal data)."""
    try:
        return httpx.URL(url).path or url
    except httpx.InvalidURL:
        return url
