"""The user's own marks: stars and notes on quotes, notes and tags on documents, the theme."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.message import Message
from textual.pilot import Pilot
from textual.widgets import Input, Static
from textual.worker import Worker, WorkerState

from store.case import Case
from tests.tui.conftest import CaseFactory, notices, screen_text, wait_until
from tests.tui.quote_docs import ACTIONS_AGAIN, BLUNT, PROBLEM, QUOTE_DOCS, STAR
from tui.app import build_app
from tui.main_screen import MainScreen
from tui.panes.common import READ_ONLY_NOTICE, DocumentRequested
from tui.panes.note_editor import NoteEditor
from tui.panes.quotes import QuotesPane
from tui.panes.reader.pane import ReaderPane
from tui.screenshots import settle
from tui.settings import load_settings, settings_path

SIZE = (120, 40)
MARKUP_NOTE = "[bold]x[/bold] [@click=app.quit]y[/] [/x] [$5]"


@pytest.fixture
def quote_case(make_case: CaseFactory) -> Path:
    return make_case(QUOTE_DOCS)


async def show_quotes(pilot: Pilot[None]) -> QuotesPane:
    await settle(pilot)
    await pilot.press("3")
    await settle(pilot)
    return pilot.app.query_one(QuotesPane)


def listed(pane: QuotesPane) -> list[int | None]:
    return [hit.quote.id for hit in pane.quote_list.hits]


def saved_marks(path: Path, quote_ids: list[int]) -> dict[int, tuple[bool, str | None]]:
    with Case(path, readonly=True) as case:
        marks = case.quote_annotations(quote_ids)
    return {quote_id: (mark.starred, mark.note) for quote_id, mark in marks.items()}


def polls_done(messages: list[Message]) -> int:
    """How many looks for changes on disk have finished."""
    return sum(
        1
        for message in messages
        if isinstance(message, Worker.StateChanged)
        and message.worker.group == "poll"
        and message.state == WorkerState.SUCCESS
    )


def row_text(pane: QuotesPane, index: int) -> str:
    row = pane.quote_list.row_content(index)
    assert row is not None
    return str(row)


async def test_s_stars_and_unstars_a_quote_in_the_case_file(quote_case: Path) -> None:
    messages: list[Message] = []
    app = build_app(quote_case)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        pane = await show_quotes(pilot)
        assert listed(pane)[0] == ACTIONS_AGAIN
        await pilot.press("s")
        await settle(pilot)
        assert saved_marks(quote_case, [ACTIONS_AGAIN]) == {ACTIONS_AGAIN: (True, None)}
        assert row_text(pane, 0).startswith("★ ")
        assert not row_text(pane, 2).startswith("★")
        # The screen's look for changes on disk (its own clock does not run headless): its
        # own write is a commit the watch sees, and no news once the documents are compared.
        screen = app.screen
        assert isinstance(screen, MainScreen)
        screen.check_for_changes()
        await settle(pilot)
        assert polls_done(messages) == 1
        await pilot.press("s")
        await settle(pilot)
        assert saved_marks(quote_case, [ACTIONS_AGAIN]) == {ACTIONS_AGAIN: (False, None)}
        assert not row_text(pane, 0).startswith("★")
    assert not [n for n in notices(messages) if "changed on disk" in n.message]


async def test_the_starred_view_lists_only_starred_quotes(quote_case: Path) -> None:
    with Case(quote_case) as case:
        case.annotate_quote(PROBLEM, starred=True)
        case.annotate_quote(BLUNT, starred=True)
    app = build_app(quote_case)
    async with app.run_test(size=SIZE) as pilot:
        pane = await show_quotes(pilot)
        assert len(listed(pane)) == 5
        await pilot.press("asterisk")
        await settle(pilot)
        assert pane.starred_only
        assert listed(pane) == [PROBLEM, BLUNT]
        assert "2 quotes starred" in str(pane.query_one("#quotes-status", Static).render())
        await pilot.press("slash", *"blunt")
        await settle(pilot)
        assert listed(pane) == [BLUNT]
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("s")  # unstar the first: it leaves the starred list
        await settle(pilot)
        assert listed(pane) == [BLUNT]
        await pilot.press("asterisk")
        await settle(pilot)
        assert len(listed(pane)) == 5


async def test_letters_in_the_search_box_are_typed_not_bound(quote_case: Path) -> None:
    app = build_app(quote_case)
    async with app.run_test(size=SIZE) as pilot:
        pane = await show_quotes(pilot)
        await pilot.press("slash", "a", "s", "asterisk")
        await settle(pilot)
        assert pane.search_box.value == "as*"
        assert not pane.starred_only
        assert not isinstance(app.screen, NoteEditor)
        assert saved_marks(quote_case, [ACTIONS_AGAIN]) == {}


async def test_a_writes_a_note_shown_word_for_word(quote_case: Path) -> None:
    app = build_app(quote_case)
    async with app.run_test(size=SIZE) as pilot:
        pane = await show_quotes(pilot)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, NoteEditor)
        app.screen.query_one(Input).value = MARKUP_NOTE
        await pilot.press("enter")
        await settle(pilot)
        assert app.is_running
        assert saved_marks(quote_case, [ACTIONS_AGAIN]) == {ACTIONS_AGAIN: (False, MARKUP_NOTE)}
        assert MARKUP_NOTE in row_text(pane, 0)
        assert MARKUP_NOTE in screen_text(app)
        await pilot.press("a")  # the editor starts from the note; Esc keeps it
        await pilot.pause()
        assert app.screen.query_one(Input).value == MARKUP_NOTE
        await pilot.press("escape")
        await settle(pilot)
        assert saved_marks(quote_case, [ACTIONS_AGAIN]) == {ACTIONS_AGAIN: (False, MARKUP_NOTE)}


async def test_a_read_only_case_says_so_and_changes_nothing(quote_case: Path) -> None:
    quote_case.chmod(0o444)
    messages: list[Message] = []
    try:
        app = build_app(quote_case)
        async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
            pane = await show_quotes(pilot)
            await pilot.press("s")
            await settle(pilot)
            assert app.is_running
            assert not row_text(pane, 0).startswith("★")
    finally:
        quote_case.chmod(0o644)
    warned = [n for n in notices(messages) if n.message == READ_ONLY_NOTICE]
    assert len(warned) == 1 and not warned[0].markup
    assert saved_marks(quote_case, [ACTIONS_AGAIN]) == {}


async def open_document(pilot: Pilot[None], doc_id: int) -> ReaderPane:
    """Open `doc_id` as the other panes do: the reader is shown, its keys then reach it."""
    await settle(pilot)
    pilot.app.screen.post_message(DocumentRequested(doc_id))
    await settle(pilot)
    return pilot.app.query_one(ReaderPane)


def shown(reader: ReaderPane, name: str) -> str:
    """The reader's header line `name` (note, tags), or "" when it is not shown."""
    content = reader.article.header(name)
    return str(content) if content is not None else ""


