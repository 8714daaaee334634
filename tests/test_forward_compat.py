"""The generated client keeps working when the API sends what its description does not promise.

GetSales adds enum values, leaves out or nulls fields, adds fields, and one endpoint answers with
the non-IANA status 433. Each case goes through a real generated function over an
`httpx.MockTransport`, so parsing runs exactly as it does against the live API.
"""

from __future__ import annotations

import datetime
import importlib
import json
import shutil
import sys
import types
from collections.abc import Callable, Iterator
from http import HTTPStatus
from pathlib import Path
from typing import Any

import httpx
import pytest

from getsales_client import AuthenticatedClient
from getsales_client.api.flows_automations import list_flows
from getsales_client.api.mailboxes import connect_smtp_imap_mailbox
from getsales_client.errors import UnexpectedStatus
from getsales_client.models.connect_smtp_imap_mailbox_body import ConnectSmtpImapMailboxBody
from getsales_client.models.flow import Flow
from getsales_client.models.flow_list import FlowList
from getsales_client.models.flow_status import FlowStatus
from getsales_client.models.schedule import Schedule
from getsales_client.types import UNSET
from getsales_extras import APIStatusError, MalformedResponseError, create_client
from scripts.generate_client import build

pytestmark = pytest.mark.anyio

Handler = Callable[[httpx.Request], httpx.Response]


def _client(handler: Handler) -> AuthenticatedClient:
    transport = httpx.MockTransport(handler)
    return AuthenticatedClient(
        base_url="http://api.test", token="test-key", httpx_args={"transport": transport}
    )


def _flow(index: int) -> dict[str, Any]:
    return {
        "uuid": f"00000000-0000-4000-8000-{index:012d}",
        "name": f"Flow {index}",
        "status": "on",
        "priority": 2,
        "created_at": "2022-05-20T20:49:39.000000Z",
        "schedule": {"timezone": "Europe/Berlin", "timeblocks": []},
    }


async def _list_page(records: list[dict[str, Any]]) -> FlowList:
    body = {"data": records, "limit": 100, "offset": 0, "total": len(records), "has_more": False}
    client = _client(lambda request: httpx.Response(200, json=body))
    response = await list_flows.asyncio_detailed(client=client, limit=100)
    assert response.status_code == HTTPStatus.OK
    assert isinstance(response.parsed, FlowList)
    return response.parsed


def _records(page: FlowList) -> list[Flow]:
    assert isinstance(page.data, list)
    assert all(isinstance(record, Flow) for record in page.data)
    return page.data


async def test_an_unknown_enum_value_keeps_its_record_and_the_page() -> None:
    records = [_flow(i) for i in range(100)]
    records[42]["status"] = "paused_by_billing"

    flows = _records(await _list_page(records))

    assert len(flows) == 100
    unknown = flows[42].status
    assert isinstance(unknown, FlowStatus)
    assert unknown.value == "paused_by_billing"
    assert unknown == "paused_by_billing"
    assert unknown.name == "UNKNOWN"
    assert [f.status for i, f in enumerate(flows) if i != 42] == [FlowStatus.ON] * 99


async def test_null_missing_and_malformed_dates_do_not_raise() -> None:
    records = [_flow(i) for i in range(3)]
    records[0]["created_at"] = None
    del records[1]["created_at"]
    records[2]["created_at"] = "sometime last week"

    flows = _records(await _list_page(records))

    assert flows[0].created_at is None
    assert flows[1].created_at is UNSET
    assert flows[2].created_at == "sometime last week"  # kept as sent, visible to the caller


async def test_dates_with_a_z_suffix_parse_to_aware_datetimes() -> None:
    flows = _records(await _list_page([_flow(1)]))
    expected = datetime.datetime(2022, 5, 20, 20, 49, 39, tzinfo=datetime.UTC)
    assert flows[0].created_at == expected


async def test_missing_and_null_fields_parse_as_unset_and_none() -> None:
    records = [_flow(i) for i in range(2)]
    for key in ("name", "status", "schedule"):
        del records[0][key]
    records[1].update(name=None, status=None, priority=None, schedule=None)

    flows = _records(await _list_page(records))

    assert (flows[0].name, flows[0].status, flows[0].schedule) == (UNSET,) * 3
    assert (flows[1].name, flows[1].status, flows[1].priority) == (None,) * 3
    assert flows[1].schedule is None
    # A resource's own id is what makes it that resource: never UNSET or None.
    assert [flow.uuid for flow in flows] == [_flow(0)["uuid"], _flow(1)["uuid"]]


