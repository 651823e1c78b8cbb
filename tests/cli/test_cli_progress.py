"""Progress on stderr for long commands, and only when stderr is a terminal."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from tests.cli.test_cli import run
from tests.cli.test_cli_walkthrough import STORIES, site  # noqa: F401 -- the local server
from tui import exporting
from tui.cli import output


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def lines(stream: io.StringIO) -> list[str]:
    """What a terminal would have shown, line by line: each redraw replaces the line."""
    return [line.split("\r\x1b[2K")[-1] for line in stream.getvalue().split("\n") if line]


def test_no_progress_when_stderr_is_not_a_terminal() -> None:
    assert output.progress_printer("fetching", io.StringIO()) is None


def test_the_progress_line_is_redrawn_then_ends_with_a_newline() -> None:
    terminal = Terminal()
    show = output.progress_printer("fetching", terminal)
    assert show is not None
    show(1, 2, "http://a.example/1")
    show(2, 2, Path("/some/where/b.md"))
    assert terminal.getvalue() == (
        "\r\x1b[2K[1/2] fetching http://a.example/1\r\x1b[2K[2/2] fetching b.md\n"
    )


def test_add_shows_each_url_as_it_is_fetched(
    tmp_path: Path,
    site: str,  # noqa: F811
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    urls = [f"{site}/{name}" for name in STORIES] + [f"{site}/gone"]
    code, out, _ = run(capsys, "add", *urls, "--case", str(tmp_path / "c.db"))
    assert code == 1 and out.startswith("3 added")
    shown = lines(terminal)
    assert shown[0] == f"[4/4] fetching {urls[3]}"
    assert shown[1].startswith(f"{urls[3]}: HTTP 404")
    assert terminal.getvalue().count("fetching") == 4


def test_a_long_export_shows_progress_and_a_short_one_none(
    seed_case: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    terminal = Terminal()
    monkeypatch.setattr(sys, "stderr", terminal)
    code, quiet_text, _ = run(capsys, "export", "quotes", "--case", str(seed_case))
    assert code == 0 and terminal.getvalue() == ""  # a few dozen quotes: done in a blink
    monkeypatch.setattr(exporting, "PROGRESS_MIN_ITEMS", 1)
    code, text, _ = run(capsys, "export", "quotes", "--case", str(seed_case))
    assert code == 0 and text == quiet_text  # progress goes to stderr, never into the export
    quotes = text.count("\n> — ")
    assert lines(terminal) == [f"[{quotes}/{quotes}] writing quotes"]
