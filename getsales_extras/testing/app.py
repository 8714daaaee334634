"""The emulator's ASGI application: the API behind one pipeline, plus control endpoints.

Every API request goes through the same steps, in the order a real deployment applies
them:

1. routing by method and path template (static segments win over ``{params}``; a known
   but unemulated operation answers 501 ``not_emulated``, an unknown path 404);
2. authentication (``Authorization: Bearer``, then the optional ``Team-ID``);
3. the rolling-window rate limit (429 ``too_many_requests``);
4. latency, then a fault decision (scripted first, then random);
5. the handler, unless a fault struck ``before`` it; then rendering, unless a fault
   struck ``after`` it.

The control endpoints under ``/_emulator/`` need no key, are not rate limited, never fail
and are not counted.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from email.utils import formatdate
from math import ceil
from typing import Any
from urllib.parse import parse_qsl

from starlette.applications import Starlette
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Receive, Scope, Send

from getsales_extras.testing.catalogue import API_OPERATIONS
from getsales_extras.testing.control import control_routes
from getsales_extras.testing.errors import ApiError, error_envelope
from getsales_extras.testing.faults import FaultDecision
from getsales_extras.testing.resources import (
    ENDPOINTS,
    Endpoint,
    RequestContext,
    Result,
    is_read_only,
    shape_for,
)
from getsales_extras.testing.responses import (
    ResetConnection,
    SlowResponse,
    dump_json,
    empty_response,
    html_error_response,
    json_response,
    shape_page,
    truncated_response,
)
from getsales_extras.testing.routing import RouteMatch, RouteTable
from getsales_extras.testing.runtime import EmulatorRuntime
from getsales_extras.testing.stats import RequestRecord, payload_digest

logger = logging.getLogger("getsales.emulator")


def _headers(scope: Scope) -> dict[str, str]:
    return {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}


async def _read_body(receive: Receive) -> bytes:
    chunks: list[bytes] = []
    while True:
        message = await receive()
        if message["type"] != "http.request":
            break
        chunks.append(message.get("body", b""))
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


class ApiPipeline:
    """The ASGI app serving every API path (see the module docstring for the steps)."""

    def __init__(self, runtime: EmulatorRuntime) -> None:
        self.runtime = runtime
        self.routes = RouteTable(ENDPOINTS, API_OPERATIONS)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        runtime = self.runtime
        config = runtime.config
        now = config.clock()
        method = scope["method"].upper()
        path = scope["path"]
        match = self.routes.match(method, path)
        headers = _headers(scope)
        request_id = headers.get("idempotency-key") or headers.get("x-request-id")
        record = runtime.stats.received(method, path, match.template, now, request_id)
        body = await _read_body(receive)
        delay = runtime.faults.latency_seconds(config)

        key, auth_error = self._authenticate(headers)
        if auth_error is not None:
            await self._send(scope, receive, send, record, self._error(auth_error), delay)
            return

        if runtime.faults.take_forced_rate_limit(method, path, match.template):
            runtime.stats.limited(record, key)
            limited = self._rate_limited(None)
            await self._send(scope, receive, send, record, limited, delay)
            return
        limiter = runtime.limiter
        if limiter is not None:
            wait = limiter.try_acquire(key, now)
            if wait is not None:
                runtime.stats.limited(record, key)
                await self._send(scope, receive, send, record, self._rate_limited(wait), delay)
                return

        endpoint = match.entry.endpoint if match.entry is not None else None
        # Fingerprint requests that may change something, to catch a client sending the
        # same change twice; searches and other read-only requests repeat legitimately.
        payload = None if is_read_only(method, endpoint) else payload_digest(method, path, body)
        runtime.stats.admitted(record, now, payload)

        decision = runtime.faults.decide(config, method, path, match.template)
        if decision is not None and decision.kind == "latency":
            delay += decision.delay_ms / 1000.0
            decision = None
        if delay > 0:
            await asyncio.sleep(delay)

        strikes_first = decision is not None and decision.kind in (
            "status",
            "reset",
            "html",
            "empty",
            "truncated",
        )
        if decision is not None and strikes_first and decision.phase == "before":
            runtime.stats.fault(record, decision.kind, "before")
            await self._send_fault(scope, receive, send, record, decision, None)
            return

        result = self._run(match, endpoint, method, path, scope, body)
        if result.mutated:
            runtime.stats.applied(record)

        if decision is not None and strikes_first:
            runtime.stats.fault(record, decision.kind, "after")
            await self._send_fault(scope, receive, send, record, decision, result)
            return
        if decision is not None:
            runtime.stats.fault(record, decision.kind, "after")
        await self._send_result(scope, receive, send, record, method, match, result, decision)

    # --- steps -----------------------------------------------------------------------------

    def _authenticate(self, headers: dict[str, str]) -> tuple[str, ApiError | None]:
        config = self.runtime.config
        authorization = headers.get("authorization", "")
        scheme, _, token = authorization.partition(" ")
        token = token.strip()
        if scheme.lower() != "bearer" or not token:
            return "", ApiError(401, "Missing API key: send Authorization: Bearer <key>.")
        if not config.accepts_key(token):
            return "", ApiError(401, "Invalid or expired API key.")
        team = headers.get("team-id")
        if team is not None and team.strip() and team.strip() != str(config.team_id):
            return token, ApiError(403, "You do not have access to this team.")
        return token, None

    def _rate_limited(self, wait: float | None) -> Response:
        config = self.runtime.config
        headers: dict[str, str] = {}
        if config.retry_after != "none":
            seconds = max(1, ceil(wait if wait is not None else config.rate_limit_period))
            if config.retry_after == "seconds":
                headers["Retry-After"] = str(seconds)
            else:
                headers["Retry-After"] = formatdate(time.time() + seconds, usegmt=True)
        error = ApiError(429, "Too many requests: the rate limit of this API key is exhausted.")
        return json_response(429, error.envelope(), headers)

    def _error(self, error: ApiError) -> Response:
        return json_response(error.status, error.envelope(), error.headers)

    def _run(
        self,
        match: RouteMatch,
        endpoint: Endpoint | None,
        method: str,
        path: str,
        scope: Scope,
        body: bytes,
    ) -> Result:
        if match.error is not None:
            return _error_result(match.error)
        assert endpoint is not None
        try:
            parsed = self._parse_json(body)
            context = RequestContext(
                store=self.runtime.store,
                config=self.runtime.config,
                method=method,
                path=path,
                params=match.params,
                query=parse_qsl(
                    scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True
                ),
                body=parsed,
            )
            return endpoint.handler(context)
        except ApiError as error:
            return _error_result(error)
        except Exception:
            # A bug in the emulator must not look like a network failure to the client.
            logger.exception("emulator handler for %s %s failed", method, match.template)
            return _error_result(ApiError(500, "The emulator failed to handle this request."))

    @staticmethod
    def _parse_json(body: bytes) -> Any:
        if not body.strip():
            return None
        try:
            return json.loads(body)
        except ValueError as exc:
            raise ApiError(400, "The request body is not valid JSON.") from exc

    async def _send(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        record: RequestRecord,
        response: ASGIApp,
        delay: float,
        status: int | None = None,
    ) -> None:
        if delay > 0:
            await asyncio.sleep(delay)
        code = status if status is not None else getattr(response, "status_code", 0)
        self.runtime.stats.responded(record, code)
        await response(scope, receive, send)

    async def _send_fault(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        record: RequestRecord,
        decision: FaultDecision,
        result: Result | None,
    ) -> None:
        response: ASGIApp
        if decision.kind == "reset":
            self.runtime.stats.responded(record, 0)
            await ResetConnection(self.runtime.abort_connection)(scope, receive, send)
            return
        if decision.kind == "status":
            envelope = error_envelope(
                decision.status,
                "The server failed to process the request (emulated fault).",
            )
            response = json_response(decision.status, envelope)
            status = decision.status
        elif decision.kind == "html":
            response = html_error_response(decision.status)
            status = decision.status
        elif decision.kind == "empty":
            response = empty_response()
            status = 200
        else:
            rendered = self._render(record.method, record.template, result) if result else None
            response = truncated_response(rendered)
            status = 200
        await self._send(scope, receive, send, record, response, 0.0, status)

    def _render(self, method: str, template: str, result: Result) -> bytes:
        if result.page is not None:
            payload = shape_page(result.page, shape_for(self.runtime.config, method, template))
        else:
            payload = result.body
        return dump_json(payload)

    async def _send_result(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        record: RequestRecord,
        method: str,
        match: RouteMatch,
        result: Result,
        decision: FaultDecision | None,
    ) -> None:
        config = self.runtime.config
        targets = result.enum_fields
        if targets:
            if decision is not None and decision.kind == "unknown_enum":
                hits = [True] * len(targets)
            else:
                hits = self.runtime.faults.unknown_enum_hits(config, len(targets))
            for (item, name), hit in zip(targets, hits, strict=True):
                if hit:
                    item[name] = config.unknown_enum_value
        if result.status == 204:
            await self._send(scope, receive, send, record, json_response(204, None), 0.0)
            return
        body = self._render(method, match.template, result)
        if decision is not None and decision.kind == "slow":
            slow = SlowResponse(
                result.status,
                body,
                chunks=config.slow_body_chunks,
                delay=decision.delay_ms / 1000.0,
                headers=result.headers,
            )
            await self._send(scope, receive, send, record, slow, 0.0, result.status)
            return
        response = Response(
            body, status_code=result.status, headers=result.headers, media_type="application/json"
        )
        await self._send(scope, receive, send, record, response, 0.0)


def _error_result(error: ApiError) -> Result:
    return Result(status=error.status, body=error.envelope(), headers=error.headers)


def create_app(runtime: EmulatorRuntime) -> Starlette:
    """The Starlette application serving one emulator runtime."""
    pipeline = ApiPipeline(runtime)
    routes = [*control_routes(runtime), Route("/{path:path}", pipeline)]
    return Starlette(routes=routes)
