"""The ``getsales`` command line; README.md ("The command line") is its manual. Scripts rely on
its output contract: results on stdout, the rest on stderr, a problem the user can fix as one
line (never a traceback), and the ``EXIT_*`` codes below."""

from __future__ import annotations

import asyncio
import contextlib
import json
import re
import shlex
import socket
import sys
import textwrap
import time
import urllib.parse
from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence
from itertools import compress
from pathlib import Path
from typing import IO, Annotated, Any, NoReturn, TypeVar
from uuid import UUID

try:
    import typer
    from rich.console import Console
except ImportError:  # pragma: no cover - depends on what is installed
    raise SystemExit('getsales needs its libraries: pip install "getsales[cli]"') from None
from rich.progress import MofNCompleteColumn, Progress, ProgressColumn, Task, TextColumn
from rich.text import Text

from getsales_extras import errors
from getsales_extras._io import InputFileError, read_rows, scan_rows
from getsales_extras._operations import requires
from getsales_extras.bulk import DEFAULT_CONCURRENCY
from getsales_extras.client import create_client
from getsales_extras.columns import ColumnError, ColumnMapper, accepted_columns_help, parse_mapping
from getsales_extras.identity import full_name
from getsales_extras.importer import FAST_NO_UPDATE, ContactImporter, FailureFile, ImportStats
from getsales_extras.journal import ImportJournal
from getsales_extras.pagination import DEFAULT_PREFETCH, paginate, paginate_pages
from getsales_extras.ratelimit import RateLimit

__all__ = ["app", "main", "run"]

# Typer 0.26 and later raise their own exception classes; earlier releases raise click's.
_USAGE_ERRORS: tuple[type[Any], ...] = tuple(filter(None, [getattr(typer, "TyperException", None)]))
_ABORTS: tuple[type[BaseException], ...] = (typer.Abort,)
with contextlib.suppress(ImportError):  # a Typer that bundles click may come without it
    import click

    _USAGE_ERRORS += (click.ClickException,)
    _ABORTS += (click.exceptions.Abort,)

T = TypeVar("T")
EXIT_ERROR, EXIT_USAGE, EXIT_ROWS_FAILED, EXIT_INTERRUPTED = 1, 2, 3, 130

