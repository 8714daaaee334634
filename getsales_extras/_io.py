"""Read rows of contacts from CSV, TSV or JSON Lines files, with line numbers and one-line errors:
damage within a row fails that row alone (README.md, "Importing contacts", says what is refused
as a whole), and a record the importer wrote (:func:`row_record`) reads back as its original row."""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Literal, NamedTuple

import attrs

Format = Literal["csv", "tsv", "jsonl"]
StrPath = str | os.PathLike[str]
_SUFFIXES: dict[str, Format] = {".csv": "csv", ".tsv": "tsv", ".jsonl": "jsonl", ".ndjson": "jsonl"}
#: Lines one CSV record may span; a quote left open for longer is taken as a stray quote.
MAX_RECORD_LINES = 50
_NOT_TEXT = "is not UTF-8 text; save it as CSV UTF-8 or JSON Lines"
_OPEN_ERRORS = {IsADirectoryError: "is a directory, not a file", FileNotFoundError: "no such file"}


class InputFileError(Exception):
    """An input file that cannot be read as rows; the message names the file and line."""

    def __init__(self, path: StrPath, message: str, line: int | None = None):
        where = f"{os.fspath(path)}, line {line}" if line is not None else os.fspath(path)
        super().__init__(f"{where}: {message}")


@attrs.frozen
class SourceRow:
    """One input row and the line where it starts (a CSV header is line 1, so the first contact
    is row 2, as a spreadsheet numbers it). A row that could not be read has empty ``values``,
    the reason in ``problem`` and the line as it is in the file in ``raw``."""

    row_number: int
    values: Mapping[str, Any]
    source: str
    problem: str | None = None
    raw: str | None = None


@attrs.frozen
class RowFileSummary:
    """A full pass over a file: its format, the columns used, all rows and damaged ones."""

    format: Format
    columns: tuple[str, ...]
    rows: int
    damaged: int = 0


def scan_rows(path: StrPath) -> RowFileSummary:
    """Check the whole file and count its rows, raising :class:`InputFileError` on problems."""
    columns: dict[str, None] = {}
    count = damaged = 0
    with _open(path) as handle:
        file_format = _format_of(path, handle)
    for row in read_rows(path):
        count += 1
        damaged += row.problem is not None
        columns.update(dict.fromkeys(row.values))
    if damaged >= 3 and damaged * 2 > count:  # most rows damaged: it is not its format
        kind = "JSON Lines" if file_format == "jsonl" else "CSV UTF-8"
        message = f"{damaged:,} of {count:,} rows cannot be read: this is not {kind}"
        raise InputFileError(path, message)
    return RowFileSummary(file_format, tuple(columns), count, damaged)


def read_rows(path: StrPath) -> Iterator[SourceRow]:
    """Yield the rows of a CSV/TSV or JSON Lines file lazily, in file order."""
    with _open(path) as handle:
        source, fmt, lines = os.fspath(path), _format_of(path, handle), _lines(handle)
        if fmt == "jsonl":
            yield from _read_jsonl(source, lines)
        else:
            yield from _read_delimited(source, lines, "\t" if fmt == "tsv" else ",")


def row_record(row: SourceRow, **about: Any) -> dict[str, Any]:
    """A JSON Lines record of what became of ``row``; :func:`read_rows` reads it back as ``row``."""
    record = {"source": row.source, "row_number": row.row_number, **about}
    record.update(row=dict(row.values), raw=row.raw)
    return {name: value for name, value in record.items() if value is not None}


def _from_row_record(record: dict[str, Any], line: _Line, source: str) -> SourceRow:
    number, origin, row = record.get("row_number"), record.get("source"), record["row"]
    number = number if isinstance(number, int) else line.number
    origin = origin if isinstance(origin, str) else source
    if not isinstance(row, dict):
        problem = "failure record whose 'row' is not an object"
        return SourceRow(number, {}, origin, problem, line.raw)
    if not row and isinstance(record.get("raw"), str):
        # A row that could not be read the first time: still only its raw text.
        return SourceRow(number, {}, origin, "the row could not be read", record["raw"])
    return SourceRow(number, row, origin)


def _open(path: StrPath) -> io.BufferedReader:
    try:
        return open(path, "rb")
    except OSError as exc:
        reason = _OPEN_ERRORS.get(type(exc)) or f"cannot be opened ({exc.strerror or exc})"
        raise InputFileError(path, reason) from exc


def _format_of(path: StrPath, handle: io.BufferedReader) -> Format:
    """The format by extension or first character; a binary file fails early, with a hint."""
    head = handle.peek(4096)[:4096]
    if head.startswith(b"PK\x03\x04"):  # a zip archive
        raise InputFileError(path, "looks like a spreadsheet (xlsx/zip); save it as CSV UTF-8")
    if b"\x00" in head:
        raise InputFileError(path, _NOT_TEXT)
    text = head.decode("utf-8", errors="replace").lstrip("\ufeff \t\r\n")
    sniffed: Format = "jsonl" if text.startswith("{") else "csv"
    return _SUFFIXES.get(Path(path).suffix.lower(), sniffed)


