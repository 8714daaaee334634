"""The GetSales emulator, exercised with plain httpx over loopback.

Each test starts its own emulator on a free 127.0.0.1 port. Rate-limit tests drive a
manual clock instead of sleeping; the only wall-clock assertions (latency overlap, slow
bodies) compare against bounds several times wider than the effect they check.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import httpx
import pytest

from getsales_extras.testing import (
    Emulator,
    EmulatorConfig,
    ManualClock,
    emulated_operations,
    payload_digest,
    run_emulator,
    spawn_emulator,
)
from getsales_extras.testing.catalogue import API_OPERATIONS
from getsales_extras.testing.resources import ENDPOINTS
from getsales_extras.testing.routing import RouteTable
from tests.fixtures_emulator import EmulatorFactory

UPSERT = "/leads/api/leads/upsert"
SEARCH = "/leads/api/leads/search"


def client_for(emu: Emulator, **kwargs: Any) -> httpx.Client:
    return httpx.Client(base_url=emu.base_url, headers=emu.headers, **kwargs)


@pytest.fixture
def api(emulator: Emulator) -> Iterator[httpx.Client]:
    with client_for(emulator) as client:
        yield client


def make_list(client: httpx.Client, name: str = "Prospects") -> str:
    response = client.post("/leads/api/lists", json={"name": name})
    assert response.status_code == 201, response.text
    return str(response.json()["uuid"])


def assert_envelope(response: httpx.Response, status: int, reason: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error", "message", "code"}
    assert set(body["error"]) == {"reason", "message", "data"}
    assert body["code"] == status
    assert body["error"]["reason"] == reason
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    return dict(body)


# --- lifecycle -------------------------------------------------------------------------------


def test_starts_fast_on_a_free_loopback_port_and_stops_without_leaking_threads() -> None:
    before = {t.ident for t in threading.enumerate()}
    with run_emulator() as emu:
        assert emu.startup_seconds is not None and emu.startup_seconds < 1.0
        assert emu.base_url.startswith("http://127.0.0.1:")
        assert emu.port > 0
        with client_for(emu) as client:
            assert client.get("/id/api/users/current").status_code == 200
    assert not emu.running
    leftover = [t for t in threading.enumerate() if t.ident not in before and t.is_alive()]
    assert leftover == []


@pytest.mark.anyio
async def test_async_context_manager_serves_and_stops() -> None:
    async with run_emulator(api_key="async-key") as emu:
        async with httpx.AsyncClient(base_url=emu.base_url, headers=emu.headers) as client:
            response = await client.get("/id/api/teams")
        assert response.status_code == 200
        assert emu.api_key == "async-key"
    assert not emu.running


def test_two_emulators_run_side_by_side_with_separate_data(
    emulator_factory: EmulatorFactory,
) -> None:
    first, second = emulator_factory(), emulator_factory()
    assert first.port != second.port
    with client_for(first) as client:
        make_list(client, "Only in the first")
    assert first.store.counts()["lists"] == 1
    assert second.store.counts()["lists"] == 0


def test_module_entry_point_serves_and_reports_its_url() -> None:
    with spawn_emulator({"api_key": "cli-key", "rate_limit_requests": 50}, seed_leads=30) as emu:
        assert emu.base_url.startswith("http://127.0.0.1:")
        assert emu.api_key == "cli-key"
        with httpx.Client(base_url=emu.base_url, headers=emu.headers) as client:
            count = client.post("/leads/api/leads/count", json={})
        assert count.json() == {"total": 30}
        emu.configure(latency_ms=1)
        assert emu.stats()["requests"] == {"POST /leads/api/leads/count": 1}
    assert emu.process.returncode == 0


def test_human_banner_names_url_and_key() -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "getsales_extras.testing", "--port", "0", "--api-key", "k1"],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        banner = [process.stdout.readline() for _ in range(3)]
    finally:
        process.terminate()
        process.wait(10)
    assert banner[0].startswith("GetSales emulator listening on http://127.0.0.1:")
    assert banner[1].startswith("GETSALES_BASE_URL=http://127.0.0.1:")
    assert banner[2].strip() == "GETSALES_API_KEY=k1"
    assert process.returncode == 0


def test_importing_the_sdk_does_not_import_the_emulator_dependencies() -> None:
    code = (
        "import sys, getsales_extras; "
        "bad = [m for m in ('starlette', 'uvicorn', 'getsales_extras.testing') "
        "if m in sys.modules]; print(bad); sys.exit(1 if bad else 0)"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


# --- authentication --------------------------------------------------------------------------


def test_missing_or_wrong_key_gets_401_envelope(emulator: Emulator) -> None:
    with httpx.Client(base_url=emulator.base_url) as anonymous:
        assert_envelope(anonymous.get("/id/api/users/current"), 401, "auth_exception")
        wrong = anonymous.get(
            "/id/api/users/current", headers={"Authorization": "Bearer not-the-key"}
        )
        body = assert_envelope(wrong, 401, "auth_exception")
        assert body["error"]["data"] == {}
        basic = anonymous.get("/id/api/users/current", headers={"Authorization": "Basic abc"})
        assert_envelope(basic, 401, "auth_exception")
    assert emulator.stats.status_count(401) == 3
    assert emulator.stats.total_admitted == 0


def test_team_header_is_optional_but_must_match(emulator: Emulator, api: httpx.Client) -> None:
    assert api.get("/id/api/users/current").status_code == 200
    assert api.get("/id/api/users/current", headers={"Team-ID": "1"}).status_code == 200
    other = api.get("/id/api/users/current", headers={"Team-ID": "2"})
    assert_envelope(other, 403, "access_denied")
    user = api.get("/id/api/users/current").json()
    assert user["config"]["latest_team_id"] == emulator.team_id


def test_extra_keys_are_accepted(emulator_factory: EmulatorFactory) -> None:
    emu = emulator_factory(api_key="main", extra_api_keys=("second",))
    with httpx.Client(base_url=emu.base_url) as client:
        ok = client.get("/id/api/teams", headers={"Authorization": "Bearer second"})
    assert ok.status_code == 200


# --- contacts ------------------------------------------------------------------------------


def test_upsert_creates_then_updates_the_same_contact(
    emulator: Emulator, api: httpx.Client
) -> None:
    list_uuid = make_list(api)
    created = api.post(
        UPSERT,
        json={
            "list_uuid": list_uuid,
            "lead": {
                "linkedin_id": "https://www.linkedin.com/in/ada-lovelace/",
                "first_name": "Ada",
                "last_name": "Lovelace",
                "company_name": "Engines Ltd",
                "email": "ada@engines.example",
                "tags": ["vip"],
            },
        },
    )
    assert created.status_code == 200, created.text
    lead = created.json()
    assert lead["linkedin"] == "ada-lovelace"
    assert lead["work_email"] == "ada@engines.example"
    assert lead["name"] == "Ada Lovelace"
    assert lead["list_uuid"] == list_uuid
    assert lead["tags"] == ["vip"]
    assert lead["created_at"] == lead["updated_at"]

    updated = api.post(
        UPSERT,
        json={
            "list_uuid": list_uuid,
            "lead": {"email": "ADA@engines.example", "position": "Analyst", "tags": ["math"]},
        },
    ).json()
    assert updated["uuid"] == lead["uuid"]
    assert updated["position"] == "Analyst"
    assert updated["tags"] == ["vip", "math"]
    assert updated["updated_at"] > updated["created_at"]
    assert emulator.store.counts()["leads"] == 1
    tag_names = {t["name"] for t in api.get("/leads/api/tags").json()["data"]}
    assert tag_names == {"vip", "math"}
    assert emulator.stats.mutations_for("POST", UPSERT) == 2


def test_upsert_respects_update_if_exists_and_move_to_list(api: httpx.Client) -> None:
    first_list, second_list = make_list(api, "One"), make_list(api, "Two")
    base = {"linkedin_id": "grace-hopper", "first_name": "Grace"}
    original = api.post(UPSERT, json={"list_uuid": first_list, "lead": base}).json()

    untouched = api.post(
        UPSERT,
        json={
            "list_uuid": second_list,
            "update_if_exists": False,
            "lead": {**base, "position": "Admiral"},
        },
    ).json()
    assert untouched["uuid"] == original["uuid"]
    assert untouched["position"] is None

    kept_list = api.post(
        UPSERT, json={"list_uuid": second_list, "lead": {**base, "position": "Admiral"}}
    ).json()
    assert kept_list["position"] == "Admiral"
    assert kept_list["list_uuid"] == first_list

    moved = api.post(
        UPSERT, json={"list_uuid": second_list, "move_to_list": True, "lead": base}
    ).json()
    assert moved["list_uuid"] == second_list


def test_upsert_dedup_follows_the_documented_priority(
    emulator: Emulator, api: httpx.Client
) -> None:
    list_uuid = make_list(api)
    by_ln_id = api.post(
        UPSERT, json={"list_uuid": list_uuid, "lead": {"linkedin_id": "ACoAAA111"}}
    ).json()
    by_email = api.post(
        UPSERT, json={"list_uuid": list_uuid, "lead": {"work_email": "x@corp.example"}}
    ).json()
    by_name = api.post(
        UPSERT,
        json={"list_uuid": list_uuid, "lead": {"name": "Kim Lee", "company_name": "Corp"}},
    ).json()
    assert len({by_ln_id["uuid"], by_email["uuid"], by_name["uuid"]}) == 3
    assert by_ln_id["ln_id"] == "ACoAAA111"

    personal = api.post(
        UPSERT, json={"list_uuid": list_uuid, "lead": {"personal_email": "X@corp.example"}}
    ).json()
    assert personal["uuid"] == by_email["uuid"]

    # ln_id outranks the email, which outranks name + company.
    both = api.post(
        UPSERT,
        json={
            "list_uuid": list_uuid,
            "lead": {"ln_id": "ACoAAA111", "work_email": "x@corp.example"},
        },
    ).json()
    assert both["uuid"] == by_ln_id["uuid"]
    by_pair = api.post(
        UPSERT,
        json={
            "list_uuid": list_uuid,
            "lead": {"first_name": "kim", "last_name": "lee", "company_name": "CORP"},
        },
    ).json()
    assert by_pair["uuid"] == by_name["uuid"]
    assert emulator.store.counts()["leads"] == 3


def test_lead_get_update_delete_lookup_and_count(emulator: Emulator, api: httpx.Client) -> None:
    list_uuid = make_list(api)
    lead = api.post(
        UPSERT,
        json={
            "list_uuid": list_uuid,
            "lead": {"linkedin_id": "jo-smith", "name": "Jo Smith", "company_name": "Acme"},
            "custom_fields": {"Gender": "n/a"},
        },
    ).json()
    path = f"/leads/api/leads/{lead['uuid']}"

    assert lead["custom_fields"] == {"Gender": "n/a"}
    fetched = api.get(path).json()
    assert set(fetched) == {"lead", "markers", "flows", "custom_fields"}
    assert fetched["lead"]["uuid"] == lead["uuid"]
    assert fetched["custom_fields"] == {"Gender": "n/a"}

    changed = api.put(path, json={"position": "CEO", "work_email": "jo@acme.example"})
    assert changed.status_code == 200
    assert changed.json()["position"] == "CEO"
    assert emulator.store.lead(lead["uuid"])["work_email"] == "jo@acme.example"  # type: ignore[index]

    found = api.post("/leads/api/leads/lookup-one", json={"email": "jo@acme.example"})
    assert found.json()["lead"]["uuid"] == lead["uuid"]
    by_name = api.post(
        "/leads/api/leads/lookup-one", json={"name": "Jo Smith", "company_name": "Acme"}
    )
    assert by_name.json()["lead"]["uuid"] == lead["uuid"]
    missing = api.post("/leads/api/leads/lookup-one", json={"linkedin_id": "nobody"})
    assert missing.status_code == 200 and missing.json() is None
    assert_envelope(api.post("/leads/api/leads/lookup-one", json={}), 422, "validation_error")

    assert api.post("/leads/api/leads/count", json={}).json() == {"total": 1}
    assert api.post("/leads/api/leads/count", json={"filter": {"position": "ceo"}}).json() == {
        "total": 1
    }
    assert api.post("/leads/api/leads/count", json={"ids": [lead["uuid"], "nope"]}).json() == {
        "total": 1
    }

    deleted = api.delete(path)
    assert deleted.status_code == 204 and deleted.content == b""
    assert_envelope(api.get(path), 404, "not_found")
    assert_envelope(api.delete(path), 404, "not_found")
    assert api.post("/leads/api/leads/count", json={}).json() == {"total": 0}


def test_lead_item_shape_can_be_configured(emulator_factory: EmulatorFactory) -> None:
    bare = emulator_factory(lead_items="lead")
    flat = emulator_factory(lead_items="flat")
    for emu in (bare, flat):
        emu.seed(leads=3)
        lead_uuid = emu.store.lead_uuids()[0]
        with client_for(emu) as client:
            items = client.post(SEARCH, json={}).json()["data"]
            fetched = client.get(f"/leads/api/leads/{lead_uuid}").json()
        assert all("lead" not in item and "uuid" in item for item in items)
        assert fetched["uuid"] == lead_uuid
        assert ("markers" in fetched) is (emu is flat)


def test_legacy_bulk_create_returns_a_bare_array_and_is_all_or_nothing(
    emulator: Emulator, api: httpx.Client
) -> None:
    list_uuid = make_list(api)
    rows = [{"email": f"row{i}@bulk.example", "first_name": f"Row{i}"} for i in range(5)]
    created = api.post("/leads/api/leads", json={"list_uuid": list_uuid, "leads": rows})
    assert created.status_code == 200
    body = created.json()
    assert isinstance(body, list) and len(body) == 5
    assert [item["work_email"] for item in body] == [row["email"] for row in rows]

    again = api.post("/leads/api/leads", json={"list_uuid": list_uuid, "leads": rows}).json()
    assert [item["uuid"] for item in again] == [item["uuid"] for item in body]

    broken = [*rows, {"email": "not-an-email"}, {"first_name": "No identity"}]
    rejected = api.post("/leads/api/leads", json={"list_uuid": list_uuid, "leads": broken})
    envelope = assert_envelope(rejected, 422, "validation_error")
    assert set(envelope["error"]["data"]) == {"leads.5.email", "leads.6"}
    assert emulator.store.counts()["leads"] == 5


def test_validation_errors_use_the_envelope_with_field_errors(api: httpx.Client) -> None:
    list_uuid = make_list(api)
    missing_list = api.post(UPSERT, json={"lead": {"linkedin_id": "someone"}})
    envelope = assert_envelope(missing_list, 422, "validation_error")
    assert envelope["error"]["data"] == {"list_uuid": ["The list_uuid field is required."]}
    assert envelope["message"] == "Validation failed"

    unknown_list = api.post(UPSERT, json={"list_uuid": "nope", "lead": {"linkedin_id": "a"}})
    assert "list_uuid" in assert_envelope(unknown_list, 422, "validation_error")["error"]["data"]

    bad_email = api.post(
        UPSERT, json={"list_uuid": list_uuid, "lead": {"work_email": "no-at-sign"}}
    )
    data = assert_envelope(bad_email, 422, "validation_error")["error"]["data"]
    assert data == {"lead.work_email": ["The value must be a valid email address."]}
    anonymous = api.post(UPSERT, json={"list_uuid": list_uuid, "lead": {"first_name": "Al"}})
    assert assert_envelope(anonymous, 422, "validation_error")["error"]["data"] == {
        "lead": [
            "Provide at least one identifier: linkedin_id, an email address, "
            "or name and company_name."
        ]
    }

    too_big = api.post(SEARCH, json={"limit": 101})
    assert assert_envelope(too_big, 422, "validation_error")["error"]["data"] == {
        "limit": ["The limit may not be greater than 100."]
    }
    assert "limit" in api.get("/leads/api/lists", params={"limit": 0}).json()["error"]["data"]
    assert "offset" in api.get("/leads/api/lists", params={"offset": -1}).json()["error"]["data"]
    assert "order_type" in api.post(SEARCH, json={"order_type": "up"}).json()["error"]["data"]
    assert "order_field" in api.post(SEARCH, json={"order_field": "x"}).json()["error"]["data"]
    assert "filter" in api.post(SEARCH, json={"filter": [1]}).json()["error"]["data"]

    not_json = api.post(UPSERT, content=b"{oops", headers={"Content-Type": "application/json"})
    assert_envelope(not_json, 400, "bad_request")


def test_five_percent_of_rows_are_rejected_deterministically_and_fixable(
    emulator_factory: EmulatorFactory,
) -> None:
    emu = emulator_factory(reject_email_substring="invalid", rate_limit_requests=None)
    with client_for(emu) as client:
        list_uuid = make_list(client)
        rows = [
            {"email": f"person{i}@{'invalid' if i % 20 == 0 else 'ok'}.example"} for i in range(100)
        ]
        failures = []
        for row in rows:
            response = client.post(UPSERT, json={"list_uuid": list_uuid, "lead": row})
            if response.status_code != 200:
                failures.append((row, response))
        assert len(failures) == 5
        for _row, response in failures:
            envelope = assert_envelope(response, 422, "validation_error")
            assert envelope["error"]["data"] == {"lead.email": ["The email address was rejected."]}
        assert emu.store.counts()["leads"] == 95

        for row, _ in failures:
            fixed = {"email": row["email"].replace("invalid", "fixed")}
            assert client.post(UPSERT, json={"list_uuid": list_uuid, "lead": fixed}).is_success
    assert emu.store.counts()["leads"] == 100
    assert emu.stats.mutations_for("POST", UPSERT) == 100
    assert emu.stats.duplicate_payloads() == {}


def test_reject_if_callable_rejects_chosen_rows(emulator_factory: EmulatorFactory) -> None:
    def no_gmail(lead: Any) -> Any:
        email = str(lead.get("email", ""))
        return {"email": ["Free mail is not accepted."]} if email.endswith("@gmail.com") else None

    emu = emulator_factory(reject_if=no_gmail)
    with client_for(emu) as client:
        list_uuid = make_list(client)
        rejected = client.post(
            UPSERT, json={"list_uuid": list_uuid, "lead": {"email": "a@gmail.com"}}
        )
        accepted = client.post(
            UPSERT, json={"list_uuid": list_uuid, "lead": {"email": "a@work.example"}}
        )
    assert assert_envelope(rejected, 422, "validation_error")["error"]["data"] == {
        "lead.email": ["Free mail is not accepted."]
    }
    assert accepted.status_code == 200


# --- lists, tags, companies, webhooks, notes ------------------------------------------------


def test_lists_crud_with_unique_names(api: httpx.Client) -> None:
    list_uuid = make_list(api, "Alpha")
    assert_envelope(api.post("/leads/api/lists", json={"name": "alpha"}), 422, "validation_error")
    assert_envelope(api.post("/leads/api/lists", json={}), 422, "validation_error")
    renamed = api.put(f"/leads/api/lists/{list_uuid}", json={"name": "Beta"})
    assert renamed.json()["name"] == "Beta"
    assert api.get(f"/leads/api/lists/{list_uuid}").json()["name"] == "Beta"
    found = api.get("/leads/api/lists", params={"filter[q]": "bet"}).json()
    assert [item["uuid"] for item in found["data"]] == [list_uuid]
    by_uuid = api.get("/leads/api/lists", params=[("filter[uuid][]", list_uuid)]).json()
    assert by_uuid["total"] == 1
    assert api.delete(f"/leads/api/lists/{list_uuid}").status_code == 204
    assert_envelope(api.get(f"/leads/api/lists/{list_uuid}"), 404, "not_found")


def test_tags_crud_and_removal_from_contacts(emulator: Emulator, api: httpx.Client) -> None:
    created = api.post("/leads/api/tags", json={"name": "hot", "color": "#ff0000"})
    assert created.status_code == 201
    tag = created.json()
    list_uuid = make_list(api)
    lead = api.post(
        UPSERT, json={"list_uuid": list_uuid, "lead": {"linkedin_id": "t", "tags": ["hot"]}}
    ).json()
    renamed = api.put(f"/leads/api/tags/{tag['uuid']}", json={"name": "warm"}).json()
    assert renamed["name"] == "warm" and renamed["color"] == "#ff0000"
    assert emulator.store.lead(lead["uuid"])["tags"] == ["warm"]  # type: ignore[index]
    assert api.delete(f"/leads/api/tags/{tag['uuid']}").status_code == 204
    assert emulator.store.lead(lead["uuid"])["tags"] == []  # type: ignore[index]


def test_companies_create_list_lookup_update_delete(api: httpx.Client) -> None:
    single = api.post("/leads/api/companies", json={"name": "Acme", "domain": "acme.example"})
    assert single.status_code == 200
    acme = single.json()[0]
    batch = api.post(
        "/leads/api/companies",
        json=[
            {"name": "Beta", "domain": "beta.example"},
            {"name": "Acme 2", "domain": "acme.example"},
        ],
    ).json()
    assert batch[1]["uuid"] == acme["uuid"]  # same domain: the existing company
    wrapped = api.post("/leads/api/companies", json={"companies": [{"name": "Gamma"}]}).json()
    assert wrapped[0]["name"] == "Gamma"
    assert_envelope(
        api.post("/leads/api/companies", json=[{"domain": "x"}]), 422, "validation_error"
    )

    listing = api.post("/leads/api/companies/list", json={"filter": {"q": "beta"}}).json()
    assert [c["name"] for c in listing["data"]] == ["Beta"]
    assert listing["has_more"] is False
    assert (
        api.post("/leads/api/companies/lookup", json={"domain": "acme.example"}).json()["uuid"]
        == acme["uuid"]
    )
    many = api.post("/leads/api/companies/lookup", json={"lookups": [{"name": "Gamma"}]}).json()
    assert [c["name"] for c in many] == ["Gamma"]

    path = f"/leads/api/companies/{acme['uuid']}"
    assert api.put(path, json={"industry": "Tools"}).json()["industry"] == "Tools"
    assert api.get(path).json()["industry"] == "Tools"
    assert api.delete(path).status_code == 204
    assert_envelope(api.get(path), 404, "not_found")


def test_webhooks_crud_and_validation(api: httpx.Client) -> None:
    created = api.post(
        "/integrations/api/webhooks",
        json={
            "name": "Replies",
            "event": "contact_replied_email",
            "target_url": "https://hooks.example/replies",
        },
    )
    assert created.status_code == 201
    hook = created.json()
    assert hook["status"] == "on" and hook["request_method"] == "POST"
    bad = api.post(
        "/integrations/api/webhooks",
        json={"name": "x", "event": "nonsense", "target_url": "ftp://x"},
    )
    data = assert_envelope(bad, 422, "validation_error")["error"]["data"]
    assert set(data) == {"event", "target_url"}
    path = f"/integrations/api/webhooks/{hook['uuid']}"
    assert api.put(path, json={"status": "off"}).json()["status"] == "off"
    assert api.get(path).json()["status"] == "off"
    assert api.get("/integrations/api/webhooks").json()["total"] == 1
    assert api.delete(path).status_code == 204
    assert_envelope(api.delete(path), 404, "not_found")


def test_notes_log_activities(api: httpx.Client) -> None:
    list_uuid = make_list(api)
    lead = api.post(UPSERT, json={"list_uuid": list_uuid, "lead": {"linkedin_id": "n"}}).json()
    note = api.post(
        "/leads/api/notes", json={"object": "lead", "object_uuid": lead["uuid"], "note": "Call"}
    )
    assert note.status_code == 201
    assert_envelope(
        api.post("/leads/api/notes", json={"object": "lead", "object_uuid": "x", "note": "n"}),
        422,
        "validation_error",
    )
    notes = api.get("/leads/api/notes", params={"filter[object_uuid]": lead["uuid"]}).json()
    assert notes["total"] == 1
    activities = api.get("/leads/api/activities", params={"filter[lead_uuid]": lead["uuid"]}).json()
    assert [a["type"] for a in activities["data"]] == ["note_left"]


def test_teams_and_unemulated_or_unknown_paths(api: httpx.Client) -> None:
    teams = api.get("/id/api/teams").json()
    assert teams["total"] == 1 and teams["data"][0]["id"] == 1
    assert api.get("/id/api/teams/1").json()["status"] == "active"
    assert_envelope(api.get("/id/api/teams/9"), 403, "access_denied")
    assert_envelope(api.put("/leads/api/leads/mass-action", json={}), 501, "not_emulated")
    assert_envelope(api.get("/flows/api/flows"), 501, "not_emulated")
    assert_envelope(api.post("/integrations/api/webhooks/test", json={}), 501, "not_emulated")
    assert_envelope(api.get("/leads/api/nothing-here"), 404, "not_found")
    assert_envelope(api.patch("/leads/api/lists", json={}), 405, "method_not_allowed")
    assert "POST /leads/api/leads/upsert" in emulated_operations()


def _spec() -> dict[str, Any]:
    import yaml

    with open(Path(__file__).resolve().parent.parent / "openapi" / "bundled.yaml") as handle:
        return dict(yaml.safe_load(handle))


def _response_schema(spec: dict[str, Any], method: str, template: str, status: int) -> Any:
    responses = spec["paths"][template][method.lower()]["responses"]
    response = responses.get(str(status)) or responses.get("default")
    assert response is not None, f"{method} {template} documents no {status}"
    if "$ref" in response:
        response = spec["components"]["responses"][response["$ref"].rsplit("/", 1)[-1]]
    return response["content"]["application/json"]["schema"]


def test_emulated_responses_match_the_openapi_description(
    emulator_factory: EmulatorFactory,
) -> None:
    from openapi_schema_validator import OAS30Validator

    spec = _spec()
    emu = emulator_factory(lead_items="flat", rate_limit_requests=None)
    with client_for(emu) as client:
        list_uuid = make_list(client)
        lead = client.post(
            UPSERT,
            json={
                "list_uuid": list_uuid,
                "lead": {"linkedin_id": "conform", "email": "c@x.example", "tags": ["t"]},
                "custom_fields": {"Score": 3},
            },
        ).json()
        company = client.post("/leads/api/companies", json={"name": "Co", "domain": "co.x"})
        company_uuid = company.json()[0]["uuid"]
        hook = {"name": "w", "event": "contact_created", "target_url": "https://h.example/w"}
        lead_path = f"/leads/api/leads/{lead['uuid']}"
        company_path = f"/leads/api/companies/{company_uuid}"
        note = {"object": "lead", "object_uuid": lead["uuid"], "note": "n"}
        calls: list[tuple[str, str, Any]] = [
            ("GET", "/id/api/users/current", None),
            ("GET", "/id/api/teams", None),
            ("GET", "/id/api/teams/1", None),
            ("POST", UPSERT, {"list_uuid": list_uuid, "lead": {"linkedin_id": "x"}}),
            ("POST", UPSERT, {"lead": {}}),
            ("POST", SEARCH, {"limit": 5}),
            ("POST", "/leads/api/leads/lookup-one", {"email": "c@x.example"}),
            ("POST", "/leads/api/leads/count", {}),
            ("GET", lead_path, None),
            ("PUT", lead_path, {"about": "a"}),
            ("POST", "/leads/api/leads", {"list_uuid": list_uuid, "leads": [{"email": "d@x.co"}]}),
            ("GET", "/leads/api/lists", None),
            ("GET", f"/leads/api/lists/{list_uuid}", None),
            ("GET", "/leads/api/lists/missing", None),
            ("GET", "/leads/api/tags", None),
            ("POST", "/leads/api/tags", {"name": "new"}),
            ("POST", "/leads/api/companies/list", {}),
            ("POST", "/leads/api/companies/lookup", {"domain": "co.x"}),
            ("GET", company_path, None),
            ("PUT", company_path, {"phone": "1"}),
            ("POST", "/integrations/api/webhooks", hook),
            ("GET", "/integrations/api/webhooks", None),
            ("POST", "/leads/api/notes", note),
            ("GET", "/leads/api/notes", None),
            ("GET", "/leads/api/activities", None),
        ]
        routes = RouteTable(ENDPOINTS, API_OPERATIONS)
        problems = []
        for method, path, body in calls:
            response = client.request(method, path, json=body)
            template = routes.match(method, path).template
            schema = _response_schema(spec, method, template, response.status_code)
            validator = OAS30Validator({**schema, "components": spec["components"]})
            for error in validator.iter_errors(response.json()):
                problems.append(f"{method} {path} {response.status_code}: {error.message[:120]}")
    assert problems == []


# --- pagination --------------------------------------------------------------------------------


def test_search_pages_through_2500_contacts_exactly_once_in_order(
    emulator_factory: EmulatorFactory,
) -> None:
    emu = emulator_factory(rate_limit_requests=None)
    list_uuid = emu.seed(leads=2_500)["list_uuid"]
    emu.seed(leads=10)  # another list, filtered out below
    expected = [
        lead["uuid"] for lead in reversed(emu.store.all_leads()) if lead["list_uuid"] == list_uuid
    ]
    seen: list[str] = []
    with client_for(emu) as client:
        offset = 0
        while True:
            page = client.post(
                SEARCH, json={"filter": {"list_uuid": list_uuid}, "limit": 100, "offset": offset}
            ).json()
            assert page["limit"] == 100 and page["offset"] == offset
            assert page["total"] == 2_500
            seen.extend(item["lead"]["uuid"] for item in page["data"])
            assert page["has_more"] is (offset + 100 < 2_500)
            if not page["has_more"]:
                break
            offset += 100
    assert seen == expected
    assert len(set(seen)) == 2_500


def test_ordering_is_stable_and_configurable(emulator: Emulator, api: httpx.Client) -> None:
    emulator.seed(leads=30)
    default = [i["lead"]["uuid"] for i in api.post(SEARCH, json={"limit": 30}).json()["data"]]
    ascending = [
        i["lead"]["uuid"]
        for i in api.post(SEARCH, json={"limit": 30, "order_type": "asc"}).json()["data"]
    ]
    assert default == list(reversed(ascending))
    by_name = api.post(SEARCH, json={"limit": 30, "order_field": "last_name", "order_type": "asc"})
    names = [i["lead"]["last_name"] for i in by_name.json()["data"]]
    assert names == sorted(names)
    again = [i["lead"]["uuid"] for i in api.post(SEARCH, json={"limit": 30}).json()["data"]]
    assert again == default
    hits = api.post(SEARCH, json={"filter": {"q": "seed000007"}}).json()
    assert hits["total"] == 1


def test_get_list_endpoint_pages_through_thousands_of_lists(
    emulator_factory: EmulatorFactory,
) -> None:
    emu = emulator_factory(rate_limit_requests=None)
    emu.seed(lists=2_500)
    names: list[str] = []
    with client_for(emu) as client:
        for offset in range(0, 2_600, 100):
            page = client.get(
                "/leads/api/lists",
                params={"limit": 100, "offset": offset, "order_type": "asc"},
            ).json()
            names.extend(item["name"] for item in page["data"])
    assert len(names) == len(set(names)) == 2_500
    assert names == sorted(names)


@pytest.mark.parametrize(
    ("shape", "check"),
    [
        ("flat", lambda b: set(b) == {"data", "limit", "offset", "total", "has_more"}),
        ("flat_no_has_more", lambda b: set(b) == {"data", "limit", "offset", "total"}),
        (
            "nested",
            lambda b: (
                set(b) == {"data", "pagination"}
                and b["pagination"] == {"limit": 2, "offset": 0, "total": 3, "has_more": True}
            ),
        ),
        ("array", lambda b: isinstance(b, list) and len(b) == 2),
    ],
)
def test_response_shapes(emulator_factory: EmulatorFactory, shape: str, check: Any) -> None:
    emu = emulator_factory(response_shape=shape)
    emu.seed(lists=3)
    with client_for(emu) as client:
        body = client.get("/leads/api/lists", params={"limit": 2}).json()
    assert check(body), body


def test_response_shape_can_differ_per_endpoint(emulator_factory: EmulatorFactory) -> None:
    emu = emulator_factory(response_shapes={"POST /leads/api/leads/search": "array"})
    emu.seed(leads=2, lists=1)
    with client_for(emu) as client:
        assert isinstance(client.post(SEARCH, json={}).json(), list)
        assert "has_more" in client.get("/leads/api/lists").json()


def test_seeding_100000_contacts_is_quick_and_pageable(
    emulator_factory: EmulatorFactory,
) -> None:
    emu = emulator_factory()
    began = time.perf_counter()
    list_uuid = emu.seed(leads=100_000)["list_uuid"]
    assert time.perf_counter() - began < 5.0
    oldest = emu.store.lead_uuids()[0]
    with client_for(emu) as client:
        count = client.post("/leads/api/leads/count", json={"filter": {"list_uuid": list_uuid}})
        last_page = client.post(SEARCH, json={"limit": 100, "offset": 99_900}).json()
    assert count.json() == {"total": 100_000}
    assert last_page["has_more"] is False
    assert last_page["data"][-1]["lead"]["uuid"] == oldest


# --- rate limit -------------------------------------------------------------------------------


def test_rolling_window_admits_at_most_n_in_any_window(
    emulator_factory: EmulatorFactory, manual_clock: ManualClock
) -> None:
    emu = emulator_factory(rate_limit_requests=10, rate_limit_period=1.0, clock=manual_clock)
    with client_for(emu) as client:

        def status() -> int:
            return client.get("/id/api/users/current").status_code

        assert [status() for _ in range(5)] == [200] * 5
        manual_clock.advance(0.9)
        assert [status() for _ in range(5)] == [200] * 5
        limited = client.get("/id/api/users/current")
        assert_envelope(limited, 429, "too_many_requests")
        assert "retry-after" not in limited.headers
        manual_clock.advance(0.099)
        assert status() == 429
        # The first five leave the window exactly one period after they were admitted;
        # a fixed-window limiter would now allow ten, the rolling window only five.
        manual_clock.advance(0.001)
        assert [status() for _ in range(6)] == [200] * 5 + [429]
    stats = emu.stats
    assert stats.rate_limited == 3
    assert stats.total_admitted == 15
    assert stats.max_admitted_in_window(1.0) == 10
    assert stats.max_received_in_window(1.0) == 13


def test_budgets_are_per_key(emulator_factory: EmulatorFactory, manual_clock: ManualClock) -> None:
    emu = emulator_factory(
        api_key="a", extra_api_keys=("b",), rate_limit_requests=2, clock=manual_clock
    )
    with httpx.Client(base_url=emu.base_url) as client:
        a = [client.get("/id/api/teams", headers={"Authorization": "Bearer a"}) for _ in range(3)]
        b = [client.get("/id/api/teams", headers={"Authorization": "Bearer b"}) for _ in range(2)]
    assert [r.status_code for r in a] == [200, 200, 429]
    assert [r.status_code for r in b] == [200, 200]
    assert sum(emu.stats.rate_limited_by_key.values()) == 1
    assert all(label.startswith("key-") for label in emu.stats.rate_limited_by_key)


def test_rejected_requests_can_be_made_to_count(
    emulator_factory: EmulatorFactory, manual_clock: ManualClock
) -> None:
    emu = emulator_factory(
        rate_limit_requests=2,
        rate_limit_period=1.0,
        count_rejected_requests=True,
        clock=manual_clock,
    )
    with client_for(emu) as client:

        def status() -> int:
            return client.get("/id/api/teams").status_code

        assert [status(), status()] == [200, 200]
        manual_clock.advance(0.5)
        assert status() == 429  # occupies the window until t=1.5
        manual_clock.advance(0.5)
        assert [status(), status()] == [200, 429]


@pytest.mark.parametrize("fmt", ["seconds", "http-date"])
def test_retry_after_header_is_optional(
    emulator_factory: EmulatorFactory, manual_clock: ManualClock, fmt: str
) -> None:
    emu = emulator_factory(
        rate_limit_requests=1, rate_limit_period=30.0, retry_after=fmt, clock=manual_clock
    )
    with client_for(emu) as client:
        assert client.get("/id/api/teams").status_code == 200
        manual_clock.advance(10.0)
        limited = client.get("/id/api/teams")
    assert limited.status_code == 429
    value = limited.headers["retry-after"]
    if fmt == "seconds":
        assert value == "20"
    else:
        delta = parsedate_to_datetime(value).timestamp() - time.time()
        assert 15 <= delta <= 21


def test_concurrent_burst_admits_exactly_the_budget(emulator_factory: EmulatorFactory) -> None:
    emu = emulator_factory(rate_limit_requests=7, rate_limit_period=60.0)

    async def burst() -> list[int]:
        async with httpx.AsyncClient(base_url=emu.base_url, headers=emu.headers) as client:
            responses = await asyncio.gather(
                *(client.get("/id/api/users/current") for _ in range(20))
            )
        return [r.status_code for r in responses]

    statuses = asyncio.run(burst())
    assert statuses.count(200) == 7 and statuses.count(429) == 13
    assert emu.stats.rate_limited == 13


def test_limit_can_change_while_running(emulator_factory: EmulatorFactory) -> None:
    emu = emulator_factory(rate_limit_requests=1, rate_limit_period=60.0)
    with client_for(emu) as client:
        assert client.get("/id/api/teams").status_code == 200
        assert client.get("/id/api/teams").status_code == 429
        changed = client.post("/_emulator/config", json={"rate_limit_requests": 3})
        assert changed.json()["rate_limit_requests"] == 3
        assert [client.get("/id/api/teams").status_code for _ in range(3)] == [200, 200, 429]
        emu.configure(rate_limit_requests=None)
        assert client.get("/id/api/teams").status_code == 200


# --- faults ------------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_latency_overlaps_across_concurrent_requests(
    emulator_factory: EmulatorFactory,
) -> None:
    emu = emulator_factory(latency_ms=300)
    async with httpx.AsyncClient(base_url=emu.base_url, headers=emu.headers) as client:
        began = time.perf_counter()
        responses = await asyncio.gather(*(client.get("/id/api/teams") for _ in range(10)))
        elapsed = time.perf_counter() - began
    assert all(r.status_code == 200 for r in responses)
    # Each waited 0.3 s; served one after another they would need 3 s.
    assert 0.3 <= elapsed < 1.5


@pytest.mark.anyio
async def test_scripted_latency_delays_one_response(emulator: Emulator) -> None:
    emulator.fail_next("latency", "/id/api/teams", delay_ms=300)
    async with httpx.AsyncClient(base_url=emulator.base_url, headers=emulator.headers) as client:
        began = time.perf_counter()
        await client.get("/id/api/teams")
        delayed = time.perf_counter() - began
        began = time.perf_counter()
        await client.get("/id/api/teams")
        normal = time.perf_counter() - began
    assert delayed >= 0.3
    assert normal < delayed


def test_error_rate_answers_with_5xx_envelopes(emulator_factory: EmulatorFactory) -> None:
    emu = emulator_factory(error_rate=1.0, error_statuses=(503,))
    with client_for(emu) as client:
        response = client.get("/id/api/users/current")
    envelope = assert_envelope(response, 503, "server_error")
    assert envelope["code"] == 503
    assert emu.stats.faults["status"] == 1


def test_connection_reset_sends_no_response(emulator: Emulator, api: httpx.Client) -> None:
    emulator.fail_next("reset", "/id/api/users/current")
    with pytest.raises(httpx.ReadError, match="reset"):  # a TCP reset, not a clean close
        api.get("/id/api/users/current")
    assert api.get("/id/api/users/current").status_code == 200
    assert emulator.stats.faults["reset"] == 1


def test_html_error_page(emulator: Emulator, api: httpx.Client) -> None:
    emulator.fail_next("html", status=502)
    response = api.get("/id/api/teams")
    assert response.status_code == 502
    assert response.headers["content-type"].startswith("text/html")
    assert response.text.startswith("<!DOCTYPE html>")


def test_empty_and_truncated_bodies(emulator: Emulator, api: httpx.Client) -> None:
    emulator.seed(lists=5)
    emulator.fail_next("empty", "/leads/api/lists")
    emulator.fail_next("truncated", "/leads/api/lists")
    empty = api.get("/leads/api/lists")
    assert empty.status_code == 200 and empty.content == b""
    truncated = api.get("/leads/api/lists")
    assert truncated.status_code == 200
    assert truncated.content.startswith(b'{"data":[')
    with pytest.raises(ValueError):
        truncated.json()
    assert api.get("/leads/api/lists").json()["total"] == 5


def test_slow_body_trickles_in(emulator: Emulator) -> None:
    emulator.seed(lists=20)
    emulator.fail_next("slow", "/leads/api/lists", count=2, delay_ms=200)
    impatient = httpx.Timeout(5.0, read=0.05)
    with client_for(emulator, timeout=impatient) as client, pytest.raises(httpx.ReadTimeout):
        client.get("/leads/api/lists")
    with client_for(emulator) as client:
        began = time.perf_counter()
        response = client.get("/leads/api/lists")
        elapsed = time.perf_counter() - began
    assert response.json()["total"] == 20
    assert elapsed >= 0.6  # four pieces, three pauses of 0.2 s


def test_unknown_enum_values_replace_contact_status(emulator_factory: EmulatorFactory) -> None:
    emu = emulator_factory(unknown_enum_rate=1.0, unknown_enum_value="quarantined")
    emu.seed(leads=3)
    with client_for(emu) as client:
        items = client.post(SEARCH, json={}).json()["data"]
    assert [item["lead"]["status"] for item in items] == ["quarantined"] * 3
    assert {lead["status"] for lead in emu.store.all_leads()} == {"ok"}


def test_unknown_enum_values_reach_enum_typed_fields(emulator: Emulator, api: httpx.Client) -> None:
    hook = {"name": "h", "event": "contact_created", "target_url": "https://h.example/x"}
    created = api.post("/integrations/api/webhooks", json=hook).json()
    emulator.configure(unknown_enum_rate=1.0)
    listed = api.get("/integrations/api/webhooks").json()["data"]
    fetched = api.get(f"/integrations/api/webhooks/{created['uuid']}").json()
    assert listed[0]["status"] == fetched["status"] == "emulator_unknown"
    emulator.configure(unknown_enum_rate=0.0)
    assert api.get(f"/integrations/api/webhooks/{created['uuid']}").json()["status"] == "on"


def test_scripted_unknown_enum_hits_one_response(emulator: Emulator, api: httpx.Client) -> None:
    emulator.seed(leads=2)
    emulator.fail_next("unknown_enum", SEARCH)
    first = api.post(SEARCH, json={}).json()["data"]
    second = api.post(SEARCH, json={}).json()["data"]
    assert {i["lead"]["status"] for i in first} == {"emulator_unknown"}
    assert {i["lead"]["status"] for i in second} == {"ok"}


@pytest.mark.parametrize("kind", ["status", "reset"])
def test_fault_after_the_change_means_it_was_processed(
    emulator: Emulator, api: httpx.Client, kind: str
) -> None:
    list_uuid = make_list(api)
    body = {"list_uuid": list_uuid, "lead": {"linkedin_id": "maybe-processed"}}
    emulator.fail_next(kind, UPSERT, phase="after")  # type: ignore[arg-type]
    if kind == "reset":
        with pytest.raises(httpx.TransportError):
            api.post(UPSERT, json=body)
    else:
        assert api.post(UPSERT, json=body).status_code == 500
    assert emulator.store.counts()["leads"] == 1
    assert emulator.stats.times_applied("POST", UPSERT, body) == 1
    assert emulator.stats.times_admitted("POST", UPSERT, body) == 1


def test_fault_before_the_change_means_nothing_happened(
    emulator: Emulator, api: httpx.Client
) -> None:
    list_uuid = make_list(api)
    body = {"list_uuid": list_uuid, "lead": {"linkedin_id": "not-processed"}}
    emulator.fail_next("status", UPSERT, method="POST", status=502)
    assert_envelope(api.post(UPSERT, json=body), 502, "server_error")
    assert emulator.store.counts()["leads"] == 0
    assert emulator.stats.times_applied("POST", UPSERT, body) == 0
    assert api.post(UPSERT, json=body).status_code == 200
    assert emulator.stats.times_admitted("POST", UPSERT, body) == 2
    assert list(emulator.stats.duplicate_payloads().values()) == [2]
    assert emulator.stats.duplicate_payloads(applied=True) == {}


def test_scripted_faults_match_method_path_and_count(emulator: Emulator, api: httpx.Client) -> None:
    emulator.fail_next("status", "/leads/api/lists/*", method="GET", count=2, status=500)
    list_uuid = make_list(api)
    path = f"/leads/api/lists/{list_uuid}"
    assert [api.get(path).status_code for _ in range(3)] == [500, 500, 200]
    assert api.get("/leads/api/lists").status_code == 200


def test_forced_rate_limit_does_not_use_budget(
    emulator_factory: EmulatorFactory, manual_clock: ManualClock
) -> None:
    emu = emulator_factory(rate_limit_requests=2, clock=manual_clock)
    emu.fail_next("rate_limit", count=2)
    with client_for(emu) as client:
        statuses = [client.get("/id/api/teams").status_code for _ in range(5)]
    assert statuses == [429, 429, 200, 200, 429]
    assert emu.stats.rate_limited == 3


def test_random_faults_repeat_with_the_same_seed(emulator_factory: EmulatorFactory) -> None:
    def statuses(seed: int) -> list[int]:
        emu = emulator_factory(
            seed=seed, error_rate=0.3, html_error_rate=0.2, rate_limit_requests=None
        )
        with client_for(emu) as client:
            return [client.get("/id/api/teams").status_code for _ in range(40)]

    first, second, other = statuses(7), statuses(7), statuses(8)
    assert first == second
    assert first != other
    assert 5 <= sum(1 for s in first if s != 200) <= 35


def test_random_faults_can_be_limited_to_paths(emulator_factory: EmulatorFactory) -> None:
    emu = emulator_factory(error_rate=1.0, fault_paths=("/leads/api/leads/*",))
    emu.seed(leads=1)
    with client_for(emu) as client:
        assert client.get("/id/api/teams").status_code == 200
        assert client.post(SEARCH, json={}).status_code >= 500


def test_random_faults_can_be_limited_to_methods_and_strike_after(
    emulator_factory: EmulatorFactory,
) -> None:
    emu = emulator_factory(error_rate=1.0, fault_methods=("post",), fault_phase="after")
    with client_for(emu) as client:
        assert client.get("/leads/api/lists").status_code == 200
        created = client.post("/leads/api/lists", json={"name": "Made anyway"})
    assert created.status_code >= 500
    assert emu.store.counts()["lists"] == 1
    assert emu.stats.records()[-1].fault_phase == "after"


# --- statistics and control endpoints ---------------------------------------------------------


def test_statistics_count_requests_mutations_and_request_ids(
    emulator: Emulator, api: httpx.Client
) -> None:
    list_uuid = make_list(api)
    body = {"list_uuid": list_uuid, "lead": {"linkedin_id": "stat"}}
    for _ in range(2):
        api.post(UPSERT, json=body, headers={"Idempotency-Key": "abc"})
    api.post(SEARCH, json={})
    stats = emulator.stats
    assert stats.requests_for("POST", UPSERT) == 2
    assert stats.mutations_for("POST", UPSERT) == 2
    assert stats.mutations_for("POST", SEARCH) == 0
    assert stats.times_applied("POST", UPSERT, body) == 2
    assert stats.duplicate_request_ids() == {"abc": 2}
    digest = payload_digest("POST", UPSERT, json.dumps(body, indent=2).encode())
    assert digest == payload_digest("POST", UPSERT, body)
    assert len(stats.records()) == 4
    assert stats.admitted_rate() > 0

    over_http = api.get("/_emulator/stats", params={"times": "1"}).json()
    assert over_http["requests"][f"POST {UPSERT}"] == 2
    assert over_http["mutations"] == {"POST /leads/api/lists": 1, f"POST {UPSERT}": 2}
    assert len(over_http["admitted_times"]) == 4
    assert over_http["data"]["leads"] == 1
    assert emulator.stats.total_requests == 4  # control calls are not counted


def test_control_endpoints_reset_seed_config_and_faults(
    emulator: Emulator, api: httpx.Client
) -> None:
    seeded = api.post("/_emulator/seed", json={"leads": 50, "lists": 3, "tags": 2}).json()
    assert seeded["data"]["leads"] == 50 and seeded["data"]["lists"] == 4
    assert (
        api.post(SEARCH, json={"filter": {"list_uuid": seeded["list_uuid"]}}).json()["total"] == 50
    )

    rejected = api.post("/_emulator/config", json={"no_such_setting": 1})
    assert rejected.status_code == 422
    assert api.post("/_emulator/config", json={"reject_if": None}).status_code == 422
    assert api.post("/_emulator/config", json={"latency_ms": 5}).json()["latency_ms"] == 5

    api.post("/_emulator/faults", json=[{"kind": "status", "status": 418, "path": "/id/*"}])
    assert api.get("/_emulator/faults").json()["pending"][0]["remaining"] == 1
    assert api.get("/id/api/teams").status_code == 418
    assert api.post("/_emulator/faults", json={"kind": "bogus"}).status_code == 422

    api.post("/_emulator/reset", json={})
    assert emulator.store.counts()["leads"] == 0
    assert emulator.stats.total_requests == 0
    assert api.get("/_emulator/health").json() == {"ok": True}


def test_identifiers_repeat_with_the_same_seed(emulator_factory: EmulatorFactory) -> None:
    def first_list(seed: int) -> str:
        emu = emulator_factory(seed=seed)
        with client_for(emu) as client:
            return make_list(client)

    assert first_list(3) == first_list(3) != first_list(4)


def test_config_rejects_impossible_settings() -> None:
    with pytest.raises(ValueError, match="error_rate"):
        EmulatorConfig(error_rate=1.5)
    with pytest.raises(ValueError, match="add up"):
        EmulatorConfig(error_rate=0.6, reset_rate=0.6)
    with pytest.raises(ValueError, match="unknown setting"):
        EmulatorConfig().updated({"nope": 1})
