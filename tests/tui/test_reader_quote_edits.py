"""Changing quotes from the reader: `e` gives the current quote its speaker, `+` adds the words
selected as a quote; the marks and speakers follow at once, and so does the quote finder."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual.geometry import Offset
from textual.message import Message
from textual.pilot import Pilot
from textual.selection import Selection
from textual.widgets import Input, Static

from store.case import Case
from tests.tui.conftest import (
    HOSTILE,
    CaseFactory,
    Doc,
    listed_quote_count,
    notices,
    reader_meta,
    wait_until,
)
from tests.tui.quote_docs import PROBLEM, QUOTE_DOCS, STAR, STAR_TEXT
from tui.app import build_app
from tui.panes.common import READ_ONLY_NOTICE, DocumentRequested
from tui.panes.note_editor import NoteEditor
from tui.panes.quote_marks import HIGHLIGHT_STYLE
from tui.panes.quotes import QuotesPane
from tui.panes.reader.layout import PIECE_CHARS
from tui.panes.reader.pane import ReaderPane
from tui.panes.reader.quote_edits import NO_SELECTION, NOT_ONE_PARAGRAPH
from tui.screenshots import settle

SIZE = (120, 40)
MISSED = "The ministry met the platform's representatives twice this year."


async def open_document(pilot: Pilot[None], doc_id: int) -> ReaderPane:
    await settle(pilot)
    pilot.app.screen.post_message(DocumentRequested(doc_id))
    await settle(pilot)
    return pilot.app.query_one(ReaderPane)


def select(
    reader: ReaderPane, paragraph: int, start: int, end: int, last: int | None = None
) -> None:
    """Select characters [start, end) of `paragraph` (to paragraph `last`), as a drag would."""
    article = reader.article
    first_block = article.paragraph_block(paragraph)
    last_block = article.paragraph_block(paragraph if last is None else last)
    article.screen.selections = {
        article: Selection(Offset(start, first_block), Offset(end, last_block))
    }


def styled(reader: ReaderPane, paragraph: int, style: str) -> list[str]:
    content = reader.article.paragraph_content(paragraph)
    return [content.plain[span.start : span.end] for span in content.spans if span.style == style]


def speakers(reader: ReaderPane, paragraph: int) -> str | None:
    content = reader.article.speakers_content(paragraph)
    return None if content is None else str(content)


async def name_speaker(pilot: Pilot[None], name: str) -> str:
    """Wait for the speaker editor, type `name` over what it holds, and press enter; what the
    editor asked."""
    app = pilot.app
    await wait_until(pilot, lambda: isinstance(app.screen, NoteEditor), "the speaker editor")
    asked = str(app.screen.query_one("#note-editor-title", Static).render())
    field = app.screen.query_one(Input)
    field.value = ""
    await pilot.press(*name)
    await pilot.press("enter")
    return asked


async def test_e_gives_the_current_quote_its_speaker_at_once(make_case: CaseFactory) -> None:
    path = make_case(QUOTE_DOCS)
    app = build_app(path)
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_document(pilot, STAR)
        await pilot.press("n", "n")
        assert reader.marks.current_hit.quote.id == PROBLEM
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, NoteEditor), "the speaker editor")
        field = app.screen.query_one(Input)
        assert field.value == "Fahmi Fadzil"
        field.value = ""
        await pilot.press(*"lim")  # completed from the case's speakers: right takes the rest
        await wait_until(pilot, lambda: field._suggestion == "Lim Wei", "a completion")
        await pilot.press("right", "enter")
        await wait_until(
            pilot,
            lambda: speakers(reader, 2) == "— Lim Wei   (corrected by you)",
            "the new speaker",
        )
        assert reader.marks.current_hit.quote.id == PROBLEM  # still the current one
        assert styled(reader, 2, HIGHLIGHT_STYLE) == ["We admit we have a problem with Telegram,"]
    with Case(path, readonly=True) as case:
        (hit,) = case.quote_hits(quote_ids=[PROBLEM])
    assert (hit.quote.speaker, hit.quote.how) == ("Lim Wei", "corrected")


async def test_x_marks_the_current_quote_not_a_quotation(make_case: CaseFactory) -> None:
    path = make_case(QUOTE_DOCS)
    app = build_app(path)
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_document(pilot, STAR)
        await pilot.press("n", "n")
        assert reader.marks.current_hit.quote.id == PROBLEM
        await pilot.press("x")
        await wait_until(
            pilot,
            lambda: PROBLEM not in [hit.quote.id for hit in reader.marks.quotes],
            "the quote unmarked",
        )
        assert styled(reader, 2, HIGHLIGHT_STYLE) == []
        after = reader.marks.current_hit  # the quote after it is current: n and N go on from there
        assert after is not None and after.quote.id != PROBLEM
        said = [notice.message for notice in app._notifications]
        assert any(f"annotate {PROBLEM} --is-a-quote" in message for message in said)
    with Case(path, readonly=True) as case:
        assert PROBLEM not in [hit.quote.id for hit in case.quote_hits()]
        assert case.quote_annotations([PROBLEM])[PROBLEM].rejected


async def test_x_lowers_the_counts_of_quotes_at_once(make_case: CaseFactory) -> None:
    path = make_case(QUOTE_DOCS)
    app = build_app(path)
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_document(pilot, STAR)
        assert reader_meta(app).endswith(" · 3 quotes")
        assert listed_quote_count(app, STAR) == 3
        await pilot.press("n", "x")
        await wait_until(pilot, lambda: reader_meta(app).endswith(" · 2 quotes"), "2 in the reader")
        await wait_until(pilot, lambda: listed_quote_count(app, STAR) == 2, "2 in the list")
        await pilot.press("x", "x")  # the last two: none left to count
        await wait_until(pilot, lambda: not reader.marks.quotes, "no quote marked")
        assert "quote" not in reader_meta(app)
        await wait_until(pilot, lambda: listed_quote_count(app, STAR) == 0, "0 in the list")


async def test_plus_adds_the_selected_words_as_a_quote(make_case: CaseFactory) -> None:
    path = make_case(QUOTE_DOCS)
    messages: list[Message] = []
    app = build_app(path)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        reader = await open_document(pilot, STAR)
        quotes_before = len(reader.marks.quotes)
        select(reader, 1, 0, len(STAR_TEXT[1]))
        await pilot.press("plus")
        asked = await name_speaker(pilot, "Ann Lee")
        assert asked.startswith("Who said “The ministry met the platform's")
        await wait_until(
            pilot, lambda: speakers(reader, 1) == "— Ann Lee   (added by you)", "the added quote"
        )
        assert len(reader.marks.quotes) == quotes_before + 1
        added = reader.marks.current_hit
        assert added is not None and (added.quote.text, added.quote.how) == (MISSED, "added")
        assert styled(reader, 1, HIGHLIGHT_STYLE) == [MISSED]
        assert reader.article.text_selection is None  # the selection became the quote
        # In document order: the second of the document's quotes, and in the quote finder.
        assert [hit.quote.id for hit in reader.marks.quotes].index(added.quote.id) == 1
        await pilot.press("3")
        pane = app.query_one(QuotesPane)
        await wait_until(
            pilot,
            lambda: added.quote.id in [hit.quote.id for hit in pane.quote_list.hits],
            "the quote finder listing the added quote",
        )
    with Case(path, readonly=True) as case:
        (hit,) = case.quote_hits(quote_ids=[added.quote.id])
    assert (hit.quote.speaker, hit.quote.how, hit.paragraph_number) == ("Ann Lee", "added", 2)


async def test_plus_says_what_to_select_and_writes_nothing(make_case: CaseFactory) -> None:
    path = make_case(QUOTE_DOCS)
    messages: list[Message] = []
    app = build_app(path)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        reader = await open_document(pilot, STAR)
        await pilot.press("plus")
        select(reader, 1, 4, 10, last=2)  # over two paragraphs
        await pilot.press("plus")
        await settle(pilot)
        assert not isinstance(app.screen, NoteEditor)
    said = [notice.message for notice in notices(messages)]
    assert NO_SELECTION in said and NOT_ONE_PARAGRAPH in said
    with Case(path, readonly=True) as case:
        assert case.count_quotes() == 5


async def test_the_words_of_a_paragraph_with_control_characters_are_its_own(
    make_case: CaseFactory,
) -> None:
    # Painted, "\x1b" is "␛" and "\u202e" "<U+202E>": the selection counts painted cells.
    text = f"Before \x1b[31m said: \u202e{HOSTILE} the end."
    path = make_case([Doc("Hostile", [("text", text)])])
    app = build_app(path)
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_document(pilot, 1)
        painted = reader.article.paragraph_content(0).plain
        select(reader, 0, painted.index("said"), painted.index(" the end"))
        await pilot.press("plus")
        await name_speaker(pilot, "Someone")
        await wait_until(pilot, lambda: reader.marks.current_hit is not None, "the added quote")
        added = reader.marks.current_hit
        assert added is not None
        assert added.quote.text == text[text.index("said") : text.index(" the end")]
        shown = painted[painted.index("said") : painted.index(" the end")]
        assert styled(reader, 0, HIGHLIGHT_STYLE) == [shown]


async def test_a_selection_over_the_pieces_of_a_huge_paragraph_is_one_quote(
    make_case: CaseFactory,
) -> None:
    # A paragraph longer than PIECE_CHARS is painted a piece a block.
    words = " ".join(f"w{number}" for number in range(PIECE_CHARS // 2))
    path = make_case([Doc("Huge", [("text", "Intro."), ("text", words)])])
    app = build_app(path)
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_document(pilot, 1)
        first = reader.article.paragraph_block(1)
        start = words.index("w10 ")
        second_piece = words.rindex(" ", 0, PIECE_CHARS) + 1  # where piece_bounds cuts
        end = words.index(" ", second_piece + 5)
        article = reader.article
        article.screen.selections = {
            article: Selection(Offset(start, first), Offset(end - second_piece, first + 1))
        }
        assert article.selected_span() == (1, (start, end))


async def test_a_read_only_case_adds_nothing_and_says_so(make_case: CaseFactory) -> None:
    path: Path = make_case(QUOTE_DOCS)
    messages: list[Message] = []
    path.chmod(0o444)
    try:
        app = build_app(path)
        async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
            reader = await open_document(pilot, STAR)
            select(reader, 1, 0, 12)
            await pilot.press("plus")
            await name_speaker(pilot, "Ann Lee")
            await wait_until(
                pilot,
                lambda: any(n.message == READ_ONLY_NOTICE for n in notices(messages)),
                "the read-only notice",
            )
            assert app.is_running and len(reader.marks.quotes) == 3
    finally:
        path.chmod(0o644)


Compare = Callable[..., bool]


async def naming_the_speaker_of_a_selection(pilot: Pilot[None]) -> None:
    """The STAR document with its second paragraph selected, `+` pressed and "Lim" typed."""
    reader = await open_document(pilot, STAR)
    select(reader, 1, 0, len(STAR_TEXT[1]))
    await pilot.press("plus")
    app = pilot.app
    await wait_until(pilot, lambda: isinstance(app.screen, NoteEditor), "the speaker editor")
    field = app.screen.query_one(Input)
    field.cursor_blink = False
    await pilot.press(*"Lim")
    await wait_until(pilot, lambda: field._suggestion == "Lim Wei", "a completion")
    await settle(pilot)


class TestReaderQuoteEdits:
    def test_naming_the_speaker_of_the_words_selected(
        self, snap_compare: Compare, make_case: CaseFactory
    ) -> None:
        app = build_app(make_case(QUOTE_DOCS))
        run = naming_the_speaker_of_a_selection
        assert snap_compare(app, terminal_size=SIZE, run_before=run)

    def test_the_quote_added_marked_and_current(
        self, snap_compare: Compare, make_case: CaseFactory
    ) -> None:
        async def run(pilot: Pilot[None]) -> None:
            await naming_the_speaker_of_a_selection(pilot)
            await pilot.press("right", "enter")
            reader = pilot.app.query_one(ReaderPane)
            await wait_until(pilot, lambda: speakers(reader, 1) is not None, "the added quote")
            await settle(pilot)

        app = build_app(make_case(QUOTE_DOCS))
        assert snap_compare(app, terminal_size=SIZE, run_before=run)
