"""Matching a request to an operation of the GetSales API by method and path template.

Every operation of the API is known (see ``catalogue``), emulated or not, so the emulator
can answer 501 ``not_emulated`` for a real operation it does not implement, 405 for a real
path with another method, and 404 for a path the API does not have. Literal segments win
over parameters (``/leads/api/leads/mass-action`` is not a contact uuid).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from getsales_extras.testing.errors import ApiError
from getsales_extras.testing.resources import Endpoint

_PARAM = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class RouteEntry:
    """One method and path template of the API, emulated (``endpoint``) or not."""

    method: str
    template: str
    pattern: re.Pattern[str]
    endpoint: Endpoint | None


@dataclass(frozen=True)
class RouteMatch:
    template: str
    entry: RouteEntry | None
    params: dict[str, str]
    error: ApiError | None


def _specificity(template: str) -> tuple[int, ...]:
    """Sort key: at each position a literal segment beats a parameter."""
    return tuple(1 if segment.startswith("{") else 0 for segment in template.split("/"))


class RouteTable:
    """Matches a method and path against every operation of the API."""

    def __init__(self, endpoints: Sequence[Endpoint], catalogue: Sequence[tuple[str, str]]):
        entries: dict[tuple[str, str], RouteEntry] = {}
        for method, template in catalogue:
            entries[(method, template)] = self._entry(method, template, None)
        for endpoint in endpoints:
            entries[(endpoint.method, endpoint.template)] = self._entry(
                endpoint.method, endpoint.template, endpoint
            )
        self._by_method: dict[str, list[RouteEntry]] = {}
        for entry in entries.values():
            self._by_method.setdefault(entry.method, []).append(entry)
        for method_entries in self._by_method.values():
            method_entries.sort(key=lambda e: _specificity(e.template))
        self._all = sorted(entries.values(), key=lambda e: _specificity(e.template))

    @staticmethod
    def _entry(method: str, template: str, endpoint: Endpoint | None) -> RouteEntry:
        parts = []
        for segment in template.split("/"):
            param = _PARAM.fullmatch(segment)
            parts.append(f"(?P<{param.group(1)}>[^/]+)" if param else re.escape(segment))
        pattern = re.compile("^" + "/".join(parts) + "$")
        return RouteEntry(method, template, pattern, endpoint)

    def match(self, method: str, path: str) -> RouteMatch:
        for entry in self._by_method.get(method, ()):
            found = entry.pattern.match(path)
            if found is not None:
                if entry.endpoint is None:
                    error = ApiError(
                        501,
                        f"{method} {entry.template} is part of the GetSales API "
                        "but is not emulated.",
                    )
                    return RouteMatch(entry.template, entry, found.groupdict(), error)
                return RouteMatch(entry.template, entry, found.groupdict(), None)
        for entry in self._all:
            if entry.pattern.match(path):
                error = ApiError(405, f"The {method} method is not supported for this route.")
                return RouteMatch(entry.template, None, {}, error)
        return RouteMatch(path, None, {}, ApiError(404, "The requested endpoint does not exist."))
