"""The emulator's ASGI application. Every API request goes through one pipeline, in the order a
real deployment applies the steps: routing by the operation index (404, 405); authentication
(``Authorization: Bearer``, then ``Team-ID``); the rolling-window limit, counted on arrival
(429); latency and a fault decision; then the operation (from state for ``HANDLERS``, else the
spec's success example) unless a fault struck ``before`` it, and its answer unless one struck
``after`` it. The control endpoints under ``/_emulator/`` are never limited, faulted or counted.
"""

from __future__ import annotations

import asyncio
import contextlib
import copy
import json
import logging
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from email.utils import formatdate
from functools import cached_property
from math import ceil
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route
from starlette.types import Message, Receive, Scope, Send

from getsales_client.operation_index import OPERATIONS
from getsales_extras.testing.errors import ApiError, error_envelope, invalid
from getsales_extras.testing.faults import REPLACING, ScriptedFault
from getsales_extras.testing.records import body_filter, query_filter
from getsales_extras.testing.spec import RouteMatch, match_route, replace_enums, spec_answers
from getsales_extras.testing.stats import payload_digest
from getsales_extras.testing.store import Store

if TYPE_CHECKING:
    from getsales_extras.testing.server import Runtime

logger = logging.getLogger("getsales.emulator")

HTML_PAGE = "<html><head><title>{0} Bad Gateway</title></head><body>{0} Bad Gateway</body></html>"


@dataclass
class Call:
    """What an operation's handler may look at; it sets ``changed`` when the operation's
    read-only mark in the index does not tell (an upsert that kept the contact as it was)."""

    store: Store
    params: dict[str, str]
    query: list[tuple[str, str]]
    raw: bytes
    changed: bool

    @cached_property
    def obj(self) -> dict[str, Any]:
        """The body as a JSON object (no body counts as ``{}``), parsed once."""
        try:
            body = json.loads(self.raw) if self.raw.strip() else {}
        except ValueError:
            raise ApiError(400, "The request body is not valid JSON.") from None
        if not isinstance(body, dict):
            raise invalid("body", "The request body must be a JSON object.")
        return body

    @property
    def uuid(self) -> str:
        return self.params["uuid"]


def _upsert_lead(c: Call) -> Any:
    outcome = c.store.upsert_lead(c.obj)
    c.changed = outcome.changed
    return c.store.render_lead(outcome.lead)


def _get_team(c: Call) -> Any:
    if not c.params["id"].isdigit():
        raise ApiError(404, "Team not found.")
    if int(c.params["id"]) != c.store.team_id:
        raise ApiError(403, "You do not have access to this team.")
    return c.store.team()


HANDLERS: dict[str, Callable[[Call], Any]] = {
    "get_current_user": lambda c: c.store.current_user(),
    "list_teams": lambda c: c.store.list_teams(dict(c.query)),
    "get_team": _get_team,
    "upsert_lead": _upsert_lead,
    "create_leads": lambda c: [c.store.render_lead(r) for r in c.store.create_leads(c.obj)],
    "search_leads": lambda c: c.store.search_leads(c.obj, body_filter(c.obj)),
    "lookup_one_lead": lambda c: c.store.lookup_lead(c.obj),
    "count_leads": lambda c: {"total": c.store.count_leads(c.obj, body_filter(c.obj))},
    "get_lead_by_uuid": lambda c: c.store.get_lead(c.uuid),
    "update_lead": lambda c: c.store.render_lead(c.store.update_lead(c.uuid, c.obj)),
    "delete_lead": lambda c: c.store.delete_lead(c.uuid),
    "list_lists": lambda c: c.store.list_lists(dict(c.query), query_filter(c.query)),
    "create_list": lambda c: c.store.create_list(c.obj),
    "get_list": lambda c: c.store.get_list(c.uuid),
    "update_list": lambda c: c.store.update_list(c.uuid, c.obj),
    "delete_list": lambda c: c.store.delete_list(c.uuid),
    "list_webhooks": lambda c: c.store.list_webhooks(dict(c.query), query_filter(c.query)),
    "create_webhook": lambda c: c.store.create_webhook(c.obj),
    "get_webhook_details": lambda c: c.store.get_webhook(c.uuid),
    "update_webhook": lambda c: c.store.update_webhook(c.uuid, c.obj),
    "delete_webhook": lambda c: c.store.delete_webhook(c.uuid),
}
"""The operations answered from state, by python name of the operation index."""


def emulated_operations() -> list[str]:
    """``"METHOD /template"`` of every operation answered from state."""
    return [f"{OPERATIONS[name].method} {OPERATIONS[name].path}" for name in HANDLERS]


