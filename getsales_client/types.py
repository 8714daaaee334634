"""Types shared by the generated modules: the unset marker, file uploads and the response wrapper."""

from collections.abc import Mapping, MutableMapping
from http import HTTPStatus
from typing import IO, BinaryIO, Generic, Literal, TypeVar

from attrs import define


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
    parsed: T | None


__all__ = [
    "UNSET",
    "File",
    "FileTypes",
    "RequestFiles",
    "Response",
    "Unset",
    "status_code_of",
]
