"""Checks on openapi/bundled.yaml: API coverage, pagination, errors, examples, Prism round trip.

The operation list in openapi/operations.json is the contract: every one of its operations must be
in the spec with the same method, path, tag and operationId. Prism then answers one request per
operation built from the spec's own examples, which proves that examples and schemas agree.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from openapi_schema_validator import OAS30Validator, oas30_format_checker

from scripts import overlay
from tests.fixtures_prism import EXAMPLE_HEADERS, build_example_request

REPO_ROOT = Path(__file__).resolve().parent.parent
SPEC: dict[str, Any] = yaml.safe_load((REPO_ROOT / "openapi" / "bundled.yaml").read_text())
OPERATIONS: list[dict[str, str]] = json.loads(
    (REPO_ROOT / "openapi" / "operations.json").read_text()
)
OPERATION_IDS = [op["operationId"] for op in OPERATIONS]
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
ERROR_RESPONSES = {
    "400": "BadRequest",
    "401": "Unauthorized",
    "402": "PaymentRequired",
    "403": "Forbidden",
    "422": "ValidationFailed",
}

# Paginated list endpoints: GET ones take the pagination in the query, POST ones in the JSON body.
GET_LIST_OPERATIONS = {
    "listTeams", "listLists", "listTags", "listCustomFields", "listPipelineStages", "listNotes",
    "listActivities", "listLeadBlacklist", "listCompanyBlacklist", "listDataSources",
    "listEnrichmentQueue", "listFlows", "listFlowVersions", "listFlowWorkspaces",
    "listSenderProfiles", "listTasks", "listLinkedinMessages", "listEmails", "listMailboxes",
    "listAiAgents", "listAiTemplates", "listWebhooks", "listLlmConnections", "listProxyCountries",
}  # fmt: skip
POST_LIST_OPERATIONS = {
    "searchLeads", "listCompanies", "listFlowLeads", "listLinkedinBrowsers", "listBrowserLogs",
}  # fmt: skip
# GET lists whose documentation names filter keys (sent as the vendor's `filter` deep object).
FILTERED_GET_LISTS = {
    "listLists", "listPipelineStages", "listNotes", "listActivities", "listDataSources",
    "listFlows", "listSenderProfiles", "listTasks", "listLinkedinMessages", "listEmails",
    "listMailboxes", "listWebhooks", "listLlmConnections",
}  # fmt: skip
# Operations that only read although they are not GETs; and some that clearly change state.
READ_ONLY_NON_GET = {
    "searchLeads", "lookupOneLead", "countLeads", "listCompanies", "lookupCompany",
    "dataSourceMetrics", "enrichmentQueueMetrics", "downloadExport", "getFlowMetrics",
    "getLeadMetrics", "listFlowLeads", "getLinkedinMessageGroupCounts", "renderAiTemplate",
    "validateFlowNode", "listLinkedinBrowsers",
}  # fmt: skip
MUTATING = {
    "upsertLead", "updateLead", "deleteLead", "massActionLeads", "createLeads",
    "sendLinkedinMessage", "sendEmail", "startFlow", "addNewLeadToFlow", "createWebhook",
    "testWebhook", "classifyLead", "enrichLeads", "exportLeads", "runLinkedinBrowser", "uploadCsv",
}  # fmt: skip


def iter_operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    for path, item in spec["paths"].items():
        for method, operation in item.items():
            if method in HTTP_METHODS:
                yield path, method, operation


SPEC_OPERATIONS = {
    op["operationId"]: (path, method, op) for path, method, op in iter_operations(SPEC)
}
# Our marks live in openapi/overlay.yaml, laid over the bundle before generation.
MARKED_OPERATIONS = {
    op["operationId"]: op
    for _, _, op in iter_operations(overlay.apply(SPEC, overlay.load_overlay()).spec)
}


def resolve(node: Mapping[str, Any]) -> Mapping[str, Any]:
    """Follow local `$ref`s until a concrete node is reached."""
    while "$ref" in node:
        target: Any = SPEC
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def validator_for(schema: Mapping[str, Any]) -> OAS30Validator:
    """An OpenAPI 3.0 schema validator whose local `#/components/...` references resolve."""
    root = {"allOf": [schema], "components": SPEC["components"]}
    return OAS30Validator(root, format_checker=oas30_format_checker)


def schema_errors(schema: Mapping[str, Any], instance: Any) -> list[str]:
    return [
        f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
        for e in validator_for(schema).iter_errors(instance)
    ]


def _members(schema: Any) -> list[Mapping[str, Any]]:
    """The schema and, recursively, the members of its `allOf`, `oneOf` and `anyOf`, resolved."""
    if not isinstance(schema, Mapping):
        return []  # `additionalProperties: true`: any value
    node = resolve(schema)
    combined = [s for key in ("allOf", "oneOf", "anyOf") for s in node.get(key, [])]
    return [node, *(member for s in combined for member in _members(s))]


def undeclared_keys(schema: Any, instance: Any, where: str = "") -> list[str]:
    """The paths of the object keys in `instance` that `schema` does not declare.

    Stricter than the spec: an object schema without `additionalProperties` counts as closed.
    A key declared by any member of an `allOf`, `oneOf` or `anyOf` counts as declared.
    """
    members = _members(schema)
    if isinstance(instance, list):
        items = {"anyOf": [m["items"] for m in members if "items" in m]}
        return [
            key
            for i, item in enumerate(instance)
            for key in undeclared_keys(items, item, f"{where}/{i}")
        ]
    objects = [m for m in members if m.get("type") == "object" or "properties" in m]
    if not isinstance(instance, dict) or not objects:
        return []
    found: list[str] = []
    for key, value in instance.items():
        # What each member says of the key: its property, else its `additionalProperties`.
        rules = [m.get("properties", {}).get(key, m.get("additionalProperties")) for m in objects]
        declared = [rule for rule in rules if rule not in (None, False)]
        if declared:
            found += undeclared_keys({"anyOf": declared}, value, f"{where}/{key}")
        else:
            found.append(f"{where}/{key}")
    return found


def operation(op_id: str) -> Mapping[str, Any]:
    return SPEC_OPERATIONS[op_id][2]


def json_body_schema(op_id: str) -> Mapping[str, Any]:
    body = resolve(operation(op_id)["requestBody"])
    return resolve(body["content"]["application/json"]["schema"])


def success_schema(op_id: str) -> Mapping[str, Any]:
    responses = operation(op_id)["responses"]
    status = min(
        code for code in responses if code.startswith("2") and "content" in resolve(responses[code])
    )
    return resolve(resolve(responses[status])["content"]["application/json"]["schema"])


# ------------------------------------------------------------------------------------------
# coverage


def test_operation_list_has_154_unique_entries() -> None:
    assert len(OPERATIONS) == 154
    assert len(set(OPERATION_IDS)) == 154


def test_spec_has_exactly_the_listed_operations() -> None:
    spec_ids = [str(op.get("operationId")) for _, _, op in iter_operations(SPEC)]
    assert len(spec_ids) == len(set(spec_ids)), "duplicate operationIds"
    assert sorted(spec_ids) == sorted(OPERATION_IDS)


@pytest.mark.parametrize("entry", OPERATIONS, ids=OPERATION_IDS)
def test_operation_matches_the_list(entry: dict[str, str]) -> None:
    method = entry["method"].lower()
    assert entry["path"] in SPEC["paths"], entry["path"]
    assert method in SPEC["paths"][entry["path"]], f"{entry['method']} {entry['path']}"
    op = SPEC["paths"][entry["path"]][method]
    assert op["operationId"] == entry["operationId"]
    assert op["tags"] == [entry["tag"]]
    assert op["summary"] == entry["summary"]
    assert op.get("description", "").strip(), "every operation is described"


def test_tags_follow_the_vendor_names_and_have_descriptions() -> None:
    listed = list(dict.fromkeys(entry["tag"] for entry in OPERATIONS))
    assert [tag["name"] for tag in SPEC["tags"]] == listed
    assert all(tag.get("description") for tag in SPEC["tags"])


def test_only_the_legacy_bulk_create_is_deprecated() -> None:
    deprecated = {op_id for op_id, (_, _, op) in SPEC_OPERATIONS.items() if op.get("deprecated")}
    assert deprecated == {"createLeads"}
    path, method, _ = SPEC_OPERATIONS["createLeads"]
    assert (method, path) == ("post", "/leads/api/leads")


def test_servers_and_security() -> None:
    assert SPEC["openapi"].startswith("3.0")
    assert {"url": "https://amazing.getsales.io", "description": "Production"} in SPEC["servers"]
    schemes = SPEC["components"]["securitySchemes"]
    assert schemes["bearerAuth"]["type"] == "http"
    assert schemes["bearerAuth"]["scheme"] == "bearer"
    assert schemes["teamId"] == {
        **schemes["teamId"],
        "type": "apiKey",
        "in": "header",
        "name": "Team-ID",
    }
    assert {"bearerAuth": [], "teamId": []} in SPEC["security"]
    assert {"bearerAuth": []} in SPEC["security"], "a bearer token alone must be acceptable"


def test_every_path_parameter_is_declared_with_an_example() -> None:
    for path, method, op in iter_operations(SPEC):
        declared = {
            resolve(p)["name"]: resolve(p)
            for p in op.get("parameters", [])
            if resolve(p)["in"] == "path"
        }
        expected = {part[1:-1] for part in path.split("/") if part.startswith("{")}
        assert set(declared) == expected, f"{method.upper()} {path}"
        for name, param in declared.items():
            assert param["required"] is True
            assert "example" in param, f"{method.upper()} {path}: {name}"
            assert not schema_errors(param["schema"], param["example"]), (
                f"{method.upper()} {path}: {name}"
            )


# ------------------------------------------------------------------------------------------
# pagination


def test_every_list_style_operation_is_classified() -> None:
    list_like = {op_id for op_id in OPERATION_IDS if op_id.startswith(("list", "search"))}
    assert list_like == GET_LIST_OPERATIONS | POST_LIST_OPERATIONS


def _assert_pagination_schemas(props: Mapping[str, Mapping[str, Any]], where: str) -> None:
    limit, offset = resolve(props["limit"]), resolve(props["offset"])
    assert limit["type"] == "integer" and limit["minimum"] == 1 and limit["maximum"] == 100, where
    assert offset["type"] == "integer" and offset["minimum"] == 0, where
    assert resolve(props["order_field"])["type"] == "string", where
    order_type = resolve(props["order_type"])
    if "allOf" in order_type:
        order_type = resolve(order_type["allOf"][0])
    assert sorted(order_type["enum"]) == ["asc", "desc"], where


@pytest.mark.parametrize("op_id", sorted(GET_LIST_OPERATIONS))
def test_get_list_takes_pagination_in_the_query(op_id: str) -> None:
    params = [resolve(p) for p in operation(op_id).get("parameters", [])]
    query = {p["name"]: p["schema"] for p in params if p["in"] == "query"}
    _assert_pagination_schemas(query, op_id)


@pytest.mark.parametrize("op_id", sorted(POST_LIST_OPERATIONS))
def test_post_list_takes_pagination_in_the_body(op_id: str) -> None:
    assert SPEC_OPERATIONS[op_id][1] == "post"
    _assert_pagination_schemas(json_body_schema(op_id)["properties"], op_id)


def _envelope(schema: Mapping[str, Any]) -> Mapping[str, Any]:
    """The list envelope among the response's alternatives."""
    candidates = [resolve(s) for s in schema.get("oneOf", [schema])]
    envelopes = [
        c for c in candidates if c.get("type") == "object" and "data" in c.get("properties", {})
    ]
    assert len(envelopes) == 1, "exactly one list envelope expected"
    return envelopes[0]


