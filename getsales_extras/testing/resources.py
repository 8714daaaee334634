"""The emulated endpoints: one small function per operation, at the API's real paths.

Each handler reads a ``RequestContext`` and returns a ``Result``; the pipeline in
``app.py`` takes care of authentication, the rate limit, faults and rendering. Handlers
raise ``ApiError`` / ``ValidationFailed`` for error envelopes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from getsales_extras.testing.config import EmulatorConfig
from getsales_extras.testing.delivery import contact_event
from getsales_extras.testing.errors import ApiError, ValidationFailed
from getsales_extras.testing.listing import (
    Page,
    PageRequest,
    Record,
    body_filter,
    parse_page_request,
    query_filter,
)
from getsales_extras.testing.objects import (
    ACTIVITY_SORTABLE,
    COMPANY_SORTABLE,
    LEAD_SORTABLE,
    LIST_SORTABLE,
    NOTE_SORTABLE,
    TAG_SORTABLE,
    TEAM_SORTABLE,
    WEBHOOK_SORTABLE,
)
from getsales_extras.testing.state import Store


@dataclass
class RequestContext:
    """What a handler may look at: the store, the settings and the parsed request."""

    store: Store
    config: EmulatorConfig
    method: str
    path: str
    params: dict[str, str]
    query: list[tuple[str, str]]
    body: Any

    def json_object(self) -> dict[str, Any]:
        """The body as a JSON object (an absent body counts as ``{}``)."""
        if self.body is None:
            return {}
        if not isinstance(self.body, dict):
            raise ValidationFailed({"body": ["The request body must be a JSON object."]})
        return self.body

    def query_values(self) -> dict[str, str]:
        return dict(self.query)

    def page_from_query(self, sortable: frozenset[str]) -> PageRequest:
        return parse_page_request(
            self.query_values(),
            sortable=sortable,
            default_limit=self.config.default_page_size,
            max_limit=self.config.max_page_size,
        )

    def page_from_body(self, sortable: frozenset[str]) -> PageRequest:
        return parse_page_request(
            self.json_object(),
            sortable=sortable,
            default_limit=self.config.default_page_size,
            max_limit=self.config.max_page_size,
        )


@dataclass
class Result:
    """A handler's answer before rendering.

    ``page`` marks a list response (wrapped according to the configured shape);
    ``enum_fields`` points at the enum-valued fields inside the body (an object and a
    field name) so that the unknown-enum fault can reach them; ``mutated`` tells the
    statistics a change was applied.
    """

    status: int = 200
    body: Any = None
    page: Page | None = None
    mutated: bool = False
    enum_fields: list[tuple[Record, str]] = field(default_factory=list)
    headers: dict[str, str] = field(default_factory=dict)


Handler = Callable[[RequestContext], Result]


@dataclass(frozen=True)
class Endpoint:
    """One emulated operation."""

    method: str
    template: str
    handler: Handler
    mutating: bool


def _lead_of(item: Any) -> Record | None:
    if isinstance(item, dict):
        inner = item.get("lead")
        if isinstance(inner, dict):
            return inner
        return item
    return None


def _lead_statuses(items: list[Any]) -> list[tuple[Record, str]]:
    """The ``status`` field of every contact among ``items`` (wrapped or not)."""
    return [(lead, "status") for lead in (_lead_of(item) for item in items) if lead is not None]


def _fields(items: list[Any], name: str) -> list[tuple[Record, str]]:
    return [(item, name) for item in items if isinstance(item, dict)]


# --- user and teams ------------------------------------------------------------------------


def get_current_user(ctx: RequestContext) -> Result:
    return Result(body=ctx.store.current_user())


def list_teams(ctx: RequestContext) -> Result:
    return Result(page=ctx.store.list_teams(ctx.page_from_query(TEAM_SORTABLE)))


def get_team(ctx: RequestContext) -> Result:
    raw = ctx.params["id"]
    if not raw.isdigit():
        raise ApiError(404, "Team not found.")
    return Result(body=ctx.store.get_team(int(raw)))


# --- contacts ------------------------------------------------------------------------------


def upsert_lead(ctx: RequestContext) -> Result:
    outcome = ctx.store.upsert_lead(ctx.json_object())
    lead = ctx.store.render_lead(outcome.lead)
    if outcome.changed:
        event = "contact_created" if outcome.created else "contact_updated"
        contact_event(ctx.store, event, outcome.lead)
    return Result(body=lead, mutated=outcome.changed, enum_fields=_lead_statuses([lead]))


def search_leads(ctx: RequestContext) -> Result:
    body = ctx.json_object()
    request = ctx.page_from_body(LEAD_SORTABLE)
    page = ctx.store.search_leads(request, body_filter(body))
    return Result(page=page, enum_fields=_lead_statuses(page.items))


def lookup_lead(ctx: RequestContext) -> Result:
    item = ctx.store.lookup_lead(ctx.json_object())
    return Result(body=item, enum_fields=_lead_statuses([item]))


def count_leads(ctx: RequestContext) -> Result:
    body = ctx.json_object()
    return Result(body={"total": ctx.store.count_leads(body, body_filter(body))})


def get_lead(ctx: RequestContext) -> Result:
    item = ctx.store.get_lead(ctx.params["uuid"])
    return Result(body=item, enum_fields=_lead_statuses([item]))


def update_lead(ctx: RequestContext) -> Result:
    record = ctx.store.update_lead(ctx.params["uuid"], ctx.json_object())
    lead = ctx.store.render_lead(record)
    contact_event(ctx.store, "contact_updated", record)
    return Result(body=lead, mutated=True, enum_fields=_lead_statuses([lead]))


def delete_lead(ctx: RequestContext) -> Result:
    ctx.store.delete_lead(ctx.params["uuid"])
    return Result(status=204, mutated=True)


def create_leads(ctx: RequestContext) -> Result:
    outcomes = ctx.store.create_leads(ctx.json_object())
    leads = [ctx.store.render_lead(o.lead) for o in outcomes]
    for outcome in outcomes:
        event = "contact_created" if outcome.created else "contact_updated"
        contact_event(ctx.store, event, outcome.lead)
    changed = any(o.changed for o in outcomes)
    return Result(body=leads, mutated=changed, enum_fields=_lead_statuses(leads))


# --- lists ---------------------------------------------------------------------------------


def list_lists(ctx: RequestContext) -> Result:
    request = ctx.page_from_query(LIST_SORTABLE)
    return Result(page=ctx.store.list_lists(request, query_filter(ctx.query)))


def create_list(ctx: RequestContext) -> Result:
    return Result(status=201, body=ctx.store.create_list(ctx.json_object()), mutated=True)


def get_list(ctx: RequestContext) -> Result:
    return Result(body=ctx.store.get_list(ctx.params["uuid"]))


def update_list(ctx: RequestContext) -> Result:
    return Result(body=ctx.store.update_list(ctx.params["uuid"], ctx.json_object()), mutated=True)


def delete_list(ctx: RequestContext) -> Result:
    ctx.store.delete_list(ctx.params["uuid"])
    return Result(status=204, mutated=True)


# --- tags ----------------------------------------------------------------------------------


def list_tags(ctx: RequestContext) -> Result:
    request = ctx.page_from_query(TAG_SORTABLE)
    return Result(page=ctx.store.list_tags(request, query_filter(ctx.query)))


def create_tag(ctx: RequestContext) -> Result:
    return Result(status=201, body=ctx.store.create_tag(ctx.json_object()), mutated=True)


def update_tag(ctx: RequestContext) -> Result:
    return Result(body=ctx.store.update_tag(ctx.params["uuid"], ctx.json_object()), mutated=True)


def delete_tag(ctx: RequestContext) -> Result:
    ctx.store.delete_tag(ctx.params["uuid"])
    return Result(status=204, mutated=True)


# --- companies -----------------------------------------------------------------------------


def list_companies(ctx: RequestContext) -> Result:
    body = ctx.json_object()
    request = ctx.page_from_body(COMPANY_SORTABLE)
    return Result(page=ctx.store.list_companies(request, body_filter(body)))


def create_companies(ctx: RequestContext) -> Result:
    body = ctx.body
    if body is None or not isinstance(body, dict | list):
        raise ValidationFailed({"body": ["Send a company object or an array of companies."]})
    return Result(body=ctx.store.create_companies(body), mutated=True)


def lookup_company(ctx: RequestContext) -> Result:
    """Both documented forms: a flat body (one company or null) or ``lookups`` (an array)."""
    body = ctx.json_object()
    lookups = body.get("lookups")
    if lookups is not None:
        if not isinstance(lookups, list) or not all(isinstance(x, dict) for x in lookups):
            raise ValidationFailed({"lookups": ["The lookups must be an array of objects."]})
        found = [ctx.store.lookup_company(item) for item in lookups]
        return Result(body=[c for c in found if c is not None])
    keys = ("linkedin", "website", "domain", "ln_id", "name")
    if not any(body.get(k) for k in keys):
        raise ValidationFailed(
            {"name": ["Provide at least one of linkedin, website, domain, ln_id or name."]}
        )
    return Result(body=ctx.store.lookup_company(body))


def get_company(ctx: RequestContext) -> Result:
    return Result(body=ctx.store.get_company(ctx.params["uuid"]))


def update_company(ctx: RequestContext) -> Result:
    record = ctx.store.update_company(ctx.params["uuid"], ctx.json_object())
    return Result(body=record, mutated=True)


def delete_company(ctx: RequestContext) -> Result:
    ctx.store.delete_company(ctx.params["uuid"])
    return Result(status=204, mutated=True)


# --- webhooks ------------------------------------------------------------------------------


def list_webhooks(ctx: RequestContext) -> Result:
    request = ctx.page_from_query(WEBHOOK_SORTABLE)
    page = ctx.store.list_webhooks(request, query_filter(ctx.query))
    return Result(page=page, enum_fields=_fields(page.items, "status"))


def create_webhook(ctx: RequestContext) -> Result:
    hook = ctx.store.create_webhook(ctx.json_object())
    return Result(status=201, body=hook, mutated=True, enum_fields=_fields([hook], "status"))


def get_webhook(ctx: RequestContext) -> Result:
    hook = ctx.store.get_webhook(ctx.params["uuid"])
    return Result(body=hook, enum_fields=_fields([hook], "status"))


def update_webhook(ctx: RequestContext) -> Result:
    hook = ctx.store.update_webhook(ctx.params["uuid"], ctx.json_object())
    return Result(body=hook, mutated=True, enum_fields=_fields([hook], "status"))


def delete_webhook(ctx: RequestContext) -> Result:
    ctx.store.delete_webhook(ctx.params["uuid"])
    return Result(status=204, mutated=True)


# --- notes and activities ------------------------------------------------------------------


def list_notes(ctx: RequestContext) -> Result:
    request = ctx.page_from_query(NOTE_SORTABLE)
    page = ctx.store.list_notes(request, query_filter(ctx.query))
    return Result(page=page, enum_fields=_fields(page.items, "object"))


def create_note(ctx: RequestContext) -> Result:
    return Result(status=201, body=ctx.store.create_note(ctx.json_object()), mutated=True)


def update_note(ctx: RequestContext) -> Result:
    return Result(body=ctx.store.update_note(ctx.params["uuid"], ctx.json_object()), mutated=True)


def delete_note(ctx: RequestContext) -> Result:
    ctx.store.delete_note(ctx.params["uuid"])
    return Result(status=204, mutated=True)


def list_activities(ctx: RequestContext) -> Result:
    request = ctx.page_from_query(ACTIVITY_SORTABLE)
    page = ctx.store.list_activities(request, query_filter(ctx.query))
    return Result(page=page, enum_fields=_fields(page.items, "object_type"))


def _endpoint(method: str, template: str, handler: Handler, *, mutating: bool) -> Endpoint:
    return Endpoint(method, template, handler, mutating)


ENDPOINTS: tuple[Endpoint, ...] = (
    _endpoint("GET", "/id/api/users/current", get_current_user, mutating=False),
    _endpoint("GET", "/id/api/teams", list_teams, mutating=False),
    _endpoint("GET", "/id/api/teams/{id}", get_team, mutating=False),
    _endpoint("POST", "/leads/api/leads/upsert", upsert_lead, mutating=True),
    _endpoint("POST", "/leads/api/leads/search", search_leads, mutating=False),
    _endpoint("POST", "/leads/api/leads/lookup-one", lookup_lead, mutating=False),
    _endpoint("POST", "/leads/api/leads/count", count_leads, mutating=False),
    _endpoint("GET", "/leads/api/leads/{uuid}", get_lead, mutating=False),
    _endpoint("PUT", "/leads/api/leads/{uuid}", update_lead, mutating=True),
    _endpoint("DELETE", "/leads/api/leads/{uuid}", delete_lead, mutating=True),
    _endpoint("POST", "/leads/api/leads", create_leads, mutating=True),
    _endpoint("GET", "/leads/api/lists", list_lists, mutating=False),
    _endpoint("POST", "/leads/api/lists", create_list, mutating=True),
    _endpoint("GET", "/leads/api/lists/{uuid}", get_list, mutating=False),
    _endpoint("PUT", "/leads/api/lists/{uuid}", update_list, mutating=True),
    _endpoint("DELETE", "/leads/api/lists/{uuid}", delete_list, mutating=True),
    _endpoint("GET", "/leads/api/tags", list_tags, mutating=False),
    _endpoint("POST", "/leads/api/tags", create_tag, mutating=True),
    _endpoint("PUT", "/leads/api/tags/{uuid}", update_tag, mutating=True),
    _endpoint("DELETE", "/leads/api/tags/{uuid}", delete_tag, mutating=True),
    _endpoint("POST", "/leads/api/companies/list", list_companies, mutating=False),
    _endpoint("POST", "/leads/api/companies/lookup", lookup_company, mutating=False),
    _endpoint("POST", "/leads/api/companies", create_companies, mutating=True),
    _endpoint("GET", "/leads/api/companies/{uuid}", get_company, mutating=False),
    _endpoint("PUT", "/leads/api/companies/{uuid}", update_company, mutating=True),
    _endpoint("DELETE", "/leads/api/companies/{uuid}", delete_company, mutating=True),
    _endpoint("GET", "/integrations/api/webhooks", list_webhooks, mutating=False),
    _endpoint("POST", "/integrations/api/webhooks", create_webhook, mutating=True),
    _endpoint("GET", "/integrations/api/webhooks/{uuid}", get_webhook, mutating=False),
    _endpoint("PUT", "/integrations/api/webhooks/{uuid}", update_webhook, mutating=True),
    _endpoint("DELETE", "/integrations/api/webhooks/{uuid}", delete_webhook, mutating=True),
    _endpoint("GET", "/leads/api/notes", list_notes, mutating=False),
    _endpoint("POST", "/leads/api/notes", create_note, mutating=True),
    _endpoint("PUT", "/leads/api/notes/{uuid}", update_note, mutating=True),
    _endpoint("DELETE", "/leads/api/notes/{uuid}", delete_note, mutating=True),
    _endpoint("GET", "/leads/api/activities", list_activities, mutating=False),
)
"""Every emulated operation; the rest of the API answers 501 ``not_emulated``."""


def emulated_operations() -> list[str]:
    """``"METHOD /template"`` of every emulated operation, for documentation and tests."""
    return [f"{e.method} {e.template}" for e in ENDPOINTS]


def is_read_only(method: str, endpoint: Endpoint | None) -> bool:
    """Whether a request can be repeated without effect (GET, or a read-only POST)."""
    if method == "GET":
        return True
    return endpoint is not None and not endpoint.mutating


def shape_for(config: EmulatorConfig, method: str, template: str) -> str:
    """The response shape configured for one list endpoint."""
    shapes: Mapping[str, str] = config.response_shapes
    return shapes.get(f"{method} {template}") or shapes.get(template) or config.response_shape
