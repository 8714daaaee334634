"""Redis fixtures: a real ``redis-server`` on a free loopback port, started by the tests.

- ``redis_server``: one server for the whole session (tests use distinct API keys, so they do
  not share windows);
- ``redis_server_factory``: ``redis_server_factory(password=None)`` starts a server of the
  test's own, for tests that kill or freeze it; all are stopped after the test.

Both skip, with the reason shown in the summary, when no ``redis-server`` binary is found
(``make test`` installs the Debian package when it can). Servers keep nothing on disk.
"""

from __future__ import annotations

import contextlib
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator

import pytest

from tests.fixtures_prism import free_port

STARTUP_TIMEOUT = 10.0
_SKIP_REASON = (
    "redis-server not found on PATH: install the Debian package redis-server "
    "(make test tries to) to run the shared rate-limit budget tests"
)


def redis_binary() -> str | None:
    """The ``redis-server`` executable on PATH, or None."""
    return shutil.which("redis-server")


def _answers_ping(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=0.5) as sock:
            sock.sendall(b"PING\r\n")
            return sock.recv(16).startswith((b"+PONG", b"-NOAUTH"))
    except OSError:
        return False


class RedisServer:
    """One ``redis-server`` process on 127.0.0.1, with no persistence (and a password if given)."""

    def __init__(self, binary: str, password: str | None = None) -> None:
        self.binary = binary
        self.password = password
        self.port = 0
        self._process: subprocess.Popen[bytes] | None = None
        self._workdir = tempfile.TemporaryDirectory(prefix="getsales-redis-")

    @property
    def url(self) -> str:
        auth = f":{self.password}@" if self.password else ""
        return f"redis://{auth}127.0.0.1:{self.port}/0"

    @property
    def pid(self) -> int:
        if self._process is None:
            raise RuntimeError("the redis server is not running")
        return self._process.pid

    def start(self) -> RedisServer:
        """Start on a free port; returns once the server answers PING."""
        auth = ["--requirepass", self.password] if self.password else []
        for _ in range(3):  # another process may take the port between probe and bind
            self.port = free_port()
            process = subprocess.Popen(
                [
                    self.binary,
                    "--port",
                    str(self.port),
                    "--bind",
                    "127.0.0.1",
                    "--save",
                    "",
                    "--appendonly",
                    "no",
                    "--dir",
                    self._workdir.name,
                    "--loglevel",
                    "warning",
                    *auth,
                ],
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            began = time.monotonic()
            while time.monotonic() - began < STARTUP_TIMEOUT and process.poll() is None:
                if _answers_ping(self.port):
                    self._process = process
                    return self
                time.sleep(0.02)
            with contextlib.suppress(ProcessLookupError):
                process.kill()
            process.wait()
        raise RuntimeError("redis-server did not start on a loopback port")

    def kill(self) -> None:
        """End the server abruptly (SIGKILL), as in a crash; its data is gone."""
        process = self._process
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGCONT)
            process.kill()
            process.wait()

    def freeze(self) -> None:
        """Stop the server answering while its connections stay open (SIGSTOP)."""
        if self._process is not None:
            self._process.send_signal(signal.SIGSTOP)

    def thaw(self) -> None:
        """Let a frozen server answer again (SIGCONT)."""
        if self._process is not None:
            self._process.send_signal(signal.SIGCONT)

    def stop(self) -> None:
        process = self._process
        if process is not None and process.poll() is None:
            process.send_signal(signal.SIGCONT)
            process.terminate()
            try:
                process.wait(5.0)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        self._process = None
        self._workdir.cleanup()


RedisFactory = Callable[..., RedisServer]


@pytest.fixture(scope="session")
def redis_server() -> Iterator[RedisServer]:
    """A Redis server for the whole test session."""
    binary = redis_binary()
    if binary is None:
        pytest.skip(_SKIP_REASON)
    server = RedisServer(binary).start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def redis_server_factory() -> Iterator[RedisFactory]:
    """Start Redis servers that a test may kill or freeze; all stop after the test."""
    binary = redis_binary()
    if binary is None:
        pytest.skip(_SKIP_REASON)
    started: list[RedisServer] = []

    def start(password: str | None = None) -> RedisServer:
        server = RedisServer(binary, password).start()
        started.append(server)
        return server

    yield start
    for server in reversed(started):
        server.stop()
