"""Typed exceptions for what can go wrong talking to GetSales (README.md, "Errors"). Messages
never contain request headers; what they quote from a body goes through ``redact``."""

from __future__ import annotations

import contextlib
import json
import math
import re
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import Any, cast

import httpx

from getsales_client.errors import GetSalesError as GetSalesError
from getsales_client.errors import InvalidPathParameterError as InvalidPathParameterError
from getsales_client.errors import MalformedResponseError as MalformedResponseError
from getsales_client.errors import path_of  # the path alone: a query may hold personal data
from getsales_client.types import PARSE_ERRORS, Unset

# An echoed Authorization header (group 1 precedes the secret), a scheme's token (2), a JWT.
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


def parse_http_date(value: str | None) -> datetime | None:
    """An HTTP date (one zoned "-0000" is taken as UTC), or None for anything else."""
    with contextlib.suppress(TypeError, ValueError, IndexError):
        when = parsedate_to_datetime((value or "").strip())
        return when.replace(tzinfo=when.tzinfo or UTC)
    return None


def parse_retry_after(value: str | None, *, now: datetime | None = None) -> float | None:
    """Seconds a ``Retry-After`` (seconds or HTTP date) asks for: 0 if past, None if unreadable."""
    with contextlib.suppress(ValueError):
        seconds = float(value or "")  # surrounding blanks allowed
        return max(seconds, 0.0) if math.isfinite(seconds) else None
    when = parse_http_date(value)
    return None if when is None else max((when - (now or datetime.now(UTC))).total_seconds(), 0.0)


class ConfigurationError(GetSalesError, ValueError):
    """The client cannot be built as asked (for example, no API key was given or found)."""


class SyncClientInEventLoopError(GetSalesError, RuntimeError):
    """Nothing sent: a sync client would stall the running event loop (use ``create_client``)."""


# The class of each status that has its own; subclasses add themselves with ``status=``.
_STATUS_CLASSES: dict[int, type[APIStatusError]] = {}


class APIStatusError(GetSalesError):
    """An error status (>= 400) or a redirect. ``reason``, ``message``, ``data``: the envelope's
    ``error`` fields, else None, an excerpt of the body and its JSON (if any)."""

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
        self.retry_after = parse_retry_after(response.headers.get("Retry-After"))  # in seconds
        super().__init__(self._describe())

    def __init_subclass__(cls, status: int = 0) -> None:
        super().__init_subclass__()
        if status:
            _STATUS_CLASSES[status] = cls

    def _describe(self) -> str:
        phrase = httpx.codes.get_reason_phrase(self.status_code) or "Unknown Status"
        reason = f" ({self.reason})" if self.reason else ""
        text = f"{self.status_code} {phrase}{reason}: {self.message}"
        return f"{text} [{self.method} {path_of(self.url)}]" if self.method or self.url else text


class RedirectError(APIStatusError):
    """3xx, not followed: it could send the key elsewhere or turn a POST into a GET."""

    @property
    def location(self) -> str | None:
        return cast("str | None", self.response.headers.get("Location"))


class BadRequestError(APIStatusError, status=400):
    """400: the request was malformed or a required header (such as ``Team-ID``) is missing."""


class AuthenticationError(APIStatusError, status=401):
    """401: the API key is missing, invalid or expired."""


class PaymentRequiredError(APIStatusError, status=402):
    """402: the team does not have enough credits for this action."""


class PermissionDeniedError(APIStatusError, status=403):
    """403: the key has no access to this resource."""


class NotFoundError(APIStatusError, status=404):
    """404: no such resource (or no such endpoint)."""


class ConflictError(APIStatusError, status=409):
    """409: the request conflicts with the current state of the resource."""