app = typer.Typer(
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


def _env(name: str, help: str, **more: Any) -> Any:
    return typer.Option(envvar=f"GETSALES_{name}", help=help, show_default=False, **more)


_JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON, one object per line.")]
_ListUuidOption = Annotated[UUID | None, typer.Option(help="The list, by uuid.")]
_ListOption = Annotated[str | None, typer.Option("--list", help="The list, by name or uuid.")]


def _non_empty(value: str) -> str:
    if not value.strip():
        raise typer.BadParameter("must not be empty: it is the secret the URLs carry")
    return value


_TokenOption = Annotated[
    str, _env("WEBHOOK_TOKEN", "Shared secret of the URLs (?token=...).", callback=_non_empty)
]


@app.callback()
def _global_options(
    ctx: typer.Context,
    api_key: Annotated[str, _env("API_KEY", "API key (the variable keeps it off ps).")] = "",
    team_id: Annotated[str, _env("TEAM_ID", "Team (workspace) id.")] = "",
    base_url: Annotated[str, _env("BASE_URL", "API root URL.")] = "",
    rate_limit: Annotated[str, _env("RATE_LIMIT", "REQUESTS/SECONDS, or 'off'.")] = "300/60",
) -> None:
    try:
        ctx.obj = {"rate_limit": RateLimit.parse(rate_limit)}
    except ValueError:
        message = f"{rate_limit!r}: expected REQUESTS/SECONDS such as 300/60, or 'off'"
        raise typer.BadParameter(message, param_hint="'--rate-limit'") from None
    ctx.obj.update(api_key=api_key.strip(), team_id=team_id or None, base_url=base_url or None)


def _call(
    ctx: typer.Context, work: Callable[[Any], Awaitable[T]], stop: Callable[[], str] | None = None
) -> T:
    """Run ``work(client)``, errors as one line; on Ctrl-C print ``stop()`` and exit 130."""
    options = ctx.find_root().obj
    if not options["api_key"]:
        _fail("no API key: set GETSALES_API_KEY or pass --api-key")
    _secrets.add(options["api_key"])

    async def with_client() -> T:
        async with create_client(**options) as client:
            return await work(client)

    try:
        return _guard(lambda: asyncio.run(with_client()), options["base_url"])
    except KeyboardInterrupt:
        if stop:
            _stderr.print(stop())
        raise typer.Exit(EXIT_INTERRUPTED) from None


@app.command()
def whoami(ctx: typer.Context) -> None:
    """Show the user and team the API key belongs to."""
    with requires("getCurrentUser", "getsales whoami"):
        from getsales_client.api.user_team import get_current_user
    user = _call(ctx, lambda client: get_current_user.asyncio(client=client))
    team = ctx.find_root().obj["team_id"] or (user.config and user.config.latest_team_id)
    email = f" <{user.email}>" if user.email else ""
    line = f"{full_name(user.to_dict()) or 'unnamed user'}{email}"
    typer.echo(f"{line} (user {user.uuid}{f', team {team}' if team else ''})")


@lists_app.command("ls")
def lists_ls(ctx: typer.Context, as_json: _JsonOption = False) -> None:
    """List the contact lists of the team."""
    with requires("listLists", "getsales lists ls"):
        from getsales_client.api.lists import list_lists
        from getsales_client.models import SortDirection

    async def fetch(client: Any) -> list[dict[str, Any]]:
        items = paginate(
            list_lists, client=client, order_field="created_at", order_type=SortDirection.ASC
        )
        return [item.to_dict() async for item in items]

    lists = _call(ctx, fetch)
    if as_json:
        _echo_json(lists)
        return
    rows = [("UUID", "NAME", "CREATED")]
    rows += [(str(i["uuid"]), str(i.get("name", "")), str(i.get("created_at", ""))) for i in lists]
    widths = [max(len(row[column]) for row in rows) for column in range(2)]
    for row in rows:
        typer.echo(f"{row[0]:<{widths[0]}}  {row[1]:<{widths[1]}}  {row[2]}")
    _stderr.print(f"{len(lists)} list(s)")


@lists_app.command("create")
def lists_create(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Name of the new list (unique within the team).")],
    as_json: _JsonOption = False,
) -> None:
    """Create a contact list; prints its uuid."""
    if not name.strip():
        _fail("the list needs a name", EXIT_USAGE)
    with requires("createList", "getsales lists create"):
        from getsales_client.api.lists import create_list
        from getsales_client.models import CreateListBody
    body = CreateListBody(name=name)
    created = _call(ctx, lambda client: create_list.asyncio(client=client, body=body)).to_dict()
    if as_json:
        _echo_json([created])
    else:
        typer.echo(str(created.get("uuid", "")))
    _stderr.print(f"Created list {name!r}.")


def _echo_json(items: Iterable[dict[str, Any]], sink: IO[str] | None = None) -> int:
    lines = [json.dumps(item, ensure_ascii=False) + "\n" for item in items]
    (sink or sys.stdout).writelines(lines)
    return len(lines)


@leads_app.command("import", epilog=accepted_columns_help())
def leads_import(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="CSV (header row) or JSON Lines file of contacts.")],
    list_uuid: _ListUuidOption = None,
    list_ref: _ListOption = None,
    failures: Annotated[Path | None, typer.Option(help="Failed rows (JSON Lines).")] = None,
    concurrency: Annotated[int, typer.Option(min=1, max=256, help="Requests in flight.")] = (
        DEFAULT_CONCURRENCY
    ),
    fast: Annotated[bool, typer.Option(help="100 contacts per request (bulk create).")] = False,
    update: Annotated[bool, typer.Option(help="Update existing contacts (or leave them).")] = True,
    mapping: Annotated[
        list[str] | None,
        typer.Option("--map", help="COLUMN=field (repeatable); 'COLUMN=' drops the column."),
    ] = None,
    keep_unknown_columns: Annotated[
        bool, typer.Option(help="Import unknown columns as custom fields of their name.")
    ] = False,
    refuse_weak_matches: Annotated[
        bool, typer.Option(help="Fail, not merge, rows that match on name + company alone.")
    ] = False,
    restart: Annotated[bool, typer.Option(help="Ignore the journal: send every row.")] = False,
    journal: Annotated[Path | None, typer.Option(help="Confirmed rows, for resuming.")] = None,
    outcomes: Annotated[Path | None, typer.Option(help="Every row's outcome (JSON Lines).")] = None,
) -> None:
    """Import contacts into a list; running it again never creates duplicates.

    Failed rows go to FILE's name + .failures.jsonl (or --failures): fix them there and import
    that file. A journal beside it keeps the rows the API confirmed: a re-run sends the rest.
    """
    if fast and not update:
        _fail(f"--fast with --no-update: {FAST_NO_UPDATE}", EXIT_USAGE)
    target = _list_option(list_uuid, list_ref)
    if not target:
        _fail("missing option '--list-uuid' (or '--list NAME_OR_UUID')", EXIT_USAGE)
    mapper = _guard(lambda: ColumnMapper(parse_mapping(mapping or ()), keep_unknown_columns))
    summary = _guard(lambda: scan_rows(file))
    if not summary.rows or summary.rows == summary.damaged:
        _fail(f"{file}: {'no row of it can be read' if summary.rows else 'has no rows to import'}")
    _guard(lambda: mapper.check(summary.columns), prefix=f"{file}: ")
    failures = failures or file.with_name(file.stem + ".failures.jsonl")
    journal = journal or failures.with_name(file.stem + ".import-journal.sqlite")
    # Each is written while the input is still being read: one path may serve only one.
    paths = {"input": file, "failures": failures, "journal": journal, "outcomes": outcomes}
    seen: dict[Path, str] = {}
    for role, path in paths.items():
        if path is not None and (other := seen.setdefault(path.resolve(), role)) != role:
            _fail(f"{path}: the {role} file must differ from the {other} file", EXIT_USAGE)
    stats = ImportStats(total=summary.rows)
    started = time.monotonic()

    async def work(client: Any) -> str:
        chosen = await _resolve_list(client, target)
        with contextlib.ExitStack() as stack:
            rows_done = stack.enter_context(ImportJournal(journal, chosen, restart=restart))
            plan = rows_done.plan(read_rows(file))
            if plan.done or plan.in_flight:
                _stderr.print(
                    f"{plan.done:,} of {plan.total:,} rows already imported; sending "
                    f"{plan.total - plan.done:,}{_unknown(plan.in_flight, 'when the last run')}. "
                    "Pass --restart to send every row."
                )
            progress = stack.enter_context(_progress("importing", summary.rows))
            on_outcome = stack.enter_context(FailureFile(outcomes)).write if outcomes else None
            await ContactImporter(
                client,
                chosen,
                update_if_exists=update,
                concurrency=concurrency,
                fast=fast,
                columns=mapper,
                refuse_weak_matches=refuse_weak_matches,
                journal=rows_done,
                on_failure=stack.enter_context(FailureFile(failures)).write,
                on_outcome=on_outcome,
                on_progress=lambda now: progress(now.processed, _import_status(now)),
                stats=stats,
            ).run(read_rows(file), total=summary.rows)
        return chosen

    def interrupted() -> str:
        failed = f" Failed rows so far are in {failures}." if stats.failed else ""
        return (
            f"Interrupted after {stats.processed:,} of {summary.rows:,} rows "
            f"({_import_status(stats)}{_unknown(stats.in_flight, 'as this run')}). Run the "
            "same command again to finish: it sends only the rows not confirmed yet, and a row "
            f"that did arrive is updated, not duplicated.{failed}"
        )

    chosen = _call(ctx, work, interrupted)
    _stderr.print(
        f"Imported {summary.rows:,} rows into list {chosen} in "
        f"{time.monotonic() - started:.1f} s: {_import_status(stats)}."
    )
    if stats.failed or stats.duplicates:
        counts = {"failed": stats.failed, "duplicate": stats.duplicates}
        what = ", ".join(f"{count:,} {label} row(s)" for label, count in counts.items() if count)
        again = [f"--list-uuid {chosen}", *(f"--map {shlex.quote(m)}" for m in mapping or ())]
        flags = ["--keep-unknown-columns", "--refuse-weak-matches", "--fast", "--no-update"]
        again += compress(flags, [keep_unknown_columns, refuse_weak_matches, fast, not update])
        _stderr.print(
            f"{what} written to {failures}; fix them there and "
            f"run: getsales leads import {failures} {' '.join(again)}"
        )
    elif failures.exists():
        failures.unlink()
        _stderr.print(f"Removed {failures} from an earlier run: every row is in now.")
    if stats.failed:
        raise typer.Exit(EXIT_ROWS_FAILED)


