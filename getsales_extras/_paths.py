"""Refuse request paths in which an id would change which endpoint is reached.

Generated functions build paths like ``"/leads/api/lists/{uuid}/leads".format(uuid=quote(uuid))``.
Quoting turns a ``/`` inside an id into ``%2F`` but leaves ``.`` and ``..`` alone, and httpx then
resolves those as dot segments: ``uuid=".."`` silently turns the call into one on
``/leads/api/leads``. An empty id collapses into ``//``, and an encoded ``/`` or ``\\`` may be
decoded by a proxy into a real separator. None of these is ever a valid GetSales id, so such a
request is refused before it is sent, naming the offending parameter when the path matches a
spec operation.
"""

from __future__ import annotations

from urllib.parse import unquote

from getsales_extras._operations import OperationTable
from getsales_extras.errors import InvalidPathParameterError

__all__ = ["check_path"]

_DOT_SEGMENTS = frozenset({".", ".."})


def _problem(segment: str) -> str | None:
    """Why ``segment`` (raw, percent-encoded) cannot be an id, or None if it can."""
    if segment == "":
        return "is empty"
    decoded = unquote(segment)
    if segment in _DOT_SEGMENTS or decoded in _DOT_SEGMENTS:
        return f"is {decoded!r}, which would be resolved as a relative path"
    if "/" in decoded or "\\" in decoded:
        return "contains a path separator"
    return None


def check_path(method: str, raw_path: str, table: OperationTable | None) -> None:
    """Raise ``InvalidPathParameterError`` if ``raw_path`` has a segment that cannot be an id.

    ``raw_path`` is the percent-encoded path relative to the API root, before dot segments are
    resolved; a query string is ignored. A trailing ``/`` is tolerated for paths that match no
    spec operation.
    """
    path = raw_path.split("?", 1)[0]
    if path in ("", "/"):
        return
    segments = path.lstrip("/").split("/")
    match = table.match(method, "/" + "/".join(segments)) if table is not None else None
    last = len(segments) - 1
    for index, segment in enumerate(segments):
        problem = _problem(segment)
        if problem is None:
            continue
        name = match.parameter_segments.get(index) if match is not None else None
        if name is None and segment == "" and index == last:
            continue  # a trailing slash on a path the spec does not know
        if name is not None and match is not None:
            operation = match.operation
            message = (
                f"path parameter {name!r} of {operation.operation_id} "
                f"({operation.method.upper()} {operation.path}) {problem}; refusing to send "
                f"a request that would reach a different endpoint"
            )
        else:
            message = (
                f"path segment {index + 1} of {method.upper()} {path} {problem}; refusing to "
                f"send a request that would reach a different endpoint"
            )
        raise InvalidPathParameterError(message, parameter=name, value=unquote(segment))
