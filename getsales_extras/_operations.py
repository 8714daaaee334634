"""Recognise which spec operation a request is, from its method and path.

The transport needs two facts the request itself does not carry: whether sending it twice is
harmless (retries) and which path segments are ids (path safety). Both come from the operation
index that ``scripts/generate`` writes next to the generated client
(``getsales_client.operation_index``), so the answers follow the spec, not a hand-kept list.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

__all__ = [
    "SAFE_TO_REPEAT_METHODS",
    "OperationMatch",
    "OperationTable",
    "OperationType",
    "default_table",
    "is_safe_to_repeat",
]

# Without an operation to ask, only these methods are assumed safe to send twice (RFC 9110
# idempotent methods). Everything else, POST above all, is assumed to act each time it arrives.
SAFE_TO_REPEAT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})

_PARAMETER = re.compile(r"\{([^{}/]+)\}")


class OperationType(Protocol):
    """What this package reads from an entry of ``getsales_client.operation_index.OPERATIONS``."""

    @property
    def operation_id(self) -> str: ...
    @property
    def method(self) -> str: ...
    @property
    def path(self) -> str: ...
    @property
    def idempotent(self) -> bool: ...
    @property
    def success_json(self) -> tuple[str, ...]: ...


@dataclass(frozen=True)
class OperationMatch:
    """A request recognised as ``operation``.

    ``parameters`` maps each path parameter to its raw (still percent-encoded) value;
    ``parameter_segments`` maps the index of each path segment that is wholly one parameter
    (0 = the first segment after the leading ``/``) to that parameter's name.
    """

    operation: OperationType
    parameters: Mapping[str, str]
    parameter_segments: Mapping[int, str]


@dataclass(frozen=True)
class _Template:
    operation: OperationType
    pattern: re.Pattern[str]
    names: tuple[str, ...]
    segments: Mapping[int, str]
    literal_segments: int


def _compile(operation: OperationType) -> _Template:
    segments = operation.path.strip("/").split("/")
    pieces: list[str] = []
    names: list[str] = []
    whole: dict[int, str] = {}
    literal = 0
    for index, segment in enumerate(segments):
        found = _PARAMETER.fullmatch(segment)
        if found:
            whole[index] = found.group(1)
        if not _PARAMETER.search(segment):
            literal += 1
        regex = []
        position = 0
        for parameter in _PARAMETER.finditer(segment):
            regex.append(re.escape(segment[position : parameter.start()]))
            regex.append("([^/]*)")
            names.append(parameter.group(1))
            position = parameter.end()
        regex.append(re.escape(segment[position:]))
        pieces.append("".join(regex))
    pattern = re.compile("/" + "/".join(pieces))
    return _Template(operation, pattern, tuple(names), whole, literal)


class OperationTable:
    """Path templates compiled once, looked up by method; the most literal template wins."""

    def __init__(self, operations: Iterable[OperationType]) -> None:
        by_method: dict[str, list[_Template]] = {}
        for operation in operations:
            by_method.setdefault(operation.method.upper(), []).append(_compile(operation))
        for templates in by_method.values():
            templates.sort(key=lambda template: -template.literal_segments)
        self._by_method = by_method

    def match(self, method: str, path: str) -> OperationMatch | None:
        """The operation ``method path`` calls, or None when the spec has no such operation.

        ``path`` is the raw path relative to the API root (a query string is ignored).
        """
        path = path.split("?", 1)[0]
        if not path.startswith("/"):
            path = "/" + path
        for template in self._by_method.get(method.upper(), ()):
            found = template.pattern.fullmatch(path)
            if found:
                return OperationMatch(
                    template.operation,
                    dict(zip(template.names, found.groups(), strict=True)),
                    template.segments,
                )
        return None


def is_safe_to_repeat(method: str, match: OperationMatch | None) -> bool:
    """Whether a request may be sent again after it possibly reached the server."""
    if match is not None:
        return bool(match.operation.idempotent)
    return method.upper() in SAFE_TO_REPEAT_METHODS


@functools.lru_cache(maxsize=1)
def default_table() -> OperationTable:
    """The table of the generated client's operations (built on first use)."""
    from getsales_client.operation_index import OPERATIONS

    return OperationTable(OPERATIONS)
