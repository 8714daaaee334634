"""The README tour as a user writes it; the test suite type-checks this file with `mypy --strict`.

It chains calls the way an asyncio service does: create a list, upsert a contact into it by the
list's id, read the contact back by the id the upsert returned, page through lists and search
results, and read fields, with no `isinstance`, `cast` or conversion anywhere. The
`reveal_type` calls let the test check that every result is a plain model.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from getsales_client.api.flows_automations import list_flows
from getsales_client.api.leads_contacts import get_lead_by_uuid, search_leads, upsert_lead
from getsales_client.api.lists import create_list, list_lists
from getsales_client.models import (
    CreateListBody,
    FlowStatus,
    LeadFilter,
    LeadInput,
    SearchLeadsBody,
    SortDirection,
    UpsertLeadBody,
)
from getsales_extras import GetSalesClient, paginate

if not TYPE_CHECKING:

    def reveal_type(value: object) -> object:
        return value


async def tour(client: GetSalesClient) -> list[str]:
    created = await create_list.asyncio(client=client, body=CreateListBody(name="Webinar"))
    reveal_type(created)
    lead = await upsert_lead.asyncio(
        client=client,
        body=UpsertLeadBody(
            lead=LeadInput(email="ada@example.com", first_name="Ada", company_name="Engines"),
            list_uuid=created.uuid,
        ),
    )
    reveal_type(lead)
    again = await get_lead_by_uuid.asyncio(lead.uuid, client=client)
    reveal_type(again)
    names = [f"{again.uuid} in {created.name}"]

    async for contact_list in paginate(list_lists, client=client, max_items=500):
        reveal_type(contact_list)
        names.append(contact_list.uuid)

    body = SearchLeadsBody(
        filter_=LeadFilter(q="CTO"), order_field="created_at", order_type=SortDirection.ASC
    )
    async for found in paginate(search_leads, client=client, body=body, dedupe=True):
        reveal_type(found)
        names.append(found.uuid)

    flows = await list_flows.asyncio(client=client, filter_status=FlowStatus.ON)
    reveal_type(flows)
    return names
