"""What a regeneration changes for code that uses the generated package, in Python names.

Both packages (the committed one and the one a new bundle generates) are read as source, never
imported: each operation module (`from getsales_client.api.notes import delete_note`) with the
parameters and return type of its `asyncio` function, each model class
(`from getsales_client.models import Note`) with its fields, and each enum with its members.
Comparing the two gives the change report, and the rules of what breaks code written against the
old package:

- a function, model, enum or enum member removed, or a function moved to another tag module;
- a parameter removed, a parameter added without a default, a default removed, a type changed;
- a return type changed;
- a model field removed, its type changed, or a field added without a default (constructors);
- an enum member whose value changed.

Additions with defaults (functions, models, enum members, optional parameters and fields) are
listed as not breaking.
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

# The public function of an operation module whose signature stands for the module's four.
SIGNATURE_FUNCTION = "asyncio"
# Fields every generated model has that no spec declares.
IMPLICIT_FIELDS = frozenset({"additional_properties"})


@dataclass(frozen=True)
class Parameter:
    name: str
    annotation: str
    required: bool


@dataclass
class Function:
    tag: str  # the api/ sub-package
    parameters: dict[str, Parameter]
    returns: str


@dataclass
class Model:
    module: str
    fields: dict[str, Parameter]  # required: the constructor needs it


@dataclass
class Enumeration:
    module: str
    members: dict[str, str]  # name -> value (as written in the source)


@dataclass
class Surface:
    """What user code can import from one generated package."""

    package: str
    functions: dict[str, Function] = field(default_factory=dict)  # by module name
    models: dict[str, Model] = field(default_factory=dict)  # by class name
    enums: dict[str, Enumeration] = field(default_factory=dict)  # by class name


@dataclass(frozen=True)
class Change:
    kind: str  # "function", "model", "field", "enum", "member", "parameter", "return"
    name: str  # the Python name a user writes, e.g. "WebhookEvent.CONTACT_TAG_ADDED"
    what: str  # "added", "removed", "changed"
    detail: str
    breaking: bool
    import_line: str  # how user code imports the thing concerned

    def line(self) -> str:
        mark = "BREAKING " if self.breaking else ""
        detail = f": {self.detail}" if self.detail else ""
        return f"{mark}{self.kind} {self.name} {self.what}{detail}  [{self.import_line}]"


def _annotation(node: ast.expr | None) -> str:
    return ast.unparse(node) if node is not None else ""


def _read_function(tree: ast.Module) -> tuple[dict[str, Parameter], str] | None:
    for node in tree.body:
        if isinstance(node, ast.AsyncFunctionDef) and node.name == SIGNATURE_FUNCTION:
            arguments = node.args
            params: dict[str, Parameter] = {}
            positional = [*arguments.posonlyargs, *arguments.args]
            first_default = len(positional) - len(arguments.defaults)
            for index, arg in enumerate(positional):
                required = index < first_default
                params[arg.arg] = Parameter(arg.arg, _annotation(arg.annotation), required)
            for arg, default in zip(arguments.kwonlyargs, arguments.kw_defaults, strict=True):
                params[arg.arg] = Parameter(arg.arg, _annotation(arg.annotation), default is None)
            return params, _annotation(node.returns)
    return None


def _is_enum(node: ast.ClassDef) -> bool:
    return any(_annotation(base).split(".")[-1] in ("Enum", "IntEnum") for base in node.bases)


def _read_classes(tree: ast.Module, module: str, surface: Surface) -> None:
    for node in tree.body:
        if not isinstance(node, ast.ClassDef):
            continue
        if _is_enum(node):
            members: dict[str, str] = {}
            for item in node.body:
                if isinstance(item, ast.Assign) and len(item.targets) == 1:
                    target = item.targets[0]
                    if isinstance(target, ast.Name) and not target.id.startswith("_"):
                        members[target.id] = ast.unparse(item.value)
            surface.enums[node.name] = Enumeration(module, members)
            continue
        fields: dict[str, Parameter] = {}
        for item in node.body:
            if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                name = item.target.id
                if name in IMPLICIT_FIELDS or name.startswith("_"):
                    continue
                fields[name] = Parameter(name, _annotation(item.annotation), item.value is None)
        surface.models[node.name] = Model(module, fields)


def describe(package_dir: Path, package: str = "getsales_client") -> Surface:
    """Read the public surface of a generated package directory."""
    surface = Surface(package)
    for path in sorted((package_dir / "api").glob("*/*.py")):
        if path.name == "__init__.py":
            continue
        found = _read_function(ast.parse(path.read_text(encoding="utf-8")))
        if found is not None:
            surface.functions[path.stem] = Function(path.parent.name, *found)
    for path in sorted((package_dir / "models").glob("*.py")):
        if path.name != "__init__.py":
            _read_classes(ast.parse(path.read_text(encoding="utf-8")), path.stem, surface)
    return surface


# ---------------------------------------------------------------------------------------------
# Comparing


def _function_import(surface: Surface, name: str, tag: str) -> str:
    return f"from {surface.package}.api.{tag} import {name}"


def _model_import(surface: Surface, name: str) -> str:
    return f"from {surface.package}.models import {name}"


def _compare_typed_names(
    kind: str,
    label: Callable[[str], str],
    old: dict[str, Parameter],
    new: dict[str, Parameter],
    where: str,
    changes: list[Change],
) -> None:
    """Function parameters or model fields: removed, retyped, newly required or optional, added."""
    for key, was in old.items():
        now = new.get(key)
        if now is None:
            changes.append(Change(kind, label(key), "removed", "", True, where))
            continue
        if now.annotation != was.annotation:
            detail = f"{was.annotation} -> {now.annotation}"
            changes.append(Change(kind, label(key), "changed", detail, True, where))
        if now.required and not was.required:
            changes.append(Change(kind, label(key), "changed", "now required", True, where))
        elif was.required and not now.required:
            changes.append(Change(kind, label(key), "changed", "now optional", False, where))
    for key, now in new.items():
        if key not in old:
            detail = f"{now.annotation}, {'required' if now.required else 'optional'}"
            changes.append(Change(kind, label(key), "added", detail, now.required, where))


def _compare_functions(old: Surface, new: Surface, changes: list[Change]) -> None:
    for name, function in old.functions.items():
        current = new.functions.get(name)
        where = _function_import(old, name, function.tag)
        if current is None:
            changes.append(Change("function", name, "removed", "", True, where))
            continue
        if current.tag != function.tag:
            detail = f"now {_function_import(new, name, current.tag)}"
            changes.append(Change("function", name, "moved", detail, True, where))
        params = f"{name}({{}})".format
        _compare_typed_names(
            "parameter", params, function.parameters, current.parameters, where, changes
        )
        if function.returns != current.returns:
            detail = f"{function.returns} -> {current.returns}"
            changes.append(Change("return", f"{name}()", "changed", detail, True, where))
    for name, function in new.functions.items():
        if name not in old.functions:
            where = _function_import(new, name, function.tag)
            changes.append(Change("function", name, "added", "", False, where))


def _compare_models(old: Surface, new: Surface, changes: list[Change]) -> None:
    for name, model in old.models.items():
        current = new.models.get(name)
        where = _model_import(old, name)
        if current is None:
            changes.append(Change("model", name, "removed", "", True, where))
            continue
        fields = f"{name}.{{}}".format
        _compare_typed_names("field", fields, model.fields, current.fields, where, changes)
    for name in new.models:
        if name not in old.models:
            changes.append(Change("model", name, "added", "", False, _model_import(new, name)))


def _compare_enums(old: Surface, new: Surface, changes: list[Change]) -> None:
    for name, enum in old.enums.items():
        current = new.enums.get(name)
        where = _model_import(old, name)
        if current is None:
            changes.append(Change("enum", name, "removed", "", True, where))
            continue
        for member, value in enum.members.items():
            label = f"{name}.{member}"
            if member not in current.members:
                changes.append(Change("member", label, "removed", value, True, where))
            elif current.members[member] != value:
                detail = f"{value} -> {current.members[member]}"
                changes.append(Change("member", label, "changed", detail, True, where))
        for member, value in current.members.items():
            if member not in enum.members:
                changes.append(Change("member", f"{name}.{member}", "added", value, False, where))
    for name in new.enums:
        if name not in old.enums:
            changes.append(Change("enum", name, "added", "", False, _model_import(new, name)))


def compare(old: Surface, new: Surface) -> list[Change]:
    """Every change from `old` to `new`, functions first, then models, then enums."""
    changes: list[Change] = []
    _compare_functions(old, new, changes)
    _compare_models(old, new, changes)
    _compare_enums(old, new, changes)
    return changes


def render(changes: list[Change]) -> str:
    """The report: breaking changes first, then the rest, one line each."""
    if not changes:
        return "No change to the Python names of the generated package.\n"
    breaking = [c for c in changes if c.breaking]
    other = [c for c in changes if not c.breaking]
    lines = [f"Python changes: {len(breaking)} breaking, {len(other)} not breaking."]
    if breaking:
        lines += ["", "Breaking (code using these names needs changing):"]
        lines += [f"  {c.line()}" for c in breaking]
    if other:
        lines += ["", "Not breaking:"]
        lines += [f"  {c.line()}" for c in other]
    return "\n".join(lines) + "\n"
