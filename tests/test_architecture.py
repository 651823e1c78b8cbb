"""ARCHITECTURE.md stays true: every path and module it names exists."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

ROOT = Path(__file__).parents[1]
MAP = (ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8")
TOP = ("store", "tui", "tests", "benchmarks", "seeds")


def named_paths() -> set[str]:
    pattern = rf"`((?:{'|'.join(TOP)})/[\w./]*)`"
    return set(re.findall(pattern, MAP))


def named_modules() -> set[str]:
    dotted = set(re.findall(r"`((?:store|tui)\.[\w.]+)`", MAP))
    # `store.cleaning.clean.clean` names a function: its module is what must import.
    return {name for name in dotted if name.split(".")[-1][0].islower()}


def test_the_map_names_the_packages() -> None:
    paths = named_paths()
    for package in ("store/case/", "store/ingest/", "store/search/", "tui/cli/", "tui/panes/"):
        assert package in paths


def test_every_path_the_map_names_exists() -> None:
    missing = sorted(path for path in named_paths() if not (ROOT / path).exists())
    assert missing == []


def module_of(name: str) -> str:
    """The module a dotted name lives in: its longest prefix whose parent is a package folder
    (`store.timex.dates.find_dates` -> `store.timex.dates`)."""
    parts = name.split(".")
    end = len(parts)
    while end > 1 and not (ROOT / Path(*parts[: end - 1])).is_dir():
        end -= 1
    return ".".join(parts[:end])


def test_every_module_the_map_names_exists() -> None:
    missing = [
        name
        for name in sorted(named_modules())
        if importlib.util.find_spec(module_of(name)) is None
    ]
    assert missing == []


def test_every_store_package_is_on_the_map() -> None:
    packages = {
        f"{path.parent.relative_to(ROOT).as_posix()}/"
        for path in (ROOT / "store").rglob("__init__.py")
    }
    assert packages - {"store/"} <= named_paths()
