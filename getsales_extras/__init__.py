"""Hand-written layer over the generated ``getsales_client``: a client that paces itself to the
key's rate limit, retries what is safe to retry and raises typed errors (``create_client``, and
``create_sync_client`` for scripts), and counts what it does (``client_stats``, ``Hooks``).

Names are imported on first use (PEP 562), so ``import getsales_extras`` stays cheap and a
program loads only the parts it uses; type checkers see every name.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from getsales_extras._version import __version__

if TYPE_CHECKING:
    from getsales_extras._operations import MissingOperationError
    from getsales_extras.bulk import Outcome, for_each_outcome, run_bulk
    from getsales_extras.client import GetSalesClient, client_stats, create_client
    from getsales_extras.errors import (
        APIConnectionError,
        APIStatusError,
        APITimeoutError,
        AuthenticationError,
        BadRequestError,
        ClientClosedError,
        ConfigurationError,
        ConflictError,
        GetSalesError,
        InvalidPathParameterError,
        MalformedResponseError,
        NotFoundError,
        PaymentRequiredError,
        PermissionDeniedError,
        RateLimitBackendError,
        RateLimitError,
        RedirectError,
        ResponseTooLargeError,
        ServerError,
        SyncClientInEventLoopError,
        ValidationError,
    )
    from getsales_extras.importer import (
        ContactImporter,
        FailureFile,
        ImportStats,
        RowError,
        RowOutcome,
    )
    from getsales_extras.observability import (
        ClientStats,
        Hooks,
        RateLimitWaitEvent,
        RequestEvent,
        ResponseEvent,
        RetryEvent,
    )
    from getsales_extras.pagination import (
        ListOperation,
        Page,
        PaginationError,
        RejectedItem,
        paginate,
        paginate_pages,
    )
    from getsales_extras.ratelimit import RateLimit
    from getsales_extras.retry import RetryPolicy
    from getsales_extras.shared_budget import RedisBudget
    from getsales_extras.sync import (
        SyncGetSalesClient,
        create_sync_client,
        paginate_pages_sync,
        paginate_sync,
    )
    from getsales_extras.webhooks import WebhookPayloadError, WebhookReceiver, parse_event

# The module that defines each public name.
_EXPORTS = {
    **dict.fromkeys(("Outcome", "for_each_outcome", "run_bulk"), "bulk"),
    **dict.fromkeys(("GetSalesClient", "client_stats", "create_client"), "client"),
    **dict.fromkeys(
        (
            "APIConnectionError",
            "APIStatusError",
            "APITimeoutError",
            "AuthenticationError",
            "BadRequestError",
            "ClientClosedError",
            "ConfigurationError",
            "ConflictError",
            "GetSalesError",
            "InvalidPathParameterError",
            "MalformedResponseError",
            "NotFoundError",
            "PaymentRequiredError",
            "PermissionDeniedError",
            "RateLimitBackendError",
            "RateLimitError",
            "RedirectError",
            "ResponseTooLargeError",
            "ServerError",
            "SyncClientInEventLoopError",
            "ValidationError",
        ),
        "errors",
    ),
    **dict.fromkeys(
        ("ContactImporter", "FailureFile", "ImportStats", "RowError", "RowOutcome"), "importer"
    ),
    **dict.fromkeys(
        (
            "ClientStats",
            "Hooks",
            "RateLimitWaitEvent",
            "RequestEvent",
            "ResponseEvent",
            "RetryEvent",
        ),
        "observability",
    ),
    **dict.fromkeys(
        (
            "ListOperation",
            "Page",
            "PaginationError",
            "RejectedItem",
            "paginate",
            "paginate_pages",
        ),
        "pagination",
    ),
    "MissingOperationError": "_operations",
    "RateLimit": "ratelimit",
    "RetryPolicy": "retry",
    "RedisBudget": "shared_budget",
    **dict.fromkeys(("WebhookPayloadError", "WebhookReceiver", "parse_event"), "webhooks"),
    **dict.fromkeys(
        ("SyncGetSalesClient", "create_sync_client", "paginate_pages_sync", "paginate_sync"),
        "sync",
    ),
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)


__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
    "ClientStats",
    "ConfigurationError",
    "ConflictError",
    "ContactImporter",
    "FailureFile",
    "GetSalesClient",
    "GetSalesError",
    "Hooks",
    "ImportStats",
    "InvalidPathParameterError",
    "ListOperation",
    "MalformedResponseError",
    "MissingOperationError",
    "NotFoundError",
    "Outcome",
    "Page",
    "PaginationError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitBackendError",
    "RateLimitError",
    "RateLimitWaitEvent",
    "RedirectError",
    "RedisBudget",
    "RejectedItem",
    "RequestEvent",
    "ResponseEvent",
    "ResponseTooLargeError",
    "RetryEvent",
    "RetryPolicy",
    "RowError",
    "RowOutcome",
    "ServerError",
    "SyncClientInEventLoopError",
    "SyncGetSalesClient",
    "ValidationError",
    "WebhookPayloadError",
    "WebhookReceiver",
    "__version__",
    "client_stats",
    "create_client",
    "create_sync_client",
    "for_each_outcome",
    "paginate",
    "paginate_pages",
    "paginate_pages_sync",
    "paginate_sync",
    "parse_event",
    "run_bulk",
]
