"""Import contacts into a GetSales list: nothing overwritten, merged, blocked or resent by surprise.

Each row becomes one ``upsert`` of a contact into the target list. Upsert finds an existing
contact by its identifiers (LinkedIn ids, then e-mails, then name with company) and updates
it instead of creating a second one, which is what makes an import safe to run again. At
300 requests per minute that is 5 rows a second; ``fast=True`` uses the legacy bulk create
instead (up to 100 contacts per request).

What each row did is recorded as a :class:`RowOutcome`: ``created``, ``updated``,
``weak_match`` (matched an existing contact on name + company only), ``unchanged`` (it
exists and updates are off), ``failed``, ``duplicate`` (the same contact as an earlier row
of the input: not sent twice) or ``already_imported`` (confirmed by an earlier run, see
:mod:`getsales_extras.journal`), with the contact's uuid when the API named it.

Promises:

* ``update_if_exists=False`` never changes an existing contact. The legacy bulk create has
  no such flag (it updates every contact it matches), so ``fast=True`` with updates off is
  refused with a :class:`ValueError` instead of silently overwriting.
* Name + company is a weak identifier: two people can share it, and GetSales falls back
  to it when a row's e-mail or LinkedIn id matches nobody. ``refuse_weak_matches=True``
  fails rows that have nothing stronger, and in upsert mode checks each row that carries
  a company before changing anything: the row is sent with updates off first, and when the
  contact GetSales matched has none of the row's e-mails or LinkedIn ids, the row fails
  with that contact's uuid and nothing is changed; otherwise the update is sent. The bulk
  create of ``fast`` mode cannot be asked first: there rows without a strong identifier,
  and rows sharing a name + company with an earlier row of the input under another e-mail
  or LinkedIn id, are refused, but a match on name + company with a contact that was in
  GetSales before cannot be seen.
* Row-level problems stay row-level: a row that could not be read (see :mod:`._io`), has
  no identifier, an e-mail address no validator would accept (checked before sending,
  so a malformed address costs no request; ``check_emails=False`` leaves it to the API)
  or is refused fails alone. In ``fast`` mode a 422 that names rows of a
  chunk (``leads.<index>.<field>``) removes just those rows, each failing with its own
  field errors, and the rest is sent again as one chunk; only an answer that names no rows
  makes the chunk go row by row through upsert (which is also safe for a chunk that may
  have been half-applied).
* Errors after which no further row can succeed (a revoked key, no permission, no credits,
  the list does not exist) stop the import and propagate instead of failing each row.

A failed (or duplicate) row is handed to ``on_failure`` as a :class:`RowFailure`;
:class:`FailureFile` writes those as JSON Lines records holding the original row, its row
number and source file, and the error, so the file can be edited and imported again.

Columns are resolved by a :class:`~getsales_extras.columns.ColumnMapper` (common spellings
such as ``Email`` or ``First Name``, user mappings, unknown columns as custom fields).
"""

from __future__ import annotations

import email.utils
import json
import os
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime, timedelta
from types import TracebackType
from typing import IO, Any, Literal, Self

import attrs

from getsales_client.types import Response
from getsales_extras._io import SourceRow
from getsales_extras._operations import requires
from getsales_extras.bulk import DEFAULT_CONCURRENCY, for_each_outcome
from getsales_extras.columns import (
    CUSTOM_FIELD_PREFIX,
    IDENTIFIERS,
    NAME_FIELDS,
    ColumnError,
    ColumnMapper,
    contact_fields,
)
from getsales_extras.errors import (
    APIStatusError,
    AuthenticationError,
    GetSalesError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
    ValidationError,
)
from getsales_extras.journal import ImportJournal

__all__ = [
    "ColumnError",
    "ContactImporter",
    "FailureFile",
    "ImportStats",
    "OutcomeFile",
    "RowError",
    "RowFailure",
    "RowOutcome",
    "check_columns",
    "contact_fields",
    "contact_from_row",
    "email_problem",
]

