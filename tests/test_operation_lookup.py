"""Features that need a generated operation find it when used, and name it when it is missing."""

from __future__ import annotations

import sys
from collections.abc import Iterator

import httpx
import pytest

from getsales_client import AuthenticatedClient
from getsales_extras._operations import MissingOperationError, find_operation, requires
from getsales_extras.webhooks import subscribe

pytestmark = pytest.mark.anyio

CREATE_WEBHOOK = "getsales_client.api.webhooks.create_webhook"


@pytest.fixture
def without_create_webhook(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """As if the generated package had no createWebhook operation."""
    import importlib

    import getsales_client.api.webhooks as package

    importlib.import_module(CREATE_WEBHOOK)  # loaded already, as in a full test run
    monkeypatch.delattr(package, "create_webhook", raising=False)
    monkeypatch.setitem(sys.modules, CREATE_WEBHOOK, None)
    yield


async def test_a_missing_operation_is_named_when_the_feature_is_used(
    without_create_webhook: None,
) -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": [], "limit": 100, "offset": 0, "total": 0})

    transport = httpx.MockTransport(handler)
    client = AuthenticatedClient(
        base_url="http://api.test", token="k", httpx_args={"transport": transport}
    )
    with pytest.raises(MissingOperationError) as caught:
        await subscribe(client, "https://hooks.example/getsales", ["contact_created"], token="t")
    assert caught.value.operation_id == "createWebhook"
    assert caught.value.feature == "subscribe"
    assert "createWebhook" in str(caught.value)
    assert seen == []  # noticed before anything was sent


def test_an_operation_generated_under_another_name_is_pointed_to() -> None:
    assert find_operation("createWebhook") == CREATE_WEBHOOK
    assert find_operation("noSuchOperation") is None
    with pytest.raises(MissingOperationError, match=r"generated as getsales_client\.api\.lists"):
        with requires("listLists", "a feature"):
            from getsales_client.api.webhooks import list_lists  # type: ignore[attr-defined]  # noqa: F401


def test_other_import_errors_pass_through() -> None:
    with pytest.raises(ModuleNotFoundError):
        with requires("listLists", "a feature"):
            import no_such_module  # type: ignore[import-not-found]  # noqa: F401


def test_the_extras_load_no_generated_operation_at_import() -> None:
    import subprocess

    code = (
        "import sys, getsales_extras, getsales_extras.importer, getsales_extras.cli,"
        " getsales_extras.webhooks\n"
        "print(sorted(m for m in sys.modules if m.startswith('getsales_client.api.')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "[]"


def test_a_client_without_the_delivery_models_says_what_is_missing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import importlib

    import getsales_client.models as models

    monkeypatch.delattr(models, "WebhookDelivery", raising=False)  # loaded on first use
    monkeypatch.delitem(models._MODULES, "WebhookDelivery")  # as if never generated
    monkeypatch.delitem(sys.modules, "getsales_extras.webhooks")
    with pytest.raises(MissingOperationError, match="WebhookDelivery") as caught:
        importlib.import_module("getsales_extras.webhooks")
    assert caught.value.operation_id == "webhookDelivery"
    # The command line does not need it to start.
    importlib.reload(importlib.import_module("getsales_extras.cli"))
