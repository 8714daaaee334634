"""The GetSales error envelope (``{"error": {"reason", "message", "data"}, "message", "code"}``),
and the exception handlers raise to produce it. A 422's ``data`` holds field errors by dotted
name (``"lead.work_email"``, ``"leads.3.email"``, as Laravel names them), each a list of messages.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from getsales_extras.testing.spec import error_reasons

# The statuses the spec shows no error answer for.
_UNDOCUMENTED = {
    405: ("method_not_allowed", "Method not allowed"),
    429: ("too_many_requests", "Too many requests"),
    501: ("not_emulated", "Not emulated"),
}


def error_envelope(
    status: int, message: str, data: Mapping[str, Any] | None = None
) -> dict[str, Any]:
    """The documented error body for ``status``."""
    default = ("server_error", "Server error") if status >= 500 else ("error", message)
    reason, summary = (error_reasons() | _UNDOCUMENTED).get(status, default)
    error = {"reason": reason, "message": message, "data": dict(data or {})}
    return {"error": error, "message": summary, "code": status}


class ApiError(Exception):
    """Raised by a handler to answer with the error envelope."""

    def __init__(self, status: int, message: str, data: Mapping[str, Any] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.data = status, message, dict(data or {})

    def envelope(self) -> dict[str, Any]:
        return error_envelope(self.status, self.message, self.data)


def not_found(kind: str) -> ApiError:
    return ApiError(404, f"{kind} not found.")


def invalid(name: str, message: str) -> ApiError:
    """A 422 naming one field."""
    return ApiError(422, message, {name: [message]})


class FieldErrors:
    """Collects field errors while a body is checked, then raises them as one 422."""

    def __init__(self) -> None:
        self.errors: dict[str, list[str]] = {}

    def add(self, name: str, message: str) -> None:
        self.errors.setdefault(name, []).append(message)

    def merge(self, errors: Mapping[str, Sequence[str]], prefix: str = "") -> None:
        for name, messages in errors.items():
            self.errors.setdefault(prefix + name, []).extend(messages)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ApiError(422, next(iter(self.errors.values()))[0], self.errors)
