"""Import contacts into a GetSales list from rows, losing none and importing none twice.

Each row becomes one ``upsert`` of a contact into the target list. Upsert finds an existing
contact by its identifiers (LinkedIn ids, then emails, then name with company) and updates
it instead of creating a second one, which is what makes an import safe to run again:
after a crash, a Ctrl-C or a fix to the failed rows, re-running the same command updates
what is already there. At 300 requests per minute that is 5 rows a second; ``fast=True``
uses the legacy bulk create instead (up to 100 contacts per request). When GetSales rejects
a chunk, its rows are retried one by one through upsert, so the good rows still get in, the
bad ones are reported individually, and rows of a chunk that may have been half-applied are
not duplicated.

Every row ends as created, updated or failed. A failed row is handed to ``on_failure`` as a
:class:`RowFailure`; :class:`FailureFile` writes those as JSON Lines records holding the
original row, its row number and source file, and the error (type, HTTP status, message,
field errors). Such a file can be edited and imported again as is.

Errors that make every further row pointless (a revoked key, no permission, no credits, the
list does not exist) stop the import and propagate instead of failing each row.

Columns: the contact fields of the upsert operation (``email``, ``linkedin_id``,
``first_name``, ``company_name``...), ``tags`` (comma-separated names, or a JSON array) and
custom fields as ``custom_fields.<name>`` (or a ``custom_fields`` object in JSON Lines).
"""

from __future__ import annotations

import functools
import json
import os
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from types import TracebackType
from typing import IO, Any, Literal

import attrs

from getsales_client.api.leads_contacts import create_leads, upsert_lead
from getsales_client.models import CreateLeadsBody, LeadInput, UpsertLeadBody
from getsales_extras._io import SourceRow
from getsales_extras.bulk import DEFAULT_CONCURRENCY, for_each_outcome
from getsales_extras.errors import (
    APIStatusError,
    AuthenticationError,
    GetSalesError,
    NotFoundError,
    PaymentRequiredError,
    PermissionDeniedError,
    RateLimitError,
)

__all__ = [
    "ContactImporter",
    "FailureFile",
    "ImportStats",
    "RowError",
    "RowFailure",
    "check_columns",
    "contact_fields",
]

#: Contacts per legacy bulk-create request in ``fast`` mode.
DEFAULT_CHUNK_SIZE = 100

CUSTOM_FIELD_PREFIX = "custom_fields."

#: Any one of these identifies a contact on its own.
_IDENTIFIERS = (
    "linkedin_id",
    "ln_member_id",
    "ln_id",
    "sn_id",
    "linkedin",
    "email",
    "work_email",
    "personal_email",
)
#: Or a name together with the company name.
_NAME_FIELDS = ("name", "first_name", "last_name")

Result = Literal["created", "updated"]

#: Errors after which no further row can succeed: the import stops on them.
_FATAL = (
    AuthenticationError,
    PermissionDeniedError,
    PaymentRequiredError,
    NotFoundError,
    RateLimitError,
)


class ColumnError(ValueError):
    """The input's columns cannot describe contacts (unknown names, no identifier)."""


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
        return {
            "source": self.row.source,
            "row_number": self.row.row_number,
            "row": dict(self.row.values),
            "error": self.error.to_dict(),
        }


@attrs.define
class ImportStats:
    """Running totals of an import; read it at any time (e.g. after Ctrl-C)."""

    total: int | None = None
    created: int = 0
    updated: int = 0
    failed: int = 0

    @property
    def processed(self) -> int:
        return self.created + self.updated + self.failed


@attrs.frozen
class _Prepared:
    """A row turned into an upsert payload, or the reason it cannot be sent."""

    row: SourceRow
    lead: dict[str, Any]
    custom_fields: dict[str, Any]
    problem: str | None = None


@attrs.frozen
class _RowResult:
    row: SourceRow
    result: Result | None
    error: RowError | None = None


@functools.cache
def contact_fields() -> tuple[str, ...]:
    """The contact fields an input column may name: those of the upsert body's ``lead``."""
    return tuple(
        field.name.rstrip("_")
        for field in attrs.fields(LeadInput)
        if field.name not in ("additional_properties", "custom_fields")
    )


def check_columns(columns: Iterable[str]) -> None:
    """Raise :class:`ColumnError` unless the columns describe contacts that can be upserted."""
    columns = list(columns)
    known = set(contact_fields())
    unknown = [
        name
        for name in columns
        if name not in known
        and name != "custom_fields"
        and not name.startswith(CUSTOM_FIELD_PREFIX)
    ]
    if unknown:
        listed = ", ".join(repr(name) for name in unknown)
        raise ColumnError(
            f"unknown column(s) {listed}; name custom fields 'custom_fields.<name>' "
            f"(contact fields: {', '.join(sorted(known))})"
        )
    present = set(columns)
    if not present & set(_IDENTIFIERS) and not (
        present & set(_NAME_FIELDS) and "company_name" in present
    ):
        raise ColumnError(
            "missing column: no column identifies a contact; add one of "
            f"{', '.join(_IDENTIFIERS)} (or first_name/last_name with company_name)"
        )


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

    def __enter__(self) -> FailureFile:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


