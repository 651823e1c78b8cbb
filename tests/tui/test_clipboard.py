"""The clipboard: OSC 52 always, and the system's tool where one can work, reported to the user."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from textual.message import Message

from tests.tui.conftest import CaseFactory, notices
from tests.tui.quote_docs import QUOTE_DOCS, STAR
from tui import clipboard
from tui.app import build_app
from tui.clipboard import ClipboardTool, clipboard_safe, clipboard_tools, copy_with_tool
from tui.panes.common import DocumentRequested
from tui.screenshots import settle

ALL_TOOLS = ("tmux", "wl-copy", "xclip", "xsel", "pbcopy")


@pytest.fixture
def fake_bin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A PATH of nothing but the fake tools a test writes into it (they name their own
    commands in full), and a session with no tmux or display of its own."""
    folder = tmp_path / "bin"
    folder.mkdir()
    monkeypatch.setenv("PATH", str(folder))
    for variable in ("TMUX", "WAYLAND_DISPLAY", "DISPLAY"):
        monkeypatch.delenv(variable, raising=False)
    return folder


def fake_tool(folder: Path, name: str, script: str) -> None:
    path = folder / name
    path.write_text(f"#!/bin/sh\n{script}\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR)


def names(tools: list[ClipboardTool]) -> list[str]:
    return [tool.name for tool in tools]


@pytest.mark.parametrize(
    ("env", "platform", "expected"),
    [
        ({}, "linux", []),
        ({"TMUX": "/tmp/tmux-0/default,1,0"}, "linux", ["tmux buffer"]),
        ({"WAYLAND_DISPLAY": "wayland-0"}, "linux", ["wl-copy"]),
        ({"DISPLAY": ":0"}, "linux", ["xclip", "xsel"]),
        ({}, "darwin", ["pbcopy"]),
        ({"TMUX": "x", "DISPLAY": ":0"}, "linux", ["tmux buffer", "xclip", "xsel"]),
    ],
    ids=["nothing", "tmux", "wayland", "x11", "macos", "tmux-over-x11"],
)
def test_tools_are_chosen_by_what_the_session_has(
    fake_bin: Path, env: dict[str, str], platform: str, expected: list[str]
) -> None:
    for tool in ALL_TOOLS:
        fake_tool(fake_bin, tool, "/bin/cat >/dev/null")
    assert names(clipboard_tools(env, platform)) == expected


def test_a_tool_not_installed_is_not_tried(fake_bin: Path) -> None:
    fake_tool(fake_bin, "xsel", "/bin/cat >/dev/null")
    assert names(clipboard_tools({"DISPLAY": ":0"}, "linux")) == ["xsel"]


def test_the_first_tool_that_works_takes_the_text(fake_bin: Path, tmp_path: Path) -> None:
    got = tmp_path / "got.txt"
    fake_tool(fake_bin, "broken", "exit 1")
    fake_tool(fake_bin, "good", f"/bin/cat > {got}")
    tools = [
        ClipboardTool("missing", ("no-such-tool",)),
        ClipboardTool("broken", ("broken",)),
        ClipboardTool("good", ("good",)),
    ]
    assert copy_with_tool("“quoted” — Ünïcode", tools) == "good"
    assert got.read_text() == "“quoted” — Ünïcode"
    assert copy_with_tool("x", tools[:2]) is None


def test_a_hanging_tool_times_out(fake_bin: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(clipboard, "TOOL_TIMEOUT", 0.2)
    fake_tool(fake_bin, "stuck", "exec /bin/sleep 5")
    assert copy_with_tool("x", [ClipboardTool("stuck", ("stuck",))]) is None


def test_a_tool_leaving_a_child_behind_does_not_block(fake_bin: Path) -> None:
    # xclip forks a child that keeps the selection and inherits the output streams.
    fake_tool(fake_bin, "forks", "/bin/cat >/dev/null; (/bin/sleep 5 &) ; exit 0")
    assert copy_with_tool("x", [ClipboardTool("forks", ("forks",))]) == "forks"


def test_control_characters_are_made_visible() -> None:
    text = "quote \x1b]52;c;aGVsbG8=\x07 \x9b2J \u202eevil\ttab\nline"
    safe = clipboard_safe(text)
    assert safe == "quote ␛]52;c;aGVsbG8=␇ <U+009B>2J <U+202E>evil\ttab\nline"


async def test_y_reports_the_tmux_buffer_and_osc_52(
    fake_bin: Path, tmp_path: Path, make_case: CaseFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    got = tmp_path / "buffer.txt"
    fake_tool(fake_bin, "tmux", f'[ "$*" = "load-buffer -w -" ] && /bin/cat > {got}')
    monkeypatch.setenv("TMUX", "/tmp/tmux-test/default,1,0")
    messages: list[Message] = []
    app = build_app(make_case(QUOTE_DOCS))
    async with app.run_test(size=(120, 40), message_hook=messages.append) as pilot:
        await settle(pilot)
        app.screen.post_message(DocumentRequested(STAR))
        await settle(pilot)
        await pilot.press("n", "y")
        await settle(pilot)
        assert app.clipboard.startswith("“I have asked the commission")
    assert got.read_text() == app.clipboard
    assert (
        "Copied “I have asked the commission to…” (Default) via tmux buffer and terminal (OSC 52)"
        in [notice.message for notice in notices(messages)]
    )