class _Line(NamedTuple):
    """One physical line: its number, its text (``None`` when it is not UTF-8), the raw form."""

    number: int
    text: str | None
    raw: str
    problem: str | None = None


def _lines(handle: io.BufferedReader) -> Iterator[_Line]:
    head = handle.peek(4096)[:4096]
    bare_cr = b"\r" in head and b"\n" not in head  # lines end in a bare CR (old Mac)
    physical = handle.read().splitlines(keepends=True) if bare_cr else handle
    for number, data in enumerate(physical, start=1):
        if number == 1:
            data = data.removeprefix(b"\xef\xbb\xbf")
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raw = data.decode("utf-8", errors="backslashreplace").rstrip("\r\n")
            problem = f"not UTF-8 text (byte 0x{data[exc.start]:02x} at column {exc.start + 1})"
            yield _Line(number, None, raw, problem)
        else:
            yield _Line(number, text, text.rstrip("\r\n"))


def _read_delimited(source: str, lines: Iterator[_Line], delimiter: str) -> Iterator[SourceRow]:
    back: list[_Line] = []  # lines read ahead for a quoted value, to read again (last first)
    header: list[str] | None = None
    while (first := back.pop() if back else next(lines, None)) is not None:
        if first.text is None:
            if header is None:
                raise InputFileError(source, _NOT_TEXT)
            yield SourceRow(first.number, {}, source, first.problem, first.raw)
            continue
        if not first.text.strip():
            continue
        taken = [first]
        cells, problem = _parse_record(first.text, delimiter)
        # A quoted value still open at the line's end goes on (a stray inch mark does not).
        odd_quote = problem == _OPEN_QUOTE
        while problem == _OPEN_QUOTE and len(taken) < MAX_RECORD_LINES:
            line = back.pop() if back else next(lines, None)
            if line is None or line.text is None:
                back += [line] if line is not None else []
                break
            taken.append(line)
            cells, problem = _parse_record("".join(t.text or "" for t in taken), delimiter)
        if header is None:
            if cells is None:
                raise InputFileError(source, f"the header is not valid CSV ({problem})", 1)
            header = _check_header(source, cells, first.number)
            continue
        if cells is not None and (
            len(cells) < len(header) or any(cell.strip() for cell in cells[len(header) :])
        ):
            problem = f"{len(cells)} values but the header names {len(header)} columns"
        if problem is not None or cells is None:
            # Not a record: report the first line alone, and read on from the next one.
            back += reversed(taken[1:])
            if odd_quote:
                problem = 'unbalanced quote (a value opened with " is never closed)'
            yield SourceRow(first.number, {}, source, f"not valid CSV: {problem}", first.raw)
            continue
        values = {name: cell for name, cell in zip(header, cells, strict=False) if cell.strip()}
        yield SourceRow(first.number, values, source)
    if header is None:
        raise InputFileError(source, "is empty; expected a header row naming the columns")


_OPEN_QUOTE = "unexpected end of data"  # how the csv module says a quoted value is not closed


def _parse_record(text: str, delimiter: str) -> tuple[list[str] | None, str | None]:
    """The cells of exactly one CSV record, or why ``text`` is not one."""
    try:
        records = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as exc:
        return None, str(exc)
    if len(records) != 1:
        return None, "unbalanced quote" if not records else "a line break (CR) in an unquoted value"
    return records[0], None


def _check_header(source: str, cells: list[str], line: int) -> list[str]:
    header = [cell.strip() for cell in cells]
    while len(header) > 1 and not header[-1]:
        header.pop()  # a trailing delimiter
    for position, name in enumerate(header, start=1):
        if not name:
            raise InputFileError(source, f"column {position} of the header has no name", line)
        if header.index(name) < position - 1:
            raise InputFileError(source, f"column {name!r} appears twice in the header", line)
    return header


def _read_jsonl(source: str, lines: Iterator[_Line]) -> Iterator[SourceRow]:
    for line in lines:
        if line.text is not None and not line.text.strip():
            continue
        problem = line.problem
        value: Any = None
        if line.text is not None:
            try:
                value = json.loads(line.text)
            except json.JSONDecodeError as exc:
                problem = f"not valid JSON ({exc.msg} at column {exc.colno})"
        if problem is None and not isinstance(value, dict):
            kind = {"list": "array"}.get(type(value).__name__, type(value).__name__)
            problem = f"expected a JSON object, got {kind}"
        if problem is not None:
            yield SourceRow(line.number, {}, source, problem, line.raw)
        elif "row" in value and ("error" in value or "status" in value):
            yield _from_row_record(value, line, source)
        else:
            yield SourceRow(line.number, value, source)
