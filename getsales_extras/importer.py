"""Import contacts into a GetSales list: nothing overwritten, merged, blocked or resent by
surprise. README.md ("Importing contacts") says what each :class:`RowOutcome` status means."""

from __future__ import annotations

import json
import re
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import UTC, datetime, timedelta
from typing import IO, TYPE_CHECKING, Any, Literal

import anyio
import attrs

from getsales_extras import errors
from getsales_extras._io import SourceRow, StrPath, row_record
from getsales_extras._operations import requires
from getsales_extras.bulk import DEFAULT_CONCURRENCY, for_each_outcome
from getsales_extras.columns import ColumnError, ColumnMapper
from getsales_extras.identity import EMAIL_FIELDS, full_name, strong_keys, weak_key
from getsales_extras.journal import ImportJournal

if TYPE_CHECKING:
    from getsales_client.models import Lead

__all__ = [
    "FAST_NO_UPDATE",
    "ContactImporter",
    "FailureFile",
    "ImportStats",
    "RowError",
    "RowOutcome",
    "email_problem",
]

Status = Literal[
    "created", "updated", "weak_match", "unchanged", "failed", "duplicate", "already_imported"
]
#: Statuses of rows the API confirmed: the contact is in GetSales.
CONFIRMED = frozenset({"created", "updated", "weak_match", "unchanged"})
# After these no other row can succeed: they stop the import.
_FATAL = (
    errors.AuthenticationError,
    errors.PermissionDeniedError,
    errors.PaymentRequiredError,
    errors.NotFoundError,
    errors.RateLimitError,
)
FAST_NO_UPDATE = (
    "fast mode cannot keep existing contacts unchanged: the legacy bulk create updates every "
    "contact it matches and has no flag to stop it; import without fast mode to skip updates"
)
_REFUSED = "(weak matches are refused)"


@attrs.frozen
class RowError:
    """Why a row failed, in a form that survives being written to a file."""

    type: str
    message: str
    status: int | None = None
    reason: str | None = None
    fields: Any = None
    duplicate_of: int | None = None

    @classmethod
    def from_exception(cls, exc: Exception, fields: Mapping[str, Any] | None = None) -> RowError:
        """The error of a row; ``fields``: the messages a 422 gave for this row alone."""
        if not isinstance(exc, errors.APIStatusError):
            return cls(type(exc).__name__, str(exc) or type(exc).__name__)
        message = str(exc.message or exc)
        if fields is not None:
            message = next((messages[0] for messages in fields.values() if messages), "rejected")
        elif isinstance(exc, errors.ValidationError):
            fields = exc.field_errors
        fields = fields or exc.data or None
        return cls(type(exc).__name__, message, exc.status_code, exc.reason, fields)


@attrs.frozen
class RowOutcome:
    """What happened to one row (README.md explains the statuses)."""

    row: SourceRow
    status: Status
    contact_uuid: str | None = None
    error: RowError | None = None

    def to_record(self) -> dict[str, Any]:
        """The JSON Lines record of the row; reading it back yields the original row."""
        error = attrs.asdict(self.error, filter=lambda _, v: v is not None) if self.error else None
        return row_record(self.row, status=self.status, contact_uuid=self.contact_uuid, error=error)


@attrs.define
class ImportStats:
    """Running totals of an import (pass your own to read them after Ctrl-C): ``in_flight`` rows
    sent, not settled (of unknown outcome if interrupted), ``requests`` the importer's (not the
    client's retries), ``rows_sent`` the rows in them (a row sent twice counts twice)."""

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
        return self.created + self.updated + self.weak_matches + self.unchanged

    @property
    def processed(self) -> int:
        return self.imported + self.failed + self.duplicates + self.already_imported

    def count(self, status: Status) -> None:
        name = {"weak_match": "weak_matches", "duplicate": "duplicates"}.get(status, status)
        setattr(self, name, getattr(self, name) + 1)


class FailureFile(AbstractContextManager["FailureFile"]):
    """Writes :class:`RowOutcome` records as JSON Lines, each flushed, creating (or replacing)
    the file at the first one: a clean run leaves none, an interrupted one a complete file."""

    def __init__(self, path: StrPath) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    def write(self, outcome: RowOutcome) -> None:
        if self._handle is None:
            self._handle = open(self.path, "w", encoding="utf-8")
        print(json.dumps(outcome.to_record(), ensure_ascii=False), file=self._handle, flush=True)

    def close(self) -> None:
        """Close the file (a later ``write`` raises ValueError rather than start it afresh)."""
        if self._handle is not None:
            self._handle.close()

    def __exit__(self, *exc_info: object) -> None:
        self.close()