class ContactImporter:
    """Upserts rows of contacts into one list with bounded concurrency and full accounting.

    ``client`` is an authenticated client from :func:`getsales_extras.create_client` (its
    transport does the pacing). ``update_if_exists`` and ``move_to_list`` are passed to
    every upsert. ``on_failure`` receives each failed row; ``on_progress`` receives the
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
        on_failure: Callable[[RowFailure], object] | None = None,
        on_progress: Callable[[ImportStats], object] | None = None,
        stats: ImportStats | None = None,
    ):
        try:
            uuid.UUID(list_uuid)
        except (ValueError, TypeError, AttributeError):
            raise ValueError(f"list_uuid must be a list's UUID, got {list_uuid!r}") from None
        if not 1 <= chunk_size <= 100:
            raise ValueError(f"chunk_size must be between 1 and 100, got {chunk_size}")
        self.client = client
        self.list_uuid = list_uuid
        self.update_if_exists = update_if_exists
        self.move_to_list = move_to_list
        self.concurrency = concurrency
        self.fast = fast
        self.chunk_size = chunk_size
        self.on_failure = on_failure
        self.on_progress = on_progress
        self.stats = stats if stats is not None else ImportStats()

    async def run(self, rows: Iterable[SourceRow], *, total: int | None = None) -> ImportStats:
        """Import ``rows``; returns the final :class:`ImportStats` (also kept in ``stats``).

        Raises the fatal API errors (see the module docs); every other failure is a failed
        row. ``total``, when known, is only reported back through ``stats.total``.
        """
        self.stats.total = total
        prepared = (_prepare(row) for row in rows)
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

    async def _import_one(self, item: _Prepared) -> list[_RowResult]:
        return [await self._upsert(item)]

    async def _import_chunk(self, chunk: list[_Prepared]) -> list[_RowResult]:
        sendable = [item for item in chunk if item.problem is None]
        results = [_local_failure(item) for item in chunk if item.problem is not None]
        if not sendable:
            return results
        leads = [
            {**item.lead, **({"custom_fields": item.custom_fields} if item.custom_fields else {})}
            for item in sendable
        ]
        body = CreateLeadsBody.from_dict({"list_uuid": self.list_uuid, "leads": leads})
        try:
            response = await create_leads.asyncio_detailed(client=self.client, body=body)
        except _FATAL:
            raise
        except GetSalesError:
            # Rejected (or possibly half-applied): settle each row on its own. Upsert finds
            # any contact the chunk did create, so nothing ends up in the list twice.
            for item in sendable:
                results.append(await self._upsert(item))
            return results
        # The contacts come back in request order; an existing match is updated, not copied.
        returned = _json_list(response.content)
        for position, item in enumerate(sendable):
            lead = returned[position] if position < len(returned) else None
            results.append(_RowResult(item.row, _created_or_updated_lead(lead)))
        return results

    async def _upsert(self, item: _Prepared) -> _RowResult:
        if item.problem is not None:
            return _local_failure(item)
        payload: dict[str, Any] = {
            "lead": item.lead,
            "list_uuid": self.list_uuid,
            "update_if_exists": self.update_if_exists,
            "move_to_list": self.move_to_list,
        }
        if item.custom_fields:
            payload["custom_fields"] = item.custom_fields
        try:
            response = await upsert_lead.asyncio_detailed(
                client=self.client, body=UpsertLeadBody.from_dict(payload)
            )
        except _FATAL:
            raise
        except GetSalesError as exc:
            return _RowResult(item.row, None, RowError.from_exception(exc))
        return _RowResult(item.row, _created_or_updated(response))

    def _settle(self, outcome: Any) -> None:
        if outcome.error is not None:
            # A fatal API error, or a bug: stop the whole import with it.
            raise outcome.error
        for settled in outcome.result:
            if settled.error is not None:
                self.stats.failed += 1
                if self.on_failure is not None:
                    self.on_failure(RowFailure(settled.row, settled.error))
            elif settled.result == "created":
                self.stats.created += 1
            else:
                self.stats.updated += 1
        if self.on_progress is not None:
            self.on_progress(self.stats)


def _local_failure(item: _Prepared) -> _RowResult:
    return _RowResult(item.row, None, RowError(type="InvalidRow", message=item.problem or ""))


def _chunks(items: Iterable[_Prepared], size: int) -> Iterator[list[_Prepared]]:
    chunk: list[_Prepared] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _prepare(row: SourceRow) -> _Prepared:
    try:
        lead, custom_fields = contact_from_row(row.values)
    except InvalidRowError as exc:
        return _Prepared(row, {}, {}, str(exc))
    return _Prepared(row, lead, custom_fields)


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
    if not any(lead.get(name) for name in _IDENTIFIERS) and not (
        any(lead.get(name) for name in _NAME_FIELDS) and lead.get("company_name")
    ):
        raise InvalidRowError(
            "no identifier: give one of "
            + ", ".join(_IDENTIFIERS)
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


def _created_or_updated(response: Any) -> Result:
    """Whether an upsert created the contact, from what the response tells.

    A 201 status or an explicit ``created`` flag decide; otherwise a contact whose
    ``created_at`` equals its ``updated_at`` was just created.
    """
    if int(getattr(response, "status_code", 200)) == 201:
        return "created"
    try:
        body = json.loads(response.content)
    except (ValueError, TypeError):
        return "updated"
    return _created_or_updated_lead(body)


def _created_or_updated_lead(body: Any) -> Result:
    if not isinstance(body, dict):
        return "created"
    for flag in ("created", "is_new", "was_created"):
        if isinstance(body.get(flag), bool):
            return "created" if body[flag] else "updated"
    lead = body["lead"] if isinstance(body.get("lead"), dict) else body
    created_at, updated_at = lead.get("created_at"), lead.get("updated_at")
    if created_at and updated_at and created_at != updated_at:
        return "updated"
    return "created"


def _json_list(content: bytes) -> list[Any]:
    try:
        value = json.loads(content)
    except (ValueError, TypeError):
        return []
    return value if isinstance(value, list) else []


def _field_errors(exc: APIStatusError) -> Any:
    """The per-field messages of a validation error, if the server sent any."""
    for attribute in ("field_errors", "errors"):
        value = getattr(exc, attribute, None)
        if value and not callable(value):
            return value
    data = getattr(exc, "data", None)
    return data or None