#: Contacts per legacy bulk-create request in ``fast`` mode.
DEFAULT_CHUNK_SIZE = 100

#: A contact whose ``created_at`` is older than this (by the server's clock) existed before.
_FRESH = timedelta(seconds=2)

Status = Literal[
    "created", "updated", "weak_match", "unchanged", "failed", "duplicate", "already_imported"
]
#: Statuses of rows the API confirmed: the contact is in GetSales.
CONFIRMED: frozenset[str] = frozenset({"created", "updated", "weak_match", "unchanged"})

#: Errors after which no further row can succeed: the import stops on them.
_FATAL = (
    AuthenticationError,
    PermissionDeniedError,
    PaymentRequiredError,
    NotFoundError,
    RateLimitError,
)

FAST_NO_UPDATE = (
    "fast mode cannot keep existing contacts unchanged: the legacy bulk create updates every "
    "contact it matches and has no flag to stop it; import without fast mode to skip updates"
)


class InvalidRowError(ValueError):
    """A row that cannot be sent at all (no identifier, malformed tags or custom fields)."""


@attrs.frozen
class RowError:
    """Why a row failed, in a form that survives being written to a file."""

    type: str
    message: str
    status: int | None = None
    reason: str | None = None
    fields: Any = None
    duplicate_of: int | None = None
    contact_uuid: str | None = None

    @classmethod
    def from_exception(cls, exc: Exception) -> RowError:
        if isinstance(exc, APIStatusError):
            return cls(
                type=type(exc).__name__,
                message=str(getattr(exc, "message", "") or exc),
                status=exc.status_code,
                reason=getattr(exc, "reason", None),
                fields=_field_errors(exc),
            )
        return cls(type=type(exc).__name__, message=str(exc) or type(exc).__name__)

    def to_dict(self) -> dict[str, Any]:
        return {name: value for name, value in attrs.asdict(self).items() if value is not None}


@attrs.frozen
class RowFailure:
    """A row that was not imported, and why."""

    row: SourceRow
    error: RowError

    def to_record(self) -> dict[str, Any]:
        """The JSON Lines record of this failure; reading it back yields the original row."""
        record: dict[str, Any] = {
            "source": self.row.source,
            "row_number": self.row.row_number,
            "row": dict(self.row.values),
        }
        if self.row.raw is not None:
            record["raw"] = self.row.raw
        record["error"] = self.error.to_dict()
        return record


@attrs.frozen
class RowOutcome:
    """What happened to one row (see the module docs for the statuses)."""

    row: SourceRow
    status: Status
    contact_uuid: str | None = None
    error: RowError | None = None

    def to_record(self) -> dict[str, Any]:
        record: dict[str, Any] = {
            "source": self.row.source,
            "row_number": self.row.row_number,
            "status": self.status,
        }
        if self.contact_uuid is not None:
            record["contact_uuid"] = self.contact_uuid
        if self.error is not None:
            record["error"] = self.error.to_dict()
        return record


@attrs.define
class ImportStats:
    """Running totals of an import; read it at any time (e.g. after Ctrl-C).

    ``in_flight`` counts rows sent whose answer has not been settled: after an
    interruption their outcome is unknown. ``requests`` counts the requests the importer
    made (retries inside the client not included), ``rows_sent`` the rows in them (a row
    sent twice counts twice).
    """

    total: int | None = None
    created: int = 0
    updated: int = 0
    weak_matches: int = 0
    unchanged: int = 0
    failed: int = 0
    duplicates: int = 0
    already_imported: int = 0
    in_flight: int = 0
    requests: int = 0
    rows_sent: int = 0

    @property
    def imported(self) -> int:
        """Rows confirmed by the API in this run."""
        return self.created + self.updated + self.weak_matches + self.unchanged

    @property
    def processed(self) -> int:
        return self.imported + self.failed + self.duplicates + self.already_imported

    def count(self, status: Status) -> None:
        name = {
            "weak_match": "weak_matches",
            "failed": "failed",
            "duplicate": "duplicates",
        }.get(status, status)
        setattr(self, name, getattr(self, name) + 1)


