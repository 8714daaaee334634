"""`make update-spec SPEC=downloaded.yaml`: take a new GetSales bundle in, and say what it changes.

1. validate the downloaded document (its problems are listed; the repairs may cure them);
2. lay `openapi/overlay.yaml` over it and repair it (targets that match nothing and every repair
   are listed), then generate the package from it in a temporary directory, warnings as errors;
3. compare the package it generates with the committed one, in Python names;
4. only when generation succeeded: copy the document to `openapi/bundled.yaml`, bring
   `getsales_client/` in line, and run the `check-generated` check on the result;
5. print the spec-level and the Python-level change report. Exit 1 when a change breaks code
   written against the old package, 2 when the update could not be made.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from scripts import python_changes, spec_changes
from scripts.generate_client import (
    API_REFERENCE,
    PACKAGE,
    SPEC,
    GenerationError,
    Preparation,
    build,
    overlaid_and_repaired,
    sync,
)
from scripts.generate_client import main as generate_main
from scripts.normalize_spec import SpecError, load
from scripts.overlay import OVERLAY

MAX_LISTED = 10


def validation_problems(spec: dict[str, Any]) -> list[str]:
    """What openapi-spec-validator finds wrong with the document, one line each."""
    from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    version = str(spec.get("openapi", ""))
    validator_class = (
        OpenAPIV31SpecValidator if version.startswith("3.1") else OpenAPIV30SpecValidator
    )
    problems: list[str] = []
    try:
        for error in validator_class(spec).iter_errors():
            where = "/".join(str(p) for p in error.absolute_path) or "(document)"
            problems.append(f"{where}: {' '.join(str(error.message).split())[:200]}")
    except Exception as error:  # the validator itself may stumble on a broken reference
        message = " ".join(str(error).split())
        problems.append(f"validation stopped: {type(error).__name__}: {message[:200]}")
    return problems


def _print_list(title: str, lines: list[str]) -> None:
    if not lines:
        return
    print(f"{title} ({len(lines)}):")
    for line in lines[:MAX_LISTED]:
        print(f"  {line}")
    if len(lines) > MAX_LISTED:
        print(f"  ... and {len(lines) - MAX_LISTED} more")


def update(spec_path: Path, bundle: Path, package: Path, overlay: Path | None) -> int:
    new_spec = load(spec_path)
    if not isinstance(new_spec.get("paths"), dict) or "openapi" not in new_spec:
        print(f"{spec_path} is not an OpenAPI document (no `openapi` or `paths`)", file=sys.stderr)
        return 2
    _print_list("validation problems in the downloaded document", validation_problems(new_spec))
    old_spec = load(bundle) if bundle.exists() else {"paths": {}}
    with tempfile.TemporaryDirectory(prefix="getsales-update-") as tmp:
        done = Preparation()
        try:
            generated = build(spec_path, Path(tmp), overlay, done)
        except (GenerationError, SpecError) as error:
            _print_list("overlay and repairs", done.lines())
            print(f"generation failed, nothing was changed: {error}", file=sys.stderr)
            return 2
        _print_list("overlay targets not found", done.unmatched)
        _print_list("repairs", [str(r) for r in done.repairs])
        old_surface = python_changes.describe(package, package.name)
        new_surface = python_changes.describe(generated, package.name)
        if spec_path.resolve() != bundle.resolve():
            shutil.copyfile(spec_path, bundle)
        sync(generated, package)
        reference = package.parent / API_REFERENCE  # the API reference goes beside the package
        reference.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(generated.parent / API_REFERENCE, reference)
    overlay_args = ["--no-overlay"] if overlay is None else ["--overlay", str(overlay)]
    check = ["--check", "--spec", str(bundle), "--output", str(package), *overlay_args]
    if generate_main(check) != 0:
        print("check-generated failed after the update", file=sys.stderr)
        return 2
    old_prepared, _ = overlaid_and_repaired(old_spec, overlay)
    new_prepared, _ = overlaid_and_repaired(new_spec, overlay)
    print("\nSpec-level changes")
    sys.stdout.write(spec_changes.render(spec_changes.compare(old_prepared, new_prepared)))
    changes = python_changes.compare(old_surface, new_surface)
    print("\nPython-level changes")
    sys.stdout.write(python_changes.render(changes))
    return 1 if any(c.breaking for c in changes) else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Regenerate from a downloaded GetSales bundle.")
    parser.add_argument("spec", type=Path, help="the downloaded bundle (YAML or JSON)")
    parser.add_argument("--bundle", type=Path, default=SPEC, help="where the bundle is kept")
    parser.add_argument("--package", type=Path, default=PACKAGE, help="the generated package")
    parser.add_argument("--overlay", type=Path, default=OVERLAY)
    parser.add_argument("--no-overlay", action="store_true")
    args = parser.parse_args(argv)
    return update(args.spec, args.bundle, args.package, None if args.no_overlay else args.overlay)