async def edit(pilot: Pilot[None], key: str, text: str) -> None:
    await pilot.press(key)
    await pilot.pause()
    assert isinstance(pilot.app.screen, NoteEditor)
    pilot.app.screen.query_one(Input).value = text
    await pilot.press("enter")
    await settle(pilot)


async def test_the_reader_saves_a_note_and_tags_on_the_document(quote_case: Path) -> None:
    app = build_app(quote_case)
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_document(pilot, STAR)
        assert shown(reader, "note") == shown(reader, "tags") == ""
        await edit(pilot, "a", MARKUP_NOTE)
        await edit(pilot, "t", " telegram, [b]law[/b] ,, telegram ")
        assert MARKUP_NOTE in shown(reader, "note")
        assert shown(reader, "tags") == "Tags: [b]law[/b], telegram"
        assert app.is_running
    with Case(quote_case, readonly=True) as case:
        assert case.document_note(STAR) == MARKUP_NOTE
        assert case.document_tags(STAR) == ["[b]law[/b]", "telegram"]
    app = build_app(quote_case)  # opened again, the document shows them
    async with app.run_test(size=SIZE) as pilot:
        reader = await open_document(pilot, STAR)
        assert MARKUP_NOTE in shown(reader, "note")
        assert "telegram" in shown(reader, "tags")
        await edit(pilot, "a", "")  # an empty note removes it
        assert shown(reader, "note") == ""
    with Case(quote_case, readonly=True) as case:
        assert case.document_note(STAR) is None


async def test_the_theme_chosen_is_saved_and_used_at_the_next_start(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.theme = "nord"
        await pilot.pause()
    assert load_settings().settings.theme == "nord"
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.theme == "nord"


async def test_an_unknown_theme_warns_and_the_default_is_used(case_path: Path) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True)
    path.write_text('theme = "[bold]nope[/bold]"\n')
    messages: list[Message] = []
    app = build_app(case_path)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await settle(pilot)
        assert app.theme == "textual-dark"
    warned = [n for n in notices(messages) if n.title == "Settings"]
    assert len(warned) == 1 and "nope" in warned[0].message and not warned[0].markup


async def test_e_corrects_the_speaker_with_completion_from_the_case(quote_case: Path) -> None:
    app = build_app(quote_case)
    async with app.run_test(size=SIZE) as pilot:
        pane = await show_quotes(pilot)
        hit = pane.quote_list.hit
        assert hit is not None and hit.quote.id == ACTIONS_AGAIN
        await pilot.press("e")
        await wait_until(pilot, lambda: isinstance(app.screen, NoteEditor), "the speaker editor")
        editor = app.screen.query_one(Input)
        editor.value = ""
        await pilot.press(*"lim")  # the case's speakers complete it: right takes the rest
        await wait_until(pilot, lambda: editor._suggestion == "Lim Wei", "a completion")
        await pilot.press("right", "enter")
        await wait_until(
            pilot,
            lambda: (
                pane.quote_list.hit is not None and pane.quote_list.hit.quote.speaker == "Lim Wei"
            ),
            "the list showing the corrected speaker",
        )
    with Case(quote_case, readonly=True) as case:
        quote = next(q for q in case.quotes_of_document(hit.quote.doc_id) if q.id == ACTIONS_AGAIN)
        assert (quote.speaker, quote.how) == ("Lim Wei", "corrected")
        assert case.quote_annotations([ACTIONS_AGAIN])[ACTIONS_AGAIN].speaker == "Lim Wei"
