"""``python -m getsales_extras.testing --rate-limit 30/3 --seed-leads 500``: serve an emulator
until Ctrl-C. ``--settings`` takes any ``EmulatorConfig`` field as JSON; ``--ready-json``
announces it as one JSON line for the program that started it (``spawn_emulator``).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import sys
import threading
from collections.abc import Sequence
from typing import Any

from getsales_extras.ratelimit import RateLimit
from getsales_extras.testing.config import EmulatorConfig
from getsales_extras.testing.server import Emulator


def _rate_limit(text: str) -> tuple[int | None, float]:
    try:
        rate = RateLimit.parse(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError("expected REQUESTS/SECONDS, e.g. 300/60, or off") from exc
    return (None, 60.0) if rate is None else (rate.requests, rate.period)


def settings(argv: Sequence[str] | None) -> tuple[argparse.Namespace, dict[str, Any]]:
    """The parsed flags, and the ``EmulatorConfig`` settings they give (``--settings`` wins)."""
    parser = argparse.ArgumentParser(
        prog="python -m getsales_extras.testing",
        description="Serve a local GetSales API emulator for tests and demos.",
    )
    add = parser.add_argument
    add("--host", default="127.0.0.1", help="interface (default: loopback only)")
    add("--port", type=int, default=0, help="port (default 0: a free one)")
    add("--api-key", help="the accepted API key (default: test-key)")
    add("--rate-limit", type=_rate_limit, help="REQUESTS/SECONDS per key, or off (default 300/60)")
    add("--latency-ms", type=float)
    add("--seed-leads", type=int, default=0, metavar="N")
    add("--seed-lists", type=int, default=0, metavar="N")
    add("--settings", type=json.loads, default={}, help="any other settings, as a JSON object")
    add("--ready-json", action="store_true", help="announce readiness as one JSON line")
    args = parser.parse_args(argv)
    given = {name: getattr(args, name) for name in ("api_key", "latency_ms")}
    chosen = {name: value for name, value in given.items() if value is not None}
    if args.rate_limit is not None:
        chosen["rate_limit_requests"], chosen["rate_limit_period"] = args.rate_limit
    if not isinstance(args.settings, dict):
        raise ValueError("--settings must be a JSON object")
    return args, {**chosen, **args.settings}


def main(argv: Sequence[str] | None = None) -> int:
    try:
        args, chosen = settings(argv)
        config = EmulatorConfig().updated(chosen, from_json=True)
    except (TypeError, ValueError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    emulator = Emulator(config, host=args.host, port=args.port)
    seeded = emulator.seed(leads=args.seed_leads, lists=args.seed_lists)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda signum, frame: stop.set())
    with emulator:
        url, key = emulator.base_url, config.api_key
        if args.ready_json:
            print(json.dumps({"base_url": url, "api_key": key, "pid": os.getpid(), **seeded}))
        else:
            print(f"GetSales emulator listening on {url}\nGETSALES_BASE_URL={url}")
            print(f"GETSALES_API_KEY={key}\nPress Ctrl-C to stop.")
        sys.stdout.flush()
        with contextlib.suppress(KeyboardInterrupt):
            stop.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