@attrs.frozen
class _Prepared:
    """A row turned into an upsert payload, or the outcome it has without any request."""

    row: SourceRow
    lead: dict[str, Any] = attrs.field(factory=dict)
    custom_fields: dict[str, Any] = attrs.field(factory=dict)
    local: RowOutcome | None = None
    strong: tuple[tuple[str, str], ...] = ()
    weak_only: bool = False
    has_company: bool = False
    collides_with: tuple[str, int] | None = None


def check_columns(columns: Iterable[str], mapper: ColumnMapper | None = None) -> None:
    """Raise :class:`ColumnError` unless the columns describe contacts that can be upserted."""
    (mapper or ColumnMapper()).check(columns)


class FailureFile:
    """Writes failed rows as JSON Lines records, creating the file at the first failure.

    Every record is flushed as it is written, so an interrupted import leaves a complete
    file. An existing file is replaced (when the run has failures to write).
    """

    def __init__(self, path: str | os.PathLike[str]):
        self.path = os.fspath(path)
        self.written = 0
        self._handle: IO[str] | None = None

    def write(self, failure: RowFailure) -> None:
        if self._handle is None:
            self._handle = open(self.path, "w", encoding="utf-8")
        self._handle.write(json.dumps(failure.to_record(), ensure_ascii=False) + "\n")
        self._handle.flush()
        self.written += 1

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
            self._handle = None

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class OutcomeFile(FailureFile):
    """Writes every row's :class:`RowOutcome` (status, contact uuid, error) as JSON Lines."""

    def write_outcome(self, outcome: RowOutcome) -> None:
        if self._handle is None:
            self._handle = open(self.path, "w", encoding="utf-8")
        self._handle.write(json.dumps(outcome.to_record(), ensure_ascii=False) + "\n")
        self.written += 1


