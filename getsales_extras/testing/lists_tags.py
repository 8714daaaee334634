"""Lists and tags: unique names within the team, and what renaming or deleting one does to
the contacts that use it.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from getsales_extras.testing.errors import ValidationFailed, not_found
from getsales_extras.testing.listing import Page, PageRequest, Record, build_predicate
from getsales_extras.testing.store_core import StoreCore


class ListTagStore(StoreCore):
    """Operations on lists and tags."""

    def list_lists(self, request: PageRequest, conditions: Mapping[str, Any]) -> Page:
        with self.lock:
            predicate = build_predicate(conditions, text_fields=("name",))
            return self._page(self.lists, request, conditions, predicate, self.render_plain)

    def create_list(self, body: Mapping[str, Any]) -> Record:
        with self.lock:
            name = self._check_name(body, self._list_names, None)
            record = self._stamp({"uuid": self.ids.new(), "name": name})
            self.lists.insert(record)
            self._list_names[name.casefold()] = record["uuid"]
            return self.render_plain(record)

    def get_list(self, list_uuid: str) -> Record:
        with self.lock:
            record = self.lists.get(list_uuid)
            if record is None:
                raise not_found("List")
            return self.render_plain(record)

    def update_list(self, list_uuid: str, body: Mapping[str, Any]) -> Record:
        with self.lock:
            record = self.lists.get(list_uuid)
            if record is None:
                raise not_found("List")
            name = self._check_name(body, self._list_names, list_uuid)
            del self._list_names[record["name"].casefold()]
            record["name"] = name
            record["updated_at"] = self.clock.now()
            self._list_names[name.casefold()] = list_uuid
            self.lists.changed()
            return self.render_plain(record)

    def delete_list(self, list_uuid: str) -> None:
        """Soft delete: the list disappears and its contacts are unlinked from it."""
        with self.lock:
            record = self.lists.remove(list_uuid)
            if record is None:
                raise not_found("List")
            self._list_names.pop(record["name"].casefold(), None)
            touched = False
            for lead in self.leads.records.values():
                if lead.get("list_uuid") == list_uuid:
                    lead["list_uuid"] = None
                    touched = True
            if touched:
                self.leads.changed()

    # --- tags ----------------------------------------------------------------------------

    def list_tags(self, request: PageRequest, conditions: Mapping[str, Any]) -> Page:
        with self.lock:
            predicate = build_predicate(conditions, text_fields=("name",))
            return self._page(self.tags, request, conditions, predicate, self.render_plain)

    def _check_color(self, body: Mapping[str, Any]) -> str | None:
        color = body.get("color")
        if color is not None and not isinstance(color, str):
            raise ValidationFailed({"color": ["The color must be a string."]})
        return color

    def create_tag(self, body: Mapping[str, Any]) -> Record:
        with self.lock:
            name = self._check_name(body, self._tag_names, None)
            color = self._check_color(body)
            record = self._stamp({"uuid": self.ids.new(), "name": name, "color": color})
            self.tags.insert(record)
            self._tag_names[name.casefold()] = record["uuid"]
            return self.render_plain(record)

    def update_tag(self, tag_uuid: str, body: Mapping[str, Any]) -> Record:
        with self.lock:
            record = self.tags.get(tag_uuid)
            if record is None:
                raise not_found("Tag")
            old_name = record["name"]
            if "name" in body:
                name = self._check_name(body, self._tag_names, tag_uuid)
                del self._tag_names[old_name.casefold()]
                record["name"] = name
                self._tag_names[name.casefold()] = tag_uuid
                self._rename_tag_on_leads(old_name, name)
            if "color" in body:
                record["color"] = self._check_color(body)
            record["updated_at"] = self.clock.now()
            self.tags.changed()
            return self.render_plain(record)

    def _rename_tag_on_leads(self, old: str, new: str | None) -> None:
        touched = False
        for lead in self.leads.records.values():
            tags = lead.get("tags")
            if tags and old in tags:
                lead["tags"] = [t for t in (new if t == old else t for t in tags) if t]
                touched = True
        if touched:
            self.leads.changed()

    def delete_tag(self, tag_uuid: str) -> None:
        with self.lock:
            record = self.tags.remove(tag_uuid)
            if record is None:
                raise not_found("Tag")
            self._tag_names.pop(record["name"].casefold(), None)
            self._rename_tag_on_leads(record["name"], None)
