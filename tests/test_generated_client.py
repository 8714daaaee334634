"""Every generated operation works against a mock of the API built from the same description.

Prism serves `openapi/bundled.yaml` (the vendor's shape, not the normalised one) and rejects any
request that does not match it, so a 2xx here shows that the generated function builds the
request the vendor documents (flattened filters, one content type, no unrequested defaults) and
parses the documented answer. Arguments come from the description's own examples.
"""

from __future__ import annotations

import datetime
import importlib
import io
import pkgutil
import types
import typing
from collections.abc import Callable, Coroutine
from enum import Enum
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
import pytest
from openapi_python_client.strings import PythonIdentifier

import getsales_client.api
from getsales_client import AuthenticatedClient
from getsales_client.api.flows_automations import list_flows
from getsales_client.models.flow_status import FlowStatus
from getsales_client.operation_index import OPERATIONS as OPERATION_INDEX
from getsales_client.types import File, Response, Unset
from getsales_extras import create_client
from scripts.normalize_spec import load, normalize

OPERATIONS = list(OPERATION_INDEX.values())

SPEC_PATH = Path(__file__).resolve().parent.parent / "openapi" / "bundled.yaml"
OPERATION_COUNT = 154

Spec = dict[str, Any]
Endpoint = Callable[..., Coroutine[Any, Any, Response[Any]]]


def _operation_modules() -> dict[str, types.ModuleType]:
    """Every generated operation module by name (the snake_case operationId)."""
    modules: dict[str, types.ModuleType] = {}
    for info in pkgutil.walk_packages(getsales_client.api.__path__, "getsales_client.api."):
        module = importlib.import_module(info.name)
        if hasattr(module, "asyncio_detailed"):
            modules[info.name.rsplit(".", 1)[1]] = module
    return modules


MODULES = _operation_modules()


@pytest.fixture(scope="module")
def vendor_spec() -> Spec:
    return load(SPEC_PATH)


@pytest.fixture(scope="module")
def normal_spec(vendor_spec: Spec) -> Spec:
    return normalize(vendor_spec)


def test_one_module_per_operation() -> None:
    assert len(MODULES) == OPERATION_COUNT
    assert len(OPERATIONS) == OPERATION_COUNT
    expected = {PythonIdentifier(op.operation_id, prefix="field_") for op in OPERATIONS}
    assert set(MODULES) == expected


# ----------------------------------------------------------------------------------------------
# Turning the description's examples into typed arguments