@pytest.mark.parametrize("op_id", sorted(GET_LIST_OPERATIONS | POST_LIST_OPERATIONS))
def test_list_answers_with_a_typed_envelope(op_id: str) -> None:
    envelope = _envelope(success_schema(op_id))
    props = envelope["properties"]
    assert props["data"]["type"] == "array"
    assert "$ref" in props["data"]["items"], "items are a named component the generator can type"
    for key in ("limit", "offset", "total"):
        assert props[key]["type"] == "integer"
    assert props["has_more"]["type"] == "boolean"
    assert "required" not in envelope, "a server that omits has_more must not break clients"


@pytest.mark.parametrize("op_id", sorted(FILTERED_GET_LISTS))
def test_get_list_filters_use_the_vendor_deep_object(op_id: str) -> None:
    params = [resolve(p) for p in operation(op_id).get("parameters", [])]
    (param,) = [p for p in params if p["name"] == "filter"]
    assert param["in"] == "query"
    assert param["style"] == "deepObject" and param["explode"] is True
    assert param["schema"]["type"] == "object" and param["schema"]["properties"]


# ------------------------------------------------------------------------------------------
# errors and read-only marking


def test_error_envelope_shape() -> None:
    envelope = SPEC["components"]["schemas"]["ErrorEnvelope"]
    assert set(envelope["properties"]) == {"error", "message", "code"}
    assert set(envelope["properties"]["error"]["properties"]) == {"reason", "message", "data"}
    for name in (*ERROR_RESPONSES.values(), "NotFound", "MailboxConnectionFailed"):
        media = SPEC["components"]["responses"][name]["content"]["application/json"]
        assert media["schema"] == {"$ref": "#/components/schemas/ErrorEnvelope"}
        assert not schema_errors(media["schema"], media["example"]), name


