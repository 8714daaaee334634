"""What a success looks like comes from the spec: one success type per operation, a body or none."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import httpx
import pytest

from getsales_client.api.flow_leads_automation_contacts import add_new_lead_to_flow
from getsales_client.api.leads_contacts import upsert_lead
from getsales_client.api.lists import create_list, delete_list, get_list
from getsales_client.api.tasks import cancel_task
from getsales_client.models import AddNewLeadToFlowBody, CreateListBody, List, UpsertLeadBody
from getsales_client.operation_index import OPERATIONS
from getsales_client.types import OPERATION_EXTENSION
from getsales_extras import MalformedResponseError, create_client

pytestmark = pytest.mark.anyio

LIST = {"uuid": "list-1", "name": "Webinar"}


def _client(answer: Callable[[httpx.Request], httpx.Response], seen: list[httpx.Request]) -> Any:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return answer(request)

    return create_client(
        api_key="test-key",
        base_url="http://api.test",
        rate_limit=None,
        max_retries=2,
        transport=httpx.MockTransport(handler),
    )


async def test_a_200_for_a_documented_201_returns_the_model() -> None:
    assert OPERATIONS["create_list"].success_status == 201
    async with _client(lambda r: httpx.Response(200, json=LIST), []) as client:
        created = await create_list.asyncio(client=client, body=CreateListBody(name="Webinar"))
    assert isinstance(created, List) and created.uuid == "list-1"


@pytest.mark.parametrize("headers", [{}, {"Content-Type": "application/json"}])
async def test_an_empty_2xx_is_the_answer_of_an_operation_without_a_body(
    headers: dict[str, str],
) -> None:
    seen: list[httpx.Request] = []
    assert OPERATIONS["cancel_task"].success_body is None
    async with _client(lambda r: httpx.Response(200, headers=headers), seen) as client:
        assert await cancel_task.asyncio("task-1", client=client) is None
        assert await delete_list.asyncio("list-1", client=client) is None
    assert len(seen) == 2  # accepted at once, not retried


async def test_an_empty_200_where_json_is_declared_is_a_typed_error_after_retries() -> None:
    seen: list[httpx.Request] = []
    async with _client(lambda r: httpx.Response(200), seen) as client:
        with pytest.raises(MalformedResponseError, match="empty body"):
            await get_list.asyncio("list-1", client=client)
    assert len(seen) == 3  # a safe call: the first try and two retries


async def test_a_broken_body_of_a_call_not_safe_to_repeat_is_not_resent() -> None:
    seen: list[httpx.Request] = []
    page = b"<html><title>Down for maintenance</title></html>"
    answer = httpx.Response(200, content=page, headers={"Content-Type": "text/html"})
    async with _client(lambda r: answer, seen) as client:
        body = UpsertLeadBody.from_dict({"lead": {"email": "a@b.c"}, "list_uuid": "list-1"})
        with pytest.raises(MalformedResponseError, match="not sent again"):
            await upsert_lead.asyncio(client=client, body=body)
    assert len(seen) == 1


async def test_a_wrong_shape_is_a_typed_error() -> None:
    async with _client(lambda r: httpx.Response(200, json=[LIST]), []) as client:
        with pytest.raises(MalformedResponseError, match="not the documented List"):
            await get_list.asyncio("list-1", client=client)
    async with _client(lambda r: httpx.Response(200, json={"name": "no id"}), []) as client:
        with pytest.raises(MalformedResponseError, match="uuid"):
            await get_list.asyncio("list-1", client=client)


async def test_a_success_that_may_have_no_body_is_none_or_the_model() -> None:
    body = AddNewLeadToFlowBody.from_dict({"lead": {"email": "a@b.c"}, "list_uuid": "list-1"})
    async with _client(lambda r: httpx.Response(204), []) as client:
        assert await add_new_lead_to_flow.asyncio("flow-1", client=client, body=body) is None
    skipped = httpx.Response(200, json={"reason": "skipped"})
    async with _client(lambda r: skipped, []) as client:
        result = await add_new_lead_to_flow.asyncio("flow-1", client=client, body=body)
    assert result is not None and result.reason == "skipped"


async def test_every_generated_request_names_its_operation() -> None:
    seen: list[httpx.Request] = []
    async with _client(lambda r: httpx.Response(200, json=LIST), seen) as client:
        await get_list.asyncio("list-1", client=client)
        await create_list.asyncio(client=client, body=CreateListBody(name="x"))
    assert [request.extensions[OPERATION_EXTENSION] for request in seen] == [
        "get_list",
        "create_list",
    ]


def test_one_enum_class_per_concept() -> None:
    import sys
    import typing

    from getsales_client import models
    from getsales_client.api.webhooks import list_webhooks
    from getsales_client.models import (
        CreateWebhookBody,
        Note,
        ObjectType,
        UpdateWebhookBody,
        Webhook,
        WebhookEvent,
        WebhookRequestMethod,
        WebhookStatus,
    )

    def classes(owner: Any, name: str) -> set[Any]:
        """The classes an annotation allows (``X | None | Unset`` gives all three)."""
        namespace = {model: getattr(models, model) for model in models.__all__}
        namespace.update(vars(sys.modules[owner.__module__]))  # its own imports (Unset...)
        hint = typing.get_type_hints(owner, globalns=namespace)[name]
        return set(typing.get_args(hint)) or {hint}

    for model in (CreateWebhookBody, UpdateWebhookBody, Webhook):
        assert WebhookEvent in classes(model, "event"), model
        assert WebhookRequestMethod in classes(model, "request_method"), model
    assert WebhookStatus in classes(list_webhooks.asyncio, "filter_status")
    assert ObjectType in classes(Note, "object_")
