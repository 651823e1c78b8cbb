"""Quotes in the reader: each marked with its speaker, n/N to step through them, y to copy one."""

from __future__ import annotations

import datetime as dt

import pytest
from textual.content import Content
from textual.message import Message
from textual.pilot import Pilot

from store.models import Quote
from tests.tui.conftest import CaseFactory, Doc, notices, screen_text
from tests.tui.quote_docs import (
    ACTIONS,
    BLUNT,
    HOSTILE_QUOTE_DOC,
    PROBLEM,
    QUOTE_DOCS,
    SPEECH,
    STAR,
)
from tui.app import build_app
from tui.panes.common import DocumentRequested
from tui.panes.quote_marks import HIGHLIGHT_STYLE, QUOTE_STYLE
from tui.panes.reader.pane import ReaderPane
from tui.screenshots import settle
from tui.settings import settings_path

SIZE = (120, 40)


@pytest.fixture(autouse=True)
def no_system_clipboard(monkeypatch: pytest.MonkeyPatch) -> None:
    """Copying in a test must not reach the tmux buffer or the desktop of whoever runs it."""
    for variable in ("TMUX", "WAYLAND_DISPLAY", "DISPLAY"):
        monkeypatch.delenv(variable, raising=False)


async def open_document(pilot: Pilot[None], doc_id: int) -> ReaderPane:
    await settle(pilot)
    pilot.app.screen.post_message(DocumentRequested(doc_id))
    await settle(pilot)
    return pilot.app.query_one(ReaderPane)


def styled(reader: ReaderPane, paragraph: int, style: str) -> list[str]:
    content = reader.article.paragraph_content(paragraph)
    assert isinstance(content, Content)
    return [content.plain[span.start : span.end] for span in content.spans if span.style == style]


def current_paragraphs(reader: ReaderPane) -> list[int]:
    return reader.article.current_quote_paragraphs()


def speakers(reader: ReaderPane, paragraph: int) -> str | None:
    content = reader.article.speakers_content(paragraph)
    return None if content is None else str(content)


async def test_every_quote_is_marked_and_its_speaker_named(make_case: CaseFactory) -> None:
    app = build_app(make_case(QUOTE_DOCS))
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_document(pilot, STAR)
        assert styled(reader, 2, QUOTE_STYLE) == ["We admit we have a problem with Telegram,"]
        assert styled(reader, 2, HIGHLIGHT_STYLE) == []  # none is current yet
        assert speakers(reader, 0) == "— Fahmi Fadzil"
        assert speakers(reader, 3) == "— Lim Wei"
        assert speakers(reader, 1) is None
        speech = await open_document(pilot, SPEECH)
        assert styled(speech, 1, QUOTE_STYLE) == ["This statement runs over two paragraphs,"]
        assert styled(speech, 2, QUOTE_STYLE) == ["and ends in the second one,"]
        assert speakers(speech, 2) == "— speaker unknown"


async def test_n_and_shift_n_step_through_the_quotes(make_case: CaseFactory) -> None:
    app = build_app(make_case(QUOTE_DOCS))
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_document(pilot, STAR)

        def current() -> int | None:
            hit = reader.marks.current_hit
            return hit.quote.id if hit else None

        await pilot.press("n")
        assert current() == ACTIONS and current_paragraphs(reader) == [0]
        await pilot.press("n")
        assert current() == PROBLEM and current_paragraphs(reader) == [2]
        assert styled(reader, 2, HIGHLIGHT_STYLE) == ["We admit we have a problem with Telegram,"]
        assert styled(reader, 0, HIGHLIGHT_STYLE) == []  # no longer current
        await pilot.press("n", "n")  # past the last: the first again
        assert current() == ACTIONS
        await pilot.press("N")
        assert current() == BLUNT and current_paragraphs(reader) == [3]
        speaker = reader.article.speakers_content(3)
        assert isinstance(speaker, Content) and "bold" in str(speaker.spans[0].style)


