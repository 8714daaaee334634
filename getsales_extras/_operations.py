"""Generated operations are imported where a feature uses them, under `requires(...)`: a client
regenerated without one raises `MissingOperationError` for that feature only, at its first use."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from getsales_extras.errors import ConfigurationError


class MissingOperationError(ConfigurationError, LookupError):
    """``feature`` needs the operation (or model) ``operation_id``, which the client lacks."""

    def __init__(self, operation_id: str, feature: str, detail: str) -> None:
        self.operation_id = operation_id
        self.feature = feature
        super().__init__(
            f"{feature} needs the API operation {operation_id!r}, which the generated"
            f" getsales_client does not provide as expected ({detail}). The spec it was generated"
            " from lacks it or names it differently: regenerate from a spec that has it, or do not"
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
        if str(error.name or "").split(".")[0] != "getsales_client":
            raise
        found = find_operation(operation_id)
        where = f"it is generated as {found}" if found else "no operation has that operationId"
        raise MissingOperationError(operation_id, feature, f"{where}; {error}") from error
