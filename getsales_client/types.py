"""Types and helpers shared by the generated modules: the unset marker, file uploads, the
response wrapper, path-parameter quoting, body decoding and list pages."""

import json
from collections.abc import Callable, Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar
from urllib.parse import quote

import httpx
from attrs import define, frozen

from .errors import InvalidPathParameterError, MalformedResponseError


class Unset:
    """Marks an argument or field that was not given (as opposed to one given as None)."""

    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# What httpx accepts as the content of one multipart file.
FileContent = IO[bytes] | bytes | str
# (file name, content, content type) with optional extra part headers.
FileTypes = (
    tuple[str | None, FileContent, str | None]
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """A file to upload in a multipart body, or one received in a binary response."""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """The (name, content, type) triple httpx sends as one multipart part."""
        return self.file_name, self.payload, self.mime_type


def status_code_of(code: int) -> HTTPStatus | int:
    """The registered `HTTPStatus` for `code`, or `code` itself when it has none.

    Servers and proxies answer with codes outside the IANA registry (GetSales documents 433 on a
    mailbox endpoint; proxies send 520-527), and `HTTPStatus(433)` raises. Both results compare
    equal to the plain integer.
    """
    try:
        return HTTPStatus(code)
    except ValueError:
        return code


T = TypeVar("T")


@define
class Response(Generic[T]):
    """An HTTP response with its body parsed into the documented type, when there is one."""

    status_code: HTTPStatus | int
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T


# The httpx request extension in which every generated request names its operation (the
# generated module's name); `operation_index.OPERATIONS` holds what is known about it.
OPERATION_EXTENSION = "getsales.operation"

# The response extension in which a transport that already parsed a success body (the SDK's
# does, to check it) leaves the parsed value, so that the body is parsed once.
JSON_BODY_EXTENSION = "getsales.json_body"

# Longer than any id the API issues; a longer value is a mistake, and would make an invalid URL.
MAX_PATH_PARAMETER_LENGTH = 1024

# What a generated `from_dict` raises when a record does not have the documented shape.
PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, RecursionError)


def path_segment(value: object, name: str, operation: str) -> str:
    """`value` quoted as one path segment.

    Raises `InvalidPathParameterError` for a value that would make the request reach another
    endpoint (empty, `.` or `..`, a path separator) or that no id can be (too long, control
    characters), before anything is sent.
    """
    text = str(value)
    problem = None
    if not text:
        problem = "is empty"
    elif text in (".", ".."):
        problem = f"is {text!r}, which would be resolved as a relative path"
    elif "/" in text or "\\" in text:
        problem = "contains a path separator"
    elif len(text) > MAX_PATH_PARAMETER_LENGTH:
        problem = f"is {len(text)} characters long, longer than any id"
    elif not text.isprintable():
        problem = "contains control characters"
    if problem is not None:
        raise InvalidPathParameterError(
            f"path parameter {name!r} of {operation} {problem}; refusing to send a request that "
            "would reach a different endpoint",
            parameter=name,
            value=text[:100],
        )
    return quote(text, safe="")


def decode_json(response: httpx.Response) -> Any:
    """The JSON body of a success answer; `MalformedResponseError` when it is not JSON."""
    if JSON_BODY_EXTENSION in response.extensions:
        return response.extensions[JSON_BODY_EXTENSION]
    try:
        return json.loads(response.content)
    except (ValueError, RecursionError):
        problem = (
            "an empty body"
            if not response.content.strip()
            else "a body that is not valid JSON"
        )
        raise MalformedResponseError.for_response(response, problem) from None


def unwrapped(record: Any, key: str) -> Any:
    """A record the API may send wrapped as `{key: {...fields}, ...extras}`, as one mapping.

    The wrapped fields come first and the extras (and the wrapper itself) after them, so the
    record parses with the same model whichever form the server chose.
    """
    if isinstance(record, dict) and isinstance(record.get(key), dict):
        return {**record[key], **record}
    return record


def unwrapped_records(body: Any, key: str) -> Any:
    """A list page (an envelope with `data`, or a bare array) with each record `unwrapped`."""
    if isinstance(body, list):
        return [unwrapped(record, key) for record in body]
    if isinstance(body, dict) and isinstance(body.get("data"), list):
        return {**body, "data": [unwrapped(record, key) for record in body["data"]]}
    return body


@frozen
class RejectedItem:
    """A record of a list page that could not be read as the documented item type."""

    position: int  # index within its page
    raw: Any  # the record as received
    reason: str


@frozen
class ListPage(Generic[T]):
    """One page of a list operation, read by the operation's `parse_page`.

    `items` are the records that parsed; `rejected` the ones that did not, so one odd record never
    costs the others their types. `total` and `has_more` are what the server reported (None when
    it did not say).
    """

    items: list[T]
    total: int | None
    has_more: bool | None
    rejected: list[RejectedItem]


def _counter(sources: list[Any], key: str, kind: type) -> Any:
    for source in sources:
        value = source.get(key) if isinstance(source, dict) else None
        if isinstance(value, kind) and (kind is bool or not isinstance(value, bool)):
            return value
    return None


def read_page(
    response: httpx.Response,
    parse_item: Callable[[Any], T],
    *,
    envelope: bool,
    bare_array: bool,
    nested_counters: str | None = None,
    unwrap: str | None = None,
) -> ListPage[T]:
    """A page in one of the shapes the operation's spec declares.

    `envelope`: an object whose `data` holds the records, with `total`/`has_more` beside it or in
    the `nested_counters` object; `bare_array`: a JSON array of records; `unwrap`: records may be
    wrapped under that key.
    """
    body = decode_json(response)
    total: int | None = None
    has_more: bool | None = None
    if bare_array and isinstance(body, list):
        records: list[Any] = body
    elif envelope and isinstance(body, dict) and isinstance(body.get("data"), list):
        records = body["data"]
        sources = [body, body.get(nested_counters)] if nested_counters else [body]
        total = _counter(sources, "total", int)
        has_more = _counter(sources, "has_more", bool)
    else:
        raise MalformedResponseError.for_response(
            response, "a body that is not a page of this list"
        )
    items: list[T] = []
    rejected: list[RejectedItem] = []
    for position, record in enumerate(records):
        try:
            items.append(parse_item(unwrapped(record, unwrap) if unwrap else record))
        except PARSE_ERRORS as exc:
            reason = f"{type(exc).__name__}: {exc}"[:200]
            rejected.append(RejectedItem(position, record, reason))
    return ListPage(items, total, has_more, rejected)


__all__ = [
    "JSON_BODY_EXTENSION",
    "MAX_PATH_PARAMETER_LENGTH",
    "OPERATION_EXTENSION",
    "PARSE_ERRORS",
    "UNSET",
    "File",
    "FileTypes",
    "ListPage",
    "RejectedItem",
    "RequestFiles",
    "Response",
    "Unset",
    "decode_json",
    "path_segment",
    "read_page",
    "status_code_of",
    "unwrapped",
    "unwrapped_records",
]
