"""`mypy --strict` accepts typical use of the generated client and rejects misuse."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = Path(__file__).parent / "typed_usage_example.py"

MISUSE = """
from getsales_client import AuthenticatedClient
from getsales_client.api.flows_automations import list_flows
from getsales_client.models.flow import Flow


async def wrong(client: AuthenticatedClient, flow: Flow) -> str:
    await list_flows.asyncio_detailed(client=client, limit="ten")
    return flow.name
"""


def test_typed_usage_passes_and_misuse_fails_mypy_strict(tmp_path: Path) -> None:
    misuse = tmp_path / "misuse_example.py"
    misuse.write_text(MISUSE, encoding="utf-8")
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--follow-imports=silent",
        "--cache-dir",
        str(tmp_path / "mypy-cache"),
        str(EXAMPLE),
        str(misuse),
    ]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    errors = [line for line in result.stdout.splitlines() if ": error:" in line]

    assert result.returncode == 1, result.stdout + result.stderr
    assert errors, result.stdout
    assert all(line.startswith(str(misuse)) for line in errors), result.stdout
    assert any('"limit"' in line for line in errors), result.stdout
    assert any("Incompatible return value" in line for line in errors), result.stdout
