"""The emulator's own endpoints under ``/_emulator/``: statistics, settings, seeding,
scripted faults and reset, for programs that drive an emulator in another process.

They need no API key, are never rate limited or faulted, and are not counted.

- ``GET /_emulator/health``;
- ``GET /_emulator/stats`` (``?times=1`` adds admission times, ``?log=1`` recent requests);
- ``GET|POST /_emulator/config``: read or change settings (a JSON object of fields);
- ``POST /_emulator/seed``: ``{"leads": N, "list_uuid": ..., "lists": N, "tags": N,
  "companies": N, "notes": N}``;
- ``GET|POST|DELETE /_emulator/faults``: list, add (one rule or an array) or clear
  scripted faults (``{"kind", "path", "method", "count", "phase", "status", "delay_ms"}``);
- ``POST /_emulator/reset``: ``{"data", "stats", "faults", "rate_limit"}``, all true by
  default;
- ``POST /_emulator/replies``: ``{"lead_uuid", "text", "channel": "linkedin" | "email",
  "subject"}``: the contact replies, and subscriptions to the reply event get a delivery.
"""

from __future__ import annotations

import json
from typing import Any

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from getsales_extras.testing.delivery import inject_reply
from getsales_extras.testing.errors import ApiError, error_envelope
from getsales_extras.testing.faults import ScriptedFault
from getsales_extras.testing.runtime import EmulatorRuntime


def control_routes(runtime: EmulatorRuntime) -> list[Route]:
    async def health(request: Request) -> Response:
        return JSONResponse({"ok": True})

    async def stats(request: Request) -> Response:
        flags = request.query_params
        view = runtime.stats.snapshot(
            include_times=flags.get("times") in ("1", "true"),
            include_log=flags.get("log") in ("1", "true"),
        )
        view["data"] = runtime.store.counts()
        return JSONResponse(view)

    async def reset(request: Request) -> Response:
        body = await _control_body(request)
        options = {
            name: bool(body.get(name, True)) for name in ("data", "stats", "faults", "rate_limit")
        }
        runtime.reset(**options)
        return JSONResponse({"reset": options})

    async def config(request: Request) -> Response:
        if request.method == "POST":
            body = await _control_body(request)
            try:
                runtime.configure(body, from_json=True)
            except (TypeError, ValueError) as exc:
                return _control_error(422, str(exc))
        return JSONResponse(runtime.config.public_view())

    async def seed(request: Request) -> Response:
        body = await _control_body(request)
        result: dict[str, Any] = {}
        try:
            for name in ("lists", "tags", "companies"):
                count = int(body.get(name) or 0)
                if count:
                    getattr(runtime.store, f"seed_{name}")(count)
            leads = int(body.get("leads") or 0)
            if leads:
                result["list_uuid"] = runtime.store.seed_leads(leads, body.get("list_uuid"))
            notes = int(body.get("notes") or 0)
            if notes:
                result["note_lead_uuid"] = runtime.store.seed_notes(notes, body.get("lead_uuid"))
        except (TypeError, ValueError) as exc:
            return _control_error(422, str(exc))
        result["data"] = runtime.store.counts()
        return JSONResponse(result)

    async def faults(request: Request) -> Response:
        if request.method == "POST":
            body = await _control_body(request, allow_list=True)
            rules = body if isinstance(body, list) else [body]
            try:
                parsed = [ScriptedFault.from_json(rule) for rule in rules]
            except (TypeError, ValueError) as exc:
                return _control_error(422, str(exc))
            for rule in parsed:
                runtime.script_fault(rule)
        elif request.method == "DELETE":
            runtime.faults.clear_script()
        return JSONResponse({"pending": runtime.faults.pending()})

    async def replies(request: Request) -> Response:
        body = await _control_body(request)
        try:
            sent = inject_reply(
                runtime.store,
                str(body.get("lead_uuid")),
                body.get("text"),
                channel=body.get("channel", "linkedin"),
                subject=body.get("subject"),
            )
        except ApiError as error:
            return JSONResponse(error.envelope(), status_code=error.status)
        return JSONResponse({"deliveries": [d.webhook_uuid for d in sent]})

    return [
        Route("/_emulator/health", health, methods=["GET"]),
        Route("/_emulator/replies", replies, methods=["POST"]),
        Route("/_emulator/stats", stats, methods=["GET"]),
        Route("/_emulator/reset", reset, methods=["POST"]),
        Route("/_emulator/config", config, methods=["GET", "POST"]),
        Route("/_emulator/seed", seed, methods=["POST"]),
        Route("/_emulator/faults", faults, methods=["GET", "POST", "DELETE"]),
    ]


async def _control_body(request: Request, *, allow_list: bool = False) -> Any:
    raw = await request.body()
    if not raw.strip():
        return {}
    try:
        body = json.loads(raw)
    except ValueError:
        return {}
    if isinstance(body, dict) or (allow_list and isinstance(body, list)):
        return body
    return {}


def _control_error(status: int, message: str) -> Response:
    return JSONResponse(error_envelope(status, message), status_code=status)
