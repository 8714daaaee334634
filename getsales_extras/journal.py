"""The import journal: which rows the API has confirmed, so a re-run sends only the rest.

A journal is a small SQLite file (the standard library's ``sqlite3``) kept next to the
failures file. Each row is known by a stable identity: the absolute path of the file it
came from, its line number and a hash of its content, so editing a row (or the file around
it) makes it a new row, and rows read back from a failures file keep the identity of the
file they first came from. Rows are recorded per target list.

A row is marked *sent* just before its request leaves and *done* (with its outcome and the
contact's uuid) once the answer is in. A re-run skips done rows; rows still marked sent
were in flight when the last run stopped, their outcome is unknown, and they are sent
again (an upsert of a row that did arrive updates instead of duplicating). Failed rows are
not recorded as done: they are tried (and reported) again.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Sequence
from pathlib import Path
from types import TracebackType

import attrs

from getsales_extras._io import SourceRow

__all__ = ["ImportJournal", "ResumePlan", "row_key"]

_KEY = "(list_uuid, source, line, digest)"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS rows (
    list_uuid TEXT NOT NULL,
    source TEXT NOT NULL,
    line INTEGER NOT NULL,
    digest TEXT NOT NULL,
    state TEXT NOT NULL,
    outcome TEXT,
    contact_uuid TEXT,
    PRIMARY KEY (list_uuid, source, line, digest)
) WITHOUT ROWID
"""

RowKey = tuple[str, int, str]


def row_key(row: SourceRow) -> RowKey:
    """The stable identity of a row: (absolute source path, line number, content hash)."""
    content = json.dumps(dict(row.values), sort_keys=True, ensure_ascii=False, default=str)
    digest = hashlib.sha256(f"{content}\x00{row.raw or ''}".encode()).hexdigest()[:32]
    return os.path.abspath(row.source), row.row_number, digest


@attrs.frozen
class ResumePlan:
    """What a run will do with the journal: rows already done, rows of unknown outcome."""

    total: int
    done: int
    in_flight: int

    @property
    def to_send(self) -> int:
        return self.total - self.done


class ImportJournal:
    """Rows of one import into one list confirmed by the API (see the module docs).

    ``restart=True`` forgets what was recorded for the list first.
    """

    def __init__(
        self, path: str | os.PathLike[str], list_uuid: str, *, restart: bool = False
    ) -> None:
        self.path = Path(path)
        self.list_uuid = list_uuid
        try:
            self._db = sqlite3.connect(self.path, isolation_level=None)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute(_SCHEMA)
            if restart:
                self._db.execute("DELETE FROM rows WHERE list_uuid = ?", (list_uuid,))
        except sqlite3.Error as exc:
            raise OSError(f"{self.path}: cannot use it as the import journal ({exc})") from None
        self._done: set[RowKey] = set()
        self._in_flight: set[RowKey] = set()
        for source, line, digest, state in self._db.execute(
            "SELECT source, line, digest, state FROM rows WHERE list_uuid = ?", (list_uuid,)
        ):
            (self._done if state == "done" else self._in_flight).add((source, line, digest))

    def is_done(self, row: SourceRow) -> bool:
        return row_key(row) in self._done

    def was_in_flight(self, row: SourceRow) -> bool:
        """Sent by an earlier run that stopped before its answer came."""
        return row_key(row) in self._in_flight

    def plan(self, rows: Iterable[SourceRow]) -> ResumePlan:
        total = done = in_flight = 0
        for row in rows:
            total += 1
            key = row_key(row)
            if key in self._done:
                done += 1
            elif key in self._in_flight:
                in_flight += 1
        return ResumePlan(total, done, in_flight)

    def mark_sent(self, rows: Sequence[SourceRow]) -> None:
        keys = [row_key(row) for row in rows]
        self._db.executemany(
            "INSERT INTO rows (list_uuid, source, line, digest, state) VALUES (?, ?, ?, ?, 'sent')"
            f" ON CONFLICT {_KEY} DO UPDATE SET state = 'sent'",
            [(self.list_uuid, *key) for key in keys],
        )
        self._in_flight.update(keys)

    def mark_done(self, settled: Sequence[tuple[SourceRow, str, str | None]]) -> None:
        """Record ``(row, outcome, contact uuid)`` for rows the API confirmed."""
        records = [(row_key(row), outcome, uuid) for row, outcome, uuid in settled]
        self._db.executemany(
            "INSERT INTO rows (list_uuid, source, line, digest, state, outcome, contact_uuid)"
            f" VALUES (?, ?, ?, ?, 'done', ?, ?) ON CONFLICT {_KEY} DO UPDATE SET state = 'done',"
            " outcome = excluded.outcome, contact_uuid = excluded.contact_uuid",
            [(self.list_uuid, *key, outcome, uuid) for key, outcome, uuid in records],
        )
        for key, _, _ in records:
            self._in_flight.discard(key)
            self._done.add(key)

    def forget(self, rows: Sequence[SourceRow]) -> None:
        """Drop rows whose request got an answer that imported nothing (failed rows)."""
        keys = [row_key(row) for row in rows]
        self._db.executemany(
            "DELETE FROM rows WHERE list_uuid = ? AND source = ? AND line = ? AND digest = ?",
            [(self.list_uuid, *key) for key in keys],
        )
        self._in_flight.difference_update(keys)

    def outcomes(self) -> dict[tuple[str, int], tuple[str, str | None]]:
        """``{(source, line): (outcome, contact uuid)}`` of every done row of the list."""
        return {
            (source, line): (outcome, uuid)
            for source, line, outcome, uuid in self._db.execute(
                "SELECT source, line, outcome, contact_uuid FROM rows"
                " WHERE list_uuid = ? AND state = 'done'",
                (self.list_uuid,),
            )
        }

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> ImportJournal:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()