def _resolve(spec: Spec, node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in str(node["$ref"]).removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def _example(spec: Spec, param: dict[str, Any]) -> Any:
    """A parameter's example as Prism's fixture picks it: own, then schema example, then default."""
    schema = _resolve(spec, param.get("schema")) or {}
    for source in (param, schema):
        if "example" in source:
            return source["example"]
    return schema.get("default")


def _convert(kind: Any, value: Any) -> Any:
    """`value` (JSON) as an instance of `kind`, one member of a generated annotation."""
    if typing.get_origin(kind) is list:
        if not isinstance(value, list):
            raise TypeError(f"{value!r} is not a list")
        (inner,) = typing.get_args(kind)
        return [_typed(inner, item) for item in value]
    if kind is Any:
        return value
    if not isinstance(kind, type):
        raise TypeError(f"unsupported annotation {kind!r}")
    if issubclass(kind, Enum):
        return kind(value)
    if kind is datetime.datetime:
        return datetime.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if kind is datetime.date:
        return datetime.date.fromisoformat(str(value))
    if kind is UUID:
        return UUID(str(value))
    if kind is bool and isinstance(value, bool):
        return value
    if kind in (int, float, str) and isinstance(value, kind) and not isinstance(value, bool):
        return value
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    from_dict = getattr(kind, "from_dict", None)
    if from_dict is not None and isinstance(value, dict):
        return from_dict(value)
    raise TypeError(f"{value!r} does not fit {kind!r}")


def _typed(annotation: Any, value: Any) -> Any:
    """`value` as the first member of the (union) `annotation` it fits."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        members = typing.get_args(annotation)
    else:
        members = (annotation,)
    problems: list[str] = []
    for member in members:
        if member in (Unset, type(None)):
            continue
        try:
            return _convert(member, value)
        except (TypeError, ValueError, KeyError, AttributeError) as error:
            problems.append(str(error))
    raise TypeError(f"cannot pass {value!r} as {annotation!r}: {problems}")


def _flat_example(vendor: Spec, params: list[Any], flat_name: str) -> Any:
    """The example of one flattened deepObject key, taken from the object's example."""
    root, *keys = flat_name.split(".")
    for raw in params:
        param = _resolve(vendor, raw)
        if param.get("name") == root:
            value = _example(vendor, param)
            for key in keys:
                if not isinstance(value, dict) or key not in value:
                    return None
                value = value[key]
            return value
    return None


def _multipart_body(annotation: Any, vendor: Spec, media: dict[str, Any]) -> Any:
    schema = _resolve(vendor, media["schema"])
    fields: dict[str, Any] = {}
    files: dict[str, File] = {}
    for name, raw in (schema.get("properties") or {}).items():
        prop = _resolve(vendor, raw)
        if prop.get("format") == "binary":
            csv = b"first_name,last_name,work_email\nJohn,Doe,john.doe@acme.com\n"
            files[name] = File(
                payload=io.BytesIO(csv), file_name="contacts.csv", mime_type="text/csv"
            )
            fields[name] = csv  # from_dict wants the part; the named File replaces it below
        elif "example" in prop:
            fields[name] = prop["example"]
        elif "enum" in prop:
            fields[name] = prop["enum"][0]
    body = _typed(annotation, fields)
    for name, file in files.items():
        setattr(body, PythonIdentifier(name, prefix="field_"), file)
    return body


def _arguments(vendor: Spec, normal: Spec, path: str, method: str, fn: Endpoint) -> dict[str, Any]:
    hints = typing.get_type_hints(fn)
    operation = vendor["paths"][path][method]
    vendor_params = [*vendor["paths"][path].get("parameters", []), *operation.get("parameters", [])]
    normal_item = normal["paths"][path]
    normal_params = [*normal_item.get("parameters", []), *normal_item[method].get("parameters", [])]
    arguments: dict[str, Any] = {}
    for raw in normal_params:
        param = _resolve(normal, raw)
        name = str(param["name"])
        if "." in name:
            value = _flat_example(vendor, vendor_params, name)
        else:
            original = next(
                (p for p in map(lambda r: _resolve(vendor, r), vendor_params) if p["name"] == name),
                param,
            )
            value = _example(vendor, original)
        if value is None or (param["in"] == "query" and param.get("deprecated")):
            assert not param.get("required"), f"required parameter {name} has no example"
            continue
        python_name = PythonIdentifier(name, prefix="field_")
        assert python_name in hints, f"{python_name} is not an argument of {fn.__module__}"
        arguments[python_name] = _typed(hints[python_name], value)
    body = _resolve(vendor, operation.get("requestBody"))
    if body:
        content = body["content"]
        if "multipart/form-data" in content:
            arguments["body"] = _multipart_body(
                hints["body"], vendor, content["multipart/form-data"]
            )
        else:
            arguments["body"] = _typed(hints["body"], content["application/json"]["example"])
    return arguments


@pytest.mark.prism
@pytest.mark.anyio
@pytest.mark.parametrize("operation", OPERATIONS, ids=[op.operation_id for op in OPERATIONS])
async def test_operation_against_the_mock(
    operation: Any, prism_url: str, vendor_spec: Spec, normal_spec: Spec
) -> None:
    module = MODULES[PythonIdentifier(operation.operation_id, prefix="field_")]
    fn: Endpoint = module.asyncio_detailed
    method = operation.method.lower()
    arguments = _arguments(vendor_spec, normal_spec, operation.path, method, fn)

    # Through the SDK's client: its transport checks every answer against what the operation
    # declares (a body or none), and raises a typed error where the generated code would not.
    async with create_client(api_key="test-key", base_url=prism_url, rate_limit=None) as client:
        response = await fn(client=client, **arguments)

    assert 200 <= response.status_code < 300, response.content[:2000]
    if operation.success_body is not None and not operation.success_may_be_empty:
        assert response.parsed is not None


# ----------------------------------------------------------------------------------------------
# Request building details the mock does not show on its own


def _recording_client(seen: list[httpx.Request]) -> AuthenticatedClient:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"data": []})

    transport = httpx.MockTransport(handler)
    return AuthenticatedClient(
        base_url="http://api.test", token="test-key", httpx_args={"transport": transport}
    )


@pytest.mark.anyio
async def test_filters_are_sent_as_bracketed_keys() -> None:
    seen: list[httpx.Request] = []
    await list_flows.asyncio_detailed(
        client=_recording_client(seen),
        filter_status=FlowStatus.ON,
        filter_flow_workspace_uuid="ws-1",
    )
    query = seen[0].url.params
    assert query["filter[status]"] == "on"
    assert query["filter[flow_workspace_uuid]"] == "ws-1"


@pytest.mark.anyio
async def test_parameters_the_caller_left_out_are_not_sent() -> None:
    seen: list[httpx.Request] = []
    await list_flows.asyncio_detailed(client=_recording_client(seen))
    assert seen[0].url.query == b""
    assert seen[0].headers["Authorization"] == "Bearer test-key"


def test_the_key_is_not_in_the_client_repr() -> None:
    client = AuthenticatedClient(base_url="http://api.test", token="secret-key-123")
    assert "secret-key-123" not in repr(client)
    assert "http://api.test" in repr(client)
