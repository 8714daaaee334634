"""Contacts: upsert with dedup, the legacy bulk create, search, lookup, count, get, update
and delete, following the rules the GetSales documentation gives for each.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from getsales_extras.testing.config import RejectRule
from getsales_extras.testing.errors import FieldErrors, ValidationFailed, not_found
from getsales_extras.testing.identity import full_name, identity_keys, parse_linkedin_id
from getsales_extras.testing.listing import (
    Page,
    PageRequest,
    Predicate,
    Record,
    build_predicate,
    field_matcher,
    filter_key,
)
from getsales_extras.testing.objects import (
    EMAIL_PATTERN,
    LEAD_DEFAULTS,
    LEAD_EMAIL_FIELDS,
    LEAD_IDENTITY_KEYS,
    LEAD_MARKERS,
    LEAD_OTHER_FIELDS,
    LEAD_SEARCH_TEXT,
    LEAD_TEXT_FIELDS,
)
from getsales_extras.testing.store_core import StoreCore


@dataclass
class UpsertOutcome:
    """What an upsert did to the contact it returns."""

    lead: Record
    created: bool
    changed: bool


class ContactStore(StoreCore):
    """Operations on contacts."""

    def render_lead(self, record: Record) -> Record:
        """The full public contact object for a stored record."""
        rendered = {**LEAD_DEFAULTS, **record}
        rendered["team_id"] = self.team_id
        if rendered["updated_at"] is None:
            # Seeded contacts store one timestamp for both (a smaller dict per contact).
            rendered["updated_at"] = rendered["created_at"]
        return rendered

    def render_lead_item(self, record: Record, *, aggregated: bool) -> Record:
        """A contact as search, lookup-one and get return it (see ``lead_items``)."""
        shape = self._config.lead_items
        lead = self.render_lead(record)
        if shape == "lead":
            return lead
        markers = dict(LEAD_MARKERS) if aggregated else {}
        if shape == "flat":
            lead["markers"] = markers
            lead["flows"] = []
            return lead
        return {
            "lead": lead,
            "markers": markers,
            "flows": [],
            "custom_fields": dict(lead["custom_fields"]),
        }

    def lead(self, lead_uuid: str) -> Record | None:
        """A copy of one contact's public object, or ``None`` (for tests)."""
        with self.lock:
            record = self.leads.get(lead_uuid)
            return None if record is None else copy.deepcopy(self.render_lead(record))

    def all_leads(self) -> list[Record]:
        """Copies of every contact, oldest first (for tests)."""
        with self.lock:
            return [copy.deepcopy(self.render_lead(r)) for r in self.leads.records.values()]

    def lead_uuids(self) -> list[str]:
        """Every contact's uuid, oldest first (cheap, for tests over large data)."""
        with self.lock:
            return list(self.leads.records)

    def get_lead(self, lead_uuid: str) -> Record:
        with self.lock:
            record = self.leads.get(lead_uuid)
            if record is None:
                raise not_found("Contact")
            return self.render_lead_item(record, aggregated=True)

    def _index_lead(self, record: Record) -> None:
        for name, key in identity_keys(record).items():
            self._lead_index[name][key] = record["uuid"]

    def _unindex_lead(self, record: Record) -> None:
        for name, key in identity_keys(record).items():
            index = self._lead_index[name]
            if index.get(key) == record["uuid"]:
                del index[key]

    def find_lead(self, fields: Mapping[str, Any]) -> Record | None:
        """The existing contact matching ``fields`` by the documented dedup order."""
        with self.lock:
            keys = identity_keys(fields)
            for name in LEAD_IDENTITY_KEYS:
                key = keys.get(name)
                if key is None:
                    continue
                candidates = [name]
                if name in ("work_email", "personal_email"):
                    # An address is an address, whichever field it was stored in.
                    candidates = ["work_email", "personal_email"]
                for index_name in candidates:
                    found = self._lead_index[index_name].get(key)
                    if found is not None:
                        return self.leads.get(found)
            return None

    def normalise_lead_input(
        self, data: Any, prefix: str, errors: FieldErrors, *, require_identity: bool = True
    ) -> tuple[Record, list[str] | None, dict[str, Any] | None]:
        """Check one incoming contact and turn it into stored field values.

        Returns the fields, the tag names (``None`` when not given) and the custom field
        values (``None`` when not given); problems are added to ``errors`` under
        ``prefix`` (``"lead."``, ``"leads.3."``).
        """
        if not isinstance(data, dict):
            errors.add(prefix.rstrip("."), "The contact must be an object.")
            return {}, None, None
        fields: Record = {}
        for name in LEAD_TEXT_FIELDS:
            if name not in data or data[name] is None:
                continue
            value = data[name]
            if isinstance(value, int) and not isinstance(value, bool) and name.endswith("_id"):
                value = str(value)
            if not isinstance(value, str):
                errors.add(prefix + name, f"The {name} must be a string.")
                continue
            fields[name] = value.strip()
        for name in LEAD_OTHER_FIELDS:
            if name in data and data[name] is not None:
                fields[name] = copy.deepcopy(data[name])
        email = data.get("email")
        if email is not None:
            if not isinstance(email, str):
                errors.add(prefix + "email", "The email must be a string.")
            elif "work_email" not in fields:
                fields["work_email"] = email.strip()
            elif "personal_email" not in fields:
                fields["personal_email"] = email.strip()
        for name in LEAD_EMAIL_FIELDS:
            value = data.get(name)
            if isinstance(value, str) and value.strip() and not EMAIL_PATTERN.match(value.strip()):
                errors.add(prefix + name, "The value must be a valid email address.")
        linkedin_id = data.get("linkedin_id")
        if linkedin_id is not None:
            if isinstance(linkedin_id, int) and not isinstance(linkedin_id, bool):
                linkedin_id = str(linkedin_id)
            if not isinstance(linkedin_id, str):
                errors.add(prefix + "linkedin_id", "The linkedin_id must be a string.")
            elif linkedin_id.strip():
                for name, value in parse_linkedin_id(linkedin_id).items():
                    fields.setdefault(name, value)
        tags: list[str] | None = None
        if data.get("tags") is not None:
            raw_tags = data["tags"]
            if not isinstance(raw_tags, list) or not all(isinstance(t, str) for t in raw_tags):
                errors.add(prefix + "tags", "The tags must be a list of tag names.")
            else:
                tags = [t.strip() for t in raw_tags if t.strip()]
        custom: dict[str, Any] | None = None
        if data.get("custom_fields") is not None:
            if not isinstance(data["custom_fields"], dict):
                errors.add(prefix + "custom_fields", "The custom_fields must be an object.")
            else:
                custom = dict(data["custom_fields"])
        if "name" not in fields:
            derived = full_name(fields)
            if derived:
                fields["name"] = derived
        if require_identity and not identity_keys(fields):
            errors.add(
                prefix.rstrip("."),
                "Provide at least one identifier: linkedin_id, an email address, "
                "or name and company_name.",
            )
        self._apply_rejection_rules(data, fields, prefix, errors)
        return fields, tags, custom

    def _apply_rejection_rules(
        self, data: Mapping[str, Any], fields: Mapping[str, Any], prefix: str, errors: FieldErrors
    ) -> None:
        marker = self._config.reject_email_substring
        if marker:
            for name in LEAD_EMAIL_FIELDS:
                value = data.get(name)
                if isinstance(value, str) and marker in value:
                    errors.add(prefix + name, "The email address was rejected.")
        rule: RejectRule | None = self._config.reject_if
        if rule is None:
            return
        verdict = rule(data)
        if verdict is None:
            return
        if isinstance(verdict, str):
            errors.add(prefix.rstrip("."), verdict)
        else:
            errors.merge(verdict, prefix)

    def _ensure_tags(self, names: Iterable[str]) -> None:
        for name in names:
            if name.casefold() not in self._tag_names:
                record = self._stamp({"uuid": self.ids.new(), "name": name, "color": None})
                self.tags.insert(record)
                self._tag_names[name.casefold()] = record["uuid"]

    def _require_list(self, list_uuid: Any, errors: FieldErrors, field: str = "list_uuid") -> None:
        if list_uuid is None or list_uuid == "":
            errors.add(field, f"The {field} field is required.")
        elif not isinstance(list_uuid, str) or self.lists.get(list_uuid) is None:
            errors.add(field, f"The selected {field} is invalid.")

    def _create_lead(
        self,
        fields: Record,
        list_uuid: str,
        tags: list[str] | None,
        custom: dict[str, Any] | None,
    ) -> Record:
        record: Record = {"uuid": self.ids.new(), "list_uuid": list_uuid}
        record.update(fields)
        if tags:
            self._ensure_tags(tags)
            record["tags"] = list(dict.fromkeys(tags))
        if custom:
            record["custom_fields"] = dict(custom)
        self._stamp(record)
        self.leads.insert(record)
        self._index_lead(record)
        return record

    def _update_lead(
        self,
        record: Record,
        fields: Mapping[str, Any],
        tags: list[str] | None,
        custom: dict[str, Any] | None,
        *,
        list_uuid: str | None = None,
    ) -> None:
        self._unindex_lead(record)
        record.update(fields)
        if ("first_name" in fields or "last_name" in fields) and "name" not in fields:
            derived = full_name({k: record.get(k) for k in ("first_name", "last_name")})
            if derived:
                record["name"] = derived
        if tags:
            self._ensure_tags(tags)
            record["tags"] = list(dict.fromkeys([*record.get("tags", []), *tags]))
        if custom:
            record["custom_fields"] = {**record.get("custom_fields", {}), **custom}
        if list_uuid is not None:
            record["list_uuid"] = list_uuid
        record["updated_at"] = self.clock.now()
        self._index_lead(record)
        self.leads.changed()

    def upsert_lead(self, body: Mapping[str, Any]) -> UpsertOutcome:
        """``POST /leads/api/leads/upsert``: create the contact or update its match."""
        with self.lock:
            errors = FieldErrors()
            self._require_list(body.get("list_uuid"), errors)
            update_if_exists = _read_bool(body, "update_if_exists", True, errors)
            move_to_list = _read_bool(body, "move_to_list", False, errors)
            if "lead" not in body or body["lead"] is None:
                errors.add("lead", "The lead field is required.")
                fields: Record = {}
                tags: list[str] | None = None
                custom: dict[str, Any] | None = None
            else:
                fields, tags, custom = self.normalise_lead_input(body["lead"], "lead.", errors)
            top_custom = body.get("custom_fields")
            if top_custom is not None:
                if isinstance(top_custom, dict):
                    custom = {**top_custom, **(custom or {})}
                else:
                    errors.add("custom_fields", "The custom_fields must be an object.")
            errors.raise_if_any()
            list_uuid = str(body["list_uuid"])
            existing = self.find_lead(fields)
            if existing is None:
                return UpsertOutcome(self._create_lead(fields, list_uuid, tags, custom), True, True)
            if not update_if_exists:
                return UpsertOutcome(existing, False, False)
            self._update_lead(
                existing,
                fields,
                tags,
                custom,
                list_uuid=list_uuid if move_to_list else None,
            )
            return UpsertOutcome(existing, False, True)

    def create_leads(self, body: Mapping[str, Any]) -> list[UpsertOutcome]:
        """``POST /leads/api/leads`` (legacy bulk create): all rows or none.

        Every row is checked first; any problem rejects the whole request with field
        errors named ``leads.<index>.<field>``. Rows matching an existing contact update
        it, so sending a batch twice creates nothing twice.
        """
        with self.lock:
            errors = FieldErrors()
            self._require_list(body.get("list_uuid"), errors)
            rows = body.get("leads")
            if not isinstance(rows, list) or not rows:
                errors.add("leads", "The leads field must be a non-empty array.")
                rows = []
            prepared = [
                self.normalise_lead_input(row, f"leads.{index}.", errors)
                for index, row in enumerate(rows)
            ]
            errors.raise_if_any()
            list_uuid = str(body["list_uuid"])
            outcomes: list[UpsertOutcome] = []
            for fields, tags, custom in prepared:
                existing = self.find_lead(fields)
                if existing is None:
                    created = self._create_lead(fields, list_uuid, tags, custom)
                    outcomes.append(UpsertOutcome(created, True, True))
                else:
                    self._update_lead(existing, fields, tags, custom)
                    outcomes.append(UpsertOutcome(existing, False, True))
            return outcomes

    def update_lead(self, lead_uuid: str, body: Mapping[str, Any]) -> Record:
        """``PUT /leads/api/leads/{uuid}``: change only the fields given."""
        with self.lock:
            record = self.leads.get(lead_uuid)
            if record is None:
                raise not_found("Contact")
            errors = FieldErrors()
            fields, tags, custom = self.normalise_lead_input(
                body, "", errors, require_identity=False
            )
            errors.raise_if_any()
            self._update_lead(record, fields, tags, custom)
            return record

    def delete_lead(self, lead_uuid: str) -> None:
        with self.lock:
            record = self.leads.remove(lead_uuid)
            if record is None:
                raise not_found("Contact")
            self._unindex_lead(record)

    def _lead_predicate(self, conditions: Mapping[str, Any]) -> Predicate | None:
        def tags_matcher(condition: Any) -> Predicate:
            wanted = condition if isinstance(condition, list) else [condition]
            names = set()
            for item in wanted:
                tag = self.tags.get(item) if isinstance(item, str) else None
                names.add((tag["name"] if tag else str(item)).casefold())

            def match(record: Record) -> bool:
                return any(t.casefold() in names for t in record.get("tags", ()))

            return match

        def email_matcher(condition: Any) -> Predicate:
            work = field_matcher("work_email", condition)
            personal = field_matcher("personal_email", condition)
            return lambda record: work(record) or personal(record)

        return build_predicate(
            conditions,
            text_fields=LEAD_SEARCH_TEXT,
            special={"tags": tags_matcher, "email": email_matcher},
        )

    def search_leads(self, request: PageRequest, conditions: Mapping[str, Any]) -> Page:
        """``POST /leads/api/leads/search``."""
        with self.lock:
            predicate = self._lead_predicate(conditions)
            return self._page(
                self.leads,
                request,
                conditions,
                predicate,
                lambda r: self.render_lead_item(r, aggregated=True),
            )

    def count_leads(self, body: Mapping[str, Any], conditions: Mapping[str, Any]) -> int:
        """``POST /leads/api/leads/count``: by ``ids``, by ``filter``, or ``all``."""
        with self.lock:
            ids = body.get("ids")
            if ids is not None and not (
                isinstance(ids, list) and all(isinstance(i, str) for i in ids)
            ):
                raise ValidationFailed({"ids": ["The ids must be a list of UUIDs."]})
            predicate = self._lead_predicate(conditions)
            if ids:
                wanted = [self.leads.get(i) for i in dict.fromkeys(ids)]
                return sum(1 for r in wanted if r is not None and (not predicate or predicate(r)))
            if predicate is None:
                return len(self.leads)
            ordered = self.leads.view("created_at", "desc", filter_key(conditions), predicate)
            return len(ordered)

    def lookup_lead(self, body: Mapping[str, Any]) -> Record | None:
        """``POST /leads/api/leads/lookup-one``: the match, or ``None``."""
        with self.lock:
            errors = FieldErrors()
            probe: Record = {}
            linkedin_id = body.get("linkedin_id")
            if isinstance(linkedin_id, str) and linkedin_id.strip():
                probe.update(parse_linkedin_id(linkedin_id))
            email = body.get("email")
            if isinstance(email, str) and email.strip():
                probe["work_email"] = email.strip()
            name, company = body.get("name"), body.get("company_name")
            if isinstance(name, str) and name.strip() and isinstance(company, str) and company:
                probe["name"] = name
                probe["company_name"] = company
            if not probe:
                errors.add(
                    "linkedin_id",
                    "Provide linkedin_id, email, or name together with company_name.",
                )
            errors.raise_if_any()
            found = self.find_lead(probe)
            if found is None:
                return None
            aggregated = not bool(body.get("disable_aggregation"))
            return self.render_lead_item(found, aggregated=aggregated)


def _read_bool(body: Mapping[str, Any], name: str, default: bool, errors: FieldErrors) -> bool:
    value = body.get(name)
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    if value in (0, 1, "0", "1", "true", "false"):
        return value in (1, "1", "true")
    errors.add(name, f"The {name} field must be true or false.")
    return default