class ContactImporter:
    """Upserts rows of contacts into one list with bounded concurrency and full accounting.

    ``client`` is an authenticated client from :func:`getsales_extras.create_client` (its
    transport does the pacing). ``update_if_exists`` and ``move_to_list`` are passed to
    every upsert. ``columns`` maps input columns to contact fields (default: the common
    spellings). ``journal`` (an :class:`~getsales_extras.journal.ImportJournal`) skips rows
    an earlier run confirmed and records this run's. ``on_failure`` receives each failed or
    duplicate row; ``on_outcome`` every row's :class:`RowOutcome`; ``on_progress`` the
    running :class:`ImportStats` after each row (or chunk) is settled. ``stats`` (pass your
    own object to keep a handle on it) stays readable after the run, also when it was
    cancelled.
    """

    def __init__(
        self,
        client: Any,
        list_uuid: str,
        *,
        update_if_exists: bool = True,
        move_to_list: bool = False,
        concurrency: int = DEFAULT_CONCURRENCY,
        fast: bool = False,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
        columns: ColumnMapper | None = None,
        refuse_weak_matches: bool = False,
        check_emails: bool = True,
        journal: ImportJournal | None = None,
        on_failure: Callable[[RowFailure], object] | None = None,
        on_outcome: Callable[[RowOutcome], object] | None = None,
        on_progress: Callable[[ImportStats], object] | None = None,
        stats: ImportStats | None = None,
    ):
        try:
            uuid.UUID(list_uuid)
        except (ValueError, TypeError, AttributeError):
            raise ValueError(f"list_uuid must be a list's UUID, got {list_uuid!r}") from None
        if not 1 <= chunk_size <= 100:
            raise ValueError(f"chunk_size must be between 1 and 100, got {chunk_size}")
        if fast and not update_if_exists:
            raise ValueError(FAST_NO_UPDATE)
        self.client = client
        self.list_uuid = list_uuid
        self.update_if_exists = update_if_exists
        self.move_to_list = move_to_list
        self.concurrency = concurrency
        self.fast = fast
        self.chunk_size = chunk_size
        self.columns = columns or ColumnMapper()
        self.refuse_weak_matches = refuse_weak_matches
        self.check_emails = check_emails
        self.journal = journal
        self.on_failure = on_failure
        self.on_outcome = on_outcome
        self.on_progress = on_progress
        self.stats = stats if stats is not None else ImportStats()
        # Identifiers seen in this input, to report duplicates: (kind, key) -> first row.
        self._seen: dict[tuple[str, str], tuple[str, int]] = {}
        self._uuid_by_row: dict[tuple[str, int], str] = {}
        self._in_flight: set[int] = set()
        self._contacts_seen: set[str] = set()

    async def run(self, rows: Iterable[SourceRow], *, total: int | None = None) -> ImportStats:
        """Import ``rows``; returns the final :class:`ImportStats` (also kept in ``stats``).

        Raises the fatal API errors (see the module docs); every other failure is a failed
        row. ``total``, when known, is only reported back through ``stats.total``.
        """
        self.stats.total = total
        prepared = (self._prepare(row) for row in rows)
        if self.fast:
            await for_each_outcome(
                self._import_chunk,
                _chunks(prepared, self.chunk_size),
                self._settle,
                concurrency=self.concurrency,
            )
        else:
            await for_each_outcome(
                self._import_one, prepared, self._settle, concurrency=self.concurrency
            )
        return self.stats

    # --- before any request -------------------------------------------------------------------

    def _prepare(self, row: SourceRow) -> _Prepared:
        if row.problem is not None:
            return _failed_locally(row, "UnreadableRow", row.problem)
        try:
            lead, custom_fields = contact_from_row(self.columns.apply(row.values))
        except (InvalidRowError, ColumnError) as exc:
            return _failed_locally(row, "InvalidRow", str(exc))
        if self.check_emails:
            malformed = {
                name: [f"{lead[name]!r} is not an e-mail address ({problem})"]
                for name in _EMAIL_FIELDS
                if isinstance(lead.get(name), str) and (problem := email_problem(lead[name]))
            }
            if malformed:
                message = next(iter(malformed.values()))[0]
                error = RowError(type="InvalidEmail", message=message, fields=malformed)
                return _Prepared(row, local=RowOutcome(row, "failed", error=error))
        strong = _strong_identifiers(lead)
        weak = _weak_identifier(lead)
        here = (row.source, row.row_number)
        if self.journal is not None and self.journal.is_done(row):
            self._register(strong, weak, here)
            return _Prepared(row, local=RowOutcome(row, "already_imported"))
        for kind, key in strong:
            earlier = self._seen.get((kind, key))
            if earlier is not None:
                return _duplicate(row, earlier, _LABELS[kind], key)
        if not strong and weak is not None and ("name", weak) in self._seen:
            return _duplicate(row, self._seen[("name", weak)], "name and company", weak)
        collides = self._seen.get(("name", weak)) if strong and weak is not None else None
        self._register(strong, weak, here)
        if self.refuse_weak_matches and not strong:
            return _failed_locally(
                row,
                "WeakMatchRefused",
                "no e-mail or LinkedIn id: name + company alone may match another person "
                "(weak matches are refused)",
            )
        if self.refuse_weak_matches and self.fast and collides is not None:
            # Upsert mode asks GetSales first (see _upsert); the bulk create cannot be asked.
            return _failed_locally(
                row,
                "WeakMatchRefused",
                f"same name and company as row {collides[1]} but another e-mail/LinkedIn id: "
                "GetSales would merge the two (weak matches are refused)",
            )
        return _Prepared(
            row,
            lead,
            custom_fields,
            strong=strong,
            weak_only=not strong,
            has_company=weak is not None,
            collides_with=collides,
        )

    def _register(
        self, strong: Sequence[tuple[str, str]], weak: str | None, here: tuple[str, int]
    ) -> None:
        for key in strong:
            self._seen.setdefault(key, here)
        if weak is not None:
            self._seen.setdefault(("name", weak), here)

    # --- requests -----------------------------------------------------------------------------

    def _sending(self, items: Sequence[_Prepared]) -> None:
        fresh = [item for item in items if id(item.row) not in self._in_flight]
        for item in fresh:
            self._in_flight.add(id(item.row))
        self.stats.in_flight += len(fresh)
        if self.journal is not None:
            self.journal.mark_sent([item.row for item in items])
        self.stats.requests += 1
        self.stats.rows_sent += len(items)

    async def _import_one(self, item: _Prepared) -> list[RowOutcome]:
        if item.local is not None:
            return [item.local]
        return [await self._upsert(item)]

    async def _import_chunk(self, chunk: list[_Prepared]) -> list[RowOutcome]:
        results = [item.local for item in chunk if item.local is not None]
        pending = [item for item in chunk if item.local is None]
        with requires("createLeads", "ContactImporter"):
            from getsales_client.api.leads_contacts import create_leads
            from getsales_client.models import CreateLeadsBody
        while pending:
            body = CreateLeadsBody.from_dict(
                {"list_uuid": self.list_uuid, "leads": [_payload_lead(i) for i in pending]}
            )
            self._sending(pending)
            try:
                response = await create_leads.asyncio_detailed(client=self.client, body=body)
            except _FATAL:
                raise
            except ValidationError as exc:
                named = _rows_named(exc.field_errors, len(pending))
                if named is None:
                    results += [await self._upsert(item) for item in pending]
                    return results
                for index, fields in named.items():
                    first = next(iter(fields.values()), ["rejected"])
                    error = RowError(
                        type=type(exc).__name__,
                        message=first[0] if first else "rejected",
                        status=exc.status_code,
                        reason=getattr(exc, "reason", None),
                        fields=fields,
                    )
                    results.append(RowOutcome(pending[index].row, "failed", error=error))
                pending = [item for index, item in enumerate(pending) if index not in named]
                continue
            except GetSalesError:
                # Rejected as a whole, or possibly half-applied: settle each row on its own.
                # Upsert finds any contact the chunk did create, so nothing is duplicated.
                results += [await self._upsert(item) for item in pending]
                return results
            # The contacts come back in request order.
            returned = [lead.to_dict() for lead in response.parsed]
            date = _server_date(response)
            contacts: set[str] = set()
            for position, item in enumerate(pending):
                lead = returned[position] if position < len(returned) else None
                settled = self._classify(item, lead, date, updated=True)
                if settled.status == "created" and settled.contact_uuid in contacts:
                    # Two rows of one chunk, one contact: the later row matched the earlier.
                    again: Status = "weak_match" if item.collides_with else "updated"
                    settled = RowOutcome(item.row, again, settled.contact_uuid)
                if settled.contact_uuid is not None:
                    contacts.add(settled.contact_uuid)
                results.append(settled)
            return results
        return results

    async def _upsert(self, item: _Prepared) -> RowOutcome:
        if item.local is not None:
            return item.local
        check_first = self.refuse_weak_matches and item.has_company
        try:
            lead, date = await self._send_upsert(
                item, update=self.update_if_exists and not check_first
            )
            if not check_first:
                return self._classify(item, lead, date, updated=self.update_if_exists)
            # Sent with updates off: nothing was changed yet. Look at what GetSales matched.
            if not _shares_identifier(item.strong, lead):
                return RowOutcome(
                    item.row,
                    "failed",
                    _uuid_of(lead),
                    RowError(
                        type="WeakMatchRefused",
                        message=f"GetSales matched contact {_uuid_of(lead)} ({_who(lead)}) on "
                        "name + company only; it has none of this row's e-mails or LinkedIn "
                        "ids, so it was left unchanged (weak matches are refused)",
                        contact_uuid=_uuid_of(lead),
                    ),
                )
            if self._created_here(lead, date):
                return RowOutcome(item.row, "created", _uuid_of(lead))
            if not self.update_if_exists:
                return RowOutcome(item.row, "unchanged", _uuid_of(lead))
            lead, date = await self._send_upsert(item, update=True)
            return RowOutcome(item.row, "updated", _uuid_of(lead))
        except _FATAL:
            raise
        except GetSalesError as exc:
            return RowOutcome(item.row, "failed", error=RowError.from_exception(exc))

    async def _send_upsert(
        self, item: _Prepared, *, update: bool
    ) -> tuple[dict[str, Any] | None, datetime | None]:
        payload: dict[str, Any] = {
            "lead": item.lead,
            "list_uuid": self.list_uuid,
            "update_if_exists": update,
            "move_to_list": self.move_to_list,
        }
        if item.custom_fields:
            payload["custom_fields"] = item.custom_fields
        with requires("upsertLead", "ContactImporter"):
            from getsales_client.api.leads_contacts import upsert_lead
            from getsales_client.models import UpsertLeadBody
        self._sending([item])
        response = await upsert_lead.asyncio_detailed(
            client=self.client, body=UpsertLeadBody.from_dict(payload)
        )
        return response.parsed.to_dict(), _server_date(response)

    def _classify(
        self, item: _Prepared, lead: dict[str, Any] | None, date: datetime | None, *, updated: bool
    ) -> RowOutcome:
        contact = _uuid_of(lead)
        if self._created_here(lead, date):
            return RowOutcome(item.row, "created", contact)
        weak = item.weak_only or (
            item.collides_with is not None
            and contact is not None
            and self._uuid_by_row.get(item.collides_with) == contact
        )
        if weak:
            return RowOutcome(item.row, "weak_match", contact)
        return RowOutcome(item.row, "updated" if updated else "unchanged", contact)

    def _created_here(self, lead: dict[str, Any] | None, date: datetime | None) -> bool:
        """Whether the request just answered created the contact (not an earlier row)."""
        contact = _uuid_of(lead)
        if contact is not None and contact in self._contacts_seen:
            return False
        return _freshly_created(lead, date)

    # --- after the answer ---------------------------------------------------------------------

    def _settle(self, outcome: Any) -> None:
        if outcome.error is not None:
            # A fatal API error, or a bug: stop the whole import with it.
            raise outcome.error
        done: list[tuple[SourceRow, str, str | None]] = []
        failed: list[SourceRow] = []
        for settled in outcome.result:
            row = settled.row
            if id(row) in self._in_flight:
                self._in_flight.discard(id(row))
                self.stats.in_flight -= 1
            self.stats.count(settled.status)
            if settled.contact_uuid is not None:
                self._uuid_by_row[(row.source, row.row_number)] = settled.contact_uuid
                self._contacts_seen.add(settled.contact_uuid)
            if settled.status in CONFIRMED:
                done.append((row, settled.status, settled.contact_uuid))
            elif settled.status in ("failed", "duplicate"):
                failed.append(row)
                if self.on_failure is not None and settled.error is not None:
                    self.on_failure(RowFailure(row, settled.error))
            if self.on_outcome is not None:
                self.on_outcome(settled)
        if self.journal is not None:
            if done:
                self.journal.mark_done(done)
            if failed:
                self.journal.forget(failed)
        if self.on_progress is not None:
            self.on_progress(self.stats)