@attrs.frozen
class _Prepared:
    """A row turned into a payload, or the outcome it has without any request."""

    row: SourceRow
    lead: dict[str, Any] = attrs.field(factory=dict)
    custom_fields: dict[str, Any] = attrs.field(factory=dict)
    strong: tuple[tuple[str, str], ...] = ()
    collides_with: tuple[str, int] | None = None
    # Set once the row it collides with is settled: only then can its match be told apart.
    after: anyio.Event | None = None
    local: RowOutcome | None = None


def _local(row: SourceRow, kind: str, message: str, **error: Any) -> _Prepared:
    status: Status = "duplicate" if kind == "DuplicateRow" else "failed"
    return _Prepared(row, local=RowOutcome(row, status, error=RowError(kind, message, **error)))


@attrs.define
class ContactImporter:
    """Upserts rows of contacts into one list; README.md ("Many calls at once") has the options."""

    client: Any
    list_uuid: str
    update_if_exists: bool = attrs.field(default=True, kw_only=True)
    concurrency: int = attrs.field(default=DEFAULT_CONCURRENCY, kw_only=True)
    fast: bool = attrs.field(default=False, kw_only=True)
    chunk_size: int = attrs.field(default=100, kw_only=True)  # contacts per bulk-create request
    columns: ColumnMapper = attrs.field(factory=ColumnMapper, kw_only=True)
    refuse_weak_matches: bool = attrs.field(default=False, kw_only=True)
    journal: ImportJournal | None = attrs.field(default=None, kw_only=True)
    on_failure: Callable[[RowOutcome], object] | None = attrs.field(default=None, kw_only=True)
    on_outcome: Callable[[RowOutcome], object] | None = attrs.field(default=None, kw_only=True)
    on_progress: Callable[[ImportStats], object] | None = attrs.field(default=None, kw_only=True)
    stats: ImportStats = attrs.field(factory=ImportStats, kw_only=True)
    # Identifiers seen in this input, to report duplicates: (kind, key) -> first row.
    _seen: dict[tuple[str, str], tuple[str, int]] = attrs.field(factory=dict, init=False)
    # Contact -> the rows that ended in it, to tell matches from creations.
    _rows_by_contact: dict[str, list[tuple[str, int]]] = attrs.field(factory=dict, init=False)
    _in_flight: set[int] = attrs.field(factory=set, init=False)
    # Rows prepared and not settled yet, each with the event that rows colliding with it wait for.
    _unsettled: dict[tuple[str, int], anyio.Event] = attrs.field(factory=dict, init=False)

    def __attrs_post_init__(self) -> None:
        try:
            uuid.UUID(self.list_uuid)
        except (ValueError, TypeError, AttributeError):
            raise ValueError(f"list_uuid must be a list's UUID, got {self.list_uuid!r}") from None
        if not 1 <= self.chunk_size <= 100:
            raise ValueError(f"chunk_size must be between 1 and 100, got {self.chunk_size}")
        if self.fast and not self.update_if_exists:
            raise ValueError(FAST_NO_UPDATE)

    async def run(self, rows: Iterable[SourceRow], *, total: int | None = None) -> ImportStats:
        """Import ``rows`` (``total`` only sets ``stats.total``); fatal API errors are raised."""
        self.stats.total = total
        prepared = (self._prepare(row) for row in rows)
        chunks = _chunks(prepared, self.chunk_size) if self.fast else ([item] for item in prepared)
        send = self._import_chunk if self.fast else self._import_one
        await for_each_outcome(send, chunks, self._settle, concurrency=self.concurrency)
        return self.stats

    def _prepare(self, row: SourceRow) -> _Prepared:
        if row.problem is not None:
            return _local(row, "UnreadableRow", row.problem)
        try:
            lead, custom_fields = self.columns.contact(row.values)
        except ColumnError as exc:
            return _local(row, "InvalidRow", str(exc))
        malformed = {
            name: [f"{lead[name]!r} is not an e-mail address ({problem})"]
            for name in EMAIL_FIELDS
            if isinstance(lead.get(name), str) and (problem := email_problem(lead[name]))
        }
        if malformed:
            return _local(row, "InvalidEmail", next(iter(malformed.values()))[0], fields=malformed)
        strong, weak = strong_keys(lead), weak_key(lead)
        keys = [*strong, *([("name", weak)] if weak is not None else [])]
        done = self.journal is not None and self.journal.is_done(row)
        # The same contact as an earlier row: by a strong identifier, else by name + company.
        for kind, key in strong or keys:
            if not done and (first := self._seen.get((kind, key))) is not None:
                label = {"email": "e-mail", "linkedin": "LinkedIn id"}.get(kind, "name and company")
                where = f"row {first[1]}" + (f" of {first[0]}" if first[0] != row.source else "")
                why = f"same {label} as {where} ({key}): the contact is imported once, from {where}"
                return _local(row, "DuplicateRow", why, duplicate_of=first[1])
        collides = self._seen.get(keys[-1]) if strong and weak is not None else None
        for identifier in keys:
            self._seen.setdefault(identifier, (row.source, row.row_number))
        if done:
            return _Prepared(row, local=RowOutcome(row, "already_imported"))
        if self.refuse_weak_matches and not strong:
            why = "no e-mail or LinkedIn id: name + company alone may match another person"
            return _local(row, "WeakMatchRefused", f"{why} {_REFUSED}")
        if self.refuse_weak_matches and self.fast and collides is not None:
            # Upsert mode asks GetSales first (see _upsert); the bulk create cannot be asked.
            why = f"same name and company as row {collides[1]} but another e-mail/LinkedIn id"
            why += f": GetSales would merge the two {_REFUSED}"
            return _local(row, "WeakMatchRefused", why)
        after = self._unsettled.get(collides) if collides is not None else None
        self._unsettled[(row.source, row.row_number)] = anyio.Event()
        return _Prepared(row, lead, custom_fields, strong, collides, after)

    def _sending(self, items: Sequence[_Prepared]) -> None:
        self._in_flight |= {id(item.row) for item in items}
        self.stats.in_flight = len(self._in_flight)
        if self.journal is not None:
            self.journal.mark([item.row for item in items], "sent")
        self.stats.requests += 1
        self.stats.rows_sent += len(items)

    async def _import_one(self, chunk: list[_Prepared]) -> list[RowOutcome]:
        return [self._remember(await self._upsert(item)) for item in chunk]

    async def _import_chunk(self, chunk: list[_Prepared]) -> list[RowOutcome]:
        results = [item.local for item in chunk if item.local is not None]
        pending = [item for item in chunk if item.local is None]
        with requires("createLeads", "ContactImporter"):
            from getsales_client.api.leads_contacts import create_leads
            from getsales_client.models import CreateLeadsBody
        own = {(item.row.source, item.row.row_number) for item in pending}
        for item in pending:  # rows of this chunk are told apart in order, once it is answered
            if item.after is not None and item.collides_with not in own:
                await item.after.wait()
        while pending:
            leads = [_with_custom_fields(item.lead, item.custom_fields) for item in pending]
            body = CreateLeadsBody.from_dict({"list_uuid": self.list_uuid, "leads": leads})
            self._sending(pending)
            try:
                response = await create_leads.asyncio_detailed(client=self.client, body=body)
            except _FATAL:
                raise
            except errors.GetSalesError as exc:
                named = _rows_named(exc, len(pending))
                if named is None:
                    # Rejected as a whole, or possibly half-applied: settle each row on its
                    # own (upsert finds any contact the chunk did create: no duplicates).
                    return results + await self._import_one(pending)
                for index, fields in named.items():
                    error = RowError.from_exception(exc, fields)
                    failed = RowOutcome(pending[index].row, "failed", error=error)
                    results.append(self._remember(failed))
                pending = [item for index, item in enumerate(pending) if index not in named]
            else:
                returned = response.parsed
                date = errors.parse_http_date(response.headers.get("date"))
                for item, lead in zip(pending, returned, strict=False):  # in request order
                    # Remembered at once: a later row of the chunk may have matched this contact.
                    results.append(self._remember(self._classify(item, lead, date)))
                # Rows the answer does not account for are settled on their own, not assumed.
                return results + await self._import_one(pending[len(returned) :])
        return results

    async def _upsert(self, item: _Prepared) -> RowOutcome:
        if item.local is not None:
            return item.local
        if item.after is not None:
            await item.after.wait()
        check_first = self.refuse_weak_matches and weak_key(item.lead) is not None
        try:
            lead, date = await self._send_upsert(item, self.update_if_exists and not check_first)
            if not check_first:
                return self._classify(item, lead, date)
            # Sent with updates off: nothing was changed yet. Look at what GetSales matched.
            matched = lead.to_dict()
            if not set(item.strong) & set(strong_keys(matched)):
                who = full_name(matched) or "no name"
                who += f" at {lead.company_name}" if lead.company_name else ""
                why = (
                    f"GetSales matched contact {lead.uuid} ({who}) on name + company "
                    "only; it has none of this row's e-mails or LinkedIn ids, so it was left "
                    f"unchanged {_REFUSED}"
                )
                return RowOutcome(item.row, "failed", lead.uuid, RowError("WeakMatchRefused", why))
            if self._created_here(lead, date):
                return RowOutcome(item.row, "created", lead.uuid)
            if not self.update_if_exists:
                return RowOutcome(item.row, "unchanged", lead.uuid)
            lead, date = await self._send_upsert(item, True)
            return RowOutcome(item.row, "updated", lead.uuid)
        except _FATAL:
            raise
        except errors.GetSalesError as exc:
            return RowOutcome(item.row, "failed", error=RowError.from_exception(exc))

    async def _send_upsert(self, item: _Prepared, update: bool) -> tuple[Lead, datetime | None]:
        payload = {"lead": item.lead, "list_uuid": self.list_uuid, "update_if_exists": update}
        with requires("upsertLead", "ContactImporter"):
            from getsales_client.api.leads_contacts import upsert_lead
            from getsales_client.models import UpsertLeadBody
        body = UpsertLeadBody.from_dict(_with_custom_fields(payload, item.custom_fields))
        self._sending([item])
        response = await upsert_lead.asyncio_detailed(client=self.client, body=body)
        return response.parsed, errors.parse_http_date(response.headers.get("date"))

    def _classify(self, item: _Prepared, lead: Lead, date: datetime | None) -> RowOutcome:
        contact = lead.uuid
        if self._created_here(lead, date):
            return RowOutcome(item.row, "created", contact)
        if not item.strong or item.collides_with in self._rows_by_contact.get(contact, ()):
            return RowOutcome(item.row, "weak_match", contact)
        return RowOutcome(item.row, "updated" if self.update_if_exists else "unchanged", contact)

    def _created_here(self, lead: Lead, date: datetime | None) -> bool:
        """Whether the request just answered created the contact (not an earlier row): not if
        updated since, or created over 2 s before the answer's ``Date`` (the server's clock)."""
        created, updated = lead.created_at, lead.updated_at
        if lead.uuid in self._rows_by_contact or (created and updated and created != updated):
            return False
        if not isinstance(created, datetime) or date is None:
            return True
        return created.replace(tzinfo=created.tzinfo or UTC) >= date - timedelta(seconds=2)

    def _remember(self, outcome: RowOutcome) -> RowOutcome:
        """Note the contact a row ended in, to tell later rows' matches from creations, and
        release the rows waiting for it (at once: rows of its own chunk may be among them)."""
        key = (outcome.row.source, outcome.row.row_number)
        if (event := self._unsettled.pop(key, None)) is not None:
            event.set()
        if outcome.contact_uuid is not None:
            self._rows_by_contact.setdefault(outcome.contact_uuid, []).append(key)
        return outcome

    def _settle(self, outcome: Any) -> None:
        if outcome.error is not None:
            raise outcome.error  # a fatal API error, or a bug: it stops the whole import
        settled: list[RowOutcome] = outcome.result
        for each in settled:
            self._in_flight.discard(id(each.row))
            self.stats.in_flight = len(self._in_flight)
            self.stats.count(each.status)
            if each.status in ("failed", "duplicate") and self.on_failure is not None:
                self.on_failure(each)
            if self.on_outcome is not None:
                self.on_outcome(each)
        if self.journal is not None:
            self.journal.mark([each.row for each in settled if each.status in CONFIRMED], "done")
            failed = [each.row for each in settled if each.status in ("failed", "duplicate")]
            self.journal.mark(failed, "failed")
        if self.on_progress is not None:
            self.on_progress(self.stats)