@pytest.mark.parametrize("op_id", OPERATION_IDS)
def test_operation_declares_the_shared_error_responses(op_id: str) -> None:
    responses = operation(op_id)["responses"]
    for status, name in ERROR_RESPONSES.items():
        assert responses.get(status) == {"$ref": f"#/components/responses/{name}"}, status
    assert any(code.startswith("2") for code in responses)


def test_mailbox_connection_documents_status_433() -> None:
    responses = operation("connectSmtpImapMailbox")["responses"]
    assert responses["433"] == {"$ref": "#/components/responses/MailboxConnectionFailed"}


def test_every_get_is_marked_read_only() -> None:
    for op_id, (_, method, _) in SPEC_OPERATIONS.items():
        if method == "get":
            assert MARKED_OPERATIONS[op_id].get("x-getsales-read-only") is True, op_id


@pytest.mark.parametrize("op_id", sorted(READ_ONLY_NON_GET))
def test_reading_posts_are_marked_read_only(op_id: str) -> None:
    assert MARKED_OPERATIONS[op_id].get("x-getsales-read-only") is True


@pytest.mark.parametrize("op_id", sorted(MUTATING))
def test_mutating_operations_are_not_marked(op_id: str) -> None:
    assert "x-getsales-read-only" not in MARKED_OPERATIONS[op_id]


