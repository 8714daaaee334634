"""The import journal: which rows the API confirmed, so a re-run sends only the rest. Rows are
keyed by source path, line and content hash, so an edited row is a new row and a failures
file's rows keep their first file's identity (README.md, "Resume")."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from typing import Literal

import attrs

from getsales_extras._io import SourceRow, StrPath

__all__ = ["ImportJournal", "ResumePlan", "row_key"]

_SCHEMA = """PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; CREATE TABLE IF NOT EXISTS rows (
    list_uuid TEXT NOT NULL, source TEXT NOT NULL, line INTEGER NOT NULL, digest TEXT NOT NULL,
    state TEXT NOT NULL, PRIMARY KEY (list_uuid, source, line, digest)
) WITHOUT ROWID;"""


def row_key(row: SourceRow) -> tuple[str, int, str]:
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


class ImportJournal(AbstractContextManager["ImportJournal"]):
    """Rows of one import into one list confirmed by the API; ``restart=True`` forgets them."""

    def __init__(self, path: StrPath, list_uuid: str, *, restart: bool = False) -> None:
        self.list_uuid = list_uuid
        try:
            self._db = sqlite3.connect(path, isolation_level=None)
            self._db.executescript(_SCHEMA)
            if restart:
                self._db.execute("DELETE FROM rows WHERE list_uuid = ?", (list_uuid,))
        except sqlite3.Error as exc:
            raise OSError(f"{os.fspath(path)}: unusable as the import journal ({exc})") from None
        found = self._db.execute("SELECT * FROM rows WHERE list_uuid = ?", (list_uuid,))
        self._state = {(source, line, digest): state for _, source, line, digest, state in found}

    def is_done(self, row: SourceRow) -> bool:
        return self._state.get(row_key(row)) == "done"

    def plan(self, rows: Iterable[SourceRow]) -> ResumePlan:
        states = [self._state.get(row_key(row)) for row in rows]
        return ResumePlan(len(states), states.count("done"), states.count("sent"))

    def mark(self, rows: Sequence[SourceRow], state: Literal["sent", "done", "failed"]) -> None:
        """Record rows as *sent* (before their request leaves), *done* (the API confirmed
        them) or *failed* (answered, nothing imported: sent again by the next run)."""
        keys = [row_key(row) for row in rows]
        records = [(self.list_uuid, *key, state) for key in keys]
        self._db.executemany("REPLACE INTO rows VALUES (?, ?, ?, ?, ?)", records)
        self._state.update(dict.fromkeys(keys, state))

    def close(self) -> None:
        self._db.close()

    def __exit__(self, *exc_info: object) -> None:
        self.close()