def _chunks(items: Iterable[_Prepared], size: int) -> Iterator[list[_Prepared]]:
    """Chunks of ``size`` rows to send (rows settled locally ride along for free)."""
    chunk: list[_Prepared] = []
    sendable = 0
    for item in items:
        chunk.append(item)
        sendable += item.local is None
        if sendable == size or len(chunk) >= 10 * size:
            yield chunk
            chunk, sendable = [], 0
    if chunk:
        yield chunk


def email_problem(value: str) -> str | None:
    """Why ``value`` cannot be an e-mail address by the RFC, or None when it may be one: only
    what every validator rejects is caught (the API may be stricter still)."""
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
    for part, where, checked in ((local, "before", not quoted), (domain, "after", True)):
        if checked and (part.startswith(".") or part.endswith(".") or ".." in part):
            return f"misplaced dot {where} the @"
    if domain.startswith("-") or any(not (c.isalnum() or c in ".-[]:") for c in domain):
        return "the domain has characters a domain cannot have"
    return None


def _with_custom_fields(body: Mapping[str, Any], fields: dict[str, Any]) -> Mapping[str, Any]:
    return {**body, "custom_fields": fields} if fields else body


def _rows_named(exc: Exception, count: int) -> dict[int, dict[str, Any]] | None:
    """``{index: {field: messages}}`` when a 422's every error names a row of the chunk."""
    named: dict[int, dict[str, Any]] = {}
    fields = exc.field_errors if isinstance(exc, errors.ValidationError) else {}
    for name, messages in fields.items():
        match = re.fullmatch(r"leads\.(\d+)(?:\.(.+))?", str(name))
        if match is None or int(match[1]) >= count:
            return None
        named.setdefault(int(match[1]), {})[match[2] or "lead"] = messages
    return named or None
