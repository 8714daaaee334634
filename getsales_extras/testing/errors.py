"""The GetSales error envelope, and the exceptions handlers raise to produce it.

Every error the API returns has the same JSON shape::

    {"error": {"reason": "validation_error", "message": "...", "data": {...}},
     "message": "...", "code": 422}

``data`` carries field errors for 422 responses, keyed by the dotted name of the offending
field (``"lead.work_email"``, ``"leads.3.email"``), each with a list of messages.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

REASONS: dict[int, str] = {
    400: "bad_request",
    401: "auth_exception",
    402: "payment_required",
    403: "access_denied",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    422: "validation_error",
    429: "too_many_requests",
    501: "not_emulated",
}

_SUMMARIES: dict[int, str] = {
    400: "Bad request",
    401: "Unauthenticated",
    402: "Payment required",
    403: "Access denied",
    404: "Not found",
    405: "Method not allowed",
    409: "Conflict",
    422: "Validation failed",
    429: "Too many requests",
    501: "Not emulated",
}


def reason_for(status: int) -> str:
    """The ``error.reason`` the emulator uses for a status code."""
    if status in REASONS:
        return REASONS[status]
    if status >= 500:
        return "server_error"
    return "error"


def error_envelope(
    status: int,
    message: str,
    *,
    reason: str | None = None,
    data: Mapping[str, Any] | None = None,
    summary: str | None = None,
) -> dict[str, Any]:
    """Build the documented error body for ``status``."""
    if summary is None:
        summary = _SUMMARIES.get(status, "Server error" if status >= 500 else message)
    return {
        "error": {
            "reason": reason or reason_for(status),
            "message": message,
            "data": dict(data or {}),
        },
        "message": summary,
        "code": status,
    }


class ApiError(Exception):
    """Raised by a handler to answer with the error envelope."""

    def __init__(
        self,
        status: int,
        message: str,
        *,
        reason: str | None = None,
        data: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.reason = reason or reason_for(status)
        self.data: dict[str, Any] = dict(data or {})
        self.headers: dict[str, str] = dict(headers or {})

    def envelope(self) -> dict[str, Any]:
        return error_envelope(self.status, self.message, reason=self.reason, data=self.data)


class ValidationFailed(ApiError):
    """A 422 with field errors; the first message doubles as ``error.message``."""

    def __init__(self, errors: Mapping[str, Sequence[str]]) -> None:
        field_errors = {name: list(messages) for name, messages in errors.items()}
        first = next(iter(field_errors.values()), ["The given data was invalid."])
        super().__init__(422, first[0] if first else "The given data was invalid.")
        self.data = field_errors
        self.errors = field_errors


class FieldErrors:
    """Collects field errors while a request body is checked, then raises them at once."""

    def __init__(self) -> None:
        self._errors: dict[str, list[str]] = {}

    def add(self, name: str, message: str) -> None:
        self._errors.setdefault(name, []).append(message)

    def merge(self, errors: Mapping[str, Sequence[str]], prefix: str = "") -> None:
        for name, messages in errors.items():
            for message in messages:
                self.add(f"{prefix}{name}", message)

    def __bool__(self) -> bool:
        return bool(self._errors)

    def as_dict(self) -> dict[str, list[str]]:
        return {name: list(messages) for name, messages in self._errors.items()}

    def raise_if_any(self) -> None:
        if self._errors:
            raise ValidationFailed(self._errors)


def not_found(kind: str) -> ApiError:
    """The 404 a handler raises for a missing record."""
    return ApiError(404, f"{kind} not found.")
