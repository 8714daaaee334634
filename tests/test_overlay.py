"""openapi/overlay.yaml: our marks, laid over the vendor-shaped bundle with an Overlay 1.0 tool."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from scripts import overlay
from scripts.normalize_spec import load

BUNDLE = Path(__file__).resolve().parent.parent / "openapi" / "bundled.yaml"


@pytest.fixture(scope="module")
def bundle() -> dict[str, Any]:
    return load(BUNDLE)


@pytest.fixture(scope="module")
def applied(bundle: dict[str, Any]) -> overlay.OverlayResult:
    return overlay.apply(bundle, overlay.load_overlay())


def test_the_document_is_an_overlay_1_0(applied: overlay.OverlayResult) -> None:
    document = overlay.load_overlay()
    assert str(document["overlay"]).startswith("1.0")
    assert all("target" in action and "update" in action for action in document["actions"])
    assert applied.applied == len(document["actions"])


def test_every_target_matches_our_bundle(applied: overlay.OverlayResult) -> None:
    assert applied.unmatched == []


def _is_mark_action(action: dict[str, Any]) -> bool:
    return all(key == "title" or key.startswith(overlay.OUR_PREFIXES) for key in action["update"])


def test_the_overlay_is_the_only_home_of_our_marks(
    bundle: dict[str, Any], applied: overlay.OverlayResult
) -> None:
    assert overlay.extract(bundle) == []
    marked = {a["target"] for a in overlay.extract(applied.spec)}
    actions = overlay.load_overlay()["actions"]
    assert marked == {a["target"] for a in actions if _is_mark_action(a)}


def test_webhook_delivery_shapes_come_from_the_overlay(
    bundle: dict[str, Any], applied: overlay.OverlayResult
) -> None:
    for document, present in ((bundle, False), (applied.spec, True)):
        assert ("x-webhooks" in document) is present
        assert ("WebhookDelivery" in document["components"]["schemas"]) is present
    delivery = applied.spec["x-webhooks"]["delivery"]["post"]["requestBody"]
    refs = delivery["content"]["application/json"]["schema"]["anyOf"]
    assert {"$ref": "#/components/schemas/WebhookDelivery"} in refs
    assert applied.spec["components"]["schemas"]["WebhookDelivery"]["title"] == "WebhookDelivery"


def test_marks_land_where_the_facts_read_them(applied: overlay.OverlayResult) -> None:
    paths = applied.spec["paths"]
    assert paths["/leads/api/leads/search"]["post"]["x-getsales-read-only"] is True
    assert paths["/leads/api/leads/mass-action"]["put"]["x-getsales-idempotent"] is False
    schemas = applied.spec["components"]["schemas"]
    assert schemas["LeadAggregation"]["x-getsales-unwrap"] == "lead"
    assert schemas["EmailList"]["x-getsales-nested-counters"] == "pagination"


def test_targets_that_match_nothing_are_reported_not_fatal() -> None:
    document = {"openapi": "3.0.3", "paths": {"/a": {"get": {"responses": {}}}}}
    actions = {
        "overlay": "1.0.0",
        "actions": [
            {"target": "$.paths['/a'].get", "update": {"x-getsales-read-only": True}},
            {"target": "$.paths['/gone'].post", "update": {"x-getsales-read-only": True}},
        ],
    }
    result = overlay.apply(document, actions)
    assert result.applied == 1
    assert result.unmatched == ["$.paths['/gone'].post: matches nothing (update)"]
    assert result.spec["paths"]["/a"]["get"]["x-getsales-read-only"] is True
    assert "x-getsales-read-only" not in document["paths"]["/a"]["get"]  # the input is untouched


def test_one_update_applied_at_several_places_gives_each_its_own_object() -> None:
    document = {"paths": {"/a": {"get": {}}, "/b": {"get": {}}}}
    actions = {"actions": [{"target": "$.paths.*.get", "update": {"x-inferred": {"k": 1}}}]}
    spec = overlay.apply(document, actions).spec
    first, second = (spec["paths"][p]["get"]["x-inferred"] for p in ("/a", "/b"))
    assert first == second == {"k": 1}
    assert first is not second
