"""The palette's "Screenshot": saved in the current folder, where exports go, and the notice says
where, or why not."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.message import Message

from tests.tui.conftest import CaseFactory, Doc, notices, wait_for_palette, wait_until
from tui.app import build_app
from tui.screen_capture import save_screenshot, screenshot_path
from tui.screenshots import settle

SVG = "<svg>a screen</svg>"
CASE = Path("/cases/ferries.case.db")


def test_the_picture_is_named_after_the_case_and_numbered_past_others(tmp_path: Path) -> None:
    assert screenshot_path(tmp_path, CASE) == tmp_path / "ferries-screenshot.svg"
    (tmp_path / "ferries-screenshot.svg").write_text("old")
    (tmp_path / "ferries-screenshot-2.svg").write_text("old")
    assert screenshot_path(tmp_path, CASE) == tmp_path / "ferries-screenshot-3.svg"


def test_saving_never_replaces_a_file(tmp_path: Path) -> None:
    (tmp_path / "ferries-screenshot.svg").write_text("mine")
    saved = save_screenshot(SVG, CASE, tmp_path)
    assert saved == tmp_path / "ferries-screenshot-2.svg"
    assert saved.read_text(encoding="utf-8") == SVG
    assert (tmp_path / "ferries-screenshot.svg").read_text() == "mine"


def test_a_missing_folder_is_named_with_the_reason(tmp_path: Path) -> None:
    missing = tmp_path / "Downloads"
    with pytest.raises(OSError, match=r"Downloads/ferries-screenshot\.svg: No such file"):
        save_screenshot(SVG, CASE, missing)
    assert not missing.exists()  # not made behind the user's back


def test_a_file_where_the_folder_should_be_says_so(tmp_path: Path) -> None:
    blocker = tmp_path / "here"
    blocker.write_text("a file")
    with pytest.raises(OSError, match="Not a directory"):
        save_screenshot(SVG, CASE, blocker)


def test_a_removed_current_folder_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    with pytest.raises(OSError, match="the current folder no longer exists"):
        save_screenshot(SVG, CASE)


async def run_screenshot(case: Path, messages: list[Message]) -> None:
    app = build_app(case)
    async with app.run_test(size=(100, 30), message_hook=messages.append) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *"screenshot")
        await wait_for_palette(pilot, "Screenshot")
        await pilot.press("enter")
        await wait_until(
            pilot, lambda: any(n.title == "Screenshot" for n in notices(messages)), "a notice"
        )


@pytest.fixture
def small_case(make_case: CaseFactory) -> Path:
    return make_case([Doc("Ferries return [to] the harbour", [("text", "They did.")])])


async def test_the_palette_saves_the_screen_in_the_current_folder_and_says_where(
    small_case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    monkeypatch.chdir(folder)
    monkeypatch.setenv("HOME", str(tmp_path / "home-without-downloads"))
    messages: list[Message] = []
    await run_screenshot(small_case, messages)
    (saved,) = folder.glob("*.svg")
    (notice,) = [n for n in notices(messages) if n.title == "Screenshot"]
    assert notice.severity == "information"
    assert notice.message == f"Saved to {saved}"
    picture = saved.read_text(encoding="utf-8")
    assert picture.startswith("<svg") and "Ferries" in picture
    assert "Search for commands" not in picture  # the palette had closed


async def test_the_palette_says_why_a_screenshot_could_not_be_saved(
    small_case: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    messages: list[Message] = []
    await run_screenshot(small_case, messages)
    (notice,) = [n for n in notices(messages) if n.title == "Screenshot"]
    assert notice.severity == "error"
    assert notice.message == "Not saved: the current folder no longer exists"
