"""Typical use of the generated client; the test suite type-checks this file with `mypy --strict`.

It is never run: it shows that the generated functions and models carry precise types, so a
caller's mistakes (a wrong argument type, a missing None check) are caught before runtime.
"""

from __future__ import annotations

from getsales_client import AuthenticatedClient
from getsales_client.api.flows_automations import create_flow, list_flows
from getsales_client.models.create_flow_body import CreateFlowBody
from getsales_client.models.error_envelope import ErrorEnvelope
from getsales_client.models.flow import Flow
from getsales_client.models.flow_list import FlowList
from getsales_client.models.flow_status import FlowStatus
from getsales_client.models.list_flows_filter_status import ListFlowsFilterStatus
from getsales_client.models.schedule import Schedule
from getsales_client.models.sort_direction import SortDirection
from getsales_client.models.timeblock import Timeblock
from getsales_client.types import Response, Unset


async def running_flow_names(client: AuthenticatedClient) -> list[str]:
    """Names of the running automations on the first page, newest first."""
    response: Response[ErrorEnvelope | FlowList] = await list_flows.asyncio_detailed(
        client=client,
        limit=100,
        order_type=SortDirection.DESC,
        filter_status=ListFlowsFilterStatus.ON,
    )
    page = response.parsed
    if not isinstance(page, FlowList):
        return []
    flows: list[Flow] = page.data or []
    return [f.name for f in flows if isinstance(f.name, str) and f.status == FlowStatus.ON]


async def create_office_hours_flow(client: AuthenticatedClient, name: str) -> str | None:
    """Create a draft automation that acts on weekdays from 9:00 to 17:00; return its UUID."""
    weekdays = [Timeblock(dow=day, min_=9 * 60, max_=17 * 60) for day in range(1, 6)]
    body = CreateFlowBody(
        name=name,
        use_sender_schedule=False,
        schedule=Schedule(timezone="Europe/Berlin", timeblocks=weekdays),
    )
    created: Flow | ErrorEnvelope | None = await create_flow.asyncio(client=client, body=body)
    if isinstance(created, Flow) and not isinstance(created.uuid, Unset):
        return created.uuid
    return None


def describe(flow: Flow) -> str:
    """One line about an automation, whatever the server left out."""
    status = flow.status.value if isinstance(flow.status, FlowStatus) else "unknown"
    name = flow.name if isinstance(flow.name, str) else "unnamed"
    return f"{name} ({status})"
