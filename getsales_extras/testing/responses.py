"""Putting answers on the wire: JSON, list shapes, and the deliberately broken responses.

Normal answers are JSON. The faults need more control than a framework response gives:
an HTML page from a "proxy", an empty or cut-off body, a body that trickles out slowly, and
a connection dropped before a single byte of response (a TCP reset).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import struct
from collections.abc import Mapping
from typing import Any

from starlette.responses import Response
from starlette.types import Receive, Scope, Send

from getsales_extras.testing.listing import Page

HTML_ERROR_PAGE = (
    "<!DOCTYPE html>\n<html><head><title>{status} Bad Gateway</title></head>\n"
    "<body><h1>{status} Bad Gateway</h1>\n"
    "<p>The upstream service did not answer in time. Please try again later.</p>\n"
    "<hr><address>emulated edge proxy</address></body></html>\n"
)

TRUNCATED_PLACEHOLDER = b'{"data":[{"uuid":"'


def dump_json(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def shape_page(page: Page, shape: str) -> Any:
    """Wrap one page of items the way the configured ``shape`` asks for."""
    if shape == "array":
        return page.items
    if shape == "nested":
        return {
            "data": page.items,
            "pagination": {
                "limit": page.limit,
                "offset": page.offset,
                "total": page.total,
                "has_more": page.has_more,
            },
        }
    envelope: dict[str, Any] = {
        "data": page.items,
        "limit": page.limit,
        "offset": page.offset,
        "total": page.total,
    }
    if shape != "flat_no_has_more":
        envelope["has_more"] = page.has_more
    return envelope


def json_response(status: int, payload: Any, headers: Mapping[str, str] | None = None) -> Response:
    """A JSON answer; 204 carries no body at all."""
    if status == 204:
        return Response(status_code=204, headers=dict(headers or {}))
    return Response(
        dump_json(payload),
        status_code=status,
        headers=dict(headers or {}),
        media_type="application/json",
    )


def html_error_response(status: int) -> Response:
    return Response(
        HTML_ERROR_PAGE.format(status=status), status_code=status, media_type="text/html"
    )


def empty_response() -> Response:
    return Response(b"", status_code=200, media_type="application/json")


def truncated_response(body: bytes | None) -> Response:
    """Half of the JSON the client expected, with a matching Content-Length."""
    if not body or len(body) < 4:
        cut = TRUNCATED_PLACEHOLDER
    else:
        cut = body[: max(1, len(body) // 2)]
    return Response(cut, status_code=200, media_type="application/json")


class SlowResponse:
    """Sends a complete, correct response in ``chunks`` pieces with pauses in between."""

    def __init__(
        self,
        status: int,
        body: bytes,
        *,
        chunks: int,
        delay: float,
        media_type: str = "application/json",
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.status = status
        self.body = body
        self.chunks = max(2, chunks)
        self.delay = delay
        self.media_type = media_type
        self.headers = dict(headers or {})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        raw_headers = [
            (b"content-type", self.media_type.encode("latin-1")),
            (b"content-length", str(len(self.body)).encode("latin-1")),
            *((k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in self.headers.items()),
        ]
        await send({"type": "http.response.start", "status": self.status, "headers": raw_headers})
        size = max(1, -(-len(self.body) // self.chunks))
        pieces = [self.body[i : i + size] for i in range(0, len(self.body), size)] or [b""]
        for index, piece in enumerate(pieces):
            last = index == len(pieces) - 1
            await send({"type": "http.response.body", "body": piece, "more_body": not last})
            if not last:
                await asyncio.sleep(self.delay)


class ResetConnection:
    """Drops the client's connection without sending any response.

    The server installs ``abort`` (see ``server.py``), which finds the client's transport
    and closes it with a zero linger time, so the client sees a TCP reset. Without it
    (another ASGI server) the response is started and then abandoned, which clients also
    see as a dropped connection.
    """

    def __init__(self, abort: Any) -> None:
        self.abort = abort

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        aborted = False
        if self.abort is not None:
            aborted = bool(self.abort(scope.get("client")))
        if not aborted:
            await send(
                {
                    "type": "http.response.start",
                    "status": 200,
                    "headers": [
                        (b"content-type", b"application/json"),
                        (b"content-length", b"4096"),
                    ],
                }
            )
            await send({"type": "http.response.body", "body": b"{", "more_body": True})
            raise ConnectionAbortedError("emulated connection reset")
        # Wait until the server notices the connection is gone, so it does not try to
        # send a fallback error response on our behalf.
        with contextlib.suppress(TimeoutError, asyncio.TimeoutError):
            await asyncio.wait_for(_wait_for_disconnect(receive), timeout=2.0)


async def _wait_for_disconnect(receive: Receive) -> None:
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return


def reset_transport(transport: Any) -> bool:
    """Close an asyncio transport so that the peer gets a TCP RST, not a clean FIN."""
    if transport is None or transport.is_closing():
        return False
    sock = transport.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    transport.abort()
    return True
