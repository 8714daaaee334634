"""The ``getsales`` command line: who am I, list lists, import and export contacts, webhooks.

Commands::

    getsales whoami
    getsales lists ls [--json]
    getsales lists create NAME [--json]
    getsales leads import FILE (--list NAME_OR_UUID | --list-uuid UUID) [--failures FILE]
        [--concurrency N] [--fast] [--no-update] [--map COLUMN=field]... [--keep-unknown-columns]
        [--refuse-weak-matches] [--restart] [--journal FILE] [--outcomes FILE]
    getsales leads export --out FILE [--list NAME_OR_UUID | --list-uuid UUID] [--max-items N]
    getsales webhooks listen [--host H] [--port 8080] --token T
    getsales webhooks subscribe URL --event E [--event E2 ...] --token T
    getsales webhooks unsubscribe URL [--event E ...] [--token T]

Credentials and the server come from ``--api-key``, ``--team-id`` and ``--base-url`` or the
``GETSALES_API_KEY``, ``GETSALES_TEAM_ID`` and ``GETSALES_BASE_URL`` environment variables
(the same ones :func:`getsales_extras.create_client` reads), so pointing ``--base-url`` at
the bundled emulator runs every command offline. ``--rate-limit`` (``GETSALES_RATE_LIMIT``)
matches a server with a non-standard budget, such as a scaled-down emulator.

Output contract, so scripts can rely on it: results go to stdout, progress bars and
messages to stderr. Any problem the user can fix (a file that cannot be read, a missing
column, a rejected key, an unreachable host) is reported as one line on stderr, never a
traceback. Exit codes: 0 success, 1 error, 2 wrong usage, 3 import finished with failed rows,
130 interrupted (Ctrl-C; the message says how far it got).
"""

from __future__ import annotations

import asyncio
import json
import shlex
import signal
import socket
import sys
import time
import urllib.parse
from collections.abc import Callable, Coroutine, Iterator, Sequence
from contextlib import ExitStack, aclosing, contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any, NoReturn, TypeVar
from uuid import UUID

import attrs

try:
    import typer
    from rich.console import Console
except ImportError:  # pragma: no cover - depends on what is installed
    raise SystemExit(
        'the getsales command needs its libraries: pip install "getsales[cli]"'
    ) from None
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    Task,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from getsales_extras._io import InputFileError, RowFileSummary, read_rows, scan_rows
from getsales_extras._operations import requires
from getsales_extras.bulk import DEFAULT_CONCURRENCY
from getsales_extras.client import create_client
from getsales_extras.columns import (
    ColumnError,
    ColumnMapper,
    accepted_columns_help,
    parse_mapping,
)
from getsales_extras.errors import (
    APIConnectionError,
    AuthenticationError,
    ConfigurationError,
    GetSalesError,
    NotFoundError,
    PermissionDeniedError,
    redact,
)
from getsales_extras.importer import (
    FAST_NO_UPDATE,
    ContactImporter,
    FailureFile,
    ImportStats,
    OutcomeFile,
)
from getsales_extras.journal import ImportJournal, ResumePlan
from getsales_extras.pagination import DEFAULT_PREFETCH, paginate, paginate_pages
from getsales_extras.ratelimit import RateLimit

if TYPE_CHECKING:
    from getsales_extras.webhooks import Event

__all__ = ["app", "main", "run"]

# Typer raises its own exception classes, or click's in the releases that did not bundle click.
_USAGE_ERRORS: tuple[type[Exception], ...] = (typer.TyperException,)
_ABORTS: tuple[type[BaseException], ...] = (typer.Abort,)
try:
    import click as _click
except ImportError:  # pragma: no cover - click is not installed alongside this Typer
    pass
else:
    _USAGE_ERRORS += (_click.ClickException,)
    _ABORTS += (_click.exceptions.Abort,)

T = TypeVar("T")

EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_ROWS_FAILED = 3
EXIT_INTERRUPTED = 130

