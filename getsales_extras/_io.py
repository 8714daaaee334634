"""Read rows of contacts from CSV or JSON Lines files, with line numbers and plain-words errors.

An import should fail before its first request when the file is unusable, and cost only
the row when one row is. :func:`scan_rows` reads the whole file once to check its structure
and count its rows (which also gives the progress bar its total); :func:`read_rows` then
streams the rows lazily. A file-level problem is an :class:`InputFileError` whose message
fits on one line and says where.

Formats, chosen by extension (``.csv``, ``.tsv``, ``.jsonl``, ``.ndjson``) or else by the
first character of the file:

* CSV (UTF-8, optional BOM): the first line names the columns; empty cells are left out.
  A quoted value may span lines (up to :data:`MAX_RECORD_LINES`).
* JSON Lines: one JSON object per line. A line written to a failures file by the importer
  (``{"row_number", "row", "error", ...}``) is read back as the original row, keeping its
  original row number and source, so a fixed failures file can be imported as is.

Row-level damage stays row-level. A line that is not UTF-8, a CSV record with an
unbalanced quote or the wrong number of values, a JSON Lines line that is not a JSON
object: each becomes a :class:`SourceRow` with ``problem`` set and its ``raw`` text (bad
bytes shown as ``\\xNN``), at its true line number, and reading goes on at the next line.
Only a file that is not text at all (a spreadsheet, NUL bytes), whose CSV header cannot be
read, or where most rows are damaged is refused as a whole.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections import deque
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO, Literal

import attrs

__all__ = [
    "MAX_RECORD_LINES",
    "InputFileError",
    "RowFileSummary",
    "SourceRow",
    "read_rows",
    "scan_rows",
]

Format = Literal["csv", "tsv", "jsonl"]

_EXTENSIONS: dict[str, Format] = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}

#: Physical lines one CSV record may span (a quoted value with line breaks in it). A quote
#: left open for longer is taken as a stray quote: that line alone is reported.
MAX_RECORD_LINES = 50

#: A file is refused as a whole when at least this many rows, and more than half of them,
#: cannot be read: it is not the format it claims to be.
_REFUSE_DAMAGED_AT = 3


class InputFileError(Exception):
    """An input file that cannot be read as rows; the message names the file and line."""

    def __init__(self, path: str | os.PathLike[str], message: str, line: int | None = None):
        self.path = os.fspath(path)
        self.line = line
        self.reason = message
        where = f"{self.path}, line {line}" if line is not None else self.path
        super().__init__(f"{where}: {message}")


@attrs.frozen
class SourceRow:
    """One input row as read, and where it came from.

    ``row_number`` is the line of ``source`` where the row starts (a CSV header is line 1,
    so the first contact is row 2, as a spreadsheet numbers it). Rows read back from a
    failures file keep the number and source of the file they were first read from.
    A row that could not be read has empty ``values``, the reason in ``problem`` and the
    line as it is in the file in ``raw``.
    """

    row_number: int
    values: Mapping[str, Any]
    source: str
    problem: str | None = None
    raw: str | None = None


@attrs.frozen
class RowFileSummary:
    """What a full pass over a file found: its format, the columns used, the row count.

    ``rows`` counts every row, ``damaged`` those of them that could not be read.
    """

    format: Format
    columns: tuple[str, ...]
    rows: int
    damaged: int = 0


def detect_format(path: str | os.PathLike[str]) -> Format:
    """The file's format by its extension, or else by its first non-blank character."""
    suffix = Path(path).suffix.lower()
    if suffix in _EXTENSIONS:
        return _EXTENSIONS[suffix]
    _check_openable(path)
    head = _head(path).decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    return "jsonl" if head.startswith("{") else "csv"


def scan_rows(path: str | os.PathLike[str]) -> RowFileSummary:
    """Check the whole file and count its rows, raising :class:`InputFileError` on problems."""
    file_format = detect_format(path)
    columns: dict[str, None] = {}
    count = damaged = 0
    for row in read_rows(path, file_format):
        count += 1
        if row.problem is not None:
            damaged += 1
        for name in row.values:
            columns.setdefault(name, None)
    if damaged >= _REFUSE_DAMAGED_AT and damaged * 2 > count:
        kind = "JSON Lines" if file_format == "jsonl" else "CSV UTF-8"
        raise InputFileError(
            path, f"{damaged:,} of {count:,} rows cannot be read: this is not {kind}"
        )
    return RowFileSummary(file_format, tuple(columns), count, damaged)


