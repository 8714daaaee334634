"""Export what the client does to Prometheus: requests, retries, 429s and rate-limiter waits.

``Hooks`` hand every request, answer, retry and limiter wait of a client to plain functions;
here they update ``prometheus-client`` metrics (``pip install "getsales[prometheus]"``), and a
gauge reads how full the key's rolling window is from ``client_stats`` whenever Prometheus
scrapes. In a service, call ``prometheus_client.start_http_server(9108)`` once and keep the
client for the life of the process; this script makes a few calls with a sync client and
prints the metrics in Prometheus' text format.

Usage (``GETSALES_API_KEY``, and ``GETSALES_BASE_URL`` for the emulator, in the
environment)::

    python examples/prometheus_metrics.py [--calls N]

It only reads.
"""

from __future__ import annotations

import argparse
import sys

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from getsales_client.api.lists import list_lists
from getsales_client.api.user_team import get_current_user
from getsales_extras import (
    ConfigurationError,
    GetSalesError,
    Hooks,
    RateLimitWaitEvent,
    ResponseEvent,
    RetryEvent,
    client_stats,
    create_sync_client,
    paginate_sync,
)
from getsales_extras.client import DEFAULT_RATE_LIMIT
from getsales_extras.ratelimit import RateLimit


class Metrics:
    """The client's events as Prometheus metrics in ``registry``."""

    def __init__(self, registry: CollectorRegistry) -> None:
        self.requests = Counter(
            "getsales_requests",
            "HTTP requests sent to GetSales (every attempt), by operation and outcome",
            ["operation", "outcome"],
            registry=registry,
        )
        self.retries = Counter(
            "getsales_retries",
            "Requests sent again, by reason (a status such as 429 or 503, or a failure)",
            ["reason"],
            registry=registry,
        )
        self.duration = Histogram(
            "getsales_request_duration_seconds",
            "From sending an attempt to having its whole answer",
            registry=registry,
        )
        self.limiter_wait = Histogram(
            "getsales_rate_limit_wait_seconds",
            "How long the rate limiter held requests back",
            buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60),
            registry=registry,
        )
        self.window = Gauge(
            "getsales_rate_window_used_ratio",
            "Share of the key's rolling-window budget in use",
            registry=registry,
        )

    def hooks(self) -> Hooks:
        return Hooks(
            on_response=self.on_response,
            on_retry=self.on_retry,
            on_rate_limit_wait=self.on_rate_limit_wait,
        )

    def on_response(self, event: ResponseEvent) -> None:
        outcome = f"{event.status // 100}xx" if event.status is not None else "no_answer"
        self.requests.labels(event.operation or "other", outcome).inc()
        self.duration.observe(event.seconds)

    def on_retry(self, event: RetryEvent) -> None:
        self.retries.labels(event.reason).inc()

    def on_rate_limit_wait(self, event: RateLimitWaitEvent) -> None:
        self.limiter_wait.observe(event.seconds)


def run(
    calls: int = 10,
    *,
    base_url: str | None = None,
    api_key: str | None = None,
    rate_limit: RateLimit | None = DEFAULT_RATE_LIMIT,
) -> str:
    """Make ``calls`` calls and walk the lists; return the metrics in the text format."""
    registry = CollectorRegistry()
    metrics = Metrics(registry)
    with create_sync_client(
        api_key, base_url=base_url, rate_limit=rate_limit, hooks=metrics.hooks()
    ) as client:

        def window_used() -> float:
            stats = client_stats(client)
            if not stats.window_size or stats.window_used is None:
                return 0.0
            return stats.window_used / stats.window_size

        metrics.window.set_function(window_used)
        for _ in range(calls):
            get_current_user.sync(client=client)
        for _ in paginate_sync(list_lists, client=client):
            pass
        text = generate_latest(registry).decode()
    return text


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=10, help="calls to make (default 10)")
    args = parser.parse_args(argv)
    try:
        print(run(args.calls), end="")
    except ConfigurationError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except GetSalesError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
