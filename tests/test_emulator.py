"""The GetSales emulator, exercised with plain httpx over loopback.

Each test starts its own emulator on a free 127.0.0.1 port. Rate-limit tests drive a manual
clock instead of sleeping; the few wall-clock assertions (latency overlap, slow bodies) use
bounds several times wider than the effect they check.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from email.utils import parsedate_to_datetime
from typing import Any

import httpx
import pytest

from getsales_client.operation_index import OPERATIONS
from getsales_extras.testing import (
    Emulator,
    EmulatorConfig,
    ManualClock,
    emulated_operations,
    run_emulator,
    spawn_emulator,
)
from getsales_extras.testing.spec import paging_rule
from tests.fixtures_emulator import EmulatorFactory
from tests.fixtures_prism import build_example_request
from tests.test_spec import SPEC, schema_errors, undeclared_keys

UPSERT = "/leads/api/leads/upsert"
SEARCH = "/leads/api/leads/search"
LISTS = "/leads/api/lists"
HOOKS = "/integrations/api/webhooks"
HOOK = {"name": "w", "event": "contact_created", "target_url": "https://h.example/w"}


def client_for(emu: Emulator) -> httpx.Client:
    return httpx.Client(base_url=emu.base_url, headers=emu.headers)


@pytest.fixture
def api(emulator: Emulator) -> Iterator[httpx.Client]:
    with client_for(emulator) as client:
        yield client


def make_list(client: httpx.Client, name: str = "Prospects") -> str:
    response = client.post(LISTS, json={"name": name})
    assert response.status_code == 201, response.text
    return str(response.json()["uuid"])


def upsert(client: httpx.Client, list_uuid: str, **lead: Any) -> httpx.Response:
    return client.post(UPSERT, json={"list_uuid": list_uuid, "lead": lead})


def user_status(client: httpx.Client) -> int:
    """The status of the cheapest call, for counting what the rate limit lets through."""
    return client.get("/id/api/users/current").status_code


def reason(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    body = response.json()
    assert not schema_errors(SPEC["components"]["schemas"]["ErrorEnvelope"], body)
    assert body["code"] == status
    return str(body["error"]["reason"])


# --- lifecycle -------------------------------------------------------------------------------


def test_starts_on_a_free_loopback_port_and_stops_without_leaking_threads() -> None:
    before = {t.ident for t in threading.enumerate()}
    began = time.perf_counter()
    with run_emulator() as emu, run_emulator() as other:
        assert time.perf_counter() - began < 15.0  # both serving (a generous bound: shared CPUs)
        assert emu.base_url.startswith("http://127.0.0.1:") and emu.port != other.port
        with client_for(emu) as client:
            make_list(client)
        assert (emu.store.counts()["lists"], other.store.counts()["lists"]) == (1, 0)
    assert not emu.running
    assert {t.ident for t in threading.enumerate()} <= before


@pytest.mark.anyio
async def test_async_context_manager_serves_and_stops() -> None:
    async with run_emulator() as emu:
        async with httpx.AsyncClient(base_url=emu.base_url, headers=emu.headers) as client:
            assert (await client.get("/id/api/users/current")).status_code == 200
    assert not emu.running


def test_a_child_process_is_steered_over_the_control_endpoints() -> None:
    with spawn_emulator({"api_key": "cli-key", "rate_limit_requests": 50}, seed_leads=30) as emu:
        assert emu.base_url.startswith("http://127.0.0.1:") and emu.api_key == "cli-key"
        with httpx.Client(base_url=emu.base_url, headers=emu.headers) as client:
            assert client.post("/leads/api/leads/count", json={}).json() == {"total": 30}
            emu.fail_next("status", "/leads/api/leads/count", status=503)
            assert client.post("/leads/api/leads/count", json={}).status_code == 503
            assert emu.configure(latency_ms=1)["latency_ms"] == 1
            with pytest.raises(ValueError, match="unknown setting"):
                emu.configure(no_such_setting=1)
            assert emu.seed(lists=2)["data"]["lists"] == 3
            stats = emu.stats(times=True)
            assert stats["requests"] == {"POST /leads/api/leads/count": 2}
            assert stats["faults"] == {"status": 1} and len(stats["admitted_times"]) == 2
            emu.reset()
            assert client.post("/leads/api/leads/count", json={}).json() == {"total": 0}
    assert emu.process.returncode == 0


def test_human_banner_names_url_and_key() -> None:
    command = [sys.executable, "-m", "getsales_extras.testing", "--port", "0", "--api-key", "k1"]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout is not None
        banner = [process.stdout.readline() for _ in range(3)]
    finally:
        process.terminate()
        process.wait(10)
    assert banner[0].startswith("GetSales emulator listening on http://127.0.0.1:")
    assert banner[1].startswith("GETSALES_BASE_URL=http://127.0.0.1:")
    assert banner[2].strip() == "GETSALES_API_KEY=k1"


def test_importing_the_sdk_does_not_import_the_emulator() -> None:
    code = (
        "import sys, getsales_extras; bad = [m for m in ('starlette', 'uvicorn', "
        "'getsales_extras.testing') if m in sys.modules]; sys.exit(1 if bad else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


# --- routes and answers from the spec --------------------------------------------------------


def test_keys_team_and_unknown_paths(emulator_factory: EmulatorFactory) -> None:
    emu = emulator_factory(extra_api_keys=("second",))
    with httpx.Client(base_url=emu.base_url) as http:
        assert reason(http.get("/id/api/users/current"), 401) == "auth_exception"
        wrong = {"Authorization": "Bearer nope"}
        assert reason(http.get("/id/api/users/current", headers=wrong), 401) == "auth_exception"
        second = {"Authorization": "Bearer second"}
        assert http.get("/id/api/users/current", headers=second).status_code == 200
        team = {**emu.headers, "Team-ID": "2"}
        assert reason(http.get("/id/api/users/current", headers=team), 403) == "access_denied"
        assert http.get("/id/api/teams/1", headers=emu.headers).json()["id"] == 1
        assert reason(http.get("/no/such/path", headers=emu.headers), 404) == "not_found"
        assert reason(http.patch(LISTS, headers=emu.headers), 405) == "method_not_allowed"
        # A literal segment wins over a parameter: mass-action is no contact uuid.
        assert http.put("/leads/api/leads/mass-action", headers=emu.headers).status_code == 200


@pytest.mark.parametrize("lead_items", ["wrapped", "flat"])
def test_every_operation_answers_in_a_shape_the_spec_declares(
    emulator_factory: EmulatorFactory, lead_items: str
) -> None:
    """Each success body validates against its schema and has no key the schema leaves out."""
    emu = emulator_factory(rate_limit_requests=None, lead_items=lead_items)
    list_uuid = emu.seed(leads=3)["list_uuid"]
    real = {
        "/leads/api/lists/{uuid}": list_uuid,
        "/leads/api/leads/{uuid}": emu.store.lead_uuids()[0],
        "/integrations/api/webhooks/{uuid}": emu.store.create_webhook(HOOK)["uuid"],
        "/id/api/teams/{id}": "1",
    }
    problems, answered = [], set()
    with client_for(emu) as client:
        # Deletions last, so the records the others need are still there.
        for op in sorted(OPERATIONS.values(), key=lambda op: op.method == "DELETE"):
            request = build_example_request(SPEC, {"path": op.path, "method": op.method})
            url = request.url_path
            if op.path in real:
                url = op.path.replace("{uuid}", real[op.path]).replace("{id}", "1")
            body = dict(request.body)
            # No filters: the pages hold the seeded records, whose shape is checked too.
            params = [(key, value) for key, value in request.params if "filter" not in key]
            if isinstance(body.get("json"), dict):
                body["json"] = {k: v for k, v in body["json"].items() if k != "filter"}
            if isinstance(body.get("json"), dict) and "list_uuid" in body["json"]:
                body["json"] = {**body["json"], "list_uuid": list_uuid}
            if isinstance(body.get("json"), dict) and op.python_name == "update_list":
                body["json"] = {"name": "Renamed"}
            response = client.request(op.method, url, params=params, **body)
            if response.status_code == 501:
                continue
            answered.add(op.python_name)
            if response.status_code != op.success_status:
                problems.append(f"{op.python_name}: {response.status_code} {response.text[:200]}")
                continue
            if op.success_body != "json":
                continue
            if op.python_name in ("search_leads", "list_lists"):
                assert response.json()["data"], f"{op.python_name}: no records to check"
            media = SPEC["paths"][op.path][op.method.lower()]["responses"]
            content = media[str(op.success_status)]
            if "$ref" in content:
                content = SPEC["components"]["responses"][content["$ref"].rsplit("/", 1)[-1]]
            schema = content["content"]["application/json"]["schema"]
            problems += [f"{op.python_name}: {e}" for e in schema_errors(schema, response.json())]
            problems += [
                f"{op.python_name}: undeclared {key}"
                for key in undeclared_keys(schema, response.json())
            ]
    assert problems == []
    assert len(answered) >= len(OPERATIONS) - 1  # download_export has no example: 501
    assert {f"{OPERATIONS[n].method} {OPERATIONS[n].path}" for n in answered} >= set(
        emulated_operations()
    )


def test_an_operation_without_state_answers_its_spec_example(api: httpx.Client) -> None:
    response = api.get("/flows/api/tasks")
    example = SPEC["paths"]["/flows/api/tasks"]["get"]["responses"]["200"]["content"]
    assert response.json() == example["application/json"]["example"]
    assert reason(api.post("/leads/api/file-exports/download", json={}), 501) == "not_emulated"


# --- contacts ------------------------------------------------------------------------------


def test_upsert_creates_then_updates_by_the_documented_matching(
    emulator: Emulator, api: httpx.Client
) -> None:
    list_uuid = make_list(api)
    created = upsert(
        api, list_uuid, linkedin_id="https://www.linkedin.com/in/jane/", email="j@x.co"
    )
    assert created.status_code == 200 and created.json()["linkedin"] == "jane"
    same = [
        upsert(api, list_uuid, linkedin_id="jane", position="CTO"),
        upsert(api, list_uuid, email="J@X.CO", first_name="Jane", last_name="Doe"),
        api.post(UPSERT, json={"list_uuid": list_uuid, "lead": {"personal_email": "j@x.co"}}),
    ]
    assert {r.json()["uuid"] for r in same} == {created.json()["uuid"]}
    assert same[1].json()["name"] == "Jane Doe" and same[1].json()["position"] == "CTO"
    by_name = upsert(api, list_uuid, name="Jane Doe", company_name="Acme")
    assert (
        upsert(api, list_uuid, name="jane doe", company_name="ACME").json()["uuid"]
        == (by_name.json()["uuid"])
    )
    other = make_list(api, "Other")
    kept = api.post(
        UPSERT,
        json={"list_uuid": other, "lead": {"email": "j@x.co", "about": "x"}, "update_if_exists": 0},
    )
    assert kept.json()["about"] is None and kept.json()["list_uuid"] == list_uuid
    moved = api.post(
        UPSERT, json={"list_uuid": other, "lead": {"email": "j@x.co"}, "move_to_list": True}
    )
    assert moved.json()["list_uuid"] == other
    assert emulator.stats.mutations_for("POST", UPSERT) == 7  # not the update_if_exists=0 one
    assert len(emulator.store.leads) == 2


def test_bulk_create_is_all_or_nothing_with_laravel_field_names(
    emulator_factory: EmulatorFactory,
) -> None:
    def reject_ceo(lead: Any) -> Any:
        return {"position": ["No CEOs."]} if lead.get("position") == "CEO" else None

    emu = emulator_factory(reject_email_substring="@rejected.", reject_if=reject_ceo)
    with client_for(emu) as api:
        list_uuid = make_list(api)
        rows = [{"email": "a@x.co"}, {"email": "b@rejected.co"}, {"email": "bad"}]
        rows += [{"email": "c@x.co", "position": "CEO"}, {"about": "no identity"}]
        refused = api.post("/leads/api/leads", json={"list_uuid": list_uuid, "leads": rows})
        assert reason(refused, 422) == "validation_error"
        assert set(refused.json()["error"]["data"]) == {
            "leads.1.email",
            "leads.2.email",
            "leads.3.position",
            "leads.4",
        }
        assert len(emu.store.leads) == 0
        good = [{"email": "a@x.co"}, {"email": "b@x.co", "tags": ["t"]}]
        for _ in range(2):  # sent twice, created once
            done = api.post("/leads/api/leads", json={"list_uuid": list_uuid, "leads": good})
            assert done.status_code == 200 and len(done.json()) == 2
        assert len(emu.store.leads) == 2
        bad_upsert = api.post(UPSERT, json={"list_uuid": "nope", "lead": {"email": "x"}})
        assert set(bad_upsert.json()["error"]["data"]) == {"list_uuid", "lead.email"}


def test_get_update_delete_lookup_count_and_search(emulator: Emulator, api: httpx.Client) -> None:
    list_uuid = make_list(api)
    uuid = upsert(api, list_uuid, email="a@x.co", first_name="Ann").json()["uuid"]
    upsert(api, list_uuid, email="b@x.co", first_name="Bob")
    path = f"/leads/api/leads/{uuid}"
    assert api.get(path).json()["lead"]["uuid"] == uuid  # wrapped by default
    assert api.put(path, json={"position": "CFO"}).json()["position"] == "CFO"
    by_text = {"filter": {"q": "cfo"}}  # found in the position: count agrees with search
    assert api.post("/leads/api/leads/count", json=by_text).json() == {"total": 1}
    assert api.post(SEARCH, json=by_text).json()["total"] == 1
    found = api.post("/leads/api/leads/lookup-one", json={"email": "a@x.co"}).json()
    assert found["lead"]["uuid"] == uuid and "markers" in found
    assert api.post("/leads/api/leads/lookup-one", json={"email": "z@x.co"}).json() is None
    assert reason(api.post("/leads/api/leads/lookup-one", json={}), 422) == "validation_error"
    assert api.post("/leads/api/leads/count", json={"ids": [uuid, "nope"]}).json() == {"total": 1}
    by_filter = {"filter": {"list_uuid": list_uuid, "q": "bob"}}
    assert api.post("/leads/api/leads/count", json=by_filter).json() == {"total": 1}
    assert api.post(SEARCH, json=by_filter).json()["data"][0]["lead"]["first_name"] == "Bob"
    emulator.configure(lead_items="flat")
    assert api.get(path).json()["uuid"] == uuid
    assert api.delete(path).status_code == 204
    assert reason(api.get(path), 404) == "not_found"
    assert api.post("/leads/api/leads/count", json={}).json() == {"total": 1}


# --- lists, webhooks, paging -----------------------------------------------------------------


def test_lists_and_webhooks_keep_their_rules(emulator: Emulator, api: httpx.Client) -> None:
    list_uuid = make_list(api, "Alpha")
    assert reason(api.post(LISTS, json={"name": "ALPHA"}), 422) == "validation_error"
    assert api.put(f"{LISTS}/{list_uuid}", json={"name": "Beta"}).json()["name"] == "Beta"
    assert api.get(LISTS, params={"filter[name]": "beta"}).json()["total"] == 1
    assert api.delete(f"{LISTS}/{list_uuid}").status_code == 204
    assert reason(api.get(f"{LISTS}/{list_uuid}"), 404) == "not_found"
    hook = api.post(HOOKS, json=HOOK).json()
    assert (hook["status"], hook["request_method"]) == ("on", "POST")
    off = {"target_url": hook["target_url"], "status": "off"}
    assert api.put(f"{HOOKS}/{hook['uuid']}", json=off).json()["status"] == "off"
    assert (
        reason(api.put(f"{HOOKS}/{hook['uuid']}", json={"status": "on"}), 422) == "validation_error"
    )
    bad = api.post(HOOKS, json={**HOOK, "event": "nope", "target_url": "ftp:x"})
    assert set(bad.json()["error"]["data"]) == {"event", "target_url"}
    missing = api.post(HOOKS, json={"filters": None}).json()["error"]["data"]
    assert set(missing) == {"name", "event", "target_url"}  # the spec's required fields
    assert api.get(HOOKS).json()["total"] == 1
    assert api.delete(f"{HOOKS}/{hook['uuid']}").status_code == 204


def test_pages_are_stable_ordered_and_checked(emulator: Emulator, api: httpx.Client) -> None:
    list_uuid = emulator.seed(leads=2_500)["list_uuid"]
    emulator.seed(leads=10)  # another list, kept out by the filter
    seen: list[str] = []
    for offset in range(0, 2_500, 100):
        body = {"filter": {"list_uuid": list_uuid}, "limit": 100, "offset": offset}
        page = api.post(SEARCH, json={**body, "order_type": "asc"}).json()
        assert page["total"] == 2_500 and page["has_more"] == (offset < 2_400)
        seen += [item["lead"]["uuid"] for item in page["data"]]
    assert seen == [
        u for u, r in emulator.store.leads.records.items() if r["list_uuid"] == list_uuid
    ]
    by_name = api.post(SEARCH, json={"order_field": "name", "limit": 3}).json()["data"]
    names = [item["lead"]["name"] for item in by_name]
    assert names == sorted(names, reverse=True)
    for query in ({"limit": 101}, {"limit": "x"}, {"offset": -1}, {"order_field": "nope"}):
        assert reason(api.get(LISTS, params=query), 422) == "validation_error"
        assert reason(api.post(SEARCH, json=query), 422) == "validation_error"
    teams = api.get("/id/api/teams").json()  # one team, in the envelope every list has
    assert (teams["total"], teams["limit"], teams["has_more"]) == (1, 20, False)
    assert reason(api.get("/id/api/teams", params={"limit": 0}), 422) == "validation_error"


def test_paging_rules_are_each_operation_s_own() -> None:
    assert paging_rule("list_lists", "limit")["maximum"] == 100  # its query parameter
    assert paging_rule("search_leads", "limit")["maximum"] == 100  # its body's property
    assert paging_rule("count_leads", "limit") == {}  # no paging of its own
    # Without a rule a list would answer empty pages: every paged operation has both.
    paged = [name for name, op in OPERATIONS.items() if op.paginated]
    assert [n for n in paged if not (paging_rule(n, "limit") and paging_rule(n, "offset"))] == []


def test_seeding_100000_contacts_is_quick(emulator: Emulator, api: httpx.Client) -> None:
    began = time.perf_counter()
    emulator.seed(leads=100_000)
    assert time.perf_counter() - began < 20.0  # catches a quadratic store, not a slow machine
    page = api.post(SEARCH, json={"limit": 100, "offset": 99_900}).json()
    assert page["total"] == 100_000 and len(page["data"]) == 100 and not page["has_more"]


# --- rate limit ------------------------------------------------------------------------------


def test_rolling_window_admits_at_most_n_in_any_window(
    emulator_factory: EmulatorFactory, manual_clock: ManualClock
) -> None:
    emu = emulator_factory(rate_limit_requests=10, rate_limit_period=1.0, clock=manual_clock)
    with client_for(emu) as client:
        assert [user_status(client) for _ in range(5)] == [200] * 5
        manual_clock.advance(0.9)
        assert [user_status(client) for _ in range(5)] == [200] * 5
        limited = client.get("/id/api/users/current")
        assert reason(limited, 429) == "too_many_requests" and "retry-after" not in limited.headers
        manual_clock.advance(0.099)
        assert user_status(client) == 429
        # The first five leave exactly one period after they came in: five more, not ten.
        manual_clock.advance(0.001)
        assert [user_status(client) for _ in range(6)] == [200] * 5 + [429]
    assert (emu.stats.rate_limited, emu.stats.total_admitted) == (3, 15)
    assert emu.stats.max_admitted_in_window(1.0) == 10
    assert emu.stats.max_received_in_window(1.0) == 13


def test_a_changed_period_applies_to_requests_already_counted(
    emulator_factory: EmulatorFactory, manual_clock: ManualClock
) -> None:
    emu = emulator_factory(rate_limit_requests=1, rate_limit_period=60.0, clock=manual_clock)
    with client_for(emu) as client:
        assert [user_status(client), user_status(client)] == [200, 429]
        emu.configure(rate_limit_period=3.0)  # the first request now leaves at t=3, not t=60
        manual_clock.advance(3.0)
        assert [user_status(client), user_status(client)] == [200, 429]
        emu.configure(rate_limit_period=10.0)  # and this one at t=13, not t=6
        manual_clock.advance(5.0)
        assert user_status(client) == 429
        manual_clock.advance(5.0)
        assert user_status(client) == 200


def test_budgets_are_per_key_and_rejections_can_count(
    emulator_factory: EmulatorFactory, manual_clock: ManualClock
) -> None:
    emu = emulator_factory(
        extra_api_keys=("b",), rate_limit_requests=2, rate_limit_period=1.0, clock=manual_clock
    )
    with httpx.Client(base_url=emu.base_url) as http:

        def status(key: str) -> int:
            return http.get("/id/api/teams", headers={"Authorization": f"Bearer {key}"}).status_code

        assert [status("test-key") for _ in range(3)] + [status("b")] == [200, 200, 429, 200]
        assert list(emu.stats.rate_limited_by_key.values()) == [1]
        emu.configure(count_rejected_requests=True)
        manual_clock.advance(1.0)
        assert [status("b"), status("b")] == [200, 200]
        manual_clock.advance(0.5)
        assert status("b") == 429  # counted: it occupies the window until t=2.5
        manual_clock.advance(0.5)
        assert [status("b"), status("b")] == [200, 429]


@pytest.mark.parametrize("fmt", ["seconds", "http-date"])
def test_retry_after_header_is_optional(
    emulator_factory: EmulatorFactory, manual_clock: ManualClock, fmt: str
) -> None:
    emu = emulator_factory(
        rate_limit_requests=1, rate_limit_period=30.0, retry_after=fmt, clock=manual_clock
    )
    with client_for(emu) as client:
        client.get("/id/api/teams")
        manual_clock.advance(10.0)
        value = client.get("/id/api/teams").headers["retry-after"]
    if fmt == "seconds":
        assert value == "20"
    else:
        assert 15 <= parsedate_to_datetime(value).timestamp() - time.time() <= 21


def test_a_concurrent_burst_gets_exactly_the_budget(emulator_factory: EmulatorFactory) -> None:
    emu = emulator_factory(rate_limit_requests=7, rate_limit_period=60.0, latency_ms=50)

    async def burst() -> list[int]:
        async with httpx.AsyncClient(base_url=emu.base_url, headers=emu.headers) as client:
            calls = (client.get("/id/api/users/current") for _ in range(20))
            return [r.status_code for r in await asyncio.gather(*calls)]

    statuses = asyncio.run(burst())
    assert statuses.count(200) == 7 and emu.stats.rate_limited == 13
    emu.configure(rate_limit_requests=None)
    assert asyncio.run(burst()) == [200] * 20


# --- faults ----------------------------------------------------------------------------------


@pytest.mark.anyio
async def test_latency_overlaps_across_concurrent_requests(
    emulator_factory: EmulatorFactory,
) -> None:
    emu = emulator_factory(latency_ms=300)
    async with httpx.AsyncClient(base_url=emu.base_url, headers=emu.headers) as client:
        began = time.perf_counter()
        await asyncio.gather(*(client.get("/id/api/teams") for _ in range(10)))
        elapsed = time.perf_counter() - began
    assert 0.3 <= elapsed < 1.5


def test_faults_look_like_real_ones(emulator: Emulator, api: httpx.Client) -> None:
    make_list(api, "Seen")
    emulator.fail_next("status", LISTS, method="GET", status=503)
    assert reason(api.get(LISTS), 503) == "server_error"
    emulator.fail_next("html", LISTS, status=502)
    html = api.get(LISTS)
    assert html.status_code == 502 and html.headers["content-type"].startswith("text/html")
    emulator.fail_next("empty", LISTS)
    assert api.get(LISTS).content == b""
    emulator.fail_next("reset", LISTS)
    with pytest.raises(httpx.TransportError):
        api.get(LISTS)
    emulator.fail_next("truncated", LISTS)
    with api.stream("GET", LISTS) as cut:
        announced = int(cut.headers["content-length"])
        received = b""
        with pytest.raises(httpx.RemoteProtocolError):
            for chunk in cut.iter_raw():
                received += chunk
    assert 0 < len(received) < announced  # the connection closed early
    emulator.fail_next("rate_limit", LISTS)  # as if another client had used the budget
    assert api.get(LISTS).status_code == 429
    assert api.get(LISTS).json()["total"] == 1
    assert emulator.stats.faults == {"status": 1, "html": 1, "empty": 1, "reset": 1, "truncated": 1}


def test_scripted_latency_delays_one_answer(emulator: Emulator, api: httpx.Client) -> None:
    emulator.fail_next("latency", "/id/api/*", delay_ms=300)
    began = time.perf_counter()
    api.get("/id/api/teams")
    assert time.perf_counter() - began >= 0.3


def test_unknown_enum_values_reach_the_fields_the_spec_declares_as_enums(
    emulator: Emulator, api: httpx.Client
) -> None:
    api.post(HOOKS, json=HOOK)
    emulator.fail_next("unknown_enum", HOOKS, method="GET")
    hooks = api.get(HOOKS).json()["data"]
    assert {hooks[0][k] for k in ("event", "status", "request_method")} == {"emulator_unknown"}
    assert api.get(HOOKS).json()["data"][0]["status"] == "on"
    emulator.configure(unknown_enum_rate=1.0)
    assert api.get(HOOKS).json()["data"][0]["event"] == "emulator_unknown"


def test_a_fault_after_the_change_means_it_was_stored(
    emulator: Emulator, api: httpx.Client
) -> None:
    emulator.fail_next("status", LISTS, method="POST", phase="after", status=502)
    emulator.fail_next("reset", LISTS, method="POST", phase="before")
    assert api.post(LISTS, json={"name": "Kept"}).status_code == 502
    with pytest.raises(httpx.TransportError):
        api.post(LISTS, json={"name": "Lost"})
    assert [r["name"] for r in emulator.store.lists.records.values()] == ["Kept"]
    assert emulator.stats.times_admitted("POST", LISTS, {"name": "Kept"}) == 1
    assert emulator.stats.times_applied("POST", LISTS, {"name": "Lost"}) == 0


def test_random_faults_repeat_with_the_same_seed(emulator_factory: EmulatorFactory) -> None:
    def statuses(seed: int) -> list[int]:
        emu = emulator_factory(seed=seed, error_rate=0.3, html_error_rate=0.2)
        with client_for(emu) as client:
            return [client.get("/id/api/teams").status_code for _ in range(30)]

    first = statuses(7)
    assert first == statuses(7) and first != statuses(8)
    assert {200, 502} <= set(first)


# --- statistics, control, settings -----------------------------------------------------------


def test_statistics_count_requests_changes_and_repeated_bodies(
    emulator: Emulator, api: httpx.Client
) -> None:
    list_uuid = make_list(api)
    for _ in range(2):
        upsert(api, list_uuid, email="a@x.co")
        api.post(SEARCH, json={})
    stats = emulator.stats
    assert stats.requests_for("POST", UPSERT) == 2 and stats.requests_for("POST", SEARCH) == 2
    assert stats.mutations_for("POST", UPSERT) == 2 and stats.mutations_for("POST", SEARCH) == 0
    [(target, count)] = stats.duplicate_payloads().items()
    assert target.startswith(f"POST {UPSERT}#") and count == 2
    assert stats.snapshot()["duplicate_payloads_applied"] == stats.duplicate_payloads(applied=True)


def test_control_endpoints(emulator: Emulator) -> None:
    with httpx.Client(base_url=emulator.base_url) as http:
        assert http.get("/_emulator/health").json() == {"ok": True}
        seeded = http.post("/_emulator/seed", json={"leads": 5, "lists": 2}).json()
        assert seeded["data"] == {"leads": 5, "lists": 3, "webhooks": 0}
        assert http.post("/_emulator/config", json={"reject_if": None}).status_code == 422
        assert http.post("/_emulator/config", json={"latency_ms": 5}).json()["latency_ms"] == 5
        rules = [{"kind": "status", "path": "/x"}, {"kind": "empty", "count": 2}]
        assert len(http.post("/_emulator/faults", json=rules).json()["pending"]) == 2
        assert http.post("/_emulator/faults", json={"kind": "nope"}).status_code == 422
        assert http.delete("/_emulator/faults").json() == {"pending": []}
        http.post("/_emulator/reset", json={"data": False})
        assert http.get("/_emulator/stats").json()["data"]["leads"] == 5
        http.post("/_emulator/reset", json={})
        assert http.get("/_emulator/stats").json()["total_requests"] == 0
    assert emulator.stats.total_requests == 0  # control requests are never counted


def test_identifiers_repeat_with_the_same_seed(emulator_factory: EmulatorFactory) -> None:
    first, second = emulator_factory(seed=3), emulator_factory(seed=3)
    assert first.seed(leads=3) == second.seed(leads=3)
    assert first.store.lead_uuids() == second.store.lead_uuids()


@pytest.mark.parametrize(
    "settings",
    [
        {"rate_limit_requests": 0},
        {"rate_limit_period": 0},
        {"error_rate": 1.5},
        {"error_rate": 0.6, "reset_rate": 0.6},
        {"lead_items": "lead"},
        {"latency_ms": -1},
    ],
)
def test_config_rejects_impossible_settings(settings: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        EmulatorConfig(**settings)


def test_a_scripted_429_costs_no_budget(emulator_factory: EmulatorFactory) -> None:
    emu = emulator_factory(rate_limit_requests=1, rate_limit_period=600.0)
    emu.fail_next("rate_limit", "/id/api/users/current")
    with client_for(emu) as api:
        assert api.get("/id/api/users/current").status_code == 429
        # The key's one request of the window is still there.
        assert api.get("/id/api/users/current").status_code == 200
        assert api.get("/id/api/users/current").status_code == 429


def test_an_empty_answer_fault_keeps_the_operations_success_status(
    emulator_factory: EmulatorFactory,
) -> None:
    emu = emulator_factory(rate_limit_requests=None)
    emu.fail_next("empty", "/leads/api/lists", method="POST")
    with client_for(emu) as api:
        answer = api.post("/leads/api/lists", json={"name": "x"})
    assert (answer.status_code, answer.content) == (201, b"")