app = typer.Typer(
    name="getsales",
    help="Work with a GetSales.io account from the shell.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
leads_app = typer.Typer(help="Contacts: import from CSV/JSON Lines, export to JSON Lines.")
lists_app = typer.Typer(help="Contact lists.")
webhooks_app = typer.Typer(help="Webhooks: receive deliveries, subscribe a URL to events.")
app.add_typer(leads_app, name="leads", no_args_is_help=True)
app.add_typer(lists_app, name="lists", no_args_is_help=True)
app.add_typer(webhooks_app, name="webhooks", no_args_is_help=True)

_stderr = Console(stderr=True, highlight=False, soft_wrap=True)
# The API keys this run was given: no message printed may contain one.
_secrets: set[str] = set()


class UserError(Exception):
    """A problem the user can fix; shown as one line, exit code 1."""


@attrs.frozen
class Settings:
    """Connection settings shared by every command (from global options or environment)."""

    api_key: str | None
    team_id: str | None
    base_url: str | None
    rate_limit: RateLimit | None

    def client(self) -> Any:
        if not self.api_key:
            raise UserError("no API key: set GETSALES_API_KEY or pass --api-key")
        _secrets.add(self.api_key.strip())
        kwargs: dict[str, Any] = {"rate_limit": self.rate_limit}
        if self.base_url:
            kwargs["base_url"] = self.base_url
        return create_client(self.api_key, self.team_id, **kwargs)

    @property
    def server(self) -> str:
        return self.base_url or "the GetSales API"


def _parse_rate_limit(text: str) -> RateLimit | None:
    value = text.strip().lower()
    if value in ("off", "none", "0"):
        return None
    requests, _, period = value.partition("/")
    try:
        return RateLimit(int(requests), float(period) if period else 60.0)
    except ValueError:
        raise typer.BadParameter(
            f"{text!r}: expected REQUESTS/SECONDS such as 300/60, or 'off'",
            param_hint="'--rate-limit'",
        ) from None


@app.callback()
def _global_options(
    ctx: typer.Context,
    api_key: Annotated[
        str | None,
        typer.Option(
            "--api-key",
            envvar="GETSALES_API_KEY",
            help="API key (prefer the environment variable: options show up in process lists).",
            show_default=False,
        ),
    ] = None,
    team_id: Annotated[
        str | None,
        typer.Option("--team-id", envvar="GETSALES_TEAM_ID", help="Team (workspace) id."),
    ] = None,
    base_url: Annotated[
        str | None,
        typer.Option("--base-url", envvar="GETSALES_BASE_URL", help="API root URL."),
    ] = None,
    rate_limit: Annotated[
        str,
        typer.Option(
            "--rate-limit",
            envvar="GETSALES_RATE_LIMIT",
            help="Request budget as REQUESTS/SECONDS, or 'off'.",
        ),
    ] = "300/60",
) -> None:
    ctx.obj = Settings(
        api_key=api_key or None,
        team_id=team_id or None,
        base_url=base_url or None,
        rate_limit=_parse_rate_limit(rate_limit),
    )


def _settings(ctx: typer.Context) -> Settings:
    settings = ctx.find_root().obj
    assert isinstance(settings, Settings)
    return settings


# --- whoami ---------------------------------------------------------------------------------


@app.command()
def whoami(ctx: typer.Context) -> None:
    """Show the user and team the API key belongs to."""
    settings = _settings(ctx)

    async def fetch() -> dict[str, Any]:
        with requires("getCurrentUser", "getsales whoami"):
            from getsales_client.api.user_team import get_current_user
        async with settings.client() as client:
            response = await get_current_user.asyncio_detailed(client=client)
        return _as_dict(response.parsed)

    user = _run(settings, fetch)
    name = " ".join(str(user[part]) for part in ("first_name", "last_name") if user.get(part))
    email = f" <{user['email']}>" if user.get("email") else ""
    config = user.get("config") if isinstance(user.get("config"), dict) else {}
    team = settings.team_id or (config or {}).get("latest_team_id")
    details = ", ".join(
        item
        for item in (
            f"user {user['uuid']}" if user.get("uuid") else "",
            f"team {team}" if team else "",
        )
        if item
    )
    typer.echo(f"{name or 'unnamed user'}{email}" + (f" ({details})" if details else ""))


# --- lists ls -------------------------------------------------------------------------------


@lists_app.command("ls")
def lists_ls(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """List the contact lists of the team."""
    settings = _settings(ctx)

    async def fetch() -> list[dict[str, Any]]:
        with requires("listLists", "getsales lists ls"):
            from getsales_client.api.lists import list_lists
            from getsales_client.models import SortDirection
        async with settings.client() as client:
            return [
                _as_dict(item)
                async for item in paginate(
                    list_lists,
                    client=client,
                    order_field="created_at",
                    order_type=SortDirection.ASC,
                )
            ]

    lists = _run(settings, fetch)
    if as_json:
        for item in lists:
            typer.echo(json.dumps(item, ensure_ascii=False))
        return
    rows = [("UUID", "NAME", "CREATED")]
    rows += [
        (str(item.get("uuid", "")), str(item.get("name", "")), str(item.get("created_at", "")))
        for item in lists
    ]
    widths = [max(len(row[column]) for row in rows) for column in range(2)]
    for row in rows:
        typer.echo(f"{row[0]:<{widths[0]}}  {row[1]:<{widths[1]}}  {row[2]}")
    _stderr.print(f"{len(lists)} list(s)")


@lists_app.command("create")
def lists_create(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Name of the new list (unique within the team).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the list as JSON.")] = False,
) -> None:
    """Create a contact list; prints its uuid."""
    settings = _settings(ctx)
    if not name.strip():
        _fail("the list needs a name", EXIT_USAGE)

    async def create() -> dict[str, Any]:
        with requires("createList", "getsales lists create"):
            from getsales_client.api.lists import create_list
            from getsales_client.models import CreateListBody
        async with settings.client() as client:
            created = await create_list.asyncio(client=client, body=CreateListBody(name=name))
        return created.to_dict()

    created = _run(settings, create)
    if as_json:
        typer.echo(json.dumps(created, ensure_ascii=False))
    else:
        typer.echo(str(created.get("uuid", "")))
    _stderr.print(f"Created list {name!r}.")


# --- leads import ---------------------------------------------------------------------------


@leads_app.command("import", epilog=accepted_columns_help())
def leads_import(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="CSV (header row) or JSON Lines file of contacts.")],
    list_uuid: Annotated[
        str | None,
        typer.Option("--list-uuid", help="List that receives the contacts, by uuid."),
    ] = None,
    list_ref: Annotated[
        str | None,
        typer.Option("--list", help="List that receives the contacts, by name or uuid."),
    ] = None,
    failures: Annotated[
        Path | None,
        typer.Option(
            "--failures",
            help="Where failed rows go, as JSON Lines that can be imported again "
            "(default: FILE's name + .failures.jsonl). A clean run removes an old one.",
            show_default=False,
        ),
    ] = None,
    concurrency: Annotated[
        int, typer.Option("--concurrency", min=1, max=256, help="Requests in flight.")
    ] = DEFAULT_CONCURRENCY,
    fast: Annotated[
        bool,
        typer.Option(
            "--fast",
            help="Create contacts 100 per request (legacy bulk create); rows a 422 names are "
            "taken out and the rest resent. Cannot be combined with --no-update.",
        ),
    ] = False,
    update: Annotated[
        bool,
        typer.Option(
            "--update/--no-update", help="Update contacts that already exist (or leave them)."
        ),
    ] = True,
    mapping: Annotated[
        list[str] | None,
        typer.Option(
            "--map",
            help="COLUMN=field for a column the import does not recognise, e.g. "
            "'Company=company_name' or 'Notes=custom_fields.Notes'; 'COLUMN=' drops it. "
            "Repeatable.",
            show_default=False,
        ),
    ] = None,
    keep_unknown: Annotated[
        bool,
        typer.Option(
            "--keep-unknown-columns",
            help="Import unrecognised columns as custom fields of the same name.",
        ),
    ] = False,
    refuse_weak: Annotated[
        bool,
        typer.Option(
            "--refuse-weak-matches",
            help="Fail rows that would match on name + company alone (no e-mail or LinkedIn "
            "id in common) instead of merging them into another contact.",
        ),
    ] = False,
    restart: Annotated[
        bool,
        typer.Option("--restart", help="Ignore the journal of earlier runs: send every row."),
    ] = False,
    journal_path: Annotated[
        Path | None,
        typer.Option(
            "--journal",
            help="Journal of confirmed rows, for resuming (default: next to the failures "
            "file, FILE's name + .import-journal.sqlite).",
            show_default=False,
        ),
    ] = None,
    outcomes: Annotated[
        Path | None,
        typer.Option(
            "--outcomes",
            help="Also write every row's outcome (status, contact uuid) as JSON Lines.",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Import contacts into a list; running it again never creates duplicates.

    Each row is upserted (matched on LinkedIn ids, e-mails, or name and company). Failed
    rows are written with their error to the failures file; fix them there and import that
    file. Rows the API confirmed are kept in a journal: running the same command again
    sends only the rest.
    """
    settings = _settings(ctx)
    if fast and not update:
        _fail(f"--fast with --no-update: {FAST_NO_UPDATE}", EXIT_USAGE)
    target = _list_option(list_uuid, list_ref)
    mapper = _guard(lambda: ColumnMapper(parse_mapping(mapping or ()), keep_unknown))
    summary = _guard(lambda: _check_input(file, mapper))
    if list_uuid is not None and not _is_uuid(list_uuid):
        _fail(f"--list-uuid {list_uuid!r} is not a UUID (use --list for a name)", EXIT_USAGE)
    failures_path = failures or file.with_name(file.stem + ".failures.jsonl")
    if _same_file(failures_path, file):
        _fail(f"{failures_path}: the failures file must differ from the input file")
    journal_file = journal_path or failures_path.with_name(file.stem + ".import-journal.sqlite")
    stats = ImportStats(total=summary.rows)
    started = time.monotonic()
    resolved: list[str] = []

    async def work() -> None:
        async with settings.client() as client:
            chosen = await _resolve_list(client, target)
            resolved.append(chosen)
            with ExitStack() as stack:
                journal = stack.enter_context(ImportJournal(journal_file, chosen, restart=restart))
                plan = journal.plan(read_rows(file, summary.format))
                if plan.done or plan.in_flight:
                    _stderr.print(_resume_message(plan))
                progress = stack.enter_context(_progress("importing"))
                failure_file = stack.enter_context(FailureFile(failures_path))
                outcome_file = stack.enter_context(OutcomeFile(outcomes)) if outcomes else None
                task = progress.add_task("import", total=summary.rows, status="")

                def show(current: ImportStats) -> None:
                    progress.update(
                        task, completed=current.processed, status=_import_status(current)
                    )

                importer = ContactImporter(
                    client,
                    chosen,
                    update_if_exists=update,
                    concurrency=concurrency,
                    fast=fast,
                    columns=mapper,
                    refuse_weak_matches=refuse_weak,
                    journal=journal,
                    on_failure=failure_file.write,
                    on_outcome=outcome_file.write_outcome if outcome_file else None,
                    on_progress=show,
                    stats=stats,
                )
                await importer.run(read_rows(file, summary.format), total=summary.rows)

    try:
        _run(settings, work)
    except KeyboardInterrupt:
        unknown = ""
        if stats.in_flight:
            unknown = f"; {stats.in_flight:,} were in flight, their outcome unknown"
        _stderr.print(
            f"Interrupted after {stats.processed:,} of {summary.rows:,} rows "
            f"({_import_status(stats)}{unknown}). Run the same command again to finish: "
            "it sends only the rows not confirmed yet, and a row that did arrive is updated, "
            "not duplicated."
            + (f" Failed rows so far are in {failures_path}." if stats.failed else "")
        )
        raise typer.Exit(EXIT_INTERRUPTED) from None

    elapsed = time.monotonic() - started
    chosen = resolved[0] if resolved else target
    _stderr.print(
        f"Imported {summary.rows:,} rows into list {chosen} in {elapsed:.1f} s: "
        f"{_import_status(stats)}."
    )
    if stats.failed or stats.duplicates:
        what = ", ".join(
            part
            for part in (
                f"{stats.failed:,} failed row(s)" if stats.failed else "",
                f"{stats.duplicates:,} duplicate row(s)" if stats.duplicates else "",
            )
            if part
        )
        again = [f"--list-uuid {chosen}"]
        again += [f"--map {shlex.quote(item)}" for item in mapping or ()]
        again += [
            flag
            for flag, on in (
                ("--keep-unknown-columns", keep_unknown),
                ("--refuse-weak-matches", refuse_weak),
                ("--fast", fast),
                ("--no-update", not update),
            )
            if on
        ]
        _stderr.print(
            f"{what} written to {failures_path}; fix them there and "
            f"run: getsales leads import {failures_path} {' '.join(again)}"
        )
    elif failures_path.exists():
        failures_path.unlink()
        _stderr.print(f"Removed {failures_path} from an earlier run: every row is in now.")
    if stats.failed:
        raise typer.Exit(EXIT_ROWS_FAILED)


def _list_option(list_uuid: str | None, list_ref: str | None) -> str:
    if list_uuid and list_ref:
        _fail("give the list once: --list NAME_OR_UUID or --list-uuid UUID", EXIT_USAGE)
    target = list_uuid or list_ref
    if not target:
        _fail("missing option '--list-uuid' (or '--list NAME_OR_UUID')", EXIT_USAGE)
    return target


def _is_uuid(text: str) -> bool:
    try:
        UUID(text)
    except ValueError:
        return False
    return True


def _resume_message(plan: ResumePlan) -> str:
    message = f"{plan.done:,} of {plan.total:,} rows already imported; sending {plan.to_send:,}"
    if plan.in_flight:
        message += (
            f" ({plan.in_flight:,} of them were in flight, sent or queued, when the last run "
            "stopped: outcome unknown, sent again)"
        )
    return message + ". Pass --restart to send every row."


def _check_input(file: Path, mapper: ColumnMapper) -> RowFileSummary:
    summary = scan_rows(file)
    if summary.rows == 0:
        raise InputFileError(file, "has no rows to import")
    if summary.rows == summary.damaged:
        raise InputFileError(file, "no row of it can be read")
    try:
        mapper.check(summary.columns)
    except ColumnError as exc:
        raise InputFileError(file, str(exc)) from None
    return summary


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve()
    except OSError:
        return False


def _import_status(stats: ImportStats) -> str:
    parts = [
        f"{stats.created:,} created",
        f"{stats.updated:,} updated",
        f"{stats.failed:,} failed",
    ]
    extra = {
        "matched on name + company only": stats.weak_matches,
        "left unchanged": stats.unchanged,
        "duplicate(s) in the file": stats.duplicates,
        "already imported": stats.already_imported,
    }
    parts += [f"{count:,} {label}" for label, count in extra.items() if count]
    return ", ".join(parts)


async def _resolve_list(client: Any, target: str) -> str:
    """The uuid of the list named or numbered by ``target``; fail fast when it is wrong."""
    if _is_uuid(target):
        await _require_list(client, target)
        return target
    with requires("listLists", "finding a list by name"):
        from getsales_client.api.lists import list_lists
    found = [
        str(item.uuid)
        async for item in paginate(list_lists, client=client, filter_name=target)
        if str(getattr(item, "name", "")) == target
    ]
    if not found:
        raise UserError(
            f"no list named {target!r} (see: getsales lists ls; create it: "
            f"getsales lists create {json.dumps(target)})"
        )
    if len(found) > 1:
        raise UserError(f"{len(found)} lists are named {target!r}: pass --list-uuid instead")
    return found[0]


async def _require_list(client: Any, list_uuid: str) -> None:
    """Fail fast, before any row is sent, when the key or the list is wrong."""
    try:
        list_id = UUID(list_uuid)
    except ValueError:
        raise UserError(f"--list-uuid {list_uuid!r} is not a UUID") from None
    with requires("getList", "checking a list"):
        from getsales_client.api.lists import get_list
    try:
        await get_list.asyncio_detailed(str(list_id), client=client)
    except NotFoundError:
        raise UserError(f"list {list_uuid} not found (see: getsales lists ls)") from None


# --- leads export ---------------------------------------------------------------------------


@leads_app.command("export")
def leads_export(
    ctx: typer.Context,
    out: Annotated[Path, typer.Option("--out", help="JSON Lines file to write ('-' for stdout).")],
    list_uuid: Annotated[
        str | None, typer.Option("--list-uuid", help="Only contacts of this list.")
    ] = None,
    list_ref: Annotated[
        str | None,
        typer.Option("--list", help="Only contacts of this list, by name or uuid."),
    ] = None,
    max_items: Annotated[
        int | None, typer.Option("--max-items", min=1, help="Stop after this many contacts.")
    ] = None,
    prefetch: Annotated[
        int, typer.Option("--prefetch", min=0, max=64, help="Pages requested ahead.")
    ] = DEFAULT_PREFETCH,
) -> None:
    """Export contacts, oldest first, one JSON object per line, streaming.

    Each contact is one flat record: its fields, with what the API wraps around it
    (``markers``, ``flows``) under their own keys.
    """
    settings = _settings(ctx)
    if list_uuid and list_ref:
        _fail("give the list once: --list NAME_OR_UUID or --list-uuid UUID", EXIT_USAGE)
    body: dict[str, Any] = {"order_field": "created_at", "order_type": "asc"}
    written = 0
    total: int | None = None

    async def work() -> None:
        nonlocal written, total
        async with settings.client() as client:
            wanted = list_uuid or list_ref
            if wanted:
                chosen = wanted if list_uuid else await _resolve_list(client, wanted)
                body["filter"] = {"list_uuid": chosen}
            with requires("searchLeads", "getsales leads export"):
                from getsales_client.api.leads_contacts import search_leads
                from getsales_client.models import SearchLeadsBody
            pages = paginate_pages(
                search_leads,
                client=client,
                body=SearchLeadsBody.from_dict(body),
                max_items=max_items,
                prefetch=prefetch,
                dedupe=True,
            )
            async with aclosing(pages):
                # The first page comes before any output: a wrong key or an unreachable
                # host is reported without a half-drawn progress bar or an empty file.
                first = await anext(pages, None)
                with _open_output(out) as sink, _progress("exporting") as progress:
                    total = first.total if first is not None else 0
                    if total is not None and max_items is not None:
                        total = min(total, max_items)
                    task = progress.add_task("export", total=total, status="")
                    page = first
                    while page is not None:
                        sink.writelines(
                            json.dumps(contact_record(item), ensure_ascii=False) + "\n"
                            for item in page.items
                        )
                        written += len(page.items)
                        progress.update(task, completed=written)
                        page = await anext(pages, None)

    try:
        _run(settings, work)
    except KeyboardInterrupt:
        _stderr.print(
            f"Interrupted after {written:,}"
            + (f" of {total:,}" if total else "")
            + f" contacts; {_name(out)} holds the first {written:,}."
        )
        raise typer.Exit(EXIT_INTERRUPTED) from None
    _stderr.print(f"Exported {written:,} contact(s) to {_name(out)}.")


@contextmanager
def _open_output(out: Path) -> Iterator[IO[str]]:
    if str(out) == "-":
        yield sys.stdout
        return
    try:
        handle = open(out, "w", encoding="utf-8")
    except OSError as exc:
        raise UserError(f"{out}: cannot write ({exc.strerror or exc})") from None
    with handle:
        yield handle


def _name(out: Path) -> str:
    return "stdout" if str(out) == "-" else str(out)


# --- webhooks -------------------------------------------------------------------------------

_TokenOption = Annotated[
    str,
    typer.Option(
        "--token",
        envvar="GETSALES_WEBHOOK_TOKEN",
        help="Shared secret every delivery URL carries as ?token=...",
        show_default=False,
    ),
]


@webhooks_app.command("listen")
def webhooks_listen(
    ctx: typer.Context,
    token: _TokenOption,
    port: Annotated[
        int, typer.Option("--port", min=0, max=65535, help="Port to listen on.")
    ] = 8080,
    host: Annotated[str, typer.Option("--host", help="Address to listen on.")] = "127.0.0.1",
) -> None:
    """Receive deliveries at http://HOST:PORT/<event>?token=T and print one line per event.

    Each line is the event, the contact's uuid, its name and the message text (JSON strings).
    Ctrl-C stops it (exit code 0).
    """
    settings = _settings(ctx)
    received = 0

    async def show(event: Event) -> None:
        nonlocal received
        received += 1
        typer.echo(_event_line(event))
        sys.stdout.flush()

    async def work() -> None:
        if not token:
            raise UserError("--token must not be empty")
        try:
            import uvicorn

            from getsales_extras.testing.server import build_uvicorn_config
        except ImportError:
            raise UserError(
                'webhooks listen needs an ASGI server: pip install "getsales[testing]"'
            ) from None
        from getsales_extras.webhooks import WebhookReceiver

        receiver = WebhookReceiver(show, token=token)
        with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as sock:
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            sock.bind((host, port))
            sock.listen(128)
            bound = sock.getsockname()[1]
            shown = f"[{host}]" if ":" in host else host
            _stderr.print(
                f"Listening on http://{shown}:{bound}/<event>?token=...  (Ctrl-C to stop)"
            )
            server = uvicorn.Server(build_uvicorn_config(receiver, host, bound))
            await server.serve(sockets=[sock])

    try:
        _run(settings, work)
    except KeyboardInterrupt:
        pass
    _stderr.print(f"Stopped after {received} event(s).")


def _event_line(event: Event) -> str:
    contact = event.contact
    name = (getattr(contact, "name", None) or "") if contact is not None else ""
    text = " ".join((event.text or "").split())
    if len(text) > 200:
        text = text[:199] + "\N{HORIZONTAL ELLIPSIS}"
    fields = [
        str(event.event.value if event.event is not None else "-"),
        event.contact_uuid or "-",
        json.dumps(str(name), ensure_ascii=False),
        json.dumps(text, ensure_ascii=False),
    ]
    return "  ".join(fields)


@webhooks_app.command("subscribe")
def webhooks_subscribe(
    ctx: typer.Context,
    url: Annotated[str, typer.Argument(help="Public URL of the receiver (its mount point).")],
    events: Annotated[
        list[str],
        typer.Option(
            "--event", help="Event to subscribe to; repeat for several.", show_default=False
        ),
    ],
    token: _TokenOption,
) -> None:
    """Subscribe URL/<event>?token=T to each event (existing subscriptions are reused)."""
    settings = _settings(ctx)

    async def work() -> list[Any]:
        _check_url(url)
        if not token:
            raise UserError("--token must not be empty")
        from getsales_extras.webhooks import subscribe

        async with settings.client() as client:
            return await subscribe(client, url, events, token=token)

    for hook in _run(settings, work):
        typer.echo(f"{hook.uuid}  {hook.event}  {_hide_token(str(hook.target_url))}")


@webhooks_app.command("unsubscribe")
def webhooks_unsubscribe(
    ctx: typer.Context,
    url: Annotated[str, typer.Argument(help="The URL given to subscribe.")],
    events: Annotated[
        list[str] | None,
        typer.Option(
            "--event",
            help="Only this event; repeat for several (default: all).",
            show_default=False,
        ),
    ] = None,
    token: Annotated[
        str | None,
        typer.Option("--token", help="Only subscriptions with this token.", show_default=False),
    ] = None,
) -> None:
    """Delete the subscriptions delivering to URL/<event>."""
    settings = _settings(ctx)

    async def work() -> list[Any]:
        _check_url(url)
        from getsales_extras.webhooks import unsubscribe

        async with settings.client() as client:
            return await unsubscribe(client, url, events or None, token=token)

    deleted = _run(settings, work)
    for hook in deleted:
        typer.echo(f"{hook.uuid}  {hook.event}  {_hide_token(str(hook.target_url))}")
    _stderr.print(f"{len(deleted)} subscription(s) deleted")


def _check_url(url: str) -> None:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise UserError(f"{url!r} is not an http(s) URL")


def _hide_token(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    query = [
        (key, "***" if key == "token" else value)
        for key, value in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    ]
    return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query, safe="*")))


def contact_record(item: Any) -> dict[str, Any]:
    """A contact once: the generated parser already read a wrapped ``{"lead": {...}, ...}``
    item flat, so the copy of the contact under ``lead`` is left out."""
    record = _as_dict(item)
    record.pop("lead", None)
    return record


# --- shared plumbing ------------------------------------------------------------------------


class _RateColumn(ProgressColumn):
    """Rows (or contacts) per second, averaged by rich over the recent past."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.1f}/s" if speed else "-/s", style="progress.data.speed")


@contextmanager
def _progress(description: str) -> Iterator[Progress]:
    progress = Progress(
        TextColumn(description),
        BarColumn(),
        MofNCompleteColumn(),
        _RateColumn(),
        TimeElapsedColumn(),
        TextColumn("eta"),
        TimeRemainingColumn(),
        TextColumn("{task.fields[status]}"),
        console=_stderr,
        transient=False,
        # In a log file a progress bar is noise: the closing summary line says it all.
        disable=not _stderr.is_terminal,
    )
    with progress:
        yield progress


def _run(settings: Settings, work: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run a command's coroutine, turning the errors a user can fix into one-line messages.

    ``KeyboardInterrupt`` is left to the command, which knows how far it got.
    """
    return _guard(lambda: asyncio.run(_interruptible(work)), settings)


async def _interruptible(work: Callable[[], Coroutine[Any, Any, T]]) -> T:
    """Run ``work`` so that Ctrl-C cancels it cleanly and then raises ``KeyboardInterrupt``.

    Without this, Python before 3.11 raises ``KeyboardInterrupt`` inside whichever task is
    running at that moment, and a task group reports it, with tracebacks, as an exception
    group. Cancelling the main task instead lets every ``async with`` close normally first.
    """
    loop = asyncio.get_running_loop()
    main = asyncio.current_task()
    interrupted = False

    def interrupt() -> None:
        nonlocal interrupted
        interrupted = True
        if main is not None:
            main.cancel()

    try:
        loop.add_signal_handler(signal.SIGINT, interrupt)
    except (NotImplementedError, RuntimeError, ValueError):  # no signals here: Python's own
        return await work()
    try:
        return await work()
    except asyncio.CancelledError:
        if interrupted:
            raise KeyboardInterrupt from None
        raise
    finally:
        loop.remove_signal_handler(signal.SIGINT)


def _guard(action: Callable[[], T], settings: Settings | None = None) -> T:
    try:
        return action()
    except (KeyboardInterrupt, typer.Exit):
        raise
    except (UserError, InputFileError, ConfigurationError) as exc:
        _fail(str(exc))
    except AuthenticationError as exc:
        _fail(f"the API key was rejected: {exc}")
    except PermissionDeniedError as exc:
        _fail(f"the API key has no access: {exc}")
    except APIConnectionError as exc:
        server = settings.server if settings is not None else "the server"
        _fail(f"cannot reach {server}: {exc}")
    except GetSalesError as exc:
        _fail(str(exc))
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        _fail(f"{where}{exc.strerror or exc}")
    except Exception as exc:  # a bug or an unforeseen failure: still one line, no traceback
        _fail(f"unexpected {type(exc).__name__}: {exc}")


def _fail(message: str, code: int = EXIT_ERROR) -> NoReturn:
    """Print one line to stderr and leave with ``code``."""
    _print_error(message)
    raise typer.Exit(code)


def _print_error(message: str) -> None:
    line = redact(" ".join(str(message).split()), tuple(_secrets))
    _stderr.print(Text(f"getsales: error: {line}"))


def _as_dict(item: Any) -> dict[str, Any]:
    if item is None:
        return {}
    if isinstance(item, dict):
        return item
    to_dict = getattr(item, "to_dict", None)
    if callable(to_dict):
        result = to_dict()
        if isinstance(result, dict):
            return result
    return {"value": item}


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: the process arguments); return the exit code.

    Usage mistakes are reported like every other error: one line on stderr.
    """
    command = typer.main.get_command(app)
    try:
        result = command.main(
            args=list(argv) if argv is not None else None,
            prog_name="getsales",
            standalone_mode=False,
        )
    except _USAGE_ERRORS as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":
            # Nothing asked for: the help is the answer. Typer's rich help has printed itself
            # already; plain click hands it back as the message.
            help_text = _message_of(exc)
            if help_text.strip():
                sys.stderr.write(help_text.rstrip("\n") + "\n")
            return EXIT_USAGE
        hint = ""
        ctx = getattr(exc, "ctx", None)
        if ctx is not None:
            hint = f" (see: {ctx.command_path} --help)"
        _print_error(_message_of(exc) + hint)
        return int(getattr(exc, "exit_code", EXIT_USAGE))
    except _ABORTS:
        return EXIT_INTERRUPTED
    return result if isinstance(result, int) else 0


def _message_of(exc: Exception) -> str:
    format_message = getattr(exc, "format_message", None)
    return str(format_message()) if callable(format_message) else str(exc)


def main() -> None:
    """Console-script entry point (``getsales``)."""
    sys.exit(run())
