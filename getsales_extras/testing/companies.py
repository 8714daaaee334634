"""Companies: create one or many (matching existing ones by domain or LinkedIn page),
search, lookup, get, update and delete.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from getsales_extras.testing.errors import FieldErrors, not_found
from getsales_extras.testing.listing import Page, PageRequest, Record, build_predicate
from getsales_extras.testing.objects import COMPANY_DEFAULTS, COMPANY_TEXT_FIELDS
from getsales_extras.testing.store_core import StoreCore


class CompanyStore(StoreCore):
    """Operations on companies."""

    def render_company(self, record: Record) -> Record:
        rendered = {**COMPANY_DEFAULTS, **record}
        rendered["team_id"] = self.team_id
        return rendered

    def _company_fields(
        self, data: Any, prefix: str, errors: FieldErrors, *, creating: bool
    ) -> Record:
        if not isinstance(data, dict):
            errors.add(prefix.rstrip(".") or "company", "The company must be an object.")
            return {}
        fields: Record = {}
        for name in COMPANY_TEXT_FIELDS:
            if name in data and data[name] is not None:
                if not isinstance(data[name], str):
                    errors.add(prefix + name, f"The {name} must be a string.")
                else:
                    fields[name] = data[name].strip()
        for name in ("ln_id", "year_established"):
            value = data.get(name)
            if value is not None:
                if isinstance(value, bool) or not isinstance(value, int | str):
                    errors.add(prefix + name, f"The {name} must be an integer.")
                else:
                    fields[name] = value
        custom = data.get("custom_fields")
        if custom is not None:
            if not isinstance(custom, dict):
                errors.add(prefix + "custom_fields", "The custom_fields must be an object.")
            else:
                fields["custom_fields"] = dict(custom)
        if creating and not fields.get("name"):
            errors.add(prefix + "name", "The name field is required.")
        return fields

    def _apply_company_fields(self, record: Record, fields: Mapping[str, Any]) -> None:
        """Update in place; custom field values are merged, not replaced."""
        changes = dict(fields)
        custom = changes.pop("custom_fields", None)
        record.update(changes)
        if custom:
            record["custom_fields"] = {**record.get("custom_fields", {}), **custom}
        record["updated_at"] = self.clock.now()
        self.companies.changed()

    def render_company_aggregation(self, record: Record) -> Record:
        """A company with its activity markers, as list, lookup and get return it."""
        rendered = self.render_company(record)
        rendered["markers"] = {}
        return rendered

    def _find_company(self, fields: Mapping[str, Any]) -> Record | None:
        for key in ("domain", "linkedin"):
            value = fields.get(key)
            if not value:
                continue
            for company in self.companies.records.values():
                other = company.get(key)
                if isinstance(other, str) and other.casefold() == str(value).casefold():
                    return company
        return None

    def create_companies(self, body: Any) -> list[Record]:
        """``POST /leads/api/companies``: one object, an array, or ``{companies: [...]}``.

        A company whose ``domain`` or ``linkedin`` matches an existing one updates it.
        """
        with self.lock:
            errors = FieldErrors()
            list_uuids: list[str] = []
            if isinstance(body, dict) and "companies" in body:
                rows = body["companies"]
                prefix = "companies"
                raw_lists = body.get("list_uuids") or []
                if not isinstance(raw_lists, list) or not all(
                    isinstance(u, str) and self.lists.get(u) for u in raw_lists
                ):
                    errors.add("list_uuids", "The selected list_uuids are invalid.")
                else:
                    list_uuids = list(raw_lists)
            elif isinstance(body, list):
                rows, prefix = body, ""
            else:
                rows, prefix = [body], None
            if not isinstance(rows, list) or not rows:
                errors.add("companies", "Provide at least one company.")
                rows = []
            prepared = [
                self._company_fields(
                    row,
                    "" if prefix is None else f"{prefix}.{index}.".lstrip("."),
                    errors,
                    creating=True,
                )
                for index, row in enumerate(rows)
            ]
            errors.raise_if_any()
            results: list[Record] = []
            for fields in prepared:
                existing = self._find_company(fields)
                if existing is not None:
                    self._apply_company_fields(existing, fields)
                    if list_uuids:
                        existing["lists"] = list(
                            dict.fromkeys([*existing.get("lists", []), *list_uuids])
                        )
                    results.append(self.render_company(existing))
                    continue
                record = self._stamp({"uuid": self.ids.new(), **fields})
                if list_uuids:
                    record["lists"] = list(list_uuids)
                self.companies.insert(record)
                results.append(self.render_company(record))
            return results

    def lookup_company(self, body: Mapping[str, Any]) -> Record | None:
        """The first company matching any of linkedin, domain, website, ln_id or name."""
        with self.lock:
            for key in ("linkedin", "domain", "website", "ln_id", "name"):
                value = body.get(key)
                if value is None or value == "":
                    continue
                wanted = str(value).casefold()
                for company in self.companies.records.values():
                    other = company.get(key)
                    if other is not None and str(other).casefold() == wanted:
                        return self.render_company_aggregation(company)
            return None

    def list_companies(self, request: PageRequest, conditions: Mapping[str, Any]) -> Page:
        with self.lock:
            predicate = build_predicate(conditions, text_fields=("name", "domain"))
            return self._page(
                self.companies, request, conditions, predicate, self.render_company_aggregation
            )

    def get_company(self, company_uuid: str) -> Record:
        with self.lock:
            record = self.companies.get(company_uuid)
            if record is None:
                raise not_found("Company")
            return self.render_company_aggregation(record)

    def update_company(self, company_uuid: str, body: Mapping[str, Any]) -> Record:
        with self.lock:
            record = self.companies.get(company_uuid)
            if record is None:
                raise not_found("Company")
            errors = FieldErrors()
            fields = self._company_fields(body, "", errors, creating=False)
            errors.raise_if_any()
            self._apply_company_fields(record, fields)
            return self.render_company(record)

    def delete_company(self, company_uuid: str) -> None:
        """Contacts of the company stay; their ``company_uuid`` becomes null."""
        with self.lock:
            if self.companies.remove(company_uuid) is None:
                raise not_found("Company")
            touched = False
            for lead in self.leads.records.values():
                if lead.get("company_uuid") == company_uuid:
                    lead["company_uuid"] = None
                    touched = True
            if touched:
                self.leads.changed()
