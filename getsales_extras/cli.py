"""The ``getsales`` command line: who am I, list lists, import and export contacts.

Commands::

    getsales whoami
    getsales lists ls [--json]
    getsales leads import FILE --list-uuid UUID [--failures FILE] [--concurrency N] [--fast]
    getsales leads export --out FILE [--list-uuid UUID] [--max-items N]

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
import signal
import sys
import time
from collections.abc import Callable, Coroutine, Iterator, Sequence
from contextlib import aclosing, contextmanager
from pathlib import Path
from typing import IO, Annotated, Any, NoReturn, TypeVar
from uuid import UUID

import attrs
import typer
from rich.console import Console
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

from getsales_client.api.leads_contacts import search_leads
from getsales_client.api.lists import get_list, list_lists
from getsales_client.api.user_team import get_current_user
from getsales_client.models import SearchLeadsBody, SortDirection
from getsales_extras._io import InputFileError, RowFileSummary, read_rows, scan_rows
from getsales_extras.bulk import DEFAULT_CONCURRENCY
from getsales_extras.client import create_client
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
    ColumnError,
    ContactImporter,
    FailureFile,
    ImportStats,
    check_columns,
)
from getsales_extras.pagination import DEFAULT_PREFETCH, paginate, paginate_pages
from getsales_extras.ratelimit import RateLimit

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
app.add_typer(leads_app, name="leads", no_args_is_help=True)
app.add_typer(lists_app, name="lists", no_args_is_help=True)

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


# --- leads import ---------------------------------------------------------------------------


@leads_app.command("import")
def leads_import(
    ctx: typer.Context,
    file: Annotated[Path, typer.Argument(help="CSV (header row) or JSON Lines file of contacts.")],
    list_uuid: Annotated[str, typer.Option("--list-uuid", help="List that receives the contacts.")],
    failures: Annotated[
        Path | None,
        typer.Option(
            "--failures",
            help="Where failed rows go, as JSON Lines that can be imported again "
            "[default: FILE's name + .failures.jsonl].",
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
            help="Create contacts 100 per request (legacy bulk create); rejected chunks "
            "are retried row by row.",
        ),
    ] = False,
    update: Annotated[
        bool,
        typer.Option("--update/--no-update", help="Update contacts that already exist."),
    ] = True,
) -> None:
    """Import contacts into a list; running it again never creates duplicates.

    Each row is upserted (matched on LinkedIn ids, emails, or name and company). Failed rows
    are written with their error to the failures file; fix them there and import that file.
    """
    settings = _settings(ctx)
    summary = _guard(lambda: _check_input(file))
    failures_path = failures or file.with_name(file.stem + ".failures.jsonl")
    if _same_file(failures_path, file):
        _fail(f"{failures_path}: the failures file must differ from the input file")
    stats = ImportStats(total=summary.rows)
    started = time.monotonic()

    async def work() -> None:
        async with settings.client() as client:
            await _require_list(client, list_uuid)
            with _progress("importing") as progress, FailureFile(failures_path) as failure_file:
                task = progress.add_task("import", total=summary.rows, status="")

                def show(current: ImportStats) -> None:
                    progress.update(
                        task, completed=current.processed, status=_import_status(current)
                    )

                importer = ContactImporter(
                    client,
                    list_uuid,
                    update_if_exists=update,
                    concurrency=concurrency,
                    fast=fast,
                    on_failure=failure_file.write,
                    on_progress=show,
                    stats=stats,
                )
                await importer.run(read_rows(file, summary.format), total=summary.rows)

    try:
        _run(settings, work)
    except KeyboardInterrupt:
        _stderr.print(
            f"Interrupted after {stats.processed:,} of {summary.rows:,} rows "
            f"({_import_status(stats)}). Run the same command again to finish: rows "
            "already imported are updated, not duplicated."
            + (f" Failed rows so far are in {failures_path}." if stats.failed else "")
        )
        raise typer.Exit(EXIT_INTERRUPTED) from None

    elapsed = time.monotonic() - started
    _stderr.print(
        f"Imported {summary.rows:,} rows into list {list_uuid} in {elapsed:.1f} s: "
        f"{_import_status(stats)}."
    )
    if stats.failed:
        _stderr.print(
            f"{stats.failed:,} failed row(s) written to {failures_path}; fix them there and "
            f"run: getsales leads import {failures_path} --list-uuid {list_uuid}"
        )
        raise typer.Exit(EXIT_ROWS_FAILED)


def _check_input(file: Path) -> RowFileSummary:
    summary = scan_rows(file)
    if summary.rows == 0:
        raise InputFileError(file, "has no rows to import")
    try:
        check_columns(summary.columns)
    except ColumnError as exc:
        raise InputFileError(file, str(exc)) from None
    return summary


def _same_file(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve()
    except OSError:
        return False


def _import_status(stats: ImportStats) -> str:
    return f"{stats.created:,} created, {stats.updated:,} updated, {stats.failed:,} failed"


async def _require_list(client: Any, list_uuid: str) -> None:
    """Fail fast, before any row is sent, when the key or the list is wrong."""
    try:
        list_id = UUID(list_uuid)
    except ValueError:
        raise UserError(f"--list-uuid {list_uuid!r} is not a UUID") from None
    try:
        await get_list.asyncio_detailed(list_id, client=client)
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
    max_items: Annotated[
        int | None, typer.Option("--max-items", min=1, help="Stop after this many contacts.")
    ] = None,
    prefetch: Annotated[
        int, typer.Option("--prefetch", min=0, max=64, help="Pages requested ahead.")
    ] = DEFAULT_PREFETCH,
) -> None:
    """Export contacts, oldest first, one JSON object per line, streaming."""
    settings = _settings(ctx)
    body: dict[str, Any] = {"order_field": "created_at", "order_type": "asc"}
    if list_uuid:
        body["filter"] = {"list_uuid": list_uuid}
    written = 0
    total: int | None = None

    async def work() -> None:
        nonlocal written, total
        async with settings.client() as client:
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
                            json.dumps(_as_dict(item), ensure_ascii=False) + "\n"
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