def _dump(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode()


async def _wait_for_disconnect(receive: Receive) -> None:
    """Until the server notices the connection is gone (so it sends nothing on our behalf)."""
    with contextlib.suppress(TimeoutError):
        async with asyncio.timeout(2.0):
            while (await receive())["type"] != "http.disconnect":
                pass


class ApiPipeline:
    """The ASGI app serving every API path (see the module docstring for the steps)."""

    def __init__(self, runtime: Runtime) -> None:
        self.runtime = runtime

    async def __call__(self, scope: Scope, receive: Receive, wire: Send) -> None:
        rt, config = self.runtime, self.runtime.config

        async def send(message: Message) -> None:
            if message["type"] == "http.response.start":
                rt.stats.answered(int(message["status"]))
            await wire(message)

        now = config.clock()
        method, path = scope["method"].upper(), scope["path"]
        match = match_route(method, path)
        request = Request(scope, receive)
        rt.stats.received(method, match.template, now)
        raw = await request.body()
        delay = rt.faults.latency_seconds(config)

        async def answer(response: Response, wait: float = 0.0) -> None:
            await asyncio.sleep(wait)
            await response(scope, receive, send)

        key, refused = self._authenticate(request.headers)
        if refused is not None:
            await answer(JSONResponse(refused.envelope(), refused.status), delay)
            return
        # A scripted 429 costs no budget: the window is asked only when none is due.
        scripted = rt.faults.take(method, path, match.template, rate_limit=True)
        wait = None
        if not scripted and rt.limiter is not None:
            wait = rt.limiter.try_acquire(key, now)
        if scripted or wait is not None:
            rt.stats.limited(key)
            await answer(self._rate_limited(wait), delay)
            return

        op = match.operation
        # Fingerprint what may change data, to catch a client sending one change twice.
        changing = op is not None and not op.read_only
        payload = payload_digest(method, path, raw) if changing else None
        rt.stats.admitted(now, payload, f"{method} {path}")
        decision = rt.faults.decide(config, method, path, match.template)
        success = op.success_status if op is not None else 200
        if decision is not None and decision.kind == "latency":
            delay, decision = delay + decision.delay_ms / 1000, None
        await asyncio.sleep(delay)
        if decision is not None:
            rt.stats.fault(decision.kind)
        if decision is not None and decision.kind in REPLACING and decision.phase == "before":
            await self._fault(scope, receive, send, decision, b"", success)
            return

        status, body, changed = self._run(match, method, scope, raw)
        if changed:
            rt.stats.applied(method, match.template, payload)
        if decision is not None and decision.kind in REPLACING:
            rendered = _dump(body) if status != 204 else b""
            await self._fault(scope, receive, send, decision, rendered, success)
            return
        declared = spec_answers().get(op.python_name) if op is not None else None
        succeeded = 200 <= status < 300
        unknown = decision is not None and decision.kind == "unknown_enum"
        if declared and succeeded and (unknown or rt.faults.hit(config.unknown_enum_rate)):
            if replace_enums(body, declared.enum_paths, config.unknown_enum_value) and not unknown:
                rt.stats.fault("unknown_enum")
        if op is not None and op.success_body is None and succeeded:
            await answer(Response(status_code=status))  # the spec declares no body
            return
        await answer(JSONResponse(body, status))

    def _authenticate(self, headers: Mapping[str, str]) -> tuple[str, ApiError | None]:
        config = self.runtime.config
        scheme, _, token = headers.get("authorization", "").partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            return "", ApiError(401, "Missing API key: send Authorization: Bearer <key>.")
        if token != config.api_key and token not in config.extra_api_keys:
            return "", ApiError(401, "Invalid or expired API key.")
        team = headers.get("team-id", "").strip()
        if team and team != str(config.team_id):
            return token, ApiError(403, "You do not have access to this team.")
        return token, None

    def _rate_limited(self, wait: float | None) -> Response:
        config = self.runtime.config
        headers = {}
        seconds = max(1, ceil(wait if wait is not None else config.rate_limit_period))
        if config.retry_after == "seconds":
            headers["Retry-After"] = str(seconds)
        elif config.retry_after == "http-date":
            headers["Retry-After"] = formatdate(time.time() + seconds, usegmt=True)
        message = "Too many requests: the rate limit of this API key is exhausted."
        return JSONResponse(error_envelope(429, message), 429, headers)

    def _run(
        self, match: RouteMatch, method: str, scope: Scope, raw: bytes
    ) -> tuple[int, Any, bool]:
        """The operation's status, body and whether it changed data."""
        op = match.operation
        if op is None:
            known = "The requested endpoint does not exist."
            message = known if match.status == 404 else f"The {method} method is not supported."
            return match.status, error_envelope(match.status, message), False
        handler = HANDLERS.get(op.python_name)
        try:
            if handler is not None:
                query = parse_qsl(scope.get("query_string", b"").decode("latin-1"), True)
                call = Call(self.runtime.store, match.params, query, raw, not op.read_only)
                return op.success_status, handler(call), call.changed
        except ApiError as error:
            return error.status, error.envelope(), False
        except Exception:  # a bug here must not look like a network failure
            logger.exception("emulator handler for %s %s failed", method, op.path)
            return 500, error_envelope(500, "The emulator failed to handle this request."), False
        default = spec_answers().get(op.python_name)
        if default is None or not default.has_example:
            message = f"{method} {op.path} is part of the GetSales API but is not emulated."
            return 501, error_envelope(501, message), False
        return op.success_status, copy.deepcopy(default.example), not op.read_only

    async def _fault(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        fault: ScriptedFault,
        rendered: bytes,
        success: int,
    ) -> None:
        """Answer with ``fault`` instead; an empty or cut-off answer keeps the operation's
        success status (a 204 has no body to cut: its connection is dropped instead)."""
        kind = "reset" if fault.kind == "truncated" and success == 204 else fault.kind
        if kind in ("reset", "truncated"):
            if kind == "truncated":
                # The whole length is announced, half is sent, then the connection closes.
                body = rendered if rendered and len(rendered) > 3 else b'{"data":[{"uuid":"x"}]}'
                length = str(len(body)).encode()
                headers = [(b"content-type", b"application/json"), (b"content-length", length)]
                await send({"type": "http.response.start", "status": success, "headers": headers})
                half = body[: len(body) // 2]
                await send({"type": "http.response.body", "body": half, "more_body": True})
            closer = self.runtime.close_connection
            if closer is None or not closer(scope.get("client"), kind == "reset"):
                raise ConnectionAbortedError("emulated connection fault")
            await _wait_for_disconnect(receive)
            return
        response: Response = Response(b"", success, media_type="application/json")  # "empty"
        if kind == "status":
            message = "The server failed to process the request (emulated fault)."
            response = JSONResponse(error_envelope(fault.status, message), fault.status)
        elif kind == "html":
            response = Response(
                HTML_PAGE.format(fault.status), fault.status, media_type="text/html"
            )
        await response(scope, receive, send)


def control_endpoint(runtime: Runtime) -> Callable[[Request], Awaitable[Response]]:
    """``/_emulator/<action>``, to steer an emulator in another process: ``health``;
    ``stats`` (``?times=1`` adds the times); ``config`` (GET reads, POST changes settings);
    ``faults`` (GET lists, POST adds one ``ScriptedFault`` or an array, DELETE clears); and,
    by POST only, ``seed``, ``reset`` and ``replies``, whose bodies are the arguments of the
    ``Emulator`` methods of those names."""

    def faults(body: Any, method: str) -> Any:
        rules = body if isinstance(body, list) else [body]
        for rule in [ScriptedFault(**r) for r in rules] if method == "POST" else ():
            runtime.faults.script(rule)
        if method == "DELETE":
            runtime.faults.script(None)
        return {"pending": runtime.faults.pending()}

    def reset(body: Any) -> Any:
        runtime.reset(**body)
        return {"reset": body}

    def seed(body: Any) -> Any:
        return {**runtime.seed(**body), "data": runtime.store.counts()}

    def reply(body: Any) -> Any:
        return {"deliveries": [d.webhook_uuid for d in runtime.inject_reply(**body)]}

    changes = {"seed": seed, "reset": reset, "replies": reply}

    async def endpoint(request: Request) -> Response:
        action, method = request.path_params["action"], request.method
        body: Any = {}
        with contextlib.suppress(ValueError):
            body = json.loads(await request.body() or b"{}")
        try:
            if action == "health":
                return JSONResponse({"ok": True})
            if action == "stats":
                times = request.query_params.get("times") in ("1", "true")
                view = runtime.stats.snapshot(include_times=times)
                return JSONResponse({**view, "data": runtime.store.counts()})
            if action == "config":
                if method == "POST":
                    runtime.apply(body, from_json=True)
                return JSONResponse(runtime.config.public_view())
            if action == "faults":
                return JSONResponse(faults(body, method))
            if action in changes and method == "POST":
                return JSONResponse(changes[action](body))
            raise ApiError(404 if action not in changes else 405, f"No {method} {action} here.")
        except ApiError as error:
            return JSONResponse(error.envelope(), error.status)
        except (TypeError, ValueError, AttributeError) as exc:
            return JSONResponse(error_envelope(422, str(exc)), 422)

    return endpoint


def create_app(runtime: Runtime) -> Starlette:
    """The Starlette application serving one emulator runtime."""
    control = control_endpoint(runtime)
    routes = [Route("/_emulator/{action}", control, methods=["GET", "POST", "DELETE"])]
    return Starlette(routes=[*routes, Route("/{path:path}", ApiPipeline(runtime))])
