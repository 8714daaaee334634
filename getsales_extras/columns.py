"""Which contact field each input column fills: common spellings, user mappings, custom fields.

Spreadsheets name their columns ``Email``, ``E-mail``, ``First Name`` or ``Company``; the
upsert operation calls them ``email``, ``first_name`` and ``company_name``. A
:class:`ColumnMapper` resolves every column name once:

1. an explicit mapping from the user (``--map 'Company=company_name'``; an empty target
   drops the column);
2. the name itself when it is a contact field, ``tags``, ``custom_fields`` or
   ``custom_fields.<name>``;
3. a known spelling of a field, compared without case, spaces, dashes or dots
   (``E-mail`` and ``email address`` are ``email``, ``LinkedIn URL`` is ``linkedin_id``);
4. with ``keep_unknown=True``, any other column becomes the custom field of that name;
   otherwise it is an error that lists what is accepted.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from getsales_extras._operations import requires

__all__ = [
    "CUSTOM_FIELD_PREFIX",
    "ColumnError",
    "ColumnMapper",
    "accepted_columns_help",
    "contact_fields",
    "parse_mapping",
]

CUSTOM_FIELD_PREFIX = "custom_fields."

#: The target meaning "leave this column out".
IGNORE = ""

#: Other spellings of contact fields, by field; compared after :func:`_normalise`.
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


class ColumnError(ValueError):
    """The input's columns cannot describe contacts (unknown names, no identifier)."""


@functools.cache
def contact_fields() -> tuple[str, ...]:
    """The contact fields an input column may name: those of the upsert body's ``lead``."""
    with requires("upsertLead", "the contact column mapping"):
        from getsales_client.models import LeadInput
    return tuple(
        field.name.rstrip("_")
        for field in attrs.fields(LeadInput)
        if field.name not in ("additional_properties", "custom_fields", "tags")
    )


#: Any one of these identifies a contact on its own (a strong identifier).
IDENTIFIERS = (
    "linkedin_id",
    "ln_member_id",
    "ln_id",
    "sn_id",
    "linkedin",
    "email",
    "work_email",
    "personal_email",
)
#: Or a name together with the company name (a weak identifier: two people can share it).
NAME_FIELDS = ("name", "first_name", "last_name")


def _normalise(name: str) -> str:
    return " ".join(re.sub(r"[\s_\-.]+", " ", name.casefold()).split())


@functools.cache
def _spellings() -> dict[str, str]:
    known = {_normalise(field): field for field in (*contact_fields(), "tags")}
    for field, aliases in ALIASES.items():
        for alias in aliases:
            known.setdefault(_normalise(alias), field)
    return known


def _is_target(target: str) -> bool:
    return (
        target in contact_fields()
        or target in ("tags", "custom_fields", IGNORE)
        or (target.startswith(CUSTOM_FIELD_PREFIX) and len(target) > len(CUSTOM_FIELD_PREFIX))
    )


def parse_mapping(items: Iterable[str]) -> dict[str, str]:
    """``['Company=company_name', 'Notes=']`` as ``{column: target}``; raises ColumnError."""
    mapping: dict[str, str] = {}
    for item in items:
        column, sep, target = item.partition("=")
        column, target = column.strip(), target.strip()
        if not sep or not column:
            raise ColumnError(
                f"--map {item!r}: expected COLUMN=FIELD, such as Company=company_name"
            )
        if not _is_target(target):
            raise ColumnError(
                f"--map {item!r}: {target!r} is not a contact field, 'tags' or "
                "'custom_fields.<name>' (leave it empty to drop the column)"
            )
        mapping[column] = target
    return mapping


@attrs.define
class ColumnMapper:
    """Renames input columns to contact fields (see the module docs)."""

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
        if _is_target(stripped) and stripped != IGNORE:
            return stripped
        prefix = stripped[: len(CUSTOM_FIELD_PREFIX)]
        if prefix.casefold() == CUSTOM_FIELD_PREFIX and len(stripped) > len(prefix):
            return CUSTOM_FIELD_PREFIX + stripped[len(prefix) :]
        spelled = _spellings().get(_normalise(stripped))
        if spelled is not None:
            return spelled
        if self.keep_unknown and stripped:
            return CUSTOM_FIELD_PREFIX + stripped
        return None

    def check(self, columns: Iterable[str]) -> dict[str, str]:
        """Resolve every column; raise :class:`ColumnError` for unknown ones or no identifier."""
        columns = list(columns)
        resolved: dict[str, str] = {}
        unknown: list[str] = []
        for column in columns:
            target = self.target(column)
            if target is None:
                unknown.append(column)
            else:
                resolved[column] = target
        if unknown:
            listed = ", ".join(repr(name) for name in unknown)
            raise ColumnError(
                f"unknown column(s) {listed}: map them with --map 'COLUMN=field', keep them "
                "as custom fields with --keep-unknown-columns, or name them "
                f"'custom_fields.<name>' (contact fields: {', '.join(sorted(contact_fields()))})"
            )
        counts = Counter(target for target in resolved.values() if target != IGNORE)
        doubled = sorted(target for target, count in counts.items() if count > 1)
        if doubled:
            raise ColumnError(
                f"several columns fill {', '.join(doubled)}: drop one with --map 'COLUMN='"
            )
        present = set(counts)
        if not present & set(IDENTIFIERS) and not (
            present & set(NAME_FIELDS) and "company_name" in present
        ):
            raise ColumnError(
                "missing column: no column identifies a contact; add one of "
                f"{', '.join(IDENTIFIERS)} (or first_name/last_name with company_name)"
            )
        return resolved

    def apply(self, values: Mapping[str, Any]) -> dict[str, Any]:
        """``values`` with column names replaced by the fields they fill.

        Raises :class:`ColumnError` for a column that fills nothing known.
        """
        renamed: dict[str, Any] = {}
        for column, value in values.items():
            target = self.target(column)
            if target is None:
                raise ColumnError(f"unknown column {column!r}")
            if target == IGNORE:
                continue
            if target == "custom_fields" and isinstance(value, Mapping):
                existing = renamed.get("custom_fields")
                merged = {**existing} if isinstance(existing, Mapping) else {}
                renamed["custom_fields"] = {**merged, **value}
                continue
            renamed[target] = value
        return renamed


def accepted_columns_help() -> str:
    """The columns an import accepts, for ``--help``."""
    aliases = "; ".join(f"{field}: {', '.join(spellings)}" for field, spellings in ALIASES.items())
    return (
        "Accepted columns (any case; spaces, dashes and underscores are alike): "
        f"{', '.join(contact_fields())}, tags (comma-separated), custom_fields.<name>. "
        f"Also recognised: {aliases}. Identify each contact by one of "
        f"{', '.join(IDENTIFIERS)}, or by a name with company_name (a weak match)."
    )
