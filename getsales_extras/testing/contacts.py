"""Contacts, by the rules the GetSales documentation gives for each operation. An incoming
contact matches an existing one by, in order: LinkedIn member id, ``ln_id``, Sales Navigator
id, LinkedIn nickname, work e-mail, personal e-mail (an address matches in either field),
then name plus company name; keys compare case-insensitively.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from getsales_extras.identity import full_name, linkedin_id
from getsales_extras.testing.delivery import Delivery, emit, markers
from getsales_extras.testing.errors import FieldErrors, invalid
from getsales_extras.testing.records import LEAD_IDENTITY_KEYS, Record, StoreState
from getsales_extras.testing.spec import empty_object, schema_properties

EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
TEXT = ("name", "work_email", "personal_email", "position", "company_name")
SORTABLE = frozenset({"name", "first_name", "last_name", "company_name", "work_email"})


def identity_keys(record: Mapping[str, Any]) -> dict[str, str]:
    """The matching keys of a contact (case-folded), by index name."""
    keys = {
        name: value.casefold()
        for name in LEAD_IDENTITY_KEYS[:-1]
        if isinstance(value := record.get(name), str) and value
    }
    person, company = full_name(record), record.get("company_name")
    if person and isinstance(company, str) and company:
        keys["name_company"] = f"{person.casefold()}|{company.casefold()}"
    return keys


@dataclass
class UpsertOutcome:
    """What an upsert did to the contact it returns."""

    lead: Record
    changed: bool


class ContactStore(StoreState):
    """Operations on contacts; each change is delivered to the subscriptions of its event."""

    deliver: Callable[[Delivery], None] | None = None
    """Sends a webhook delivery (installed by the server); without it nothing is delivered."""

    def render_lead(self, record: Record) -> Record:
        """The full public contact: the stored fields the spec's ``Lead`` declares, over its
        empty form (an input-only field such as ``email`` is matched on, never shown)."""
        declared = empty_object("Lead")
        shown = {name: value for name, value in record.items() if name in declared}
        lead = {**declared, "user_id": 1, **shown, "team_id": self.team_id}
        lead["updated_at"] = lead.get("updated_at") or lead.get("created_at")
        return lead

    def render_lead_item(self, record: Record, *, aggregated: bool = True) -> Record:
        """A contact as search, lookup-one and get return it (see ``lead_items``)."""
        lead = self.render_lead(record)
        marks = markers() if aggregated else {}
        if self.config.lead_items == "flat":
            return {**lead, "markers": marks, "flows": []}
        custom = dict(lead.get("custom_fields") or {})
        return {"lead": lead, "markers": marks, "flows": [], "custom_fields": custom}

    def lead_uuids(self) -> list[str]:
        with self.lock:
            return list(self.leads)

    def _index(self, record: Record, add: bool) -> None:
        for name, key in identity_keys(record).items():
            index = self.lead_index[name]
            if add:
                index[key] = record["uuid"]
            elif index.get(key) == record["uuid"]:
                del index[key]

    def find_lead(self, fields: Mapping[str, Any]) -> Record | None:
        """The existing contact matching ``fields`` by the documented order."""
        with self.lock:
            keys = identity_keys(fields)
            for name in LEAD_IDENTITY_KEYS:
                if name not in keys:
                    continue
                emails = ("work_email", "personal_email")
                for index in emails if name in emails else (name,):
                    found = self.lead_index[index].get(keys[name])
                    if found is not None:
                        return self.leads.get(found)
            return None

    def _contact_fields(self, data: Any, prefix: str, errors: FieldErrors) -> Record:
        """The fields of one incoming contact (tags and custom fields included), identifiers
        derived from ``email`` and ``linkedin_id``; problems go to ``errors`` under ``prefix``."""
        if not isinstance(data, dict):
            errors.add(prefix.rstrip("."), "The contact must be an object.")
            return {}
        fields: Record = {}
        marker = self.config.reject_email_substring
        # What a client may write, and in what form, is what the spec's contact input declares.
        for name, rule in schema_properties("LeadInput").items():
            value, kind = data.get(name), rule.get("type")
            if isinstance(value, int) and not isinstance(value, bool) and kind == "string":
                value = str(value)
            if value is None:
                continue
            if kind == "string" and not isinstance(value, str):
                errors.add(prefix + name, f"The {name} must be a string.")
                continue
            if kind == "array" and not (
                isinstance(value, list) and all(isinstance(v, str) for v in value)
            ):
                errors.add(prefix + name, f"The {name} must be a list of names.")
                continue
            if kind == "object" and not isinstance(value, dict):
                errors.add(prefix + name, f"The {name} must be an object.")
                continue
            if kind == "string":
                value = value.strip()
                if rule.get("format") == "email" and value and not EMAIL.match(value):
                    errors.add(prefix + name, "The value must be a valid email address.")
                elif rule.get("format") == "email" and marker and marker in value:
                    errors.add(prefix + name, "The email address was rejected.")
            fields[name] = copy.deepcopy(value)
        email = fields.get("email")
        if email:
            slot = "personal_email" if "work_email" in fields else "work_email"
            fields.setdefault(slot, email)
        given = data.get("linkedin_id")  # the universal field: which one it fills is read off it
        if isinstance(given, int | str) and str(given).strip():
            name, value = linkedin_id(str(given))
            fields.setdefault(name, value)
        if "name" not in fields and (derived := full_name(fields)):
            fields["name"] = derived
        return fields

    def _contact_input(
        self, data: Any, prefix: str, errors: FieldErrors, *, require_identity: bool = True
    ) -> Record:
        """A contact to write: its fields, checked for an identifier and the rejection rules."""
        fields = self._contact_fields(data, prefix, errors)
        if not isinstance(data, dict):
            return fields
        if require_identity and not identity_keys(fields):
            errors.add(
                prefix.rstrip("."),
                "Provide at least one identifier: linkedin_id, an email address, "
                "or name and company_name.",
            )
        verdict = self.config.reject_if(data) if self.config.reject_if else None
        if isinstance(verdict, str):
            errors.add(prefix.rstrip("."), verdict)
        elif verdict:
            errors.merge(verdict, prefix)
        return fields

    def _require_list(self, list_uuid: Any, errors: FieldErrors) -> None:
        if not isinstance(list_uuid, str) or self.lists.get(list_uuid) is None:
            known = "is invalid" if list_uuid else "field is required"
            errors.add("list_uuid", f"The list_uuid {known}.")

    def _save(self, record: Record | None, fields: Record, list_uuid: str | None) -> Record:
        """Create a contact (``record`` is None) or change one; keeps the match index and
        delivers ``contact_created`` or ``contact_updated``. Tags and custom fields add up."""
        tags = [t.strip() for t in fields.pop("tags", None) or [] if t.strip()]
        custom = fields.pop("custom_fields", None)
        event = "contact_created" if record is None else "contact_updated"
        if record is None:
            record = self.stamp({"uuid": self.new_id(), "list_uuid": list_uuid})
        else:
            self._index(record, add=False)
            record["updated_at"] = self.now()
            if list_uuid is not None:
                record["list_uuid"] = list_uuid
        record.update(fields)
        if ("first_name" in fields or "last_name" in fields) and "name" not in fields:
            record["name"] = full_name({k: record.get(k) for k in ("first_name", "last_name")})
        if tags:
            record["tags"] = list(dict.fromkeys([*record.get("tags", []), *tags]))
        if custom:
            record["custom_fields"] = {**record.get("custom_fields", {}), **custom}
        self.leads.insert(record)
        self._index(record, add=True)
        emit(
            self, event, lambda: {"contact": self.render_lead(record), "contact_markers": markers()}
        )
        return record

    def upsert_lead(self, body: Mapping[str, Any]) -> UpsertOutcome:
        """``POST /leads/api/leads/upsert``: create the contact or update its match."""
        with self.lock:
            errors = FieldErrors()
            self._require_list(body.get("list_uuid"), errors)
            flags = {}
            for name, default in (("update_if_exists", True), ("move_to_list", False)):
                value = body.get(name, default)
                if value not in (True, False, 0, 1, "0", "1", "true", "false", None):
                    errors.add(name, f"The {name} field must be true or false.")
                flags[name] = default if value is None else value in (True, 1, "1", "true")
            if body.get("lead") is None:
                errors.add("lead", "The lead field is required.")
            fields = self._contact_input(body.get("lead") or {}, "lead.", errors)
            top_custom = body.get("custom_fields")
            if isinstance(top_custom, dict):
                fields["custom_fields"] = {**top_custom, **fields.get("custom_fields", {})}
            elif top_custom is not None:
                errors.add("custom_fields", "The custom_fields must be an object.")
            errors.raise_if_any()
            list_uuid = str(body["list_uuid"])
            existing = self.find_lead(fields)
            if existing is not None and not flags["update_if_exists"]:
                return UpsertOutcome(existing, False)
            moved = list_uuid if existing is None or flags["move_to_list"] else None
            return UpsertOutcome(self._save(existing, fields, moved), True)

    def create_leads(self, body: Mapping[str, Any]) -> list[Record]:
        """``POST /leads/api/leads`` (legacy bulk create): all rows or none. Any problem
        rejects the request with field errors named ``leads.<index>.<field>``; rows matching
        an existing contact update it, so a batch sent twice creates nothing twice."""
        with self.lock:
            errors = FieldErrors()
            self._require_list(body.get("list_uuid"), errors)
            rows = body.get("leads")
            if not isinstance(rows, list) or not rows:
                errors.add("leads", "The leads field must be a non-empty array.")
                rows = []
            prepared = [
                self._contact_input(row, f"leads.{index}.", errors)
                for index, row in enumerate(rows)
            ]
            errors.raise_if_any()
            records = []
            for fields in prepared:
                existing = self.find_lead(fields)
                list_uuid = str(body["list_uuid"]) if existing is None else None
                records.append(self._save(existing, fields, list_uuid))
            return records

    def update_lead(self, lead_uuid: str, body: Mapping[str, Any]) -> Record:
        """``PUT /leads/api/leads/{uuid}``: change only the fields given."""
        with self.lock:
            record = self.existing(self.leads, lead_uuid, "Contact")
            errors = FieldErrors()
            fields = self._contact_input(body, "", errors, require_identity=False)
            errors.raise_if_any()
            return self._save(record, fields, None)

    def delete_lead(self, lead_uuid: str) -> Record:
        with self.lock:
            record = self.existing(self.leads, lead_uuid, "Contact", remove=True)
            self._index(record, add=False)
            return record

    def get_lead(self, lead_uuid: str) -> Record:
        return self.render_lead_item(self.existing(self.leads, lead_uuid, "Contact"))

    def search_leads(self, body: Mapping[str, Any], conditions: Mapping[str, Any]) -> Record:
        """``POST /leads/api/leads/search``."""
        return self.page(
            "search_leads",
            self.leads,
            body,
            conditions,
            self.render_lead_item,
            sortable=SORTABLE,
            text_fields=TEXT,
        )

    def count_leads(self, body: Mapping[str, Any], conditions: Mapping[str, Any]) -> int:
        """``POST /leads/api/leads/count``: by ``ids``, by ``filter``, or all."""
        ids = body.get("ids")
        if ids is not None and not (isinstance(ids, list) and all(isinstance(i, str) for i in ids)):
            raise invalid("ids", "The ids must be a list of UUIDs.")
        if ids:
            conditions = {**conditions, "uuid": ids}
        return self.count(self.leads, conditions, TEXT)  # what a search with it would find

    def lookup_lead(self, body: Mapping[str, Any]) -> Record | None:
        """``POST /leads/api/leads/lookup-one``: the match, or ``None``."""
        probe = self._contact_fields(body, "", FieldErrors())  # what it says, unchecked
        if not identity_keys(probe):
            message = "Provide linkedin_id, email, or name together with company_name."
            raise invalid("linkedin_id", message)
        with self.lock:
            found = self.find_lead(probe)
            if found is None:
                return None
            return self.render_lead_item(found, aggregated=not body.get("disable_aggregation"))
