"""How contacts are recognised: LinkedIn identifiers and the dedup keys of an upsert.

GetSales matches an incoming contact against existing ones by, in order: LinkedIn member
id, ``ln_id``, Sales Navigator id, LinkedIn nickname, work e-mail, personal e-mail, and
finally name plus company name. Keys compare case-insensitively.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def parse_linkedin_id(value: str) -> dict[str, str]:
    """Work out which LinkedIn identifier a universal ``linkedin_id`` holds.

    A profile URL or a nickname fills ``linkedin``; a Sales Navigator URL or an ``ACw``
    id fills ``sn_id``; an ``ACo`` id fills ``ln_id``; a number fills ``ln_member_id``.
    """
    text = value.strip()
    lowered = text.lower()
    if "linkedin.com" in lowered:
        path = text.split("linkedin.com", 1)[1].split("?", 1)[0].strip("/")
        parts = [p for p in path.split("/") if p]
        if len(parts) >= 3 and parts[0] == "sales" and parts[1] in ("lead", "people"):
            return _classify_raw_id(parts[2].split(",", 1)[0])
        if len(parts) >= 2 and parts[0] == "in":
            return _classify_raw_id(parts[1])
        return {"linkedin": path}
    return _classify_raw_id(text)


def _classify_raw_id(text: str) -> dict[str, str]:
    if text.startswith("ACw"):
        return {"sn_id": text}
    if text.startswith("ACo"):
        return {"ln_id": text}
    if text.isdigit():
        return {"ln_member_id": text}
    return {"linkedin": text}


def identity_keys(record: Mapping[str, Any]) -> dict[str, str]:
    """The dedup keys of a contact (lower-cased), by index name."""
    keys: dict[str, str] = {}
    for name in ("ln_member_id", "ln_id", "sn_id", "linkedin", "work_email", "personal_email"):
        value = record.get(name)
        if isinstance(value, str) and value:
            keys[name] = value.casefold()
    person = full_name(record)
    company = record.get("company_name")
    if person and isinstance(company, str) and company:
        keys["name_company"] = f"{person.casefold()}|{company.casefold()}"
    return keys


def full_name(record: Mapping[str, Any]) -> str | None:
    name = record.get("name")
    if isinstance(name, str) and name.strip():
        return name.strip()
    parts = [record.get("first_name"), record.get("last_name")]
    joined = " ".join(p.strip() for p in parts if isinstance(p, str) and p.strip())
    return joined or None
