"""`mypy --strict` accepts the README tour without narrowing, sees plain models, rejects misuse."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = Path(__file__).parent / "typed_usage_example.py"

MISUSE = """
from getsales_client.api.flows_automations import list_flows
from getsales_client.api.lists import list_lists
from getsales_extras import GetSalesClient, paginate


async def wrong(client: GetSalesClient) -> int:
    await list_flows.asyncio_detailed(client=client, limit="ten")
    async for item in paginate(list_lists, client=client):
        return item.nmae
    return 0
"""

# What each reveal_type in the example must show, in order.
EXPECTED = [
    "getsales_client.models.list_.List",
    "getsales_client.models.lead.Lead",
    "getsales_client.models.lead_aggregation.LeadAggregation",
    "getsales_client.models.list_.List",
    "getsales_client.models.lead_aggregation.LeadAggregation",
    "getsales_client.models.flow_list.FlowList",
]


def _mypy(tmp_path: Path, *files: Path) -> tuple[int, list[str]]:
    command = [
        sys.executable,
        "-m",
        "mypy",
        "--strict",
        "--cache-dir",
        str(tmp_path / "mypy-cache"),
        *map(str, files),
    ]
    result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False)
    return result.returncode, result.stdout.splitlines()


def test_the_tour_passes_mypy_strict_with_plain_models(tmp_path: Path) -> None:
    code, lines = _mypy(tmp_path, EXAMPLE)
    errors = [line for line in lines if ": error:" in line]
    revealed = [
        match.group(1)
        for line in lines
        if (match := re.search(r'Revealed type is "(.*)"', line)) is not None
    ]

    assert code == 0 and not errors, "\n".join(lines)
    assert revealed == EXPECTED, "\n".join(lines)
    for shown in revealed:
        assert not re.search(r"None|ErrorEnvelope|Unset|Any", shown), shown


def test_misuse_fails_mypy_strict(tmp_path: Path) -> None:
    misuse = tmp_path / "misuse_example.py"
    misuse.write_text(MISUSE, encoding="utf-8")
    code, lines = _mypy(tmp_path, misuse)
    errors = [line for line in lines if ": error:" in line]

    assert code == 1, "\n".join(lines)
    assert any('"limit"' in line for line in errors), "\n".join(lines)
    assert any('List" has no attribute "nmae"' in line for line in errors), "\n".join(lines)


PYRIGHT = ROOT / "node_modules" / ".bin" / "pyright"


def test_pyright_strict_sees_the_same_plain_models(tmp_path: Path) -> None:
    if not PYRIGHT.exists():
        pytest.skip("pyright is installed by `make install` (npm); run it first")
    config = tmp_path / "pyrightconfig.json"
    config.write_text(
        json.dumps(
            {
                "typeCheckingMode": "strict",
                "pythonVersion": "3.11",
                "venvPath": str(ROOT),
                "venv": ".venv",
            }
        ),
        encoding="utf-8",
    )
    command = [str(PYRIGHT), "--outputjson", "-p", str(config), str(EXAMPLE)]
    result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False)
    report = json.loads(result.stdout)
    errors = [d for d in report["generalDiagnostics"] if d["severity"] == "error"]
    revealed = [
        d["message"].split(" is ", 1)[1].strip('"')
        for d in report["generalDiagnostics"]
        if d["severity"] == "information" and d["message"].startswith("Type of")
    ]

    assert result.returncode == 0 and not errors, result.stdout
    assert revealed == [name.rsplit(".", 1)[1] for name in EXPECTED], result.stdout
