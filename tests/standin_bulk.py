"""A second, small stand-in for the contact endpoints that validates the way Laravel does.

GetSales runs on Laravel, whose validator answers a rejected request with a 422 of its own
shape: ``{"message": "... (and N more errors)", "errors": {"leads.3.email": [...]}}``, one
key per offending field of each offending array item. This app checks bulk-create chunks
item by item like that (all or nothing), so the importer's handling of a 422 that names
rows is tested against a second server, not only against the emulator it was written with.

Rules: every item needs an e-mail or a LinkedIn id, or a name with a company; an e-mail
must have one ``@`` with text on both sides and no spaces (Laravel's ``email`` rule); a
domain ending in ``.invalid`` is refused too (as ``email:dns`` would), which no client can
know in advance. A company named ``Unsplittable`` makes the whole chunk fail with an error
that names no row. Contacts are kept by e-mail; a match is updated.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import re
import threading
from collections import Counter
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from getsales_extras.testing.server import SignallingServer, build_uvicorn_config

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+$")


class StandIn:
    """The app's state: contacts by e-mail, and the requests seen per path."""

    def __init__(self) -> None:
        self.contacts: dict[str, dict[str, Any]] = {}
        self.requests: Counter[str] = Counter()
        self._ids = itertools.count(1)
        self._lock = threading.Lock()

    def app(self) -> Starlette:
        return Starlette(
            routes=[
                Route("/leads/api/leads", self._bulk_create, methods=["POST"]),
                Route("/leads/api/leads/upsert", self._upsert, methods=["POST"]),
            ]
        )

    def _errors(self, lead: Any, prefix: str) -> dict[str, list[str]]:
        if not isinstance(lead, dict):
            return {prefix.rstrip("."): [f"The {prefix.rstrip('.')} field must be an array."]}
        errors: dict[str, list[str]] = {}
        email = lead.get("email")
        if email is not None:
            text = str(email)
            if not _EMAIL.match(text) or text.endswith(".invalid"):
                errors[f"{prefix}email"] = [
                    f"The {prefix}email field must be a valid email address."
                ]
        named = (lead.get("first_name") or lead.get("name")) and lead.get("company_name")
        if not (email or lead.get("linkedin_id") or named):
            errors[f"{prefix}email"] = [f"The {prefix}email field is required."]
        return errors

    def _store(self, lead: dict[str, Any]) -> dict[str, Any]:
        now = datetime.now(UTC).isoformat()
        key = str(lead.get("email") or lead.get("linkedin_id") or lead.get("first_name"))
        existing = self.contacts.get(key)
        if existing is None:
            existing = {"uuid": f"00000000-0000-4000-8000-{next(self._ids):012d}"}
            existing.update(created_at=now, updated_at=now)
            self.contacts[key] = existing
        else:
            existing["updated_at"] = now
        existing.update({k: v for k, v in lead.items() if k != "custom_fields"})
        return dict(existing)

    async def _bulk_create(self, request: Request) -> JSONResponse:
        body = await request.json()
        with self._lock:
            self.requests["POST /leads/api/leads"] += 1
            leads = body.get("leads") if isinstance(body, dict) else None
            if not isinstance(leads, list) or not leads or len(leads) > 100:
                return _invalid({"leads": ["The leads field must have 1 to 100 items."]})
            if any(isinstance(x, dict) and x.get("company_name") == "Unsplittable" for x in leads):
                return _invalid({"leads": ["The leads could not be processed."]})
            errors: dict[str, list[str]] = {}
            for index, lead in enumerate(leads):
                errors.update(self._errors(lead, f"leads.{index}."))
            if errors:
                return _invalid(errors)
            return JSONResponse([self._store(lead) for lead in leads])

    async def _upsert(self, request: Request) -> JSONResponse:
        body = await request.json()
        with self._lock:
            self.requests["POST /leads/api/leads/upsert"] += 1
            lead = body.get("lead") if isinstance(body, dict) else None
            errors = self._errors(lead, "lead.")
            if errors:
                return _invalid(errors)
            assert isinstance(lead, dict)
            return JSONResponse(self._store(lead))


def _invalid(errors: dict[str, list[str]]) -> JSONResponse:
    first = next(iter(errors.values()))[0]
    more = len(errors) - 1
    message = first + (f" (and {more} more error{'s' if more > 1 else ''})" if more else "")
    return JSONResponse({"message": message, "errors": errors}, status_code=422)


@contextlib.contextmanager
def serve_stand_in() -> Iterator[tuple[StandIn, str]]:
    """Serve a fresh :class:`StandIn` on 127.0.0.1 at a free port; stop it on exit."""
    state = StandIn()
    server = SignallingServer(build_uvicorn_config(state.app(), "127.0.0.1", 0))
    thread = threading.Thread(target=lambda: asyncio.run(server.serve()), daemon=True)
    thread.start()
    try:
        if not server.ready.wait(10):
            raise RuntimeError("the stand-in server did not start")
        port = int(server.servers[0].sockets[0].getsockname()[1])
        yield state, f"http://127.0.0.1:{port}"
    finally:
        server.request_exit()
        thread.join(5)
        if thread.is_alive():
            server.force_exit = True
            thread.join(5)


__all__ = ["StandIn", "serve_stand_in"]