def read_rows(
    path: str | os.PathLike[str], file_format: Format | None = None
) -> Iterator[SourceRow]:
    """Yield the rows of a CSV/TSV or JSON Lines file lazily, in file order."""
    file_format = file_format or detect_format(path)
    _refuse_binary(path)
    if file_format == "jsonl":
        yield from _read_jsonl(path)
    else:
        yield from _read_delimited(path, "\t" if file_format == "tsv" else ",")


def _check_openable(path: str | os.PathLike[str]) -> None:
    with _open_binary(path):
        pass


def _open_binary(path: str | os.PathLike[str]) -> BinaryIO:
    try:
        return open(path, "rb")
    except IsADirectoryError as exc:
        raise InputFileError(path, "is a directory, not a file") from exc
    except FileNotFoundError as exc:
        raise InputFileError(path, "no such file") from exc
    except OSError as exc:
        raise InputFileError(path, f"cannot be opened ({exc.strerror or exc})") from exc


def _not_text(path: str | os.PathLike[str]) -> InputFileError:
    if _head(path).startswith(_ZIP_MAGIC):
        return InputFileError(path, "looks like a spreadsheet (xlsx/zip); save it as CSV UTF-8")
    return InputFileError(path, "is not UTF-8 text; save it as CSV UTF-8 or JSON Lines")


_ZIP_MAGIC = b"PK\x03\x04"


def _head(path: str | os.PathLike[str]) -> bytes:
    try:
        with open(path, "rb") as raw:
            return raw.read(4096)
    except OSError:
        return b""


def _refuse_binary(path: str | os.PathLike[str]) -> None:
    """Spreadsheets and other binary files fail early with a hint, not deep in the parser."""
    _check_openable(path)
    head = _head(path)
    if head.startswith(_ZIP_MAGIC) or b"\x00" in head:
        raise _not_text(path)


# --- physical lines ---------------------------------------------------------------------------


@attrs.frozen
class _Line:
    """One physical line: its number, its text (``None`` when it is not UTF-8), the raw form."""

    number: int
    text: str | None
    raw: str
    problem: str | None = None


def _physical_lines(handle: BinaryIO) -> Iterator[bytes]:
    """The file's lines, ends kept; a file whose lines end in a bare CR (old Mac) too."""
    head = handle.peek(4096)[:4096] if hasattr(handle, "peek") else b""
    if b"\r" in head and b"\n" not in head:
        data = handle.read()
        parts = data.split(b"\r")
        for index, part in enumerate(parts):
            if index < len(parts) - 1:
                yield part + b"\r"
            elif part:
                yield part
        return
    yield from handle


def _lines(handle: BinaryIO) -> Iterator[_Line]:
    for number, data in enumerate(_physical_lines(handle), start=1):
        if number == 1 and data.startswith(b"\xef\xbb\xbf"):
            data = data[3:]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raw = _strip_newline(data.decode("utf-8", errors="backslashreplace"))
            bad = data[exc.start]
            problem = f"not UTF-8 text (byte 0x{bad:02x} at column {exc.start + 1})"
            yield _Line(number, None, raw, problem)
        else:
            yield _Line(number, text, _strip_newline(text))


def _strip_newline(text: str) -> str:
    return text.rstrip("\r\n")


class _Pushback:
    """An iterator of lines that can be given lines back (to re-read after a failed merge)."""

    def __init__(self, lines: Iterator[_Line]) -> None:
        self._lines = lines
        self._back: deque[_Line] = deque()

    def next(self) -> _Line | None:
        if self._back:
            return self._back.popleft()
        return next(self._lines, None)

    def give_back(self, lines: list[_Line]) -> None:
        self._back.extendleft(reversed(lines))


# --- CSV --------------------------------------------------------------------------------------


