"""The contact field each input column fills. A column is, in order: what ``--map COLUMN=field``
says (an empty field drops it); itself when it names a contact field, ``tags``, ``custom_fields`` or
``custom_fields.<name>``; a known spelling compared without case, spaces, dashes or dots
(``E-mail``, ``First Name``); with ``keep_unknown=True`` its own custom field; else an error."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import attrs

from getsales_extras._operations import requires
from getsales_extras.identity import STRONG_FIELDS, identifies

__all__ = [
    "CUSTOM_FIELD_PREFIX",
    "ColumnError",
    "ColumnMapper",
    "accepted_columns_help",
    "contact_fields",
    "parse_mapping",
]

CUSTOM_FIELD_PREFIX = "custom_fields."

ALIASES: dict[str, tuple[str, ...]] = {
    "email": ("E-mail", "Email Address", "E-mail Address", "Mail"),
    "work_email": ("Work E-mail", "Business Email", "Company Email"),
    "personal_email": ("Personal E-mail", "Private Email"),
    "first_name": ("First Name", "Firstname", "First", "Given Name"),
    "last_name": ("Last Name", "Lastname", "Last", "Surname", "Family Name"),
    "name": ("Full Name", "Fullname", "Contact Name"),
    "company_name": ("Company", "Company Name", "Organization", "Organisation", "Employer"),
    "linkedin_id": ("LinkedIn URL", "LinkedIn Profile", "LinkedIn Profile URL", "Profile URL"),
    "position": ("Title", "Job Title", "Role"),
    "raw_address": ("Address", "Location"),
    "domain": ("Website", "Company Domain", "Company Website"),
    "tags": ("Tag", "Labels"),
}

_NO_IDENTIFIER = f"one of {', '.join(STRONG_FIELDS)} (or a name with company_name)"


class ColumnError(ValueError):
    """Columns or values that cannot describe a contact (unknown names, no identifier)."""


@functools.cache
def contact_fields() -> tuple[str, ...]:
    """The contact fields an input column may name: those of the upsert body's ``lead``."""
    with requires("upsertLead", "the contact column mapping"):
        from getsales_client.models import LeadInput
    skip = ("additional_properties", "custom_fields", "tags")
    return tuple(
        field.name.rstrip("_") for field in attrs.fields(LeadInput) if field.name not in skip
    )


def _normalise(name: str) -> str:
    return " ".join(re.sub(r"[\s_\-.]+", " ", name.casefold()).split())


@functools.cache
def _spellings() -> dict[str, str]:
    aliases = {_normalise(alias): field for field, names in ALIASES.items() for alias in names}
    return aliases | {_normalise(field): field for field in (*contact_fields(), "tags")}


def _is_target(target: str) -> bool:
    return (
        target in (*contact_fields(), "tags", "custom_fields", "")  # "" leaves the column out
        or (target.startswith(CUSTOM_FIELD_PREFIX) and len(target) > len(CUSTOM_FIELD_PREFIX))
    )


def parse_mapping(items: Iterable[str]) -> dict[str, str]:
    """``['Company=company_name', 'Notes=']`` as ``{column: target}``; raises ColumnError."""
    mapping: dict[str, str] = {}
    for item in items:
        column, sep, target = (part.strip() for part in item.partition("="))
        if not sep or not column:
            raise ColumnError(f"--map {item!r}: expected COLUMN=FIELD, as in Company=company_name")
        if not _is_target(target):
            raise ColumnError(
                f"--map {item!r}: {target!r} is not a contact field, 'tags' or "
                "'custom_fields.<name>' (leave it empty to drop the column)"
            )
        mapping[column] = target
    return mapping