# --- rows -------------------------------------------------------------------------------------

_LABELS = {"email": "e-mail", "linkedin": "LinkedIn id"}


def _failed_locally(row: SourceRow, kind: str, message: str) -> _Prepared:
    error = RowError(type=kind, message=message)
    return _Prepared(row, local=RowOutcome(row, "failed", error=error))


def _duplicate(row: SourceRow, first: tuple[str, int], label: str, value: str) -> _Prepared:
    where = f"row {first[1]}" if first[0] == row.source else f"row {first[1]} of {first[0]}"
    error = RowError(
        type="DuplicateRow",
        message=f"same {label} as {where} ({value}): the contact is imported once, from {where}",
        duplicate_of=first[1],
    )
    return _Prepared(row, local=RowOutcome(row, "duplicate", error=error))


def _payload_lead(item: _Prepared) -> dict[str, Any]:
    if item.custom_fields:
        return {**item.lead, "custom_fields": item.custom_fields}
    return item.lead


def _chunks(items: Iterable[_Prepared], size: int) -> Iterator[list[_Prepared]]:
    """Chunks of ``size`` rows to send (rows settled locally ride along for free)."""
    chunk: list[_Prepared] = []
    sendable = 0
    for item in items:
        chunk.append(item)
        if item.local is None:
            sendable += 1
        if sendable == size or len(chunk) >= 10 * size:
            yield chunk
            chunk = []
            sendable = 0
    if chunk:
        yield chunk


