"""The reader keeps the user's place: after a change to the document's quotes (e, x, +) or the
document read anew (ctrl+r, a change by another process), the same line is at the top of the
view and the same quote is current."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import Input

from store.models import Quote
from tests.tui.conftest import CaseFactory, Doc, reader_meta, wait_until
from tui.app import build_app
from tui.panes.common import quote_highlights
from tui.panes.note_editor import NoteEditor
from tui.panes.reader.pane import ReaderPane
from tui.screenshots import settle

SIZE = (100, 30)
PARAGRAPHS = 30


def paragraph(n: int) -> str:
    # Long enough to wrap over several lines, each with a quote in its middle.
    return (
        f"Paragraph {n} opens. "
        + "filler " * 30
        + f"“Words of {n},” said Speaker {n}. "
        + ("closing " * 30)
    )


def quote_of(n: int) -> Quote:
    text = paragraph(n)
    words = f"Words of {n},"
    start = text.index(words)
    return Quote(
        text=words,
        speaker=f"Speaker {n}",
        paragraph=n,
        start=start,
        end_paragraph=n,
        end=start + len(words),
    )


LONG_QUOTED = Doc(
    "Many quotes",
    [("text", paragraph(n)) for n in range(PARAGRAPHS)],
    source="The Courier",
    quotes=[quote_of(n) for n in range(PARAGRAPHS)],
)


async def reading(pilot: Pilot[None], n: int, lines_down: int) -> ReaderPane:
    """Open the document at paragraph `n` with its quote current, then scroll `lines_down`."""
    app = pilot.app
    await settle(pilot)
    await pilot.press("2")
    reader = app.query_one(ReaderPane)
    reader.show_document(1, paragraph=n, highlights=quote_highlights(quote_of(n)))
    await wait_until(pilot, lambda: reader.article.paragraph_at_top() == n, "the paragraph")
    assert current_speaker(reader) == f"Speaker {n}"
    for _ in range(lines_down):
        await pilot.press("j")
    await settle(pilot)
    return reader


def current_speaker(reader: ReaderPane) -> str | None:
    hit = reader.marks.current_hit
    return None if hit is None else hit.quote.speaker


def first_line(reader: ReaderPane) -> str:
    return reader.article.shown_lines()[0]


async def test_x_keeps_the_line_being_read(make_case: CaseFactory) -> None:
    app = build_app(make_case([LONG_QUOTED]))
    async with app.run_test(size=SIZE) as pilot:
        reader = await reading(pilot, 12, lines_down=2)
        before = first_line(reader)
        assert "Paragraph 12" not in before  # two lines into it, not at its start
        await pilot.press("x")
        await wait_until(pilot, lambda: f"{PARAGRAPHS - 1} quotes" in reader_meta(app), "x")
        await settle(pilot)
        assert first_line(reader) == before
        assert reader.article.paragraph_at_top() == 12
        assert current_speaker(reader) == "Speaker 13"  # the one after it


async def test_e_keeps_the_line_and_the_current_quote(make_case: CaseFactory) -> None:
    app = build_app(make_case([LONG_QUOTED]))
    async with app.run_test(size=SIZE) as pilot:
        reader = await reading(pilot, 20, lines_down=3)
        before = first_line(reader)
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, NoteEditor), "the speaker editor")
        app.screen.query_one(Input).value = ""
        await pilot.press(*"Ann Other", "enter")
        await wait_until(pilot, lambda: current_speaker(reader) == "Ann Other", "the speaker")
        await settle(pilot)
        assert first_line(reader) == before
        assert reader.article.paragraph_at_top() == 20


async def test_a_reload_keeps_the_place_and_the_current_quote(make_case: CaseFactory) -> None:
    path = make_case([LONG_QUOTED])
    app = build_app(path)
    async with app.run_test(size=SIZE) as pilot:
        reader = await reading(pilot, 25, lines_down=4)
        before = first_line(reader)
        old_pool = reader.pool
        await pilot.press("ctrl+r")
        await wait_until(pilot, lambda: reader.pool is not old_pool, "the case read anew")
        await settle(pilot)
        assert first_line(reader) == before
        assert current_speaker(reader) == "Speaker 25"


def test_the_document_has_one_quote_a_paragraph(tmp_path: Path) -> None:
    # The fixture's quotes sit where their words are: the tests above rely on it.
    for n in (0, 12, PARAGRAPHS - 1):
        quote = quote_of(n)
        assert paragraph(n)[quote.start : quote.end] == quote.text
