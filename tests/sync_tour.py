"""The README tour as a plain script: no ``async``, no ``await``, a sync client.

Run by tests/test_sync_client.py as ``python tests/sync_tour.py`` against an emulator
(``GETSALES_BASE_URL``, ``GETSALES_API_KEY``); prints what it found and the client's
counters as one JSON object. ``tour()`` is also called from threads by the tests.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

if __name__ == "__main__":  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import attrs

from getsales_client.api.leads_contacts import get_lead_by_uuid, search_leads, upsert_lead
from getsales_client.api.lists import create_list, list_lists
from getsales_client.api.user_team import get_current_user
from getsales_client.models import (
    CreateListBody,
    LeadFilter,
    LeadInput,
    SearchLeadsBody,
    UpsertLeadBody,
)
from getsales_extras import (
    RateLimit,
    RetryPolicy,
    SyncGetSalesClient,
    client_stats,
    create_sync_client,
    paginate_sync,
)

# The emulator's budget scaled down (30 per 3 s rather than 300 per 60 s) and quick retries.
RATE = RateLimit(30, 3.0)
RETRY = RetryPolicy(initial_backoff=0.05, max_backoff=0.2)
CONTACTS = 25
PAGE_SIZE = 10


def tour(client: SyncGetSalesClient, *, contacts: int, name: str) -> dict[str, Any]:
    """Who am I, a new list, contacts upserted into it, one read back, the list walked."""
    user = get_current_user.sync(client=client)
    created = create_list.sync(client=client, body=CreateListBody(name=name))
    uuids = []
    for n in range(contacts):
        lead = upsert_lead.sync(
            client=client,
            body=UpsertLeadBody(
                lead=LeadInput(email=f"{name}-{n}@example.com", first_name=f"Person {n}"),
                list_uuid=created.uuid,
            ),
        )
        uuids.append(lead.uuid)
    again = get_lead_by_uuid.sync(uuids[0], client=client)
    in_list = SearchLeadsBody(filter_=LeadFilter(list_uuid=created.uuid))
    found = [
        lead.uuid
        for lead in paginate_sync(search_leads, client=client, body=in_list, page_size=PAGE_SIZE)
    ]
    names = [item.name for item in paginate_sync(list_lists, client=client)]
    return {
        "email": user.email,
        "read_back": again.uuid == uuids[0],
        "found_all": sorted(found) == sorted(uuids),
        "found": len(found),
        "list_seen": name in names,
    }


def main() -> None:
    with create_sync_client(rate_limit=RATE, retry=RETRY) as client:
        result = tour(client, contacts=CONTACTS, name="Webinar")
        result["stats"] = attrs.asdict(client_stats(client))
    print(json.dumps(result))


if __name__ == "__main__" and os.environ.get("GETSALES_API_KEY"):
    main()
