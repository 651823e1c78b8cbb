"""Exports from the command palette write the same bytes as `casebrowser export`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.message import Message
from textual.widgets import Input

from store.case import Case
from store.ingest.run import ingest
from tests.tui.conftest import notices, posted
from tui import exporting
from tui.app import build_app
from tui.cli import main
from tui.export_commands import ExportProgressed, format_label
from tui.locations import seeds_dir
from tui.screens.export import ExportScreen
from tui.screenshots import settle

SIZE = (120, 40)
# (palette export, format's place in the dialog's list, the same export on the command line)
EXPORTS = [
    ("starred", 0, ["quotes", "--starred", "--format", "markdown"]),
    ("starred", 1, ["quotes", "--starred", "--format", "csv"]),
    ("quotes", 2, ["quotes", "--format", "json"]),
    ("timeline", 0, ["timeline", "--format", "csv"]),
    ("timeline", 1, ["timeline", "--format", "markdown"]),
    ("timeline", 2, ["timeline", "--format", "timelinejs"]),
    ("docs", 0, ["docs", "--format", "csl-json"]),
    ("docs", 1, ["docs", "--format", "bibtex"]),
]


@pytest.fixture
def seeded(tmp_path: Path) -> Path:
    """The sample articles, two quotes starred and one noted."""
    path = tmp_path / "telegram.case.db"
    with Case(path) as case:
        ingest(case, [seeds_dir()])
        first, second, *_ = case.quote_hits(limit=5)
        case.annotate_quote(first.quote.id or 0, starred=True, note="opening line")
        case.annotate_quote(second.quote.id or 0, starred=True)
    return path


async def export_in_app(
    case: Path, key: str, moves: int, *, path: str | None = None, before: tuple[str, ...] = ()
) -> list[Message]:
    """Run one palette export: choose the format `moves` down the list, keep or type a file."""
    messages: list[Message] = []
    app = build_app(case)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await settle(pilot)
        for keys in before:
            await pilot.press(*keys)
            await settle(pilot)
        app.screen.ask_export(key)
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        await pilot.press(*["down"] * moves)
        if path is not None:
            app.screen.query_one(Input).value = path
        await pilot.press("enter")
        await settle(pilot)
    return messages


@pytest.mark.parametrize(("key", "moves", "command"), EXPORTS)
async def test_the_app_writes_what_the_command_line_writes(
    seeded: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    key: str,
    moves: int,
    command: list[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    messages = await export_in_app(seeded, key, moves)
    (written,) = [n for n in notices(messages) if n.message.startswith("Written to ")]
    where, *left_out = written.message.removeprefix("Written to ").split("\n")
    from_app = Path(where)
    # TimelineJS alone leaves out events (the undated), and the notice says how many.
    assert bool(left_out) == (command[-1] == "timelinejs")
    ending = exporting.FILE_ENDINGS[command[-1]]
    what = "starred-quotes" if "--starred" in command else command[0]
    assert from_app == tmp_path / f"telegram-{what}.{ending}"  # the default name, here
    from_cli = tmp_path / "from-cli"
    assert main(["export", *command, "--case", str(seeded), "--out", str(from_cli)]) == 0
    assert from_app.read_bytes() == from_cli.read_bytes()
    assert len(from_app.read_bytes()) > 100


async def test_search_results_export_as_the_command_line_query(
    seeded: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    typed = ("3", "slash", *"'telegram")
    await export_in_app(seeded, "found", 1, path="found.csv", before=(typed,))
    cli = tmp_path / "cli.csv"
    command = ["export", "quotes", "--query", "'telegram", "--format", "csv", "--out", str(cli)]
    assert main([*command, "--case", str(seeded)]) == 0
    found = (tmp_path / "found.csv").read_text(encoding="utf-8")
    assert found == cli.read_text(encoding="utf-8")
    everything = await export_in_app(seeded, "quotes", 1, path="all.csv")
    assert everything and found.count("\n") < (tmp_path / "all.csv").read_text().count("\n")


async def test_the_palette_lists_the_exports_and_runs_one(
    seeded: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = build_app(seeded)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"export timeline")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ExportScreen)
        box = app.screen.query_one(Input)
        assert box.value == str(tmp_path / "telegram-timeline.csv")
        await pilot.press("down", "down")  # the name follows the format until it is edited
        assert box.value == str(tmp_path / "telegram-timeline.timelinejs.json")
        await pilot.press("tab", *["backspace"] * len("timelinejs.json"), *"js.json", "enter")
        await settle(pilot)
    assert json.loads((tmp_path / "telegram-timeline.js.json").read_text())["events"]


async def test_an_existing_file_is_never_replaced(
    seeded: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mine.md").write_text("my notes")
    messages = await export_in_app(seeded, "starred", 0, path="mine.md")
    assert (tmp_path / "mine.md").read_text() == "my notes"
    (error,) = [n for n in notices(messages) if n.severity == "error"]
    assert (
        error.message
        == f"Could not export: {tmp_path / 'mine.md'} exists already: choose another name"
    )
    assert not error.markup


async def test_a_folder_that_cannot_be_written_gives_a_clear_error(
    seeded: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    messages = await export_in_app(seeded, "docs", 0, path="no/such/folder/refs.json")
    (error,) = [n for n in notices(messages) if n.severity == "error"]
    assert error.message.startswith(f"Could not export: cannot write {tmp_path}/no/such/folder")
    assert "No such file or directory" in error.message


async def test_a_large_export_reports_its_progress(
    seeded: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(exporting, "PROGRESS_MIN_ITEMS", 1)  # the sample case counts as large
    messages = await export_in_app(seeded, "quotes", 0)
    progress = posted(messages, ExportProgressed)
    assert progress and progress[-1].done == progress[-1].total
    assert progress[-1].total == (tmp_path / "telegram-quotes.md").read_text().count("\n> — ")


def test_only_a_quotes_markdown_export_is_offered_as_a_brief() -> None:
    assert "block quotes" in format_label("quotes", "markdown")
    assert "block quotes" not in format_label("timeline", "markdown")
    assert format_label("timeline", "csv") == format_label("quotes", "csv")


async def test_the_timeline_export_dialog_describes_its_own_formats(seeded: Path) -> None:
    app = build_app(seeded)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.screen.ask_export("timeline")
        await pilot.pause()
        assert isinstance(app.screen, ExportScreen)
        labels = [label for _fmt, label in app.screen.formats]
        assert labels and not any("block quotes" in label for label in labels)
