"""Features that need particular generated operations find them when used, not at import.

`getsales_client` is regenerated from whatever bundle GetSales publishes, and a new bundle may
drop an operation, or give it another name or tag. The parts of this package that need one (the
contact importer, webhook subscriptions, some CLI commands) import it inside the function that
calls it, under `requires(...)`: a missing operation or model then raises
`MissingOperationError`, naming the operationId the feature needs and where it was expected,
and only when that feature is used; `import getsales_extras` and everything else keep working.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from getsales_extras.errors import ConfigurationError

PACKAGE = "getsales_client"


class MissingOperationError(ConfigurationError, LookupError):
    """The generated client lacks an operation (or model) a feature of this package needs.

    Attributes:
        operation_id: the operationId the feature calls, as in the spec.
        feature: what needed it, e.g. "ContactImporter".
    """

    def __init__(self, operation_id: str, feature: str, detail: str) -> None:
        self.operation_id = operation_id
        self.feature = feature
        super().__init__(
            f"{feature} needs the API operation {operation_id!r}, which the generated"
            f" {PACKAGE} does not provide as expected ({detail}). The spec it was generated from"
            " lacks it or names it differently: regenerate from a spec that has it, or do not"
            " use this feature with this client."
        )


def find_operation(operation_id: str) -> str | None:
    """The dotted module path of the generated operation with this operationId, if any."""
    from getsales_client.operation_index import OPERATIONS

    return next((op.module for op in OPERATIONS.values() if op.operation_id == operation_id), None)


@contextmanager
def requires(operation_id: str, feature: str) -> Iterator[None]:
    """Turn a failed import of a generated name inside the block into `MissingOperationError`."""
    try:
        yield
    except ImportError as error:
        missing = str(error.name or "")
        if missing.split(".")[0] != PACKAGE:
            raise
        found = find_operation(operation_id)
        if found is None:
            detail = f"no operation has that operationId; {error}"
        else:
            detail = f"it is generated as {found}; {error}"
        raise MissingOperationError(operation_id, feature, detail) from error