class ValidationError(APIStatusError, status=422):
    """422: the request body failed validation; ``field_errors`` maps fields to messages."""

    @property
    def field_errors(self) -> dict[str, list[str]]:
        """The field errors, from whichever of the usual shapes ``data`` has."""
        data = self.data
        if isinstance(data, dict) and isinstance(data.get("errors"), (dict, list)):
            data = data["errors"]
        fields: dict[str, list[str]] = {}
        if isinstance(data, dict):
            for name, messages in data.items():
                messages = [messages] if isinstance(messages, (str, int, float)) else messages
                if isinstance(messages, list) and any(m is not None for m in messages):
                    fields[str(name)] = [str(m) for m in messages if m is not None]
        elif isinstance(data, list):
            for item in [item for item in data if isinstance(item, dict)]:
                name = item.get("field") or item.get("name") or item.get("path") or item.get("loc")
                message = item.get("message") or item.get("msg")
                if name is not None and message is not None:
                    name = ".".join(map(str, name)) if isinstance(name, list) else str(name)
                    fields.setdefault(name, []).append(str(message))
        return fields

    def _describe(self) -> str:
        listed = "; ".join(f"{name}: {' '.join(m)}" for name, m in self.field_errors.items())
        return f"{super()._describe()} | fields: {listed}" if listed else super()._describe()


class RateLimitError(APIStatusError, status=429):
    """429, once waiting longer is not allowed (the deadline, or ``retry_after_cap``)."""


class ServerError(APIStatusError):
    """5xx: the server (or a proxy in front of it) failed."""


class APIConnectionError(GetSalesError, httpx.TransportError):
    """No usable answer (also an ``httpx.TransportError``), maybe after the request was sent."""

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

    def __repr__(self) -> str:  # the message names the method and path
        processed = self.may_have_been_processed
        return f"{type(self).__name__}({self.message!r}, may_have_been_processed={processed})"


class APITimeoutError(APIConnectionError, httpx.TimeoutException):
    """A timeout expired before an answer arrived (also an ``httpx.TimeoutException``)."""


class ResponseTooLargeError(MalformedResponseError):
    """A body over ``max_body_size``, at any status; ``response`` has status and headers only."""


class ClientClosedError(GetSalesError, RuntimeError):
    """Used after closing, or after its first event loop ended (create it in ``asyncio.run``)."""


class RateLimitBackendError(GetSalesError):
    """A fail-closed shared budget's Redis did not answer: nothing was sent, so retrying is safe."""

    def __init__(self, message: str, *, store: str = "") -> None:
        super().__init__(message)
        self.store = store  # the Redis address, without credentials


def error_from_response(
    response: httpx.Response, *, method: str = "", url: str = ""
) -> APIStatusError:
    """The exception for a read 3xx or >= 400: the status picks the class, the body the details."""
    family = {3: RedirectError, 5: ServerError}.get(response.status_code // 100)
    cls = family or _STATUS_CLASSES.get(response.status_code, APIStatusError)
    reason, message, data = _decode_error_body(response)
    try:  # the credentials the request carried, to keep them out of what quotes the body
        authorization = response.request.headers.get("Authorization", "")
    except RuntimeError:  # a response built without its request
        authorization = ""
    secrets = (authorization, *authorization.split()[1:])
    if cls is RedirectError:
        where = response.headers.get("Location") or "nowhere (no Location header)"
        message = f"redirected to {where}; redirects are not followed (check the base URL)"
    message = redact(message, secrets)
    reason = redact(reason, secrets) if reason else None
    return cls(message, response=response, reason=reason, data=data, method=method, url=url)


def _decode_error_body(response: httpx.Response) -> tuple[str | None, str, Any]:
    """``(reason, message, data)`` from the GetSales envelope, else from any body as it can."""
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
    # Other JSON: the usual keys (an "error" object's first); its "data", else the body, as data
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
    if len(text) > 160:  # enough to recognise an nginx page
        text = text[:159] + "…"
    return f"non-JSON body: {text!r}"


def _text(value: Any) -> str | None:
    if value is None or isinstance(value, (dict, list, Unset)):
        return None
    return str(value).strip() or None
