"""The quote list is virtual: rows are read a page at a time as they come into view, and a search
reads the rows of its first page only, however many quotes it finds."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.message import Message
from textual.pilot import Pilot
from textual.widgets import Static

from store.case import Case
from store.search import QuoteFinder
from tests.store.factories import add_document
from tests.tui.conftest import posted
from tui.app import build_app
from tui.panes.quote_list import CACHED_PAGES, PAGE_ROWS, ROW_LINES, QuoteList
from tui.panes.quotes import LIMIT, QuotesPane
from tui.panes.reader.pane import ReaderPane
from tui.screenshots import settle

SIZE = (120, 40)
DOCS = 6
QUOTES_A_DOC = 60  # 360 quotes: more than a search ranks, many pages of the empty query
SHAPES = (
    "Harbour fees at the port rose, number {n}",
    "The harbour workers said the fees stay [b]{n}[/b]",
    "Ships left the port early, number {n}",
)


@pytest.fixture(scope="module")
def many_quotes(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("many") / "many.case.db"
    with Case(path) as case:
        for doc in range(DOCS):
            quotes = [SHAPES[n % 3].format(n=f"{doc}-{n}") for n in range(QUOTES_A_DOC)]
            add_document(
                case,
                f"/port/{doc}.txt",
                f"Port {doc}",
                quotes,
                quotes=[(i, text, f"Speaker {doc}") for i, text in enumerate(quotes)],
            )
    return path


async def show_quotes(pilot: Pilot[None]) -> QuotesPane:
    await settle(pilot)
    await pilot.press("3")
    await settle(pilot)
    return pilot.app.query_one(QuotesPane)


def status(pane: QuotesPane) -> str:
    return str(pane.query_one("#quotes-status", Static).render())


def ranked_ids(path: Path, query: str) -> list[int | None]:
    with Case(path, readonly=True) as case, QuoteFinder(path) as finder:
        return [hit.quote.id for hit in finder.search(case, query, limit=LIMIT)]


async def test_a_search_reads_the_rows_of_its_first_page_only(many_quotes: Path) -> None:
    messages: list[Message] = []
    app = build_app(many_quotes)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        pane = await show_quotes(pilot)
        await pilot.press("slash", *"harbour")
        await settle(pilot)
        found = [m for m in posted(messages, QuotesPane.QuotesFound) if m.query == "harbour"]
        assert found[-1].ranking.total == LIMIT  # 240 quotes have the word; the best 200
        assert len(found[-1].hits) == PAGE_ROWS
        assert pane.quote_list.hits == found[-1].hits  # nothing more was read for the screen
        assert status(pane) == (
            f"The best {LIMIT} quotes matching “harbour”, best first  ·  excluded hidden (X)"
        )


async def test_scrolling_reads_later_pages_in_the_searchs_order(many_quotes: Path) -> None:
    expected = ranked_ids(many_quotes, "harbour fees")
    app = build_app(many_quotes)
    async with app.run_test(size=SIZE) as pilot:
        pane = await show_quotes(pilot)
        await pilot.press("slash", *"harbour fees", "down")
        await settle(pilot)
        quotes = pane.quote_list
        assert quotes.total == len(expected) > 2 * PAGE_ROWS
        await pilot.press("end")
        await settle(pilot)
        assert quotes.cursor == len(expected) - 1
        assert quotes.hit is not None and quotes.hit.quote.id == expected[-1]
        assert "fees" in quotes.hit.quote.text.lower()
        await pilot.press("pageup")
        await settle(pilot)
        on_screen = quotes.scrollable_content_region.height // ROW_LINES
        assert quotes.cursor == len(expected) - 1 - on_screen
        read = [quotes.row(index) for index in range(quotes.total)]
        assert [hit.quote.id for hit in read if hit is not None] == [
            quote_id for quote_id, hit in zip(expected, read, strict=True) if hit is not None
        ]
        assert read[0] is not None and read[-1] is not None and None in read  # middle unread


async def test_the_empty_query_lists_every_quote_not_the_first_few(many_quotes: Path) -> None:
    with Case(many_quotes, readonly=True) as case:
        last = case.quote_hits(offset=DOCS * QUOTES_A_DOC - 1, limit=1)[0]
    app = build_app(many_quotes)
    async with app.run_test(size=SIZE) as pilot:
        pane = await show_quotes(pilot)
        quotes = pane.quote_list
        assert quotes.total == DOCS * QUOTES_A_DOC > LIMIT
        shown = f"{DOCS * QUOTES_A_DOC} quotes, in document order  ·  excluded hidden (X)"
        assert status(pane) == shown
        await pilot.press("G")
        await settle(pilot)
        assert quotes.hit is not None and quotes.hit.quote.id == last.quote.id
        assert len(quotes._pages) <= CACHED_PAGES
        await pilot.press("g", "up")  # above the first quote: the search box
        assert app.focused is pane.search_box


async def test_a_star_on_a_later_page_shows_there(many_quotes: Path) -> None:
    app = build_app(many_quotes)
    async with app.run_test(size=SIZE) as pilot:
        pane = await show_quotes(pilot)
        quotes = pane.quote_list
        await pilot.press("end", "s")
        await settle(pilot)
        row = quotes.row_content(quotes.cursor)
        assert row is not None and str(row).startswith("★ ")
        assert quotes.annotation.starred
        await pilot.press("asterisk")
        await settle(pilot)
        assert quotes.total == 1 and quotes.hit is not None
        assert status(pane).startswith("1 quote starred")
    with Case(many_quotes) as case:  # the module's case, for the next test
        case.annotate_quote(quotes.hit.quote.id or 0, starred=False)


async def test_a_click_highlights_a_quote_and_a_double_click_opens_it(many_quotes: Path) -> None:
    app = build_app(many_quotes)
    async with app.run_test(size=SIZE) as pilot:
        pane = await show_quotes(pilot)
        quotes = pane.quote_list
        second = quotes.row(1)
        assert second is not None
        await pilot.click(QuoteList, offset=(10, ROW_LINES + 1))
        await settle(pilot)
        assert quotes.cursor == 1
        await pilot.double_click(QuoteList, offset=(10, ROW_LINES + 1))
        await settle(pilot)
        reader = app.query_one(ReaderPane)
        assert app.query_one("TabbedContent").active == "reader"
        assert reader.marks.current_hit is not None
        assert reader.marks.current_hit.quote.id == second.quote.id


async def test_quote_text_is_painted_literally(many_quotes: Path) -> None:
    app = build_app(many_quotes)
    async with app.run_test(size=SIZE) as pilot:
        pane = await show_quotes(pilot)
        await pilot.press("slash", *"'workers")
        await settle(pilot)
        painted = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
        assert "The harbour workers said the fees stay [b]" in painted
        assert pane.quote_list.hit is not None and app.is_running
