"""The app offers to re-extract an older case's documents when it opens it, and does it only
when asked, with progress."""

from __future__ import annotations

from pathlib import Path

from textual.message import Message

from store import EXTRACTION_VERSION
from store.case import Case
from tests.store.factories import add_document
from tests.store.ingest.test_reextract import STARRED, raw_doc, store_as_an_older_extraction
from tests.tui.conftest import notices
from tui.app import build_app
from tui.main_screen import MainScreen
from tui.screens.reextract import ReextractProgressed, ReextractScreen
from tui.screenshots import settle

SIZE = (120, 36)


def older_case(path: Path, documents: int = 3) -> Path:
    with Case(path) as case:
        for n in range(documents):
            store_as_an_older_extraction(case, raw_doc(n))
    return path


def versions(path: Path) -> list[int]:
    with Case(path, readonly=True) as case:
        rows = case.db.execute("SELECT extraction_version FROM documents ORDER BY id")
        return [row[0] for row in rows.fetchall()]


async def test_an_older_case_is_re_extracted_when_the_user_accepts(tmp_path: Path) -> None:
    path = older_case(tmp_path / "c.db")
    messages: list[Message] = []
    app = build_app(path)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ReextractScreen)
        assert "3 documents" in str(app.screen.query_one("#reextract-question").render())
        assert versions(path) == [0, 0, 0]  # asked, not done
        await pilot.press("enter")  # the focused "Re-extract"
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
    assert versions(path) == [EXTRACTION_VERSION] * 3
    steps = {(m.done, m.total) for m in messages if isinstance(m, ReextractProgressed)}
    assert sorted(steps) == [(1, 3), (2, 3), (3, 3)]
    assert any("3 re-extracted" in n.message for n in notices(messages))
    with Case(path, readonly=True) as case:
        assert [q.speaker for q in case.quotes_of_document(1)] == ["Ana Lopes", "Rui Costa"]


async def test_not_now_changes_nothing(tmp_path: Path) -> None:
    path = older_case(tmp_path / "c.db")
    app = build_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ReextractScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        app.screen.action_reload_case()  # reopening in the same session does not ask again
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
    assert versions(path) == [0, 0, 0]
    with Case(path, readonly=True) as case:
        assert [q.text for q in case.quotes_of_document(1)] == ["The council met", STARRED]


async def test_a_current_case_opens_with_no_offer(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    with Case(path) as case:
        add_document(case, "/a.txt", "Current", ["Stored by this casebrowser."])
    app = build_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
