"""The errors the generated functions raise themselves.

`GetSalesError` is the root of every error of the SDK: `getsales_extras.errors` builds its typed
hierarchy (status errors, connection errors...) on it, so `except GetSalesError` catches what the
generated code and the transport raise alike.
"""

import httpx


class GetSalesError(Exception):
    """Base class of every exception this SDK raises on purpose."""

    def add_detail(self, text: str) -> None:
        """Append `text` to the message (used while the SDK decides what to raise)."""
        first = f"{self.args[0]}; {text}" if self.args else text
        self.args = (first, *self.args[1:])


class UnexpectedStatus(GetSalesError):
    """A plain generated client received a status that is not a success.

    Clients from `getsales_extras.create_client` never get here: their transport raises the typed
    error for the status first.
    """

    def __init__(self, status_code: int, content: bytes) -> None:
        self.status_code = status_code
        self.content = content
        excerpt = content[:200].decode("utf-8", errors="replace")
        super().__init__(f"unexpected status {status_code}: {excerpt}")


class InvalidPathParameterError(GetSalesError, ValueError):
    """A path parameter would change which endpoint a request reaches, so it was not sent.

    Ids are spliced into URL paths. An id of `..` or `.` is resolved as a dot segment (so
    `DELETE /lists/{uuid}/leads` with `uuid=".."` would become `DELETE /leads`), an empty id
    collapses two segments, and an id containing `/` may be decoded into extra segments by a
    proxy. Such a request is refused before it is sent.
    """

    def __init__(self, message: str, *, parameter: str, value: str) -> None:
        super().__init__(message)
        self.parameter = parameter
        self.value = value


class MalformedResponseError(GetSalesError):
    """The server answered 2xx, but the body is not what the operation documents.

    Seen when a proxy cuts a body short, an answer arrives empty, or a record has another shape
    (an array where an object belongs, a missing id). For operations that are safe to repeat the
    transport retries a broken body first; this is raised once it gives up, or at once for
    operations that are not safe to repeat (the request *was* processed: its status was a
    success).
    """

    def __init__(
        self, message: str, *, response: httpx.Response, method: str, url: str
    ) -> None:
        self.status_code = response.status_code
        self.message = message
        self.response = response
        self.method = method
        self.url = url
        super().__init__(self._describe())

    def _describe(self) -> str:
        return f"{self.message} [{self.method} {path_of(self.url)}]"

    def add_detail(self, text: str) -> None:
        self.message = f"{self.message}; {text}"
        self.args = (self._describe(),)

    @classmethod
    def for_response(
        cls, response: httpx.Response, problem: str
    ) -> "MalformedResponseError":
        """The error for `response`, naming the request it answers."""
        try:
            method, url = response.request.method, str(response.request.url)
        except RuntimeError:  # a response built without its request
            method, url = "", ""
        return cls(
            f"{response.status_code} answer with {problem}",
            response=response,
            method=method,
            url=url,
        )


def path_of(url: str) -> str:
    """The path of `url`: messages name the endpoint without the query string, which may hold
    personal data such as e-mail addresses."""
    if not url:
        return ""
    try:
        return httpx.URL(url).path or url
    except httpx.InvalidURL:
        return url


__all__ = [
    "GetSalesError",
    "InvalidPathParameterError",
    "MalformedResponseError",
    "UnexpectedStatus",
    "path_of",
]