async def test_n_scrolls_to_a_quote_far_down(make_case: CaseFactory) -> None:
    paragraphs = [f"Paragraph {n}. " + "word " * 60 for n in range(40)]
    paragraphs[30] = '"Far down the page," she said.'
    quote = Quote(text="Far down the page,", paragraph=30, start=1, end_paragraph=30, end=19)
    doc = Doc("Long", [("text", text) for text in paragraphs], quotes=[quote])
    app = build_app(make_case([doc]))
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_document(pilot, 1)
        await pilot.press("n")
        await settle(pilot)
        article = reader.article
        assert article.scroll_y > 0
        assert '"Far down the page," she said.' in [line.strip() for line in article.shown_lines()]


async def test_a_quote_over_two_paragraphs_is_current_in_both(make_case: CaseFactory) -> None:
    app = build_app(make_case(QUOTE_DOCS))
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_document(pilot, SPEECH)
        await pilot.press("n", "y")
        await settle(pilot)
        assert current_paragraphs(reader) == [1, 2]
        assert app.clipboard == (
            "“This statement runs over two paragraphs, and ends in the second one”"
            f" — speaker unknown, “A long speech”, ¶ 2, casebrowser show {reader.document.id} --at"
            f" {reader.marks.current_hit.quote.id}"
        )


async def test_y_copies_the_current_quote_in_the_saved_style(make_case: CaseFactory) -> None:
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text('citation_style = "mla"\n')
    messages: list[Message] = []
    app = build_app(make_case(QUOTE_DOCS))
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        reader = await open_document(pilot, STAR)
        await pilot.press("y")  # no current quote yet: nothing to copy
        await settle(pilot)
        assert app.clipboard == ""
        await pilot.press("n", "n", "n", "y")
        await settle(pilot)
        assert reader.marks.current_hit is not None
        assert app.clipboard == (
            "“This is a blunt tool for a delicate problem” (Lim Wei, qtd. in Lee, par. 4).\n"
            "Lee, Ann. “Telegram Faces Action.” The Star, 13 May 2024, example.org/telegram."
        )
    assert "Copied “This is a blunt tool for…” (MLA) via terminal (OSC 52)" in [
        notice.message for notice in notices(messages)
    ]


async def test_hostile_quotes_are_shown_and_copied_literally(make_case: CaseFactory) -> None:
    app = build_app(make_case([HOSTILE_QUOTE_DOC]))
    async with app.run_test(size=(160, 45)) as pilot:
        reader = await open_document(pilot, 1)
        await pilot.press("n", "y")
        await settle(pilot)
        assert "— Speaker [bold]x[/bold] [@click=app.quit]y[/] [/x] [$5] ␛[31mred" in screen_text(
            app
        )
        assert (speakers(reader, 0) or "").startswith("— Speaker [bold]x[/bold]")
        assert app.clipboard is not None and "\x1b" not in app.clipboard
        assert "\x07" not in app.clipboard and "\x9b" not in app.clipboard
        assert app.is_running


async def test_the_quote_keys_are_disabled_without_quotes(make_case: CaseFactory) -> None:
    doc = Doc("No quotes", [("text", "Nobody said anything.")], published=dt.date(2024, 1, 1))
    app = build_app(make_case([doc]))
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_document(pilot, 1)
        await pilot.press("n", "N", "y")
        await settle(pilot)
        assert reader.marks.current is None and app.clipboard == ""
        bindings = app.screen.active_bindings
        assert not bindings["n"].enabled and not bindings["y"].enabled


async def test_a_quote_placed_beyond_the_text_is_left_out(make_case: CaseFactory) -> None:
    stray = Quote(text="Gone", speaker="Nobody", paragraph=5, start=0, end_paragraph=6, end=4)
    kept = Quote(text="Here", speaker="Ann", paragraph=0, start=1, end_paragraph=0, end=5)
    doc = Doc("Edited by hand", [("text", '"Here" she said.')], quotes=[stray, kept])
    app = build_app(make_case([doc]))
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_document(pilot, 1)
        await pilot.press("n", "n")
        assert [hit.quote.text for hit in reader.marks.quotes] == ["Here"]
        assert current_paragraphs(reader) == [0] and app.is_running