def _list_option(list_uuid: UUID | None, list_ref: str | None) -> UUID | str | None:
    if list_uuid and list_ref:
        _fail("give the list once: --list NAME_OR_UUID or --list-uuid UUID", EXIT_USAGE)
    with contextlib.suppress(ValueError):  # --list may give the uuid
        return UUID(list_ref or "")
    return list_uuid or list_ref


def _unknown(in_flight: int, when: str) -> str:
    """Rows sent whose answer never came; upserts make sending them again safe."""
    unknown = f"; {in_flight:,} were in flight {when} stopped: outcome unknown, sent again"
    return unknown if in_flight else ""


def _import_status(stats: ImportStats) -> str:
    extra = {
        "matched on name + company only": stats.weak_matches,
        "left unchanged": stats.unchanged,
        "duplicate(s) in the file": stats.duplicates,
        "already imported": stats.already_imported,
    }
    counts = f"{stats.created:,} created, {stats.updated:,} updated, {stats.failed:,} failed"
    return ", ".join([counts, *(f"{count:,} {label}" for label, count in extra.items() if count)])


async def _resolve_list(client: Any, target: UUID | str) -> str:
    if isinstance(target, UUID):
        with requires("getList", "finding a list"):
            from getsales_client.api.lists import get_list
        try:
            await get_list.asyncio_detailed(str(target), client=client)
        except errors.NotFoundError:
            _fail(f"list {target} not found (see: getsales lists ls)")
        return str(target)
    with requires("listLists", "finding a list"):
        from getsales_client.api.lists import list_lists
    found = [
        str(item.uuid)
        async for item in paginate(list_lists, client=client, filter_name=target)
        if item.name == target
    ]
    if not found:
        _fail(
            f"no list named {target!r} (see: getsales lists ls; create it: "
            f"getsales lists create {json.dumps(target)})"
        )
    if len(found) > 1:
        _fail(f"{len(found)} lists are named {target!r}: pass --list-uuid instead")
    return found[0]