def test_the_bundle_itself_carries_none_of_our_marks() -> None:
    assert not any(
        key.startswith(overlay.OUR_PREFIXES) for op in SPEC_OPERATIONS.values() for key in op[2]
    )


# ------------------------------------------------------------------------------------------
# examples agree with schemas


def _media_examples() -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    for op_id, (_, _, op) in SPEC_OPERATIONS.items():
        if "requestBody" in op:
            for media_type, media in resolve(op["requestBody"])["content"].items():
                yield f"{op_id} request {media_type}", media_type, media
        for status, response in op["responses"].items():
            if status.startswith("2"):
                for media_type, media in resolve(response).get("content", {}).items():
                    yield f"{op_id} {status} {media_type}", media_type, media


MEDIA_EXAMPLES = list(_media_examples())


@pytest.mark.parametrize(
    ("where", "media_type", "media"), MEDIA_EXAMPLES, ids=[m[0] for m in MEDIA_EXAMPLES]
)
def test_media_example_validates(where: str, media_type: str, media: Mapping[str, Any]) -> None:
    if media_type == "multipart/form-data":
        # Files have no JSON example; the form fields are checked by the Prism round trip.
        assert resolve(media["schema"])["properties"]
        return
    assert "example" in media, f"{where} has no example"
    errors = schema_errors(media["schema"], media["example"])
    assert not errors, "\n".join(errors)


def test_query_parameter_examples_validate() -> None:
    for op_id, (_, _, op) in SPEC_OPERATIONS.items():
        for raw in op.get("parameters", []):
            param = resolve(raw)
            if "example" in param:
                assert not schema_errors(param["schema"], param["example"]), (
                    f"{op_id}: {param['name']}"
                )


def test_validator_rejects_a_bad_example() -> None:
    """Guards the checks above: the validator notices a wrong type, a bad format, a bad enum."""
    lead_list = SPEC["components"]["schemas"]["LeadList"]
    assert schema_errors(lead_list, {"data": [{"uuid": "not-a-uuid"}]})
    assert schema_errors(lead_list, {"total": "many"})
    assert schema_errors(json_body_schema("massActionLeads"), {"type": "contact_teleport"})
    assert not schema_errors(lead_list, {"data": [{"first_name": None}]}), (
        "nullable fields accept null"
    )


# ------------------------------------------------------------------------------------------
# Prism round trip


@pytest.fixture(scope="module")
def prism_client(prism_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=prism_url, headers=EXAMPLE_HEADERS, timeout=30.0) as client:
        yield client


@pytest.mark.prism
@pytest.mark.parametrize("entry", OPERATIONS, ids=OPERATION_IDS)
def test_prism_accepts_the_example_request(
    prism_client: httpx.Client, entry: dict[str, str]
) -> None:
    request = build_example_request(SPEC, entry)
    response = prism_client.request(
        request.method, request.url_path, params=request.params, **request.body
    )
    assert 200 <= response.status_code < 300, f"{response.status_code}: {response.text[:500]}"


@pytest.mark.prism
def test_prism_rejects_invalid_requests(prism_client: httpx.Client) -> None:
    """Proves the round trip above can fail: Prism validates bodies, parameters and credentials."""
    assert prism_client.post("/leads/api/lists", json={}).status_code == 422
    assert prism_client.get("/leads/api/lists", params={"limit": 500}).status_code == 422
    assert prism_client.get("/leads/api/lists/not-a-uuid").status_code == 422
    unauthenticated = prism_client.post(
        "/leads/api/lists", json={"name": "x"}, headers={"Authorization": ""}
    )
    assert unauthenticated.status_code == 401


@pytest.mark.prism
def test_prism_accepts_a_bearer_token_without_team_id(prism_client: httpx.Client) -> None:
    response = prism_client.post(
        "/leads/api/lists", json={"name": "CMO Germany"}, headers={"Team-ID": ""}
    )
    assert response.status_code == 201
