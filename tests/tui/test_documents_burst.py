"""Keys that arrive in one burst, as a terminal sends them when pasted or typed fast: each must
take effect, though the list has not yet read the rows the keys before it asked for."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input

from tests.tui.conftest import send_at_once, wait_until
from tui.app import build_app
from tui.panes.documents.pane import DocumentsPane
from tui.panes.reader.pane import ReaderPane
from tui.screenshots import settle

SIZE = (120, 40)


def reading(app: object) -> str | None:
    reader = app.query_one(ReaderPane)  # type: ignore[attr-defined]
    return reader.document.title if reader.document is not None else None


async def test_down_and_enter_after_filtering_open_the_document(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.query_one(DocumentsPane)
        await pilot.press("1", "slash", *"dupont")
        await settle(pilot)
        send_at_once(app, "down", "enter")
        await wait_until(pilot, lambda: reading(app) is not None, "the reader opens a document")
        assert reading(app) == "Fishing quotas cut again"
        assert not isinstance(app.focused, Input)
        assert pane.table.cursor == 0


async def test_enter_sent_with_the_filter_opens_the_row_once_it_is_read(case_path: Path) -> None:
    # The filter's rows are read in a worker: the enter comes before them, and waits for them.
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        send_at_once(app, "slash", *"bridge", "down", "enter")
        await wait_until(pilot, lambda: reading(app) is not None, "the reader opens a document")
        assert reading(app) == "Minister promises a new bridge"  # not the first row unfiltered
        assert app.query_one(DocumentsPane).list_query.text == "bridge"


async def test_enter_on_a_filter_that_matches_nothing_opens_nothing_later(
    case_path: Path,
) -> None:
    # The enter waits for the rows; none come, so it is dropped, not kept for the next filter.
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.query_one(DocumentsPane)
        send_at_once(app, "slash", *"zzz", "down", "enter")
        await wait_until(pilot, lambda: pane.table.total == 0, "the filter counts no rows")
        await pilot.press("slash", "ctrl+u")
        await wait_until(pilot, lambda: pane.table.total == 4, "the list counts every row")
        await settle(pilot)
        assert reading(app) is None
        assert app.query_one("TabbedContent").active == "documents"


async def test_moving_the_cursor_after_enter_leaves_the_enter_to_the_row_it_was_on(
    case_path: Path,
) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        send_at_once(app, "slash", *"harbour", "down", "enter", "down")
        await wait_until(pilot, lambda: reading(app) is not None, "the reader opens a document")
        # Sorted by date: the dated harbour story first, the undated note after it.
        assert reading(app) == "Harbour dispute reaches court"


async def test_moves_sent_before_the_count_are_kept(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        send_at_once(app, "slash", *"harbour", "down", "down", "enter")
        await wait_until(pilot, lambda: reading(app) is not None, "the reader opens a document")
        assert reading(app) == "Undated note on the harbour"  # the second of two rows


async def test_moves_sent_before_the_count_are_fitted_to_it(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pane = app.query_one(DocumentsPane)
        send_at_once(app, "slash", *"harbour", "down", *["down"] * 5)
        await wait_until(pilot, lambda: pane.table.total == 2, "the filter counts its rows")
        await settle(pilot)
        assert app.focused is pane.table
        assert pane.table.cursor == 1  # the last row, not past it
