"""The README stays true: every command and key binding is documented, and CI runs its tests."""

from __future__ import annotations

import re
from pathlib import Path

from tui.cli import COMMAND_NAMES
from tui.screens.keys import KeyEntry

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


async def test_every_key_binding_is_in_the_readme_as_the_app_shows_it(tmp_path: Path) -> None:
    from store.case import Case
    from tui.app import build_app
    from tui.screens.keys import key_sections
    from tui.screenshots import settle

    Case(tmp_path / "c.db").close()
    app = build_app(tmp_path / "c.db")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        sections = key_sections(app.screen)
    keys_text = README.split("## Keys", 1)[1].split("\n## ", 1)[0]
    wrong = [
        f"{section.title}: {row}"
        for section in sections
        for row in map(key_row, section.entries)
        if row not in keys_text.split(f"**{section.title}**", 1)[1].split("\n**", 1)[0]
    ]
    assert sections and wrong == []  # each a row the README should have, under its section


# The README spells out the keys the app shows as symbols.
SPELLED_KEYS = {
    "^c": "ctrl+c",
    "^r": "ctrl+r",
    "^p": "ctrl+p",
    "↑": "up",
    "↓": "down",
    "pgup": "page up",
    "pgdn": "page down",
    "⏎": "enter",
}


def key_row(entry: KeyEntry) -> str:
    keys = ", ".join(f"`{SPELLED_KEYS.get(key, key)}`" for key in entry.keys)
    return f"| {keys} | **{entry.description}**: {entry.tooltip} |"
