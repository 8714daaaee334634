"""The client objects every generated function takes: where to send requests and how."""

import ssl
from types import TracebackType
from typing import Any, Self

import httpx
from attrs import define, evolve, field


@define
class Client:
    """Settings for the httpx clients the generated functions send their requests with.

    Keyword arguments, all passed on to `httpx.Client` / `httpx.AsyncClient` when they are built:

        ``base_url``: the root every operation path is appended to.

        ``cookies``, ``headers``: sent with every request.

        ``timeout``: an `httpx.Timeout`; a request exceeding it raises `httpx.TimeoutException`.

        ``verify_ssl``: certificate verification (True, False, a CA bundle path or an SSL context).

        ``follow_redirects``: whether redirects are followed (default False).

        ``httpx_args``: any further constructor arguments, e.g. a custom ``transport``.

    A generated function returns the operation's success model and raises for anything else:
    `errors.UnexpectedStatus` for a status that is not a success (clients from
    `getsales_extras.create_client` raise typed errors for those first).
    """

    _base_url: str = field(alias="base_url")
    _cookies: dict[str, str] = field(factory=dict, kw_only=True, alias="cookies")
    _headers: dict[str, str] = field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = field(default=None, kw_only=True, alias="timeout")
    _verify_ssl: str | bool | ssl.SSLContext = field(
        default=True, kw_only=True, alias="verify_ssl"
    )
    _follow_redirects: bool = field(
        default=False, kw_only=True, alias="follow_redirects"
    )
    _httpx_args: dict[str, Any] = field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = field(default=None, init=False)

    def _request_headers(self) -> dict[str, str]:
        """The headers the httpx clients are built with."""
        return dict(self._headers)

    def with_headers(self, headers: dict[str, str]) -> Self:
        """A copy of this client that also sends `headers`; this client is left unchanged.

        The copy builds its own httpx clients when first used (sharing a `transport` given in
        `httpx_args`).
        """
        return evolve(self, headers={**self._headers, **headers})

    def with_cookies(self, cookies: dict[str, str]) -> Self:
        """A copy of this client that also sends `cookies`; this client is left unchanged."""
        return evolve(self, cookies={**self._cookies, **cookies})

    def with_timeout(self, timeout: httpx.Timeout) -> Self:
        """A copy of this client with another timeout; this client is left unchanged."""
        return evolve(self, timeout=timeout)

    def _httpx_settings(self) -> dict[str, Any]:
        return {
            "base_url": self._base_url,
            "cookies": self._cookies,
            "headers": self._request_headers(),
            "timeout": self._timeout,
            "verify": self._verify_ssl,
            "follow_redirects": self._follow_redirects,
            **self._httpx_args,
        }

    def set_httpx_client(self, client: httpx.Client) -> Self:
        """Use `client` for synchronous calls; this client's own settings no longer apply to it."""
        self._client = client
        return self

    def get_httpx_client(self) -> httpx.Client:
        """The httpx.Client for synchronous calls, built on first use."""
        if self._client is None:
            self._client = httpx.Client(**self._httpx_settings())
        return self._client

    def __enter__(self) -> Self:
        """Open the underlying httpx.Client (a client can be entered only once)."""
        self.get_httpx_client().__enter__()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        """Close the underlying httpx.Client."""
        self.get_httpx_client().__exit__(exc_type, exc, traceback)

    def set_async_httpx_client(self, async_client: httpx.AsyncClient) -> Self:
        """Use `async_client` for async calls; this client's own settings no longer apply to it."""
        self._async_client = async_client
        return self

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient for async calls, built on first use."""
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(**self._httpx_settings())
        return self._async_client

    async def __aenter__(self) -> Self:
        """Open the underlying httpx.AsyncClient (a client can be entered only once)."""
        await self.get_async_httpx_client().__aenter__()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None = None,
        exc: BaseException | None = None,
        traceback: TracebackType | None = None,
    ) -> None:
        """Close the underlying httpx.AsyncClient."""
        await self.get_async_httpx_client().__aexit__(exc_type, exc, traceback)


@define
class AuthenticatedClient(Client):
    """A `Client` that authenticates every request with an API key.

    Attributes:
        token: the API key; it is never shown in the client's repr.
        prefix: the scheme written before the key in the header ("Bearer"); empty for none.
        auth_header_name: the header that carries the key ("Authorization").
    """

    token: str = field(repr=False)
    prefix: str = "Bearer"
    auth_header_name: str = "Authorization"

    def _request_headers(self) -> dict[str, str]:
        credential = f"{self.prefix} {self.token}" if self.prefix else self.token
        return {**self._headers, self.auth_header_name: credential}
