"""Hand-written layer over the generated ``getsales_client``: a client that paces itself to the
key's rate limit, retries what is safe to retry and raises typed errors."""

from getsales_extras.bulk import Outcome, for_each_outcome, run_bulk
from getsales_extras.client import create_client
from getsales_extras.errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
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
    ServerError,
    ValidationError,
)
from getsales_extras.importer import ContactImporter, FailureFile, ImportStats, RowError, RowFailure
from getsales_extras.pagination import Page, PaginationError, paginate, paginate_pages
from getsales_extras.ratelimit import RateLimit
from getsales_extras.retry import RetryPolicy
from getsales_extras.shared_budget import RedisBudget
from getsales_extras.webhooks import WebhookPayloadError, WebhookReceiver, parse_event

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "ConflictError",
    "ContactImporter",
    "FailureFile",
    "GetSalesError",
    "ImportStats",
    "InvalidPathParameterError",
    "MalformedResponseError",
    "NotFoundError",
    "Outcome",
    "Page",
    "PaginationError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "RateLimit",
    "RateLimitBackendError",
    "RateLimitError",
    "RedisBudget",
    "RetryPolicy",
    "RowError",
    "RowFailure",
    "ServerError",
    "ValidationError",
    "WebhookPayloadError",
    "WebhookReceiver",
    "create_client",
    "for_each_outcome",
    "paginate",
    "paginate_pages",
    "parse_event",
    "run_bulk",
]