async def test_a_record_without_its_id_is_a_typed_error() -> None:
    record = _flow(1)
    del record["uuid"]
    with pytest.raises(MalformedResponseError, match="uuid"):
        await _list_page([record])


async def test_extra_fields_are_kept_in_additional_properties() -> None:
    record = _flow(7)
    record["ai_score"] = {"value": 0.93}
    assert isinstance(record["schedule"], dict)
    record["schedule"]["holidays"] = ["2026-12-25"]

    page = await _list_page([record])
    flow = _records(page)[0]

    assert flow.additional_properties == {"ai_score": {"value": 0.93}}
    assert flow["ai_score"] == {"value": 0.93}
    assert isinstance(flow.schedule, Schedule)
    assert flow.schedule.additional_properties == {"holidays": ["2026-12-25"]}
    assert flow.to_dict()["ai_score"] == {"value": 0.93}


def _mailbox_body() -> ConnectSmtpImapMailboxBody:
    return ConnectSmtpImapMailboxBody(
        email="anna@example.com", sender_name="Anna", sender_profile_uuid="sp-1"
    )


ENVELOPE_433 = {
    "error": {"reason": "mailbox_blocked", "message": "Provider blocked the login", "data": {}},
    "message": "Provider blocked the login",
    "code": 433,
}


async def test_status_433_raises_a_typed_error_with_the_parsed_envelope() -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(433, json=ENVELOPE_433))
    client = create_client(
        api_key="test-key", base_url="http://api.test", rate_limit=None, transport=transport
    )

    with pytest.raises(APIStatusError) as caught:
        await connect_smtp_imap_mailbox.asyncio(client=client, body=_mailbox_body())

    assert caught.value.status_code == 433
    assert caught.value.reason == "mailbox_blocked"
    assert caught.value.message == "Provider blocked the login"


@pytest.mark.parametrize(
    ("status", "content"), [(433, json.dumps(ENVELOPE_433)), (522, "origin timed out")]
)
async def test_a_plain_client_raises_unexpected_status_for_non_iana_codes(
    status: int, content: str
) -> None:
    client = _client(lambda request: httpx.Response(status, text=content))

    with pytest.raises(UnexpectedStatus) as caught:
        await connect_smtp_imap_mailbox.asyncio_detailed(client=client, body=_mailbox_body())

    assert caught.value.status_code == status
    assert caught.value.content == content.encode()


async def test_the_request_sends_only_what_the_caller_passed() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(433, json={"message": "blocked"})

    with pytest.raises(UnexpectedStatus):
        await connect_smtp_imap_mailbox.asyncio_detailed(
            client=_client(handler), body=_mailbox_body()
        )

    sent = json.loads(seen[0].content)
    assert sent == {
        "email": "anna@example.com",
        "sender_name": "Anna",
        "sender_profile_uuid": "sp-1",
    }


# ----------------------------------------------------------------------------------------------
# The same guarantees for a description that declares fields required and closes its objects:
# the sample spec's Contact requires six fields and forbids additional ones.


@pytest.fixture(scope="module")
def sample_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[types.ModuleType]:
    """The client generated from tests/data/vendor_shape.yaml, importable as `sample_client`."""
    workdir = tmp_path_factory.mktemp("sample")
    package = build(Path(__file__).parent / "data" / "vendor_shape.yaml", workdir)
    root = workdir / "importable"
    shutil.copytree(package, root / "sample_client")
    sys.path.insert(0, str(root))
    try:
        yield importlib.import_module("sample_client")
    finally:
        sys.path.remove(str(root))
        for name in [m for m in sys.modules if m.split(".")[0] == "sample_client"]:
            del sys.modules[name]


async def test_required_fields_may_be_missing_null_or_unknown(
    sample_client: types.ModuleType,
) -> None:
    get_contact = importlib.import_module("sample_client.api.contacts.get_contact")
    contact_body = {
        "uuid": "c-1",
        "priority": 7,
        "status": "frozen",
        "created_at": None,
        "tier": "gold",
    }
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=contact_body))
    client = sample_client.AuthenticatedClient(
        base_url="http://api.test", token="test-key", httpx_args={"transport": transport}
    )

    response = await get_contact.asyncio_detailed("c-1", client=client)

    contact = response.parsed
    assert type(contact).__name__ == "Contact"
    unset = sample_client.types.UNSET
    assert contact.uuid == "c-1"
    assert (contact.name, contact.birthday, contact.owner) == (unset,) * 3
    assert contact.created_at is None
    assert (contact.priority.name, contact.priority.value) == ("UNKNOWN", 7)
    assert (contact.status.name, contact.status.value) == ("UNKNOWN", "frozen")
    assert contact.additional_properties == {"tier": "gold"}
