"""The reader pane: the article, raw text, neighbours, the browser and highlights."""

from __future__ import annotations

import threading
import webbrowser
from pathlib import Path

import pytest
from textual import events
from textual.content import Content
from textual.message import Message
from textual.widgets import Static, TabbedContent

from store.models import Quote
from tests.tui.conftest import Doc, notices, posted, wait_until
from tui.app import build_app
from tui.panes.common import TO_END, DocumentRequested, quote_highlights
from tui.panes.quote_marks import HIGHLIGHT_STYLE
from tui.panes.reader.pane import ReaderPane
from tui.screenshots import settle

SIZE = (120, 40)
LONG_DOC = Doc("Long", [("text", f"Paragraph {n}. " + "word " * 60) for n in range(40)])
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


def shown_anywhere(reader: ReaderPane, text: str) -> bool:
    return any(text in line for line in reader.article.shown_lines())


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
        article = reader.article
        header = {
            "title": "Harbour dispute reaches court",
            "meta": "Daily Planet · Ann Smith · 2024-03-01 · 1 quote",
            "url": "https://example.org/harbour",
        }
        for name, text in header.items():
            assert str(article.header(name)) == text
            assert shown_anywhere(reader, text)
        assert article.header("note") is None and article.header("tags") is None
        kinds = [article.paragraph_kind(index) for index in range(article.paragraph_count)]
        assert kinds == ["text", "heading", "text", "text"]
        assert str(article.paragraph_content(1)) == "What the minister said"
        assert shown_anywhere(reader, "What the minister said")
        assert app.focused is article


async def test_the_first_frame_showing_the_reader_shows_the_document(case_path: Path) -> None:
    """Not the pane first and its text a frame later."""
    frames: list[str] = []
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        reader = app.query_one(ReaderPane)
        display = app._display

        def record(screen, update) -> None:
            display(screen, update)
            if update is not None and reader.region.area:
                strips = screen._compositor.render_strips()
                frames.append("\n".join(strip.text for strip in strips))

        app._display = record
        await open_harbour(pilot)
    assert frames and "Harbour dispute reaches court" in frames[0]
    assert "What the minister said" in frames[0]


async def test_a_hidden_reader_leaves_the_focus_where_it_is(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_harbour(pilot)
        await pilot.press("1")
        await settle(pilot)
        listing = app.focused
        app.screen.action_reload_case()  # the document is read and shown anew, out of sight
        await settle(pilot)
        assert reader.document is not None and app.focused is listing
        await pilot.press("2")
        await settle(pilot)
        assert app.focused is reader.article


async def test_the_reader_shows_once_its_document_is_read(case_path: Path) -> None:
    messages: list[Message] = []
    app = build_app(case_path)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await open_harbour(pilot)
        kinds = [type(message).__name__ for message in messages]
        activated = [
            index
            for index, message in enumerate(messages)
            if isinstance(message, TabbedContent.TabActivated) and message.pane.id == "reader"
        ]
        assert activated and kinds.index("DocumentLoaded") < activated[0]


async def test_a_slow_document_shows_the_reader_loading(
    case_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tui.panes.reader.pane

    read_quotes = tui.panes.reader.pane.document_quote_hits
    opened = threading.Event()

    def slow(case, doc_id):
        opened.wait(10)  # until the test has seen the reader waiting
        return read_quotes(case, doc_id)

    monkeypatch.setattr(tui.panes.reader.pane, "document_quote_hits", slow)
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        reader = app.query_one(ReaderPane)
        try:  # the indicator comes LOADING_SHOWN_AFTER seconds in, while the quotes are held back
            await wait_until(
                pilot,
                lambda: app.query_one(TabbedContent).active == "reader" and reader.loading,
                "the reader shows it is loading",
            )
        finally:
            opened.set()
        await settle(pilot)
        assert not reader.loading and reader.document is not None


async def test_the_reader_column_is_at_most_88_wide_and_centred(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=(160, 40)) as pilot:
        reader = await open_harbour(pilot)
        left, width = reader.article.column_span()
        assert width == 88
        right = reader.article.row_width - left - width
        assert abs(left - right) <= 2
        [title] = [line for line in reader.article.shown_lines() if "Harbour dispute" in line]
        assert title.index("Harbour dispute") == left + 2  # inside the column's padding


async def test_scroll_keys_move_through_a_long_document(make_case) -> None:
    app = build_app(make_case([LONG_DOC]))
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
        assert any("Subscribe now!" in line for line in reader.raw.shown_lines())
        assert raw.region.x > reader.article.region.x
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
    app = build_app(make_case([LONG_DOC]))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2")
        reader = app.query_one(ReaderPane)
        reader.show_document(1, paragraph=30, highlight=(0, 13))
        await settle(pilot)
        article = reader.article
        assert article.scroll_y > 0 and article.paragraph_at_top() == 30
        assert article.shown_lines()[0].lstrip().startswith("Paragraph 30.")  # the first line
        content = article.paragraph_content(30)
        assert isinstance(content, Content)
        assert [(span.start, span.end) for span in content.spans] == [(0, 13)]
        assert content.plain[0:13] == "Paragraph 30."
        # The same document again: no reload, new highlights, new place.
        reader.show_document(1, paragraph=2, highlights={2: [(0, 5)], 3: [(0, TO_END)]})
        await settle(pilot)
        assert [s.end for s in article.paragraph_content(3).spans] == [
            len("Paragraph 3. " + "word " * 60)
        ]
        assert article.paragraph_at_top() == 2


async def test_a_quote_request_opens_the_reader_on_the_quote(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        quote = Quote(doc_id=HARBOUR, text="…", paragraph=2, start=1, end_paragraph=3, end=9)
        app.query_one("DocumentsPane").post_message(DocumentRequested.for_quote(quote))
        await settle(pilot)
        reader = app.query_one(ReaderPane)
        assert app.query_one("TabbedContent").active == "reader"
        spans = reader.article.paragraph_content(2).spans
        quoted = '"We will not give up the harbour," the minister said outside the court.'
        # Besides the highlight, the paragraph's own quote is marked (test_reader_quotes.py).
        highlighted = [(span.start, span.end) for span in spans if span.style == HIGHLIGHT_STYLE]
        assert highlighted == [(1, len(quoted))]
        assert [(s.start, s.end) for s in reader.article.paragraph_content(3).spans] == [(0, 9)]


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


async def test_the_reading_place_survives_the_raw_text_narrowing_the_article(make_case) -> None:
    app = build_app(make_case([LONG_DOC]))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.query_one(ReaderPane)
        article = reader.article
        reader.show_document(1, paragraph=20)
        await settle(pilot)
        assert article.paragraph_at_top() == 20
        await pilot.press("v")  # half the width: every paragraph wraps anew
        await settle(pilot)
        assert article.paragraph_at_top() == 20
        assert article.shown_lines()[0].lstrip().startswith("Paragraph 20.")
        await pilot.press("v")
        await settle(pilot)
        # Both keys in one read, as a terminal sends them: G lands before the new width does.
        app.post_message(events.Key("v", "v"))
        app.post_message(events.Key("G", "G"))
        await settle(pilot)
        assert article.scroll_y == article.max_scroll_y > 0
        lines = article.shown_lines()
        assert lines[-2:] == ["", ""] and lines[-3].endswith("word")  # the bottom padding