@leads_app.command("export")
def leads_export(
    ctx: typer.Context,
    out: Annotated[Path, typer.Option(help="JSON Lines file to write ('-' for stdout).")],
    list_uuid: _ListUuidOption = None,
    list_ref: _ListOption = None,
    max_items: Annotated[int | None, typer.Option(min=1, help="At most this many.")] = None,
    prefetch: Annotated[int, typer.Option(min=0, max=64, help="Pages ahead.")] = DEFAULT_PREFETCH,
) -> None:
    """Export contacts (of a list, or all), oldest first, one flat JSON object per line."""
    wanted = _list_option(list_uuid, list_ref)
    with requires("searchLeads", "getsales leads export"):
        from getsales_client.api.leads_contacts import search_leads
        from getsales_client.models import SearchLeadsBody
    written = 0
    total: int | None = None
    name = "stdout" if str(out) == "-" else str(out)

    async def work(client: Any) -> None:
        nonlocal written, total
        body: dict[str, Any] = {"order_field": "created_at", "order_type": "asc"}
        if wanted:
            body["filter"] = {"list_uuid": await _resolve_list(client, wanted)}
        pages = paginate_pages(
            search_leads,
            client=client,
            body=SearchLeadsBody.from_dict(body),
            max_items=max_items,
            prefetch=prefetch,
            dedupe=True,
        )
        async with contextlib.aclosing(pages):
            # The first page before any output: a bad key or host leaves no bar or empty file.
            page = await anext(pages, None)
            total = page.total if page else 0
            total = min(total, max_items) if total is not None and max_items else total
            with _open_output(out) as sink, _progress("exporting", total) as progress:
                while page is not None:
                    records = [item.to_dict() for item in page.items]
                    for record in records:  # a wrapped {"lead": {...}} item was read flat already
                        record.pop("lead", None)
                    written += _echo_json(records, sink)
                    progress(written)
                    page = await anext(pages, None)

    def interrupted() -> str:
        of = f" of {total:,}" if total else ""
        return f"Interrupted after {written:,}{of} contacts; {name} holds the first {written:,}."

    _call(ctx, work, interrupted)
    _stderr.print(f"Exported {written:,} contact(s) to {name}.")


