"""Which fields identify a contact, as the importer predicts GetSales' matching (the emulator
models the server's own match order in ``testing.contacts`` and shares the full-name rule): any
LinkedIn id or e-mail address on its own (a strong identifier), or a name together with the
company name, but weakly: two people can share it."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

EMAIL_FIELDS = ("email", "work_email", "personal_email")
LINKEDIN_FIELDS = ("linkedin_id", "ln_member_id", "ln_id", "sn_id", "linkedin")
STRONG_FIELDS = (*LINKEDIN_FIELDS, *EMAIL_FIELDS)
NAME_FIELDS = ("name", "first_name", "last_name")


def identifies(fields: Iterable[str]) -> bool:
    """Whether a contact with values for ``fields`` can be found again (strongly or weakly)."""
    present = set(fields)
    named = "company_name" in present and not present.isdisjoint(NAME_FIELDS)
    return named or not present.isdisjoint(STRONG_FIELDS)


def full_name(record: Mapping[str, Any]) -> str | None:
    """``name``, or else the first and last name together."""
    name = record.get("name")
    if isinstance(name, str) and name.strip():
        return name.strip()
    parts = [record.get("first_name"), record.get("last_name")]
    return " ".join(p.strip() for p in parts if isinstance(p, str) and p.strip()) or None


def linkedin_id(value: str) -> tuple[str, str]:
    """Which LinkedIn identifier ``value`` holds, as GetSales reads its universal
    ``linkedin_id``: a profile URL or nickname is ``linkedin``, a Sales Navigator lead URL or
    ``ACw`` id ``sn_id``, an ``ACo`` id ``ln_id``, a number ``ln_member_id``; another LinkedIn
    URL is ``linkedin`` with its path."""
    text = value.strip().split("?", 1)[0]
    if url := re.search(r"linkedin\.com/(.*)", text, re.IGNORECASE):
        path = [part for part in url[1].split("/") if part]
        kinds = [part.casefold() for part in path[:2]]
        if len(path) >= 3 and kinds[0] == "sales" and kinds[1] in ("lead", "people"):
            text = path[2].split(",", 1)[0]
        elif len(path) >= 2 and kinds[0] == "in":
            text = path[1]
        else:
            return "linkedin", "/".join(path)
    if text.startswith(("ACw", "ACo")):
        return ("sn_id" if text.startswith("ACw") else "ln_id"), text
    return ("ln_member_id" if text.isdigit() else "linkedin"), text


def linkedin_key(value: str) -> str:
    """The id in a LinkedIn value, case-folded: what two rows must share to be one person."""
    return linkedin_id(value)[1].casefold()


def strong_keys(record: Mapping[str, Any]) -> tuple[tuple[str, str], ...]:
    """``("email" | "linkedin", key)`` for every strong identifier the record holds."""
    keys: dict[tuple[str, str], None] = {}
    for name in EMAIL_FIELDS:
        value = record.get(name)
        if isinstance(value, str) and value.strip():
            keys[("email", value.strip().casefold())] = None
    for name in LINKEDIN_FIELDS:
        value = record.get(name)
        if isinstance(value, str | int) and not isinstance(value, bool) and str(value).strip():
            keys[("linkedin", linkedin_key(str(value)))] = None
    return tuple(keys)


def weak_key(record: Mapping[str, Any]) -> str | None:
    """``"name @ company"`` (case-folded, spaces collapsed), or None without both."""
    name, company = full_name(record), record.get("company_name")
    if not name or not (isinstance(company, str) and company.strip()):
        return None
    return f"{' '.join(name.casefold().split())} @ {' '.join(company.casefold().split())}"
