"""Hand-written layer over the generated ``getsales_client``: ``create_client`` (and
``create_sync_client``) paces itself to the key's rate limit, retries what is safe and raises
typed errors. Names are imported on first use (PEP 562), so ``import getsales_extras`` is cheap."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from getsales_extras._version import __version__

if TYPE_CHECKING:  # what type checkers see; _PUBLIC below lists the same names for the runtime
    from getsales_extras._operations import MissingOperationError as MissingOperationError
    from getsales_extras.bulk import Outcome as Outcome
    from getsales_extras.bulk import for_each_outcome as for_each_outcome
    from getsales_extras.bulk import run_bulk as run_bulk
    from getsales_extras.client import GetSalesClient as GetSalesClient
    from getsales_extras.client import client_stats as client_stats
    from getsales_extras.client import create_client as create_client
    from getsales_extras.errors import APIConnectionError as APIConnectionError
    from getsales_extras.errors import APIStatusError as APIStatusError
    from getsales_extras.errors import APITimeoutError as APITimeoutError
    from getsales_extras.errors import AuthenticationError as AuthenticationError
    from getsales_extras.errors import BadRequestError as BadRequestError
    from getsales_extras.errors import ClientClosedError as ClientClosedError
    from getsales_extras.errors import ConfigurationError as ConfigurationError
    from getsales_extras.errors import ConflictError as ConflictError
    from getsales_extras.errors import GetSalesError as GetSalesError
    from getsales_extras.errors import InvalidPathParameterError as InvalidPathParameterError
    from getsales_extras.errors import MalformedResponseError as MalformedResponseError
    from getsales_extras.errors import NotFoundError as NotFoundError
    from getsales_extras.errors import PaymentRequiredError as PaymentRequiredError
    from getsales_extras.errors import PermissionDeniedError as PermissionDeniedError
    from getsales_extras.errors import RateLimitBackendError as RateLimitBackendError
    from getsales_extras.errors import RateLimitError as RateLimitError
    from getsales_extras.errors import RedirectError as RedirectError
    from getsales_extras.errors import ResponseTooLargeError as ResponseTooLargeError
    from getsales_extras.errors import ServerError as ServerError
    from getsales_extras.errors import SyncClientInEventLoopError as SyncClientInEventLoopError
    from getsales_extras.errors import ValidationError as ValidationError
    from getsales_extras.importer import ContactImporter as ContactImporter
    from getsales_extras.importer import FailureFile as FailureFile
    from getsales_extras.importer import ImportStats as ImportStats
    from getsales_extras.importer import RowError as RowError
    from getsales_extras.importer import RowOutcome as RowOutcome
    from getsales_extras.observability import ClientStats as ClientStats
    from getsales_extras.observability import Hooks as Hooks
    from getsales_extras.observability import RateLimitWaitEvent as RateLimitWaitEvent
    from getsales_extras.observability import RequestEvent as RequestEvent
    from getsales_extras.observability import ResponseEvent as ResponseEvent
    from getsales_extras.observability import RetryEvent as RetryEvent
    from getsales_extras.pagination import ListOperation as ListOperation
    from getsales_extras.pagination import Page as Page
    from getsales_extras.pagination import PaginationError as PaginationError
    from getsales_extras.pagination import RejectedItem as RejectedItem
    from getsales_extras.pagination import paginate as paginate
    from getsales_extras.pagination import paginate_pages as paginate_pages
    from getsales_extras.ratelimit import RateLimit as RateLimit
    from getsales_extras.retry import RetryPolicy as RetryPolicy
    from getsales_extras.shared_budget import RedisBudget as RedisBudget
    from getsales_extras.sync import SyncGetSalesClient as SyncGetSalesClient
    from getsales_extras.sync import create_sync_client as create_sync_client
    from getsales_extras.sync import paginate_pages_sync as paginate_pages_sync
    from getsales_extras.sync import paginate_sync as paginate_sync
    from getsales_extras.webhooks import WebhookPayloadError as WebhookPayloadError
    from getsales_extras.webhooks import WebhookReceiver as WebhookReceiver
    from getsales_extras.webhooks import parse_event as parse_event

_PUBLIC = {
    "_operations": "MissingOperationError",
    "bulk": "Outcome for_each_outcome run_bulk",
    "client": "GetSalesClient client_stats create_client",
    "errors": (
        "APIConnectionError APIStatusError APITimeoutError AuthenticationError BadRequestError "
        "ClientClosedError ConfigurationError ConflictError GetSalesError "
        "InvalidPathParameterError MalformedResponseError NotFoundError PaymentRequiredError "
        "PermissionDeniedError RateLimitBackendError RateLimitError RedirectError "
        "ResponseTooLargeError ServerError SyncClientInEventLoopError ValidationError"
    ),
    "importer": "ContactImporter FailureFile ImportStats RowError RowOutcome",
    "observability": "ClientStats Hooks RateLimitWaitEvent RequestEvent ResponseEvent RetryEvent",
    "pagination": "ListOperation Page PaginationError RejectedItem paginate paginate_pages",
    "ratelimit": "RateLimit",
    "retry": "RetryPolicy",
    "shared_budget": "RedisBudget",
    "sync": "SyncGetSalesClient create_sync_client paginate_pages_sync paginate_sync",
    "webhooks": "WebhookPayloadError WebhookReceiver parse_event",
}
_EXPORTS = {name: module for module, names in _PUBLIC.items() for name in names.split()}
__all__ = ["__version__", *_EXPORTS]


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    globals()[name] = value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    return value


def __dir__() -> list[str]:
    return list(__all__)