def contact_from_row(values: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
    """Split a row into the upsert's ``lead`` object and its ``custom_fields``.

    Blank values are left out, so an import never clears a field it has no value for.
    Raises :class:`InvalidRowError` for a row that cannot identify a contact.
    """
    known = set(contact_fields())
    lead: dict[str, Any] = {}
    custom: dict[str, Any] = {}
    for name, value in values.items():
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if name == "custom_fields":
            if not isinstance(value, Mapping):
                raise InvalidRowError("'custom_fields' must be an object of name: value")
            custom.update(value)
        elif name.startswith(CUSTOM_FIELD_PREFIX):
            custom[name[len(CUSTOM_FIELD_PREFIX) :]] = _scalar(name, value)
        elif name == "tags":
            lead["tags"] = _tags(value)
        elif name in known:
            lead[name] = _scalar(name, value)
        else:
            raise InvalidRowError(f"unknown column {name!r}")
    if not any(lead.get(name) for name in IDENTIFIERS) and not (
        any(lead.get(name) for name in NAME_FIELDS) and lead.get("company_name")
    ):
        raise InvalidRowError(
            "no identifier: give one of "
            + ", ".join(IDENTIFIERS)
            + " (or a name with company_name)"
        )
    return lead, custom


def _scalar(name: str, value: Any) -> Any:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, (bool, int, float)):
        return value
    raise InvalidRowError(f"{name!r} must be text or a number, got {type(value).__name__}")


