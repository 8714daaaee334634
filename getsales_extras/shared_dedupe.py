"""Webhook deliveries remembered in Redis, so that several workers behind one URL handle each
once. A ``SET NX`` with the handler's lease claims a delivery, success marks it done for the
dedupe window, a failure deletes it so the redelivery is handled; without Redis the receiver
answers 500 and GetSales delivers again. Needs ``pip install "getsales[redis]"``."""

from __future__ import annotations

import math
from typing import Any

import attrs

from getsales_extras.errors import ConfigurationError
from getsales_extras.shared_budget import connect_redis, redis_location
from getsales_extras.webhooks import DedupeState

# Delete the claim only while it is still a claim: never forget a delivery marked done.
_RELEASE = "if redis.call('GET', KEYS[1]) == 'pending' then return redis.call('DEL', KEYS[1]) end"


def _ms(seconds: float) -> int:
    return max(1, math.ceil(seconds * 1000))


@attrs.define(eq=False)
class RedisDedupeStore:
    """A :class:`~getsales_extras.webhooks.DedupeStore` on a Redis server at ``url`` (never
    shown in ``repr()`` or errors), or on ``client``, an existing ``redis.asyncio.Redis``."""

    _url: str | None = attrs.field(default=None, repr=False)
    key_prefix: str = attrs.field(default="getsales:webhook:", kw_only=True)
    timeout: float = attrs.field(default=2.0, kw_only=True)
    _client: Any = attrs.field(default=None, kw_only=True, repr=False)

    def __attrs_post_init__(self) -> None:
        if (self._url is None) == (self._client is None):
            raise ConfigurationError("RedisDedupeStore needs either a url or a client")
        if self._url is not None:
            redis_location(self._url, "RedisDedupeStore")

    def _redis(self) -> Any:
        if self._client is None:
            assert self._url is not None
            self._client = connect_redis(self._url, self.timeout, "RedisDedupeStore")
        return self._client

    async def claim(self, key: str, lease: float) -> DedupeState:
        redis = self._redis()
        name = self.key_prefix + key
        if await redis.set(name, "pending", nx=True, px=_ms(lease)):
            return "new"
        # Gone in between (the lease ran out): let GetSales deliver again rather than guess.
        return "done" if await redis.get(name) in ("done", b"done") else "pending"

    async def complete(self, key: str, window: float) -> None:
        await self._redis().set(self.key_prefix + key, "done", px=_ms(window))

    async def release(self, key: str) -> None:
        await self._redis().eval(_RELEASE, 1, self.key_prefix + key)

    async def aclose(self) -> None:
        """Close the connections this store opened (not those of a client passed in)."""
        if self._client is not None and self._url is not None:
            await self._client.aclose()
            self._client = None
