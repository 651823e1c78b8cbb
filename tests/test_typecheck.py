"""mypy is part of the test run, as ruff is: a type error fails CI like a failing test.

What it checks and how strictly is set in pyproject.toml's [tool.mypy], so that running `mypy`
by hand in the repository gives the same answer as this test.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


def mypy_config() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]


def test_mypy_check_is_clean() -> None:
    if importlib.util.find_spec("mypy") is None:
        pytest.skip("mypy is not installed (pip install -e '.[test]')")
    result = subprocess.run(
        [sys.executable, "-m", "mypy"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_checks_all_of_store_and_tui() -> None:
    # The check is only as good as what it covers: every package, and missing types excused
    # only for libraries named one by one, never for our own modules or all imports at once.
    config = mypy_config()
    assert set(config["files"]) == {"store", "tui"}
    assert config["check_untyped_defs"] is True
    assert config["warn_unused_ignores"] is True
    assert "ignore_missing_imports" not in config
    for override in config.get("overrides", []):
        modules = override["module"]
        modules = [modules] if isinstance(modules, str) else modules
        assert set(override) == {"module", "ignore_missing_imports"}, override
        assert not any(name.split(".")[0] in {"store", "tui"} for name in modules), override
