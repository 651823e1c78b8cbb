"""The reader pane: the article, raw text, neighbours, the browser and highlights."""

from __future__ import annotations

import webbrowser
from pathlib import Path

import pytest
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from store.models import Quote
from tests.tui.conftest import notices, posted
from tui.app import build_app
from tui.panes.common import TO_END, DocumentRequested, quote_highlights
from tui.panes.quote_marks import HIGHLIGHT_STYLE
from tui.panes.reader import ReaderPane
from tui.screenshots import settle

SIZE = (120, 40)
HARBOUR, BRIDGE, QUOTAS, UNDATED = 1, 2, 3, 4  # ids in the order the fixture saves them


class FakeBrowser:
    def __init__(self) -> None:
        self.opened: list[str] = []

    def open(self, url: str) -> bool:
        self.opened.append(url)
        return True


@pytest.fixture
def browser(monkeypatch: pytest.MonkeyPatch) -> FakeBrowser:
    fake = FakeBrowser()
    monkeypatch.setattr(webbrowser, "get", lambda: fake)
    return fake


def shown(reader: ReaderPane, selector: str) -> list[str]:
    return [str(static.render()) for static in reader.query(selector).results(Static)]


async def open_harbour(pilot) -> ReaderPane:
    await settle(pilot)
    await pilot.press("G", "k", "enter")  # third by date: the harbour article
    await settle(pilot)
    return pilot.app.query_one(ReaderPane)


