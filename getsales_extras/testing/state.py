"""The emulator's data: one in-memory GetSales team and what each endpoint does to it.

Records are plain dicts holding only the fields that were set; the full public object is
produced when a record is rendered over the documented defaults, which keeps 100,000
contacts at well under a kilobyte each. The operations live in one module per resource;
``Store`` combines them.
"""

from __future__ import annotations

from getsales_extras.testing.companies import CompanyStore
from getsales_extras.testing.contacts import ContactStore, UpsertOutcome
from getsales_extras.testing.notes import NoteStore
from getsales_extras.testing.seeding import SeedingStore
from getsales_extras.testing.webhooks import WebhookStore

__all__ = ["Store", "UpsertOutcome"]


class Store(ContactStore, CompanyStore, WebhookStore, NoteStore, SeedingStore):
    """One team's data and every operation the emulated endpoints perform on it."""
