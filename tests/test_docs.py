"""The README stays true: every command and key binding is documented, and CI runs its tests."""

from __future__ import annotations

import re
from pathlib import Path

from tui.cli import COMMAND_NAMES

ROOT = Path(__file__).parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_subcommand_is_in_the_readme() -> None:
    missing = [name for name in COMMAND_NAMES if f"`casebrowser {name}" not in README]
    assert missing == []


def test_ci_runs_the_readme_test_command() -> None:
    blocks = re.findall(r"```sh\n(.*?)\n```", README, flags=re.DOTALL)
    launch, tests = blocks[0], blocks[1]
    assert launch.endswith("casebrowser") and "pip install" in launch
    assert "pytest" in tests
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert tests in ci.splitlines()


def test_readme_opens_with_the_two_commands() -> None:
    first_lines = README.splitlines()[:14]
    assert sum(line.startswith("python3 -m venv .venv") for line in first_lines) == 2