def _open_output(out: Path) -> contextlib.AbstractContextManager[IO[str]]:
    if str(out) == "-":
        return contextlib.nullcontext(sys.stdout)
    try:
        return open(out, "w", encoding="utf-8")
    except OSError as exc:
        _fail(f"{out}: cannot write ({exc.strerror or exc})")


@webhooks_app.command("listen")
def webhooks_listen(
    token: _TokenOption,
    port: Annotated[int, typer.Option(min=0, max=65535, help="Port to listen on.")] = 8080,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
) -> None:
    """Receive deliveries at http://HOST:PORT/<event>?token=T and print one line per event.

    Each line: the event, the contact's uuid, its name and the text. Ctrl-C stops it (exit 0).
    """
    try:
        import uvicorn
    except ImportError:
        _fail('webhooks listen needs an ASGI server: pip install "getsales[testing]"')
    from getsales_extras.webhooks import Event, WebhookReceiver

    received = 0

    async def show(event: Event) -> None:
        nonlocal received
        received += 1
        name = getattr(event.contact, "name", None) or ""
        text = textwrap.shorten(event.text or "", 200, placeholder="\N{HORIZONTAL ELLIPSIS}")
        quoted = [json.dumps(str(value), ensure_ascii=False) for value in (name, text)]
        print("  ".join([str(event.event or "-"), event.contact_uuid or "-", *quoted]), flush=True)

    receiver = _guard(lambda: WebhookReceiver(show, token=token))
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with _guard(lambda: socket.create_server((host, port), family=family, backlog=128)) as sock:
        where = f"[{host}]" if ":" in host else host
        url = f"http://{where}:{sock.getsockname()[1]}/<event>?token=..."
        _stderr.print(f"Listening on {url}  (Ctrl-C to stop)")
        config = uvicorn.Config(receiver, log_level="warning", access_log=False, lifespan="off")
        with contextlib.suppress(KeyboardInterrupt):
            _guard(lambda: uvicorn.Server(config).run(sockets=[sock]))
    _stderr.print(f"Stopped after {received} event(s).")


@webhooks_app.command("subscribe")
def webhooks_subscribe(
    ctx: typer.Context,
    url: Annotated[str, typer.Argument(help="Public URL of the receiver (its mount point).")],
    events: Annotated[list[str], typer.Option("--event", help="An event; repeatable.")],
    token: _TokenOption,
) -> None:
    """Subscribe URL/<event>?token=T to each event (existing subscriptions are reused)."""
    _check_url(url)
    from getsales_extras.webhooks import subscribe

    _print_hooks(_call(ctx, lambda client: subscribe(client, url, events, token=token)))


