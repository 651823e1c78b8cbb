"""Huge documents in the reader: 100,000 paragraphs, or one paragraph of 10 MB on a single line.
The reader wraps only what comes into view, so both open and every key still works."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.pilot import Pilot

from store.case import Case
from store.models import Quote
from tests.tui.conftest import Doc, save
from tui.app import build_app
from tui.panes.common import DocumentRequested
from tui.panes.reader.pane import ReaderPane
from tui.panes.reader.text_layout import CACHED_LINES
from tui.screenshots import settle

SIZE = (120, 40)
PARAGRAPHS = 100_000
QUOTED = (10, 50_000, PARAGRAPHS - 1)  # paragraphs with a quote in them
HUGE_END = " \x1b[2J the very last words."


def paragraph_text(number: int) -> str:
    if number in QUOTED:
        return f'Paragraph {number}. "Quoted words {number}," said someone.'
    return f"Paragraph {number}. " + "Some ordinary words of an ordinary paragraph. " * 3


def quote_in(number: int) -> Quote:
    start = paragraph_text(number).index('"') + 1
    words = f"Quoted words {number},"
    return Quote(
        text=words,
        speaker=f"Speaker {number}",
        paragraph=number,
        start=start,
        end_paragraph=number,
        end=start + len(words),
    )


@pytest.fixture(scope="module")
def long_case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    doc = Doc(
        "A very long document",
        [("text", paragraph_text(number)) for number in range(PARAGRAPHS)],
        raw="raw text",
        quotes=[quote_in(number) for number in QUOTED],
    )
    path = tmp_path_factory.mktemp("long") / "long.case.db"
    with Case(path) as case:
        save(case, 0, doc)
    return path


@pytest.fixture(scope="module")
def huge_case(tmp_path_factory: pytest.TempPathFactory) -> Path:
    words = "a line that never breaks " * (10_000_000 // 25)
    doc = Doc("One huge line", [("text", words + HUGE_END)])
    path = tmp_path_factory.mktemp("huge") / "huge.case.db"
    with Case(path) as case:
        save(case, 0, doc)
    return path


async def open_document(pilot: Pilot[None], paragraph: int | None = None) -> ReaderPane:
    await settle(pilot)
    pilot.app.screen.post_message(DocumentRequested(1, paragraph))
    await settle(pilot)
    return pilot.app.query_one(ReaderPane)


def shown(reader: ReaderPane) -> str:
    return "\n".join(reader.article.shown_lines())


async def test_a_hundred_thousand_paragraphs_open_and_every_key_works(long_case: Path) -> None:
    app = build_app(long_case)
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_document(pilot)
        article = reader.article
        assert article.paragraph_count == PARAGRAPHS
        assert "A very long document" in shown(reader) and "Paragraph 0." in shown(reader)
        assert article.cached_lines <= CACHED_LINES

        await pilot.press("G")
        await settle(pilot)
        assert article.scroll_y == article.max_scroll_y > 0
        assert f'Paragraph {PARAGRAPHS - 1}. "Quoted words' in shown(reader)
        assert f"— Speaker {PARAGRAPHS - 1}" in shown(reader)  # the very end
        await pilot.press("g")
        await settle(pilot)
        assert article.scroll_y == 0 and "A very long document" in shown(reader)

        await pilot.press("n")  # the first quote
        await settle(pilot)
        assert article.current_quote_paragraphs() == [10]
        assert '"Quoted words 10," said someone.' in shown(reader)
        await pilot.press("N")  # back past the first: the last
        await settle(pilot)
        assert article.current_quote_paragraphs() == [PARAGRAPHS - 1]
        assert f'"Quoted words {PARAGRAPHS - 1}," said someone.' in shown(reader)
        await pilot.press("N")
        await settle(pilot)
        assert article.current_quote_paragraphs() == [50_000]
        assert '"Quoted words 50000," said someone.' in shown(reader)

        reader.show_document(1, paragraph=90_000)  # as the quotes pane and timeline do
        await settle(pilot)
        assert article.paragraph_at_top() == 90_000
        assert article.shown_lines()[0].lstrip().startswith("Paragraph 90000.")
        reader.show_document(1, paragraph=PARAGRAPHS - 1)  # the last: shown, at the end
        await settle(pilot)
        assert article.scroll_y == article.max_scroll_y
        assert f'Paragraph {PARAGRAPHS - 1}. "Quoted words' in shown(reader)

        before = article.paragraph_at_top()
        assert before is not None
        await pilot.press("pageup", "k")  # a screen (about 12 paragraphs) and a line up
        await settle(pilot)
        after = article.paragraph_at_top()
        assert after is not None and before - 20 < after < before - 5
        await pilot.press("1")  # leaving the reader works too
        await settle(pilot)
        assert app.query_one("TabbedContent").active == "documents"
        assert article.cached_lines <= CACHED_LINES


async def test_a_document_opened_at_its_last_paragraph_shows_it(long_case: Path) -> None:
    app = build_app(long_case)
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_document(pilot, paragraph=99_999)
        assert reader.article.scroll_y == reader.article.max_scroll_y > 0
        assert 'Paragraph 99999. "Quoted words 99999," said someone.' in shown(reader)
        reader = await open_document(pilot, paragraph=99_000)  # the same document: no reload
        assert reader.article.paragraph_at_top() == 99_000
        assert reader.article.shown_lines()[0].lstrip().startswith("Paragraph 99000.")


async def test_a_ten_megabyte_line_opens_and_its_end_is_reachable(huge_case: Path) -> None:
    app = build_app(huge_case)
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_document(pilot)
        article = reader.article
        assert "a line that never breaks" in shown(reader)
        await pilot.press("G")
        await settle(pilot)
        assert article.scroll_y == article.max_scroll_y > 100_000
        assert "␛[2J the very last words." in shown(reader)  # literal, never an escape
        assert "\x1b" not in shown(reader)
        await pilot.press("k", "pageup", "g")
        await settle(pilot)
        assert "One huge line" in shown(reader)
        assert article.cached_lines <= CACHED_LINES  # a window of it, not millions of Strips

        await pilot.press("v")  # the raw text is as long, and windowed the same way
        await settle(pilot)
        reader.raw.focus()
        await pilot.press("G")
        await settle(pilot)
        assert any("␛[2J the very last words." in line for line in reader.raw.shown_lines())
        assert reader.raw.cached_lines <= CACHED_LINES
