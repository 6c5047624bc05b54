"""The project's own promises: README commands, CI, style and the layering of DESIGN section 2."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "src" / "vanskapshuset"


def _readme_commands() -> list[str]:
    blocks = re.findall(r"```sh\n(.*?)```", (ROOT / "README.md").read_text(), re.S)
    return [line.strip() for block in blocks for line in block.splitlines() if line.strip()]


def test_readme_has_exactly_two_setup_commands_and_ci_runs_the_test_one() -> None:
    commands = _readme_commands()
    assert len(commands) == 2
    start, test = commands
    assert start.endswith("vanskapshuset")
    assert "pytest" in test
    ci_lines = [line.strip() for line in (ROOT / ".ci" / "run").read_text().splitlines()]
    assert test in ci_lines


def _imports(path: Path) -> list[str]:
    pattern = re.compile(r"^\s*(?:from|import)\s+([\w.]+)", re.M)
    return pattern.findall(path.read_text())


def test_layers_point_one_way() -> None:
    for path in PACKAGE.rglob("*.py"):
        relative = path.relative_to(PACKAGE).as_posix()
        modules = _imports(path)
        if not relative.startswith("ui/"):
            assert not [m for m in modules if m.startswith("PySide6")], relative
        else:
            forbidden = [m for m in modules if m.startswith(("sqlalchemy", "vanskapshuset.store"))]
            assert not forbidden, relative
        if relative.startswith("domain/"):
            assert not [
                m for m in modules if m.startswith(("sqlalchemy", "vanskapshuset.store", "alembic"))
            ], relative


def test_services_do_not_import_sync_or_the_composition_root() -> None:
    """Sync builds on services; the composition root (vanskapshuset.app) wires both, so it is
    no service: with it outside services/, services and sync import one way only."""
    assert not (PACKAGE / "services" / "app.py").exists()
    assert (PACKAGE / "app.py").exists()
    for path in (PACKAGE / "services").rglob("*.py"):
        relative = path.relative_to(PACKAGE).as_posix()
        backwards = [
            m
            for m in _imports(path)
            if m == "vanskapshuset.app"
            or m.startswith(("vanskapshuset.sync", "vanskapshuset.app."))
        ]
        assert not backwards, relative


@pytest.mark.parametrize("arguments", [["check"], ["format", "--check"]])
def test_ruff_is_clean(arguments: list[str]) -> None:
    beside_python = Path(sys.executable).with_name("ruff")
    ruff = str(beside_python) if beside_python.exists() else shutil.which("ruff") or "ruff"
    result = subprocess.run(
        [ruff, *arguments, "src", "tests", "benchmarks", "tools"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr
