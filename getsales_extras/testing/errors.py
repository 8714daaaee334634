"""The GetSales error envelope, and the exceptions handlers raise to produce it::

    {"error": {"reason": "validation_error", "message": "...", "data": {...}},
     "message": "...", "code": 422}

``data`` carries a 422's field errors keyed by the dotted field name (``"lead.work_email"``,
``"leads.3.email"``, as Laravel names them), each with a list of messages.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

_REASONS: dict[int, tuple[str, str]] = {
    400: ("bad_request", "Bad request"),
    401: ("auth_exception", "Unauthenticated"),
    403: ("access_denied", "Access denied"),
    404: ("not_found", "Not found"),
    405: ("method_not_allowed", "Method not allowed"),
    422: ("validation_error", "Validation failed"),
    429: ("too_many_requests", "Too many requests"),
    501: ("not_emulated", "Not emulated"),
}


def error_envelope(
    status: int, message: str, *, data: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The documented error body for ``status``."""
    default = ("server_error", "Server error") if status >= 500 else ("error", message)
    reason, summary = _REASONS.get(status, default)
    return {
        "error": {"reason": reason, "message": message, "data": dict(data or {})},
        "message": summary,
        "code": status,
    }


class ApiError(Exception):
    """Raised by a handler to answer with the error envelope."""

    def __init__(self, status: int, message: str, data: Mapping[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.data: dict[str, Any] = dict(data or {})

    def envelope(self) -> dict[str, Any]:
        return error_envelope(self.status, self.message, data=self.data)


def not_found(kind: str) -> ApiError:
    return ApiError(404, f"{kind} not found.")


class FieldErrors:
    """Collects field errors while a request body is checked, then raises them as one 422."""

    def __init__(self) -> None:
        self._errors: dict[str, list[str]] = {}

    def add(self, name: str, message: str) -> None:
        self._errors.setdefault(name, []).append(message)

    def merge(self, errors: Mapping[str, Sequence[str]], prefix: str = "") -> None:
        for name, messages in errors.items():
            for message in messages:
                self.add(f"{prefix}{name}", message)

    def raise_if_any(self) -> None:
        if self._errors:
            first = next(iter(self._errors.values()))[0]
            raise ApiError(422, first, self._errors)


def invalid(name: str, message: str) -> ApiError:
    """A 422 naming one field."""
    return ApiError(422, message, {name: [message]})