@webhooks_app.command("unsubscribe")
def webhooks_unsubscribe(
    ctx: typer.Context,
    url: Annotated[str, typer.Argument(help="The URL given to subscribe.")],
    events: Annotated[list[str] | None, typer.Option("--event", help="Only this event.")] = None,
    token: Annotated[str | None, typer.Option(help="Only those with this token.")] = None,
) -> None:
    """Delete the subscriptions delivering to URL/<event> (all events unless --event)."""
    _check_url(url)
    from getsales_extras.webhooks import unsubscribe

    deleted = _call(ctx, lambda client: unsubscribe(client, url, events or None, token=token))
    _print_hooks(deleted)
    _stderr.print(f"{len(deleted)} subscription(s) deleted")


def _check_url(url: str) -> None:
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        _fail(f"{url!r} is not an http(s) URL")


def _print_hooks(hooks: Iterable[Any]) -> None:
    for hook in hooks:
        url = re.sub(r"([?&]token=)[^&#]*", r"\1***", str(hook.target_url))  # the token hidden
        typer.echo(f"{hook.uuid}  {hook.event}  {url}")


# Rows (or contacts) per second: rich's own speed column counts bytes.
class _RateColumn(ProgressColumn):
    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:,.1f}/s" if speed else "-/s", style="progress.data.speed")


@contextlib.contextmanager
def _progress(description: str, total: int | None) -> Iterator[Callable[..., None]]:
    """A progress bar on stderr (none in a log file); yields ``update(completed, status)``."""
    progress = Progress(
        *Progress.get_default_columns(),
        MofNCompleteColumn(),
        _RateColumn(),
        TextColumn("{task.fields[status]}"),
        console=_stderr,
        disable=not _stderr.is_terminal,
    )
    task = progress.add_task(description, total=total, status="")
    with progress:
        yield lambda completed, status="": progress.update(task, completed=completed, status=status)


def _guard(action: Callable[[], T], server: str | None = None, prefix: str = "") -> T:
    """Run ``action``, turning the errors a user can fix into one-line messages."""
    try:
        return action()
    except (KeyboardInterrupt, typer.Exit):
        raise
    except (errors.AuthenticationError, errors.PermissionDeniedError) as exc:
        problem = "was rejected" if isinstance(exc, errors.AuthenticationError) else "has no access"
        _fail(f"the API key {problem}: {exc}")
    except errors.APIConnectionError as exc:
        _fail(f"cannot reach {server or 'the GetSales API'}: {exc}")
    except (InputFileError, ColumnError, errors.GetSalesError) as exc:
        _fail(f"{prefix}{exc}")
    except OSError as exc:
        _fail(f"{exc.filename}: {exc.strerror}" if exc.filename else str(exc.strerror or exc))
    except Exception as exc:  # a bug or an unforeseen failure: still one line, no traceback
        _fail(f"unexpected {type(exc).__name__}: {exc}")


def _fail(message: str, code: int = EXIT_ERROR) -> NoReturn:
    raise typer.Exit(_report(message, code))


def _report(message: str, code: int) -> int:
    """Print ``message`` as the one error line (no API key in it); return ``code``."""
    line = errors.redact(" ".join(message.split()), tuple(_secrets))
    _stderr.print(Text(f"getsales: error: {line}"))
    return code


def run(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: the process arguments); return the exit code."""
    try:
        result = typer.main.get_command(app).main(argv, "getsales", standalone_mode=False)
    except _USAGE_ERRORS as exc:  # reported like every other error: one line on stderr
        message = str(exc.format_message())
        if type(exc).__name__ == "NoArgsIsHelpError":
            # Nothing asked for: the help is the answer (Typer printed it; plain click returns it).
            if message.strip():
                sys.stderr.write(message.rstrip("\n") + "\n")
            return EXIT_USAGE
        hint = f" (see: {exc.ctx.command_path} --help)" if getattr(exc, "ctx", None) else ""
        return _report(message + hint, int(exc.exit_code))
    except _ABORTS:
        return EXIT_INTERRUPTED
    return result if isinstance(result, int) else 0


def main() -> None:
    sys.exit(run())
