"""Each pane on a fixed case at a fixed size. Update with --snapshot-update, then look at them."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input

from store.case import Case
from tui.app import build_app
from tui.panes.common import DocumentRequested
from tui.screenshots import settle

SIZE = (120, 40)
Compare = Callable[..., bool]


def pressing(*keys: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    """Settle, press `keys` one by one letting each land, with the input cursor held still."""

    async def run(pilot: Pilot[None]) -> None:
        for field in pilot.app.query(Input):
            field.cursor_blink = False
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)

    return run


class TestDocumentsPane:
    def test_sorted_by_date(self, snap_compare: Compare, case_path: Path) -> None:
        assert snap_compare(build_app(case_path), terminal_size=SIZE, run_before=pressing())

    def test_sorted_by_title_descending_with_the_cursor_moved(
        self, snap_compare: Compare, case_path: Path
    ) -> None:
        run = pressing("s", "s", "s", "S", "j")
        assert snap_compare(build_app(case_path), terminal_size=SIZE, run_before=run)

    def test_review_states_and_progress(self, snap_compare: Compare, case_path: Path) -> None:
        # Each state's glyph (• new, ✓ reviewed, ✗ excluded, none for read) and the progress.
        with Case(case_path) as case:
            case.mark_read(1)
            case.set_review(2, "reviewed")
            case.set_review(3, "excluded")
        assert snap_compare(build_app(case_path), terminal_size=SIZE, run_before=pressing())

    def test_at_80_columns_the_title_has_the_room(
        self, snap_compare: Compare, case_path: Path
    ) -> None:
        # Narrow: the columns close up and the status line takes its short words.
        assert snap_compare(build_app(case_path), terminal_size=(80, 24), run_before=pressing())


class TestReaderPane:
    def test_a_document(self, snap_compare: Compare, case_path: Path) -> None:
        run = pressing("G", "k", "enter")
        assert snap_compare(build_app(case_path), terminal_size=SIZE, run_before=run)

    def test_a_highlighted_quote_beside_the_raw_text(
        self, snap_compare: Compare, case_path: Path
    ) -> None:
        async def run(pilot: Pilot[None]) -> None:
            await settle(pilot)
            quote_request = DocumentRequested(1, 2, {2: [(1, 33)]})
            pilot.app.screen.post_message(quote_request)
            await settle(pilot)
            await pressing("v")(pilot)

        assert snap_compare(build_app(case_path), terminal_size=SIZE, run_before=run)

    def test_empty(self, snap_compare: Compare, case_path: Path) -> None:
        assert snap_compare(build_app(case_path), terminal_size=SIZE, run_before=pressing("2"))


class TestQuotesPane:
    def test_every_quote_in_document_order(self, snap_compare: Compare, case_path: Path) -> None:
        assert snap_compare(build_app(case_path), terminal_size=SIZE, run_before=pressing("3"))


class TestHelpScreen:
    def test_keys(self, snap_compare: Compare, case_path: Path) -> None:
        run = pressing("question_mark")
        assert snap_compare(build_app(case_path), terminal_size=SIZE, run_before=run)
