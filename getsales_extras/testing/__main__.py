"""Serve a GetSales emulator from the command line until Ctrl-C.

    python -m getsales_extras.testing --port 0 --rate-limit 30/3 --latency-ms 50

prints the base URL and the API key to use, then serves. ``--settings`` takes any
``EmulatorConfig`` field as JSON; ``--ready-json`` prints one JSON line instead of the
human-readable banner (for programs that start the emulator, see ``spawn_emulator``).
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from collections.abc import Sequence
from typing import Any, NoReturn

from getsales_extras.testing.app import create_app
from getsales_extras.testing.runtime import EmulatorRuntime
from getsales_extras.testing.server import (
    _SignallingServer,
    build_uvicorn_config,
    install_connection_aborter,
    settings_from_mapping,
)


def _rate_limit(text: str) -> tuple[int | None, float | None]:
    if text.lower() in ("off", "none", "0"):
        return None, None
    requests, sep, period = text.partition("/")
    try:
        return int(requests), float(period) if sep else 60.0
    except ValueError as exc:
        raise argparse.ArgumentTypeError("expected REQUESTS/SECONDS, e.g. 300/60, or off") from exc


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m getsales_extras.testing",
        description="Serve a local GetSales API emulator for tests and demos.",
    )
    parser.add_argument("--host", default="127.0.0.1", help="interface (default: loopback only)")
    parser.add_argument("--port", type=int, default=0, help="port (default 0: a free one)")
    parser.add_argument("--api-key", help="the accepted API key (default: test-key)")
    parser.add_argument("--team-id", type=int, help="the team of the key (default: 1)")
    parser.add_argument(
        "--rate-limit",
        type=_rate_limit,
        help="REQUESTS/SECONDS per key in any rolling window, or 'off' (default 300/60)",
    )
    parser.add_argument("--retry-after", choices=("none", "seconds", "http-date"))
    parser.add_argument("--latency-ms", type=float)
    parser.add_argument("--jitter-ms", type=float, dest="latency_jitter_ms")
    for name in (
        "error-rate",
        "reset-rate",
        "html-error-rate",
        "empty-body-rate",
        "truncated-body-rate",
        "slow-body-rate",
        "unknown-enum-rate",
    ):
        parser.add_argument(f"--{name}", type=float, metavar="FRACTION")
    parser.add_argument("--fault-phase", choices=("before", "after", "random"))
    parser.add_argument("--seed", type=int, help="seed of faults and generated identifiers")
    parser.add_argument("--reject-email-substring", metavar="TEXT")
    parser.add_argument("--response-shape", choices=("flat", "nested", "array", "flat_no_has_more"))
    parser.add_argument("--seed-leads", type=int, default=0, metavar="N")
    parser.add_argument("--seed-lists", type=int, default=0, metavar="N")
    parser.add_argument("--settings", type=json.loads, default={}, help="more settings as JSON")
    parser.add_argument("--ready-json", action="store_true", help="announce readiness as JSON")
    return parser


def settings_from_args(args: argparse.Namespace) -> dict[str, Any]:
    """Command-line flags as ``EmulatorConfig`` settings (``--settings`` wins)."""
    settings: dict[str, Any] = {}
    simple = (
        "api_key",
        "team_id",
        "retry_after",
        "latency_ms",
        "latency_jitter_ms",
        "error_rate",
        "reset_rate",
        "html_error_rate",
        "empty_body_rate",
        "truncated_body_rate",
        "slow_body_rate",
        "unknown_enum_rate",
        "fault_phase",
        "seed",
        "reject_email_substring",
        "response_shape",
    )
    for name in simple:
        value = getattr(args, name)
        if value is not None:
            settings[name] = value
    if args.rate_limit is not None:
        requests, period = args.rate_limit
        settings["rate_limit_requests"] = requests
        if period is not None:
            settings["rate_limit_period"] = period
    if not isinstance(args.settings, dict):
        raise ValueError("--settings must be a JSON object")
    settings.update(args.settings)
    return settings


def _stop_on_sigterm(signum: int, frame: Any) -> NoReturn:
    sys.exit(0)


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        config = settings_from_mapping(settings_from_args(args))
    except (TypeError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    runtime = EmulatorRuntime(config)
    seeded: dict[str, Any] = {}
    if args.seed_lists:
        runtime.store.seed_lists(args.seed_lists)
    if args.seed_leads:
        seeded["list_uuid"] = runtime.store.seed_leads(args.seed_leads)

    ready = threading.Event()
    server = _SignallingServer(
        build_uvicorn_config(create_app(runtime), args.host, args.port), ready
    )
    install_connection_aborter(runtime, server)

    def announce() -> None:
        ready.wait()
        port = server.servers[0].sockets[0].getsockname()[1]
        base_url = f"http://{args.host}:{port}"
        if args.ready_json:
            line = {"base_url": base_url, "api_key": config.api_key, "pid": os.getpid(), **seeded}
            print(json.dumps(line), flush=True)
        else:
            print(f"GetSales emulator listening on {base_url}", flush=True)
            print(f"GETSALES_BASE_URL={base_url}", flush=True)
            print(f"GETSALES_API_KEY={config.api_key}", flush=True)
            if seeded:
                print(f"Seeded list: {seeded['list_uuid']}", flush=True)
            print("Press Ctrl-C to stop.", flush=True)

    threading.Thread(target=announce, daemon=True).start()
    signal.signal(signal.SIGTERM, _stop_on_sigterm)
    try:
        server.run()
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
