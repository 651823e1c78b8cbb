"""Every library the code imports is declared in pyproject.toml, not only pulled in by another."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OWN = {"store", "tui", "seeds", "tests"}


def imported_modules() -> set[str]:
    found: set[str] = set()
    for package in ("store", "tui"):
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Import):
                    found.update(alias.name.split(".")[0] for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    found.add(node.module.split(".")[0])
    return found - OWN - set(sys.stdlib_module_names) - {"__future__"}


def declared() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = (re.match(r"[A-Za-z0-9_.-]+", spec).group(0) for spec in project["dependencies"])
    return {re.sub(r"[-_.]+", "-", name).lower() for name in names}


def test_every_imported_library_is_a_declared_dependency() -> None:
    distributions = packages_distributions()
    missing = {
        module: distributions.get(module, [module])
        for module in imported_modules()
        if not {re.sub(r"[-_.]+", "-", d).lower() for d in distributions.get(module, [module])}
        & declared()
    }
    assert missing == {}