def _read_delimited(path: str | os.PathLike[str], delimiter: str) -> Iterator[SourceRow]:
    source = os.fspath(path)
    with _open_binary(path) as handle:
        lines = _Pushback(_lines(handle))
        header: list[str] | None = None
        while (first := lines.next()) is not None:
            if first.text is None:
                if header is None:
                    raise _not_text(path)
                yield SourceRow(first.number, {}, source, first.problem, first.raw)
                continue
            if not first.text.strip():
                continue
            taken = [first]
            if first.text.count('"') % 2:
                taken += _until_balanced(lines)
            text = "".join(line.text or "" for line in taken)
            cells, problem = _parse_record(text, delimiter)
            if header is None:
                if problem is not None or cells is None:
                    raise InputFileError(path, f"the header is not valid CSV ({problem})", 1)
                header = _check_header(path, cells, first.number)
                continue
            if problem is None and cells is not None:
                problem = _width_problem(cells, header)
            if problem is not None:
                # Not a record: report the first line alone, and read on from the next one.
                lines.give_back(taken[1:])
                reason = problem
                if first.text.count('"') % 2:
                    reason = 'unbalanced quote (a value opened with " is never closed)'
                yield SourceRow(first.number, {}, source, f"not valid CSV: {reason}", first.raw)
                continue
            assert cells is not None
            values = {name: cell for name, cell in zip(header, cells, strict=False) if cell.strip()}
            yield SourceRow(first.number, values, source)
        if header is None:
            raise InputFileError(path, "is empty; expected a header row naming the columns")


def _until_balanced(lines: _Pushback) -> list[_Line]:
    """The lines after an odd quote up to the one that closes it; all of them if none does."""
    taken: list[_Line] = []
    while len(taken) < MAX_RECORD_LINES - 1:
        line = lines.next()
        if line is None:
            break
        if line.text is None:
            lines.give_back([line])
            break
        taken.append(line)
        if line.text.count('"') % 2:
            break
    return taken


def _parse_record(text: str, delimiter: str) -> tuple[list[str] | None, str | None]:
    """The cells of exactly one CSV record, or why ``text`` is not one."""
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as exc:
        return None, str(exc)
    if not records:
        return None, "unbalanced quote"
    if len(records) > 1:
        return None, "a line break (CR) inside an unquoted value"
    return records[0], None


def _width_problem(cells: list[str], header: list[str]) -> str | None:
    extra = cells[len(header) :]
    if len(cells) < len(header) or any(cell.strip() for cell in extra):
        return f"{len(cells)} values but the header names {len(header)} columns"
    return None


def _check_header(path: str | os.PathLike[str], cells: list[str], line: int) -> list[str]:
    header = [cell.strip() for cell in cells]
    while len(header) > 1 and not header[-1]:
        header.pop()  # a trailing delimiter
    seen: set[str] = set()
    for position, name in enumerate(header, start=1):
        if not name:
            raise InputFileError(path, f"column {position} of the header has no name", line)
        if name in seen:
            raise InputFileError(path, f"column {name!r} appears twice in the header", line)
        seen.add(name)
    return header


# --- JSON Lines -------------------------------------------------------------------------------


def _read_jsonl(path: str | os.PathLike[str]) -> Iterator[SourceRow]:
    source = os.fspath(path)
    with _open_binary(path) as handle:
        for line in _lines(handle):
            if line.text is None:
                yield SourceRow(line.number, {}, source, line.problem, line.raw)
                continue
            if not line.text.strip():
                continue
            try:
                value = json.loads(line.text)
            except ValueError as exc:
                problem = f"not valid JSON ({_json_reason(exc)})"
                yield SourceRow(line.number, {}, source, problem, line.raw)
                continue
            if not isinstance(value, dict):
                kind = type(value).__name__.replace("dict", "object").replace("list", "array")
                problem = f"expected a JSON object, got {kind}"
                yield SourceRow(line.number, {}, source, problem, line.raw)
                continue
            yield _jsonl_row(value, line.number, source, line.raw)


def _json_reason(exc: ValueError) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} at column {exc.colno}"
    return str(exc)


def _jsonl_row(value: dict[str, Any], line: int, source: str, raw: str) -> SourceRow:
    """A plain row, or the original row inside a failure record written by the importer."""
    if "row" in value and "error" in value:
        row = value["row"]
        number = value.get("row_number")
        origin = value.get("source")
        number = number if isinstance(number, int) else line
        origin = origin if isinstance(origin, str) else source
        if not isinstance(row, dict):
            return SourceRow(number, {}, origin, "failure record whose 'row' is not an object", raw)
        if not row and isinstance(value.get("raw"), str):
            # A row that could not be read the first time: still only its raw text.
            return SourceRow(number, {}, origin, "the row could not be read", value["raw"])
        return SourceRow(number, row, origin)
    return SourceRow(line, value, source)
