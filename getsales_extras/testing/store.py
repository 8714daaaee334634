"""The emulator's data: one in-memory GetSales team with its user, lists, contacts and
webhook subscriptions, and fast seeding of many generated records (no HTTP, no checks).
"""

from __future__ import annotations

import copy
import re
from collections.abc import Mapping
from typing import Any

from getsales_extras.testing.contacts import ContactStore, UpsertOutcome
from getsales_extras.testing.errors import FieldErrors, invalid
from getsales_extras.testing.records import Collection, Record
from getsales_extras.testing.spec import request_schema, spec_example

__all__ = ["Store", "UpsertOutcome"]

_FIRST_NAMES = ("Ada", "Ben", "Chloe", "Dmitri", "Elif", "Farah", "Goran", "Hana")
_POSITIONS = ("Head of Sales", "CTO", "Marketing Lead", "Founder", "Account Executive", "CFO")


class Store(ContactStore):
    """One team's data and what the stateful operations do to it."""

    def counts(self) -> dict[str, int]:
        kinds = {"leads": self.leads, "lists": self.lists, "webhooks": self.webhooks}
        return {name: len(records) for name, records in kinds.items()}

    # --- user and team ----------------------------------------------------------------------

    def current_user(self) -> Record:
        """The spec's example user, with this emulator's team."""
        user = spec_example("get_current_user")
        return {**user, "config": {**(user.get("config") or {}), "latest_team_id": self.team_id}}

    def team(self) -> Record:
        return {**spec_example("get_team"), "id": self.team_id}

    def list_teams(self, query: Mapping[str, Any]) -> Record:
        """The key's one team, paged like every list."""
        teams = Collection()
        teams[str(self.team_id)] = self.team()
        return self.page("list_teams", teams, query, {}, dict)

    # --- lists ------------------------------------------------------------------------------

    def _render_list(self, record: Record) -> Record:
        return {**record, "team_id": self.team_id}

    def _list_name(self, body: Mapping[str, Any], current: str | None) -> str:
        name = body.get("name")
        if not isinstance(name, str) or not name.strip():
            raise invalid("name", "The name field is required.")
        if len(name) > 255:
            raise invalid("name", "The name may not be greater than 255 characters.")
        folded = name.strip().casefold()
        if any(r["name"].casefold() == folded for u, r in self.lists.items() if u != current):
            raise invalid("name", "The name has already been taken.")
        return name.strip()

    def list_lists(self, query: Mapping[str, Any], conditions: Mapping[str, Any]) -> Record:
        return self.page("list_lists", self.lists, query, conditions, self._render_list)

    def create_list(self, body: Mapping[str, Any]) -> Record:
        with self.lock:
            record = self.stamp({"uuid": self.new_id(), "name": self._list_name(body, None)})
            self.lists.insert(record)
            return self._render_list(record)

    def get_list(self, list_uuid: str) -> Record:
        return self._render_list(self.existing(self.lists, list_uuid, "List"))

    def update_list(self, list_uuid: str, body: Mapping[str, Any]) -> Record:
        with self.lock:
            record = self.existing(self.lists, list_uuid, "List")
            name = self._list_name(body, list_uuid)
            record.update(name=name, updated_at=self.now())
            self.lists.changed()
            return self._render_list(record)

    def delete_list(self, list_uuid: str) -> Record:
        """The list goes; its contacts stay, in no list."""
        with self.lock:
            record = self.existing(self.lists, list_uuid, "List", remove=True)
            for lead in self.leads.values():
                if lead.get("list_uuid") == list_uuid:
                    lead["list_uuid"] = None
            self.leads.changed()
            return record

    # --- webhook subscriptions --------------------------------------------------------------

    def _webhook_fields(self, body: Mapping[str, Any], operation: str) -> Record:
        """The subscription's fields, checked against the operation's body schema."""
        schema = request_schema(operation)
        declared, required = schema.get("properties") or {}, schema.get("required") or ()
        fields = {name: copy.deepcopy(body[name]) for name in declared if name in body}
        if operation == "create_webhook":
            fields = {name: rule.get("default") for name, rule in declared.items()} | fields
        errors = FieldErrors()
        for name, rule in declared.items():
            value, kind = fields.get(name), rule.get("type")
            if value is None:
                if name in required or (name in body and not rule.get("nullable")):
                    errors.add(name, f"The {name} field is required.")
            elif kind == "string" and (not isinstance(value, str) or not value.strip()):
                errors.add(name, f"The {name} must be a non-empty string.")
            elif kind == "object" and not isinstance(value, dict):
                errors.add(name, f"The {name} must be an object.")
            elif value not in rule.get("enum", [value]):
                errors.add(name, f"The selected {name} is invalid.")
            elif rule.get("format") == "uri" and not re.match(r"^https?://[^\s/]+", value):
                errors.add(name, f"The {name} must be a valid URL.")
        errors.raise_if_any()
        return fields

    def _render_webhook(self, record: Record) -> Record:
        return {**copy.deepcopy(record), "team_id": self.team_id, "user_id": 1}

    def list_webhooks(self, query: Mapping[str, Any], conditions: Mapping[str, Any]) -> Record:
        return self.page(
            "list_webhooks",
            self.webhooks,
            query,
            conditions,
            self._render_webhook,
            sortable=frozenset({"name", "event", "status"}),
            text_fields=("name", "target_url"),
        )

    def create_webhook(self, body: Mapping[str, Any]) -> Record:
        with self.lock:
            fields = self._webhook_fields(body, "create_webhook")
            record = self.stamp({"uuid": self.new_id(), **fields})
            self.webhooks.insert(record)
            return self._render_webhook(record)

    def get_webhook(self, webhook_uuid: str) -> Record:
        return self._render_webhook(self.existing(self.webhooks, webhook_uuid, "Webhook"))

    def update_webhook(self, webhook_uuid: str, body: Mapping[str, Any]) -> Record:
        with self.lock:
            record = self.existing(self.webhooks, webhook_uuid, "Webhook")
            record.update(self._webhook_fields(body, "update_webhook"))
            record["updated_at"] = self.now()
            self.webhooks.changed()
            return self._render_webhook(record)

    def delete_webhook(self, webhook_uuid: str) -> Record:
        return self.existing(self.webhooks, webhook_uuid, "Webhook", remove=True)

    # --- seeding ----------------------------------------------------------------------------

    def seed_lists(self, count: int) -> None:
        """Add ``count`` lists named ``"Seeded list <batch>-<n>"``."""
        with self.lock:
            self.seed_batches += 1
            stamp = self.now()
            for n in range(count):
                name, uuid = f"Seeded list {self.seed_batches}-{n:06d}", self.new_id()
                self.lists[uuid] = dict(uuid=uuid, name=name, created_at=stamp, updated_at=stamp)
            self.lists.changed()

    def seed_leads(self, count: int, list_uuid: str | None = None) -> str:
        """Add ``count`` valid, distinct contacts (``lead<N>.<batch>@seed.example``) to a list
        (a new one when not given); returns the list's uuid."""
        with self.lock:
            if list_uuid is None:
                self.seed_batches += 1
                name = f"Seeded contacts {self.seed_batches}"
                list_uuid = str(self.create_list({"name": name})["uuid"])
            elif self.lists.get(list_uuid) is None:
                raise ValueError(f"no list {list_uuid}")
            self.seed_batches += 1
            batch, stamp = self.seed_batches, self.now()
            by_email, by_nickname = self.lead_index["work_email"], self.lead_index["linkedin"]
            for n in range(count):
                first, email = _FIRST_NAMES[n % len(_FIRST_NAMES)], f"lead{n}.{batch}@seed.example"
                uuid, nickname = self.new_id(), f"seed-lead-{batch}-{n}"
                self.leads[uuid] = {
                    "uuid": uuid,
                    "list_uuid": list_uuid,
                    "name": f"{first} Seed{n:06d}",
                    "first_name": first,
                    "last_name": f"Seed{n:06d}",
                    "company_name": f"Company {n % 997}",
                    "position": _POSITIONS[n % len(_POSITIONS)],
                    "work_email": email,
                    "linkedin": nickname,
                    "created_at": stamp,
                }
                by_email[email] = by_nickname[nickname] = uuid
            self.leads.changed()
            return str(list_uuid)