async def test_enter_shows_the_document_with_its_metadata(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_harbour(pilot)
        assert app.query_one("TabbedContent").active == "reader"
        assert reader.document is not None and reader.document.id == HARBOUR
        assert shown(reader, ".title") == ["Harbour dispute reaches court"]
        assert shown(reader, ".meta") == ["Daily Planet · Ann Smith · 2024-03-01"]
        assert shown(reader, ".url") == ["https://example.org/harbour"]
        assert shown(reader, ".heading") == ["What the minister said"]
        assert len(shown(reader, ".paragraph")) == 4
        assert app.focused is reader.query_one("#reader-article")


async def test_the_reader_column_is_at_most_88_wide_and_centred(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=(160, 40)) as pilot:
        reader = await open_harbour(pilot)
        column = reader.query_one("#reader-column")
        assert column.outer_size.width <= 88
        left = column.region.x
        right = 160 - column.region.right
        assert abs(left - right) <= 2


async def test_scroll_keys_move_through_a_long_document(make_case) -> None:
    from tests.tui.conftest import Doc

    long_doc = Doc("Long", [("text", f"Paragraph {n}. " + "word " * 60) for n in range(40)])
    app = build_app(make_case([long_doc]))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        article = app.query_one("#reader-article")
        await pilot.press("j", "j")
        assert article.scroll_y == 2
        await pilot.press("k")
        assert article.scroll_y == 1
        await pilot.press("G")
        await pilot.pause()
        assert article.scroll_y == article.max_scroll_y > 0
        await pilot.press("g")
        await pilot.pause()
        assert article.scroll_y == 0
        await pilot.press("pagedown")
        await pilot.pause()
        assert article.scroll_y > 10


async def test_brackets_step_through_the_list_order(case_path: Path) -> None:
    messages: list[Message] = []
    app = build_app(case_path)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        reader = await open_harbour(pilot)
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert reader.document is not None and reader.document.id == BRIDGE
        await pilot.press("left_square_bracket")
        await settle(pilot)
        assert reader.document.id == QUOTAS
        await pilot.press("left_square_bracket")  # already the first
        await settle(pilot)
        assert reader.document.id == QUOTAS
        assert "This is the first document." in [n.message for n in notices(messages)]
        await pilot.press("right_square_bracket", "right_square_bracket", "right_square_bracket")
        await settle(pilot)
        assert reader.document.id == UNDATED
        await pilot.press("1")
        assert app.query_one("#documents-table").cursor == 3  # the list followed the reader
        await pilot.press("s", "s", "s", "2", "left_square_bracket")  # now by title
        await settle(pilot)
        assert reader.document.id == BRIDGE


async def test_v_shows_the_raw_text_beside_the_cleaned_text(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_harbour(pilot)
        raw = reader.query_one("#reader-raw")
        assert not raw.display
        await pilot.press("v")
        await pilot.pause()
        assert raw.display and reader.show_raw
        assert "Subscribe now!" in str(reader.query_one("#reader-raw-text", Static).render())
        assert raw.region.x > reader.query_one("#reader-article").region.x
        await pilot.press("v")
        await pilot.pause()
        assert not raw.display


async def test_o_opens_the_url_in_the_browser(case_path: Path, browser: FakeBrowser) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await open_harbour(pilot)
        await pilot.press("o")
        await settle(pilot)
    assert browser.opened == ["https://example.org/harbour"]


async def test_o_without_a_url_says_so(case_path: Path, browser: FakeBrowser) -> None:
    messages: list[Message] = []
    app = build_app(case_path)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await settle(pilot)
        await pilot.press("G", "enter", "o")  # the undated note has no URL
        await settle(pilot)
    assert browser.opened == []
    assert "This document has no URL." in [notice.message for notice in notices(messages)]


async def test_o_never_starts_a_terminal_browser(
    case_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(webbrowser, "get", lambda: webbrowser.GenericBrowser("lynx"))
    monkeypatch.setattr(
        webbrowser.GenericBrowser, "open", lambda *args: pytest.fail("started lynx")
    )
    messages: list[Message] = []
    app = build_app(case_path)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await open_harbour(pilot)
        await pilot.press("o")
        await settle(pilot)
        assert app.clipboard == "https://example.org/harbour"
    assert any("also sent to the clipboard" in notice.message for notice in notices(messages))


async def test_show_document_scrolls_to_a_paragraph_and_highlights_a_range(
    make_case,
) -> None:
    from tests.tui.conftest import Doc

    long_doc = Doc("Long", [("text", f"Paragraph {n}. " + "word " * 60) for n in range(40)])
    app = build_app(make_case([long_doc]))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2")
        reader = app.query_one(ReaderPane)
        reader.show_document(1, paragraph=30, highlight=(0, 13))
        await settle(pilot)
        target = reader.query_one("#paragraph-30", Static)
        article = reader.query_one("#reader-article")
        for _ in range(40):  # the scroll waits for the layout: give it up to two seconds
            if article.scroll_y > 0 and target.region.y - article.region.y <= 2:
                break
            await pilot.pause(0.05)
        assert article.scroll_y > 0
        assert 0 <= target.region.y - article.region.y <= 2  # at the top, below its margin
        content = target.render()
        assert isinstance(content, Content)
        assert [(span.start, span.end) for span in content.spans] == [(0, 13)]
        assert content.plain[0:13] == "Paragraph 30."
        # The same document again: no reload, new highlights, new place.
        reader.show_document(1, paragraph=2, highlights={2: [(0, 5)], 3: [(0, TO_END)]})
        await settle(pilot)
        assert [s.end for s in reader.query_one("#paragraph-3", Static).render().spans] == [
            len("Paragraph 3. " + "word " * 60)
        ]


async def test_a_quote_request_opens_the_reader_on_the_quote(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        quote = Quote(doc_id=HARBOUR, text="…", paragraph=2, start=1, end_paragraph=3, end=9)
        app.query_one("DocumentsPane").post_message(DocumentRequested.for_quote(quote))
        await settle(pilot)
        reader = app.query_one(ReaderPane)
        assert app.query_one("TabbedContent").active == "reader"
        spans = reader.query_one("#paragraph-2", Static).render().spans
        quoted = '"We will not give up the harbour," the minister said outside the court.'
        # Besides the highlight, the paragraph's own quote is marked (test_reader_quotes.py).
        highlighted = [(span.start, span.end) for span in spans if span.style == HIGHLIGHT_STYLE]
        assert highlighted == [(1, len(quoted))]
        assert [(s.start, s.end) for s in reader.query_one("#paragraph-3").render().spans] == [
            (0, 9)
        ]


def test_quote_highlights_cover_every_paragraph_of_a_long_quote() -> None:
    quote = Quote(text="x", paragraph=1, start=4, end_paragraph=4, end=2)
    assert quote_highlights(quote) == {
        1: [(4, TO_END)],
        2: [(0, TO_END)],
        3: [(0, TO_END)],
        4: [(0, 2)],
    }
    single = Quote(text="x", paragraph=0, start=3, end_paragraph=0, end=8)
    assert quote_highlights(single) == {0: [(3, 8)]}


async def test_the_reader_starts_empty_and_its_keys_are_disabled(case_path: Path) -> None:
    messages: list[Message] = []
    app = build_app(case_path)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await settle(pilot)
        await pilot.press("2", "v", "o", "left_square_bracket")
        await settle(pilot)
        reader = app.query_one(ReaderPane)
        assert reader.document is None and not reader.show_raw
        assert "No document open" in str(reader.query_one("#reader-empty", Static).render())
    assert posted(messages, ReaderPane.StepRequested) == []