def _tags(value: Any) -> list[str]:
    if isinstance(value, str):
        return [tag.strip() for tag in value.split(",") if tag.strip()]
    if isinstance(value, Sequence) and all(isinstance(tag, str) for tag in value):
        return [tag.strip() for tag in value if tag.strip()]
    raise InvalidRowError("'tags' must be comma-separated names or a list of names")


# --- identifiers --------------------------------------------------------------------------------

_EMAIL_FIELDS = ("email", "work_email", "personal_email")
_LINKEDIN_FIELDS = ("linkedin_id", "ln_member_id", "ln_id", "sn_id", "linkedin")


def _linkedin_key(value: str) -> str:
    text = value.strip().casefold().split("?", 1)[0].rstrip("/")
    if "linkedin.com/" in text:
        path = [part for part in text.split("linkedin.com/", 1)[1].split("/") if part]
        if len(path) >= 2 and path[0] == "in":
            return path[1]
        if len(path) >= 3 and path[0] == "sales":
            return path[2].split(",", 1)[0]
        return "/".join(path)
    return text


def _strong_identifiers(lead: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    keys: dict[tuple[str, str], None] = {}
    for name in _EMAIL_FIELDS:
        value = lead.get(name)
        if isinstance(value, str) and value.strip():
            keys[("email", value.strip().casefold())] = None
    for name in _LINKEDIN_FIELDS:
        value = lead.get(name)
        if isinstance(value, (str, int)) and not isinstance(value, bool) and str(value).strip():
            keys[("linkedin", _linkedin_key(str(value)))] = None
    return tuple(keys)


def _weak_identifier(lead: Mapping[str, Any]) -> str | None:
    name = lead.get("name")
    if not (isinstance(name, str) and name.strip()):
        parts = [lead.get("first_name"), lead.get("last_name")]
        name = " ".join(str(part).strip() for part in parts if part is not None and str(part))
    company = lead.get("company_name")
    if not name or not (isinstance(company, str) and company.strip()):
        return None
    return f"{' '.join(name.casefold().split())} @ {' '.join(company.casefold().split())}"


def email_problem(value: str) -> str | None:
    """Why ``value`` cannot be an e-mail address by the RFC, or None when it may be one.

    Only what every validator rejects is caught here (the API may be stricter still): a
    missing or doubled ``@``, an empty side, spaces, dots at the ends or doubled.
    """
    text = value.strip()
    local, at, domain = text.rpartition("@")
    if not at:
        return "no @"
    # A quoted local part ("john doe"@example.com) may hold spaces, dots and @ signs.
    quoted = len(local) >= 2 and local.startswith('"') and local.endswith('"')
    if any(char.isspace() for char in (domain if quoted else text)):
        return "it contains a space"
    if not local or not domain:
        return "nothing before the @" if not local else "nothing after the @"
    if "@" in local and not quoted:
        return "more than one @"
    for part, where in ((local, "before"), (domain, "after")):
        if part is local and quoted:
            continue
        if part.startswith(".") or part.endswith(".") or ".." in part:
            return f"misplaced dot {where} the @"
    if domain.startswith("-") or any(not (c.isalnum() or c in ".-[]:") for c in domain):
        return "the domain has characters a domain cannot have"
    return None


def _shares_identifier(strong: Sequence[tuple[str, str]], lead: Mapping[str, Any] | None) -> bool:
    """Whether the contact GetSales returned has one of the row's strong identifiers."""
    if lead is None:
        return False
    return bool(set(strong) & set(_strong_identifiers(lead)))


def _who(lead: Mapping[str, Any] | None) -> str:
    if lead is None:
        return "unknown"
    name = lead.get("name") or " ".join(
        str(lead[part]) for part in ("first_name", "last_name") if lead.get(part)
    )
    company = lead.get("company_name")
    return f"{name or 'no name'}" + (f" at {company}" if company else "")


# --- answers ----------------------------------------------------------------------------------


def _rows_named(fields: Mapping[str, Any], count: int) -> dict[int, dict[str, Any]] | None:
    """``{index: {field: messages}}`` when every error names a row of the chunk, else None."""
    named: dict[int, dict[str, Any]] = {}
    for name, messages in fields.items():
        parts = str(name).split(".", 2)
        if len(parts) < 2 or parts[0] != "leads" or not parts[1].isdigit():
            return None
        index = int(parts[1])
        if index >= count:
            return None
        field = parts[2] if len(parts) == 3 else "lead"
        named.setdefault(index, {})[field] = messages
    return named or None


def _uuid_of(lead: Mapping[str, Any] | None) -> str | None:
    if lead is None or lead.get("uuid") is None:
        return None
    return str(lead["uuid"])


def _server_date(response: Response[Any]) -> datetime | None:
    value = response.headers.get("date")
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(str(value))
    except (TypeError, ValueError):
        return None


def _parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)


def _freshly_created(lead: Mapping[str, Any] | None, server_date: datetime | None) -> bool:
    """Whether the contact of an answer was created by the request that got it: a contact
    updated after its creation, or created well before the answer's ``Date`` (the server's
    clock), existed already.
    """
    if lead is None:
        return True
    created_at, updated_at = lead.get("created_at"), lead.get("updated_at")
    if created_at and updated_at and created_at != updated_at:
        return False
    created = _parse_time(created_at)
    return not (created is not None and server_date is not None and created < server_date - _FRESH)


def _field_errors(exc: APIStatusError) -> Any:
    """The per-field messages of a validation error, if the server sent any."""
    for attribute in ("field_errors", "errors"):
        value = getattr(exc, attribute, None)
        if value and not callable(value):
            return value
    data = getattr(exc, "data", None)
    return data or None