@attrs.define
class ColumnMapper:
    """Turns input rows into contacts (see the module docs for how columns are resolved)."""

    mapping: Mapping[str, str] = attrs.field(factory=dict)
    keep_unknown: bool = False
    _cache: dict[str, str | None] = attrs.field(factory=dict, init=False, repr=False)

    def target(self, column: str) -> str | None:
        """The field ``column`` fills, ``""`` to drop it, or ``None`` when it is unknown."""
        if column not in self._cache:
            self._cache[column] = self._resolve(column)
        return self._cache[column]

    def _resolve(self, column: str) -> str | None:
        if column in self.mapping:
            return self.mapping[column]
        stripped = column.strip()
        if stripped and _is_target(stripped):
            return stripped
        if custom := re.fullmatch(r"custom_fields\.(.+)", stripped, re.IGNORECASE | re.DOTALL):
            return CUSTOM_FIELD_PREFIX + custom[1]
        spelled = _spellings().get(_normalise(stripped))
        if spelled is None and self.keep_unknown and stripped:
            return CUSTOM_FIELD_PREFIX + stripped
        return spelled

    def check(self, columns: Iterable[str]) -> None:
        """Raise :class:`ColumnError` for unknown or doubled columns, or no identifier."""
        targets = {column: self.target(column) for column in columns}
        unknown = [column for column, target in targets.items() if target is None]
        if unknown:
            raise ColumnError(
                f"unknown column(s) {', '.join(map(repr, unknown))}: map them with --map "
                "'COLUMN=field', keep them as custom fields with --keep-unknown-columns, or "
                "name them 'custom_fields.<name>' "
                f"(contact fields: {', '.join(sorted(contact_fields()))})"
            )
        counts = Counter(target for target in targets.values() if target)
        doubled = sorted(target for target, count in counts.items() if count > 1)
        if doubled:
            raise ColumnError(
                f"several columns fill {', '.join(doubled)}: drop one with --map 'COLUMN='"
            )
        if not identifies(counts):
            raise ColumnError(
                f"missing column: no column identifies a contact; add {_NO_IDENTIFIER}"
            )

    def contact(self, values: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, Any]]:
        """A row as the upsert's ``lead`` and its ``custom_fields``; raises ColumnError. Blank
        values are left out, so an import never clears a field it has no value for."""
        lead: dict[str, Any] = {}
        custom: dict[str, Any] = {}
        for column, value in values.items():
            name = self.target(column)
            if name is None:
                raise ColumnError(f"unknown column {column!r}")
            if not name or value is None or (isinstance(value, str) and not value.strip()):
                continue
            if name == "custom_fields":
                if not isinstance(value, Mapping):
                    raise ColumnError("'custom_fields' must be an object of name: value")
                custom.update(value)
            elif name.startswith(CUSTOM_FIELD_PREFIX):
                custom[name[len(CUSTOM_FIELD_PREFIX) :]] = _scalar(name, value)
            elif name == "tags":
                tags = value.split(",") if isinstance(value, str) else value
                if not isinstance(tags, Sequence) or not all(isinstance(t, str) for t in tags):
                    raise ColumnError("'tags' must be comma-separated names or a list of names")
                lead["tags"] = [tag.strip() for tag in tags if tag.strip()]
            else:
                lead[name] = _scalar(name, value)
        if not identifies(name for name, value in lead.items() if value):
            raise ColumnError(f"no identifier: give {_NO_IDENTIFIER}")
        return lead, custom


def _scalar(name: str, value: Any) -> Any:
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool | int | float):
        return value
    raise ColumnError(f"{name!r} must be text or a number, got {type(value).__name__}")


def accepted_columns_help() -> str:
    """The columns an import accepts, for ``--help``."""
    aliases = "; ".join(f"{field}: {', '.join(spellings)}" for field, spellings in ALIASES.items())
    return (
        "Accepted columns (any case; spaces, dashes and underscores are alike): "
        f"{', '.join(contact_fields())}, tags (comma-separated), custom_fields.<name>. "
        f"Also recognised: {aliases}. Identify each contact by {_NO_IDENTIFIER}; a name "
        "with company_name is a weak match."
    )
