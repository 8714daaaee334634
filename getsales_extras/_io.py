"""Read rows of contacts from CSV or JSON Lines files, with line numbers and plain-words errors.

An import should fail before its first request when the file is unusable, and name the
line when one row is. :func:`scan_rows` reads the whole file once to check its structure
and count its rows (which also gives the progress bar its total); :func:`read_rows` then
streams the rows lazily. Every problem is an :class:`InputFileError` whose message fits on
one line and says where.

Formats, chosen by extension (``.csv``, ``.tsv``, ``.jsonl``, ``.ndjson``) or else by the
first character of the file:

* CSV (UTF-8, optional BOM): the first line names the columns; empty cells are left out.
* JSON Lines: one JSON object per line. A line written to a failures file by the importer
  (``{"row_number", "row", "error", ...}``) is read back as the original row, keeping its
  original row number and source, so a fixed failures file can be imported as is.
"""

from __future__ import annotations

import csv
import json
import os
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, Literal, TextIO

import attrs

__all__ = ["InputFileError", "RowFileSummary", "SourceRow", "read_rows", "scan_rows"]

Format = Literal["csv", "tsv", "jsonl"]

_EXTENSIONS: dict[str, Format] = {
    ".csv": "csv",
    ".tsv": "tsv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}


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
    """

    row_number: int
    values: Mapping[str, Any]
    source: str


@attrs.frozen
class RowFileSummary:
    """What a full pass over a file found: its format, the columns used, the row count."""

    format: Format
    columns: tuple[str, ...]
    rows: int


def detect_format(path: str | os.PathLike[str]) -> Format:
    """The file's format by its extension, or else by its first non-blank character."""
    suffix = Path(path).suffix.lower()
    if suffix in _EXTENSIONS:
        return _EXTENSIONS[suffix]
    with _open_text(path) as handle:
        try:
            head = handle.read(4096).lstrip("\ufeff \t\r\n")
        except UnicodeDecodeError as exc:
            raise _not_text(path) from exc
    return "jsonl" if head.startswith("{") else "csv"


def scan_rows(path: str | os.PathLike[str]) -> RowFileSummary:
    """Check the whole file and count its rows, raising :class:`InputFileError` on problems."""
    file_format = detect_format(path)
    columns: dict[str, None] = {}
    count = 0
    for row in read_rows(path, file_format):
        count += 1
        for name in row.values:
            columns.setdefault(name, None)
    return RowFileSummary(file_format, tuple(columns), count)


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


def _open_text(path: str | os.PathLike[str]) -> TextIO:
    try:
        return open(path, encoding="utf-8-sig", newline="")
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
    head = _head(path)
    if head.startswith(_ZIP_MAGIC) or b"\x00" in head:
        raise _not_text(path)


def _read_delimited(path: str | os.PathLike[str], delimiter: str) -> Iterator[SourceRow]:
    source = os.fspath(path)
    with _open_text(path) as handle:
        reader = csv.reader(handle, delimiter=delimiter, strict=True)
        last_line = 0
        try:
            header: list[str] | None = None
            for cells in reader:
                line = last_line + 1
                last_line = reader.line_num
                if not any(cell.strip() for cell in cells):
                    continue
                if header is None:
                    header = _check_header(path, cells, line)
                    continue
                if len(cells) > len(header):
                    raise InputFileError(
                        path,
                        f"{len(cells)} values but the header names {len(header)} columns",
                        line,
                    )
                values = {
                    name: cell for name, cell in zip(header, cells, strict=False) if cell.strip()
                }
                yield SourceRow(line, values, source)
        except UnicodeDecodeError as exc:
            raise _not_text(path) from exc
        except csv.Error as exc:
            raise InputFileError(path, f"not valid CSV ({exc})", reader.line_num or None) from exc
        if header is None:
            raise InputFileError(path, "is empty; expected a header row naming the columns")


def _check_header(path: str | os.PathLike[str], cells: list[str], line: int) -> list[str]:
    header = [cell.strip() for cell in cells]
    seen: set[str] = set()
    for position, name in enumerate(header, start=1):
        if not name:
            raise InputFileError(path, f"column {position} of the header has no name", line)
        if name in seen:
            raise InputFileError(path, f"column {name!r} appears twice in the header", line)
        seen.add(name)
    return header


def _read_jsonl(path: str | os.PathLike[str]) -> Iterator[SourceRow]:
    source = os.fspath(path)
    with _open_text(path) as handle:
        line = 0
        try:
            for line, text in enumerate(handle, start=1):
                if not text.strip():
                    continue
                try:
                    value = json.loads(text)
                except ValueError as exc:
                    raise InputFileError(
                        path, f"not valid JSON ({_json_reason(exc)})", line
                    ) from exc
                if not isinstance(value, dict):
                    kind = type(value).__name__.replace("dict", "object").replace("list", "array")
                    raise InputFileError(path, f"expected a JSON object, got {kind}", line)
                yield _jsonl_row(path, value, line, source)
        except UnicodeDecodeError as exc:
            raise _not_text(path) from exc


def _json_reason(exc: ValueError) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.msg} at column {exc.colno}"
    return str(exc)


def _jsonl_row(
    path: str | os.PathLike[str], value: dict[str, Any], line: int, source: str
) -> SourceRow:
    """A plain row, or the original row inside a failure record written by the importer."""
    if "row" in value and "error" in value:
        row = value["row"]
        if not isinstance(row, dict):
            raise InputFileError(path, "failure record whose 'row' is not an object", line)
        number = value.get("row_number")
        origin = value.get("source")
        return SourceRow(
            number if isinstance(number, int) else line,
            row,
            origin if isinstance(origin, str) else source,
        )
    return SourceRow(line, value, source)
