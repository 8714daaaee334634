"""The shared core of the emulator's data: collections, identifiers, timestamps, the user
and team, and the helpers every resource uses (paging, rendering, unique names).

All methods take the store's lock: the server thread and test code may use the store at
the same time.
"""

from __future__ import annotations

import copy
import threading
from collections.abc import Callable, Mapping
from typing import Any

from getsales_extras.testing.collection import Collection, IdFactory, Timestamps
from getsales_extras.testing.config import EmulatorConfig
from getsales_extras.testing.errors import ApiError, ValidationFailed
from getsales_extras.testing.listing import Page, PageRequest, Predicate, Record, filter_key
from getsales_extras.testing.objects import LEAD_IDENTITY_KEYS


class StoreCore:
    """One team's collections and the helpers shared by every resource."""

    def __init__(self, config: EmulatorConfig) -> None:
        self.lock = threading.RLock()
        self._config = config
        self._reset(config)

    # --- housekeeping ----------------------------------------------------------------

    def _reset(self, config: EmulatorConfig) -> None:
        self.team_id = config.team_id
        self.ids = IdFactory(config.seed)
        self.clock = Timestamps()
        created = self.clock.now()
        self.user: Record = {
            "uuid": self.ids.new(),
            "id": 1,
            "first_name": "Emma",
            "last_name": "Emulator",
            "email": "owner@example.com",
            "email_status": "verified",
            "image_url": None,
            "timezone": "UTC",
            "config": {"latest_team_id": config.team_id},
            "whitelabel": None,
            "created_at": created,
            "updated_at": created,
        }
        self.teams = Collection(key="id")
        self.teams.insert(
            {
                "id": config.team_id,
                "cluster_id": 1,
                "subscription_id": None,
                "license_uuid": None,
                "name": "Emulated team",
                "color": None,
                "status": "active",
                "features": {
                    "sender_profiles": 10,
                    "cloud_browsers": 10,
                    "contacts": None,
                    "linkedin_accounts": 10,
                    "email_accounts": 10,
                    "users": 5,
                },
                "credits": {"activities": None, "advanced_enrichment": 1000, "llm": 1000},
                "config": {"is_onboarding_completed": True, "is_cloud_browser_disabled": False},
                "user_id": 1,
                "created_at": created,
                "updated_at": created,
            }
        )
        self.leads = Collection()
        self.lists = Collection()
        self.tags = Collection()
        self.companies = Collection()
        self.webhooks = Collection()
        self.notes = Collection()
        self.activities = Collection()
        self._lead_index: dict[str, dict[str, str]] = {name: {} for name in LEAD_IDENTITY_KEYS}
        self._list_names: dict[str, str] = {}
        self._tag_names: dict[str, str] = {}
        self._seed_batches = 0

    def reset(self, config: EmulatorConfig | None = None) -> None:
        """Drop all data; the identifiers start over from the configured seed."""
        with self.lock:
            if config is not None:
                self._config = config
            self._reset(self._config)

    def configure(self, config: EmulatorConfig) -> None:
        with self.lock:
            self._config = config
            self.team_id = config.team_id

    @property
    def config(self) -> EmulatorConfig:
        return self._config

    def counts(self) -> dict[str, int]:
        """How many records of each kind exist."""
        with self.lock:
            return {
                "leads": len(self.leads),
                "lists": len(self.lists),
                "tags": len(self.tags),
                "companies": len(self.companies),
                "webhooks": len(self.webhooks),
                "notes": len(self.notes),
                "activities": len(self.activities),
            }

    def _stamp(self, record: Record) -> Record:
        now = self.clock.now()
        record["created_at"] = now
        record["updated_at"] = now
        return record

    def _page(
        self,
        collection: Collection,
        request: PageRequest,
        conditions: Mapping[str, Any],
        predicate: Predicate | None,
        render: Callable[[Record], Any],
    ) -> Page:
        ordered = collection.view(
            request.order_field, request.order_type, filter_key(conditions), predicate
        )
        window = ordered[request.offset : request.offset + request.limit]
        return Page(
            items=[render(r) for r in window],
            limit=request.limit,
            offset=request.offset,
            total=len(ordered),
        )

    # --- user and teams --------------------------------------------------------------

    def current_user(self) -> Record:
        with self.lock:
            return copy.deepcopy(self.user)

    def list_teams(self, request: PageRequest) -> Page:
        with self.lock:
            return self._page(self.teams, request, {}, None, copy.deepcopy)

    def get_team(self, team_id: int) -> Record:
        with self.lock:
            team = self.teams.get(team_id)
            if team is None:
                raise ApiError(403, "You do not have access to this team.")
            return copy.deepcopy(team)

    def render_plain(self, record: Record) -> Record:
        """A stored record with its team, as list, tag and activity objects are shown."""
        return {"uuid": record["uuid"], "team_id": self.team_id, **record}

    def _check_name(
        self, body: Mapping[str, Any], names: Mapping[str, str], current: str | None
    ) -> str:
        name = body.get("name")
        if name is None or (isinstance(name, str) and not name.strip()):
            raise ValidationFailed({"name": ["The name field is required."]})
        if not isinstance(name, str):
            raise ValidationFailed({"name": ["The name must be a string."]})
        if len(name) > 255:
            raise ValidationFailed({"name": ["The name may not be greater than 255 characters."]})
        owner = names.get(name.strip().casefold())
        if owner is not None and owner != current:
            raise ValidationFailed({"name": ["The name has already been taken."]})
        return name.strip()
