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
    ValidationError,
)
from getsales_extras.importer import ContactImporter, FailureFile, ImportStats, RowError, RowFailure
from getsales_extras.pagination import Page, PaginationError, paginate, paginate_pages
from getsales_extras.ratelimit import RateLimit
from getsales_extras.retry import RetryPolicy
from getsales_extras.shared_budget import RedisBudget

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ClientClosedError",
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
    "RedirectError",
    "RedisBudget",
    "ResponseTooLargeError",
    "RetryPolicy",
    "RowError",
    "RowFailure",
    "ServerError",
    "ValidationError",
    "create_client",
    "for_each_outcome",
    "paginate",
    "paginate_pages",
    "run_bulk",
]
