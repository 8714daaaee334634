"""Notes on contacts and companies, and the activity log a note leaves behind."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from getsales_extras.testing.errors import FieldErrors, ValidationFailed, not_found
from getsales_extras.testing.listing import Page, PageRequest, Record, build_predicate
from getsales_extras.testing.store_core import StoreCore


class NoteStore(StoreCore):
    """Operations on notes and activities."""

    def list_notes(self, request: PageRequest, conditions: Mapping[str, Any]) -> Page:
        with self.lock:
            predicate = build_predicate(conditions, text_fields=("note",))
            return self._page(self.notes, request, conditions, predicate, self.render_note)

    def render_note(self, record: Record) -> Record:
        rendered = dict(record)
        rendered["team_id"] = self.team_id
        rendered["user_id"] = 1
        return rendered

    def create_note(self, body: Mapping[str, Any]) -> Record:
        """``POST /leads/api/notes``; also logs a ``note_left`` activity on the record."""
        with self.lock:
            errors = FieldErrors()
            kind = body.get("object")
            if kind not in ("lead", "company"):
                errors.add("object", "The object must be lead or company.")
            target = body.get("object_uuid")
            if not isinstance(target, str) or not target:
                errors.add("object_uuid", "The object_uuid field is required.")
            elif kind in ("lead", "company"):
                owner = self.leads if kind == "lead" else self.companies
                if owner.get(target) is None:
                    errors.add("object_uuid", "The selected object_uuid is invalid.")
            text = body.get("note")
            if not isinstance(text, str) or not text.strip():
                errors.add("note", "The note field is required.")
            errors.raise_if_any()
            record = self._stamp(
                {"uuid": self.ids.new(), "object": kind, "object_uuid": target, "note": text}
            )
            self.notes.insert(record)
            self._log_activity(str(kind), str(target), "note_left", {"note_uuid": record["uuid"]})
            return self.render_note(record)

    def update_note(self, note_uuid: str, body: Mapping[str, Any]) -> Record:
        with self.lock:
            record = self.notes.get(note_uuid)
            if record is None:
                raise not_found("Note")
            text = body.get("note")
            if not isinstance(text, str) or not text.strip():
                raise ValidationFailed({"note": ["The note field is required."]})
            record["note"] = text
            record["updated_at"] = self.clock.now()
            self.notes.changed()
            return self.render_note(record)

    def delete_note(self, note_uuid: str) -> None:
        with self.lock:
            if self.notes.remove(note_uuid) is None:
                raise not_found("Note")

    def _log_activity(self, kind: str, target: str, activity: str, payload: Record) -> None:
        record = {
            "uuid": self.ids.new(),
            "object_type": kind,
            "object_uuid": target,
            "type": activity,
            "payload": payload,
            "created_at": self.clock.now(),
        }
        self.activities.insert(record)

    def list_activities(self, request: PageRequest, conditions: Mapping[str, Any]) -> Page:
        with self.lock:
            translated = dict(conditions)
            for name, kind in (("lead_uuid", "lead"), ("company_uuid", "company")):
                if name in translated:
                    translated["object_uuid"] = translated.pop(name)
                    translated["object_type"] = kind
            predicate = build_predicate(translated, text_fields=("type",))
            return self._page(self.activities, request, translated, predicate, self.render_plain)
