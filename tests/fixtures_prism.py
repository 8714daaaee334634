"""Prism mock-server fixtures (see prism_url) and example-request building.

Prism serves `openapi/bundled.yaml` from its own examples and validates every incoming request
against the spec, so a request built from the spec's examples must be answered with a 2xx. Tests
use this to prove that examples and schemas agree; other suites reuse the running mock as a
stand-in for the real API.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, NamedTuple

import pytest

REPO_ROOT = Path(__file__).resolve().parent.parent
SPEC_PATH = REPO_ROOT / "openapi" / "bundled.yaml"
PRISM_BIN = REPO_ROOT / "node_modules" / ".bin" / "prism"
STARTUP_TIMEOUT_S = 90.0

# Headers every example request carries: Prism enforces the spec's security requirements.
EXAMPLE_HEADERS = {"Authorization": "Bearer example-api-key", "Team-ID": "4211"}


QueryValue = str | int | float | bool | None


class ExampleRequest(NamedTuple):
    """A request assembled from the spec's own examples, ready for `httpx.Client.request`."""

    method: str
    url_path: str
    params: list[tuple[str, QueryValue]]
    body: dict[str, Any]
    """httpx keyword arguments for the body: `{"json": ...}`, `{"files": ..., "data": ...}`."""


def free_port() -> int:
    """A TCP port on 127.0.0.1 that nothing listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _wait_until_listening(port: int, proc: subprocess.Popen[bytes], log_path: Path) -> None:
    deadline = time.monotonic() + STARTUP_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(
                f"Prism exited early:\n{log_path.read_text(errors='replace')[-4000:]}"
            )
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"Prism did not listen within {STARTUP_TIMEOUT_S:.0f} s")


def _stop(proc: subprocess.Popen[bytes]) -> None:
    if proc.poll() is not None:
        return
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)


@contextlib.contextmanager
def run_prism(spec_path: Path = SPEC_PATH) -> Iterator[str]:
    """Run Prism on a free loopback port for the duration of the block; yields its base URL."""
    port = free_port()
    command = [
        str(PRISM_BIN),
        "mock",
        "-h",
        "127.0.0.1",
        "-p",
        str(port),
        "--errors=false",
        "-v",
        "warn",
    ]
    with tempfile.TemporaryDirectory(prefix="prism-") as tmp:
        log_path = Path(tmp) / "prism.log"
        with log_path.open("wb") as log:
            proc = subprocess.Popen(
                [*command, str(spec_path)],
                cwd=REPO_ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
            try:
                _wait_until_listening(port, proc, log_path)
                yield f"http://127.0.0.1:{port}"
            finally:
                _stop(proc)


@pytest.fixture(scope="session")
def prism_url() -> Iterator[str]:
    """Base URL of a Prism mock serving openapi/bundled.yaml on a free loopback port."""
    if not PRISM_BIN.exists():
        pytest.skip("Prism is not installed: run `npm ci` (node_modules/.bin/prism is missing)")
    with run_prism() as url:
        yield url


# ------------------------------------------------------------------------------------------
# example requests


def _resolve(spec: Mapping[str, Any], node: Mapping[str, Any]) -> Mapping[str, Any]:
    while "$ref" in node:
        parts = str(node["$ref"]).removeprefix("#/").split("/")
        target: Any = spec
        for part in parts:
            target = target[part]
        node = target
    return node


def _query_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _query_pairs(name: str, value: Any, style: str | None) -> list[tuple[str, QueryValue]]:
    if isinstance(value, Mapping) and style == "deepObject":
        pairs: list[tuple[str, QueryValue]] = []
        for key, inner in value.items():
            pairs += _query_pairs(f"{name}[{key}]", inner, None)
        return pairs
    if isinstance(value, list):
        return [(name, _query_text(item)) for item in value]
    return [(name, _query_text(value))]


def _parameter_example(param: Mapping[str, Any]) -> Any:
    if "example" in param:
        return param["example"]
    schema = param.get("schema", {})
    if "example" in schema:
        return schema["example"]
    return schema.get("default")


def _operation(spec: Mapping[str, Any], path: str, method: str) -> Mapping[str, Any]:
    operation: Mapping[str, Any] = spec["paths"][path][method.lower()]
    return operation


def build_example_request(spec: Mapping[str, Any], op: Mapping[str, Any]) -> ExampleRequest:
    """Build a request for `op` (an entry with `path` and `method`) from the spec's examples.

    Path parameters take their examples, every query parameter with an example is sent (deepObject
    parameters as `name[key]=value`), and the body is the request body's media-type example.
    """
    path, method = str(op["path"]), str(op["method"]).upper()
    operation = _operation(spec, path, method)
    url_path = path
    params: list[tuple[str, QueryValue]] = []
    for raw in operation.get("parameters", []):
        param = _resolve(spec, raw)
        example = _parameter_example(param)
        if param["in"] == "path":
            if example is None:
                raise ValueError(f"path parameter {param['name']} of {path} has no example")
            url_path = url_path.replace("{" + str(param["name"]) + "}", _query_text(example))
        elif param["in"] == "query" and example is not None and not param.get("deprecated"):
            params += _query_pairs(str(param["name"]), example, param.get("style"))
    body: dict[str, Any] = {}
    request_body = operation.get("requestBody")
    if request_body is not None:
        content = _resolve(spec, request_body)["content"]
        if "multipart/form-data" in content:
            body = _multipart_example(spec, content["multipart/form-data"])
        else:
            media = content["application/json"]
            body = {"json": media["example"]}
    return ExampleRequest(method, url_path, params, body)


def _multipart_example(spec: Mapping[str, Any], media: Mapping[str, Any]) -> dict[str, Any]:
    schema = _resolve(spec, media["schema"])
    files: dict[str, tuple[str, bytes, str]] = {}
    data: dict[str, str] = {}
    for name, prop in schema.get("properties", {}).items():
        prop = _resolve(spec, prop)
        if prop.get("format") == "binary":
            csv = b"first_name,last_name,work_email\nJohn,Doe,john.doe@acme.com\n"
            files[name] = ("contacts.csv", csv, "text/csv")
        elif "example" in prop:
            data[name] = _query_text(prop["example"])
        elif "enum" in prop:
            data[name] = _query_text(prop["enum"][0])
    return {"files": files, "data": data}
