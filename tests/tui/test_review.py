"""Review states in the app: a glyph and a filter in the documents list, its progress in the
status line, read on opening, keys to mark reviewed and excluded, the timeline hiding excluded."""

from __future__ import annotations

from pathlib import Path

from textual.message import Message
from textual.widgets import Input

from store.case import Case
from tests.tui.conftest import notices, wait_until
from tui.app import build_app
from tui.panes.common import READ_ONLY_NOTICE
from tui.panes.documents.pane import DocumentsPane
from tui.panes.reader.pane import ReaderPane
from tui.panes.timeline.pane import TimelinePane
from tui.screenshots import settle

SIZE = (120, 40)


def states(case_path: Path) -> dict[str, str]:
    with Case(case_path, readonly=True) as case:
        return {doc.title: doc.review for doc in case.documents()}


def status(app) -> str:
    return str(app.query_one("#documents-status").render())


async def test_opening_marks_read_and_keys_mark_reviewed_and_excluded(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.query_one(DocumentsPane)
        assert "0 of 4 reviewed" in status(app)
        first = pane.table.row(0)
        assert first is not None and first.review == "new"
        await pilot.press("enter")
        reader = app.query_one(ReaderPane)
        await wait_until(pilot, lambda: pane.table.row(0).review == "read", "marked read")
        assert reader.document is not None and reader.document.review == "read"
        # In the reader: r marks it reviewed, and the header says so.
        await pilot.press("r")
        await wait_until(pilot, lambda: pane.table.row(0).review == "reviewed", "reviewed")
        assert "✓ reviewed" in str(reader.article.header("meta"))
        assert "1 of 4 reviewed" in status(app)
        await pilot.press("r")  # again: back to read
        await wait_until(pilot, lambda: pane.table.row(0).review == "read", "back to read")
        # In the list: X excludes the document under the cursor, r marks another reviewed.
        await pilot.press("1", "X")
        await wait_until(pilot, lambda: pane.table.row(0).review == "excluded", "excluded")
        await pilot.press("j", "r")
        await wait_until(pilot, lambda: pane.table.row(1).review == "reviewed", "reviewed")
        await wait_until(pilot, lambda: "1 of 3 reviewed (1 excluded)" in status(app), "progress")
    assert sorted(states(case_path).values()) == ["excluded", "new", "new", "reviewed"]


async def test_the_reader_repaints_its_header_when_r_and_x_change_the_state(
    case_path: Path,
) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.query_one(DocumentsPane)
        await pilot.press("enter")
        await wait_until(pilot, lambda: pane.table.row(0).review == "read", "marked read")
        await settle(pilot)
        assert "✓" not in app.export_screenshot()
        await pilot.press("r")
        await wait_until(pilot, lambda: pane.table.row(0).review == "reviewed", "reviewed")
        await settle(pilot)
        assert "✓" in app.export_screenshot()  # painted, not only laid out
        await pilot.press("X")
        await wait_until(pilot, lambda: pane.table.row(0).review == "excluded", "excluded")
        await settle(pilot)
        painted = app.export_screenshot()
        assert "✗" in painted and "✓" not in painted


async def test_f_steps_the_review_filter_through_the_filter_box(case_path: Path) -> None:
    with Case(case_path) as case:
        case.set_review(1, "reviewed")
        case.set_review(3, "excluded")
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.query_one(DocumentsPane)
        box = pane.query_one(Input)
        seen = []
        for _ in range(5):
            await pilot.press("f")
            await settle(pilot)
            seen.append((box.value, pane.table.total))
        assert seen == [
            ("is:new", 2),
            ("is:read", 0),
            ("is:reviewed", 1),
            ("is:excluded", 1),
            ("", 4),
        ]
        # Typed words stay; the state is one word of the filter.
        await pilot.press("slash", *"harbour", "enter", "f")
        await settle(pilot)
        assert box.value == "harbour is:new"


async def test_the_timeline_hides_excluded_documents_until_x(case_path: Path) -> None:
    with Case(case_path, readonly=True) as case:
        dated = {entry.event.doc_id for entry in case.timeline_entries()}
        row = next(i for i, doc_id in enumerate(case.document_ids()) if doc_id in dated)
        events = len(case.timeline_entries())
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("4")
        timeline = app.query_one(TimelinePane).timeline
        await wait_until(pilot, lambda: timeline.timeline is not None, "timeline read")
        assert timeline.timeline.events == events
        await pilot.press("1", *["j"] * row, "X")  # a document with dated events
        await wait_until(pilot, lambda: timeline.timeline.events < events, "its events hidden")
        await pilot.press("4", "X")
        await wait_until(pilot, lambda: timeline.timeline.events == events, "shown again")
        assert "excluded shown (X)" in str(app.query_one("#timeline-status").render())


async def test_a_read_only_case_opens_documents_quietly_and_refuses_r(case_path: Path) -> None:
    case_path.chmod(0o444)
    messages: list[Message] = []
    try:
        app = build_app(case_path)
        async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
            await settle(pilot)
            await pilot.press("enter")
            reader = app.query_one(ReaderPane)
            await wait_until(pilot, lambda: reader.document is not None, "document open")
            await settle(pilot)
            assert not [n for n in notices(messages) if n.message == READ_ONLY_NOTICE]
            await pilot.press("r")
            await wait_until(
                pilot,
                lambda: any(n.message == READ_ONLY_NOTICE for n in notices(messages)),
                "the read-only notice",
            )
    finally:
        case_path.chmod(0o644)
    assert set(states(case_path).values()) == {"new"}
