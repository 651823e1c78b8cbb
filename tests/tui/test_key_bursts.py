"""Keys sent in one burst, as a terminal sends keys typed fast (tmux send-keys, a paste of keys)
land as they would typed one by one: a number key shows its pane before "/" and the letters
after it are routed, escape leaves a filter before the next key, and so on."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, TabbedContent

import tui.key_order
from store.case.pool import CasePool
from tests.tui.conftest import send_at_once, wait_until
from tui.app import CaseBrowserApp, build_app
from tui.main_screen import MainScreen
from tui.panes import quote_search
from tui.panes.common import DocumentRequested
from tui.panes.documents.pane import DocumentsPane
from tui.panes.quote_speakers import SpeakersScreen
from tui.panes.quotes import QuotesPane
from tui.panes.reader.pane import ReaderPane
from tui.screens.help import HelpScreen
from tui.screenshots import settle

SIZE = (120, 40)
FILTERS = {"1": "documents-filter", "3": "quotes-search", "4": "timeline-filter"}


def main_screen(app: CaseBrowserApp) -> MainScreen:
    """The panes' screen, under any screen opened on it."""
    return next(screen for screen in app.screen_stack if isinstance(screen, MainScreen))


def typed(app: CaseBrowserApp) -> dict[str, str]:
    """What each filter and search box of the panes holds, by id."""
    return {box.id or "": box.value for box in main_screen(app).query(Input)}


def shown(app: CaseBrowserApp) -> str:
    """The pane shown."""
    return str(main_screen(app).query_one(TabbedContent).active)


def reading(app: CaseBrowserApp) -> str | None:
    document = app.query_one(ReaderPane).document
    return document.title if document is not None else None


async def burst_from(app: CaseBrowserApp, pilot: Pilot[None], pane_key: str, *keys: str) -> None:
    """Show the pane of `pane_key` the slow way, then send `keys` at once and let them land."""
    await settle(pilot)
    await pilot.press(pane_key)
    await settle(pilot)
    handled = app.keys_handled
    send_at_once(app, *keys)
    everything = handled + len(keys)
    await wait_until(pilot, lambda: app.keys_handled == everything, "every key is handled")
    await settle(pilot)


@pytest.mark.parametrize(
    ("start", "number"),
    [("3", "1"), ("4", "1"), ("1", "3"), ("2", "3"), ("1", "4"), ("3", "4")],
)
async def test_a_number_key_then_slash_and_text_fill_the_new_panes_filter(
    case_path: Path, start: str, number: str
) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await burst_from(app, pilot, start, number, "slash", *"text")
        wanted = {box: "text" if box == FILTERS[number] else "" for box in FILTERS.values()}
        assert typed(app) == wanted
        assert app.focused is not None and app.focused.id == FILTERS[number]


async def test_digits_typed_into_a_search_box_stay_digits(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await burst_from(app, pilot, "1", "3", "slash", "2", "0", "2", "4")
        assert shown(app) == "quotes"
        assert typed(app)["quotes-search"] == "2024"


async def test_tab_twice_then_slash_searches_the_pane_two_along(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await burst_from(app, pilot, "1", "tab", "tab", "slash", *"text")
        assert shown(app) == "quotes"
        assert typed(app)["quotes-search"] == "text"
        assert typed(app)["documents-filter"] == ""


async def test_escape_leaves_the_filter_before_the_letter_after_it(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        pane = app.query_one(DocumentsPane)
        await settle(pilot)
        sort = pane.list_query.sort
        await burst_from(app, pilot, "1", "slash", *"har", "escape", "s")
        assert typed(app)["documents-filter"] == ""  # not "hars", nor "har"
        assert pane.list_query.sort != sort  # the s sorted by the next column
        assert app.focused is pane.table


async def test_escape_then_a_number_key_leaves_the_search_for_that_pane(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await burst_from(app, pilot, "3", "slash", *"harbour", "escape", "4")
        assert shown(app) == "timeline"
        assert typed(app)["quotes-search"] == ""


async def test_keys_after_help_reach_the_help_and_after_escape_the_panes(
    case_path: Path,
) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await burst_from(app, pilot, "1", "question_mark", "escape", "slash", *"bridge")
        assert not isinstance(app.screen, HelpScreen)
        assert typed(app)["documents-filter"] == "bridge"


async def test_a_pane_key_sent_while_the_help_opens_is_the_helps(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await burst_from(app, pilot, "1", "question_mark", "3", "slash", *"x")
        assert isinstance(app.screen, HelpScreen)
        assert shown(app) == "documents"
        assert set(typed(app).values()) == {""}


@pytest.mark.parametrize(
    ("start", "number", "title"),
    [
        ("1", "3", "Harbour dispute reaches court"),  # the only quote
        ("3", "4", "Harbour dispute reaches court"),  # the only event mentioned
        ("3", "1", "Fishing quotas cut again"),  # the first document, by date
    ],
)
async def test_a_number_key_then_enter_opens_from_the_new_pane(
    case_path: Path, start: str, number: str, title: str
) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await burst_from(app, pilot, start, number, "enter")
        await wait_until(pilot, lambda: reading(app) is not None, "the reader opens a document")
        assert reading(app) == title
        assert shown(app) == "reader"


async def test_enter_leaves_the_filter_before_the_key_after_it(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        pane = app.query_one(DocumentsPane)
        await burst_from(app, pilot, "1", "slash", *"harb", "enter", "j")
        assert typed(app)["documents-filter"] == "harb"  # the j moved the cursor instead
        assert app.focused is pane.table
        assert pane.table.cursor == 1


async def test_letters_after_at_filter_the_speakers(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await burst_from(app, pilot, "3", "at", *"min")
        assert isinstance(app.screen, SpeakersScreen)
        assert app.screen.query_one(Input).value == "min"
        assert typed(app)["quotes-search"] == ""


@pytest.mark.parametrize("start", ["1", "4"])
async def test_keys_after_enter_wait_for_the_reader_it_opens(case_path: Path, start: str) -> None:
    # The document is read in a worker: the v (raw text) and / are the reader's, once it shows.
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await burst_from(app, pilot, start, "enter", "v", "slash", "h")
        assert shown(app) == "reader"
        assert app.query_one(ReaderPane).show_raw
        assert set(typed(app).values()) == {""}


@pytest.mark.parametrize("start", ["1", "4"])
async def test_keys_after_an_enter_on_a_list_still_being_read_wait_for_what_it_opens(
    case_path: Path, start: str
) -> None:
    # The second enter comes while the filtered list is read: it opens its first row once it
    # is, and the v (raw text) after it is the reader's.
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await burst_from(app, pilot, start, "slash", *"dispute", "enter", "enter", "v")
        await wait_until(pilot, lambda: reading(app) is not None, "the reader opens a document")
        assert reading(app) == "Harbour dispute reaches court"
        assert shown(app) == "reader"
        assert app.query_one(ReaderPane).show_raw


async def test_keys_after_enter_in_the_search_wait_for_the_quote_it_opens(
    case_path: Path,
) -> None:
    # The enter comes while "harb" is still being searched for: it opens the first quote found,
    # and the / and h after it are the reader's (which has no / key), not the search box's.
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await burst_from(app, pilot, "3", "slash", *"harb", "enter", "slash", "h")
        await wait_until(pilot, lambda: reading(app) is not None, "the reader opens a document")
        assert reading(app) == "Harbour dispute reaches court"
        assert shown(app) == "reader"
        assert typed(app)["quotes-search"] == "harb"


async def test_an_enter_before_the_first_quotes_are_shown_opens_the_best_once_they_are(
    case_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    results_may_come = threading.Event()

    def held_search(*args: object, **kwargs: object) -> object:
        results_may_come.wait(timeout=60)  # a bound for a stuck test, not a delay
        return quote_search.find_quotes(*args, **kwargs)

    monkeypatch.setattr("tui.panes.quotes.find_quotes", held_search)
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        # Not `burst_from`: settling waits for the workers, and the search is held on purpose.
        await wait_until(pilot, lambda: shown(app) == "documents", "the documents are shown")
        handled = app.keys_handled
        send_at_once(app, "3", "enter")
        await wait_until(pilot, lambda: app.keys_handled == handled + 2, "both keys are handled")
        assert reading(app) is None and app.query_one(QuotesPane).quote_list.hit is None
        results_may_come.set()
        await wait_until(pilot, lambda: reading(app) is not None, "the reader opens a document")
        assert reading(app) == "Harbour dispute reaches court"


@pytest.mark.parametrize(
    ("number", "title"),
    [
        ("3", "Harbour dispute reaches court"),  # the only quote
        ("4", "Harbour dispute reaches court"),  # the only event mentioned
        ("1", "Fishing quotas cut again"),  # the first document, by date
    ],
)
async def test_an_enter_before_the_case_has_opened_opens_from_the_pane_once_it_has(
    case_path: Path, monkeypatch: pytest.MonkeyPatch, number: str, title: str
) -> None:
    # Typed as the app starts: the case is still being opened when the pane is shown.
    case_may_open = threading.Event()

    def held_pool(path: Path) -> CasePool:
        case_may_open.wait(timeout=60)  # a bound for a stuck test, not a delay
        return CasePool(path)

    monkeypatch.setattr("tui.main_screen.CasePool", held_pool)
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: shown(app) == "documents", "the documents are shown")
        handled = app.keys_handled
        send_at_once(app, number, "enter")
        await wait_until(pilot, lambda: app.keys_handled == handled + 2, "both keys are handled")
        assert main_screen(app).query_one(DocumentsPane).table.pool is None
        assert reading(app) is None
        case_may_open.set()
        await wait_until(pilot, lambda: reading(app) is not None, "the reader opens a document")
        assert reading(app) == title


def unreadable(*args: object) -> object:
    raise OSError("disk I/O error")


@pytest.mark.parametrize("failure", ["not in the case", "unreadable"])
async def test_keys_after_a_document_that_cannot_be_read_go_on_at_once(
    case_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str
) -> None:
    # Held until a release only: they must not wait out the limit for a reader never shown.
    monkeypatch.setattr(tui.key_order, "HOLD_LIMIT_S", 3600.0)
    if failure == "unreadable":
        monkeypatch.setattr("tui.panes.reader.pane.document_quote_hits", unreadable)
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await burst_from(app, pilot, "1")
        table = app.query_one(DocumentsPane).table
        first = table.row(0)
        assert first is not None
        doc_id = 999 if failure == "not in the case" else first.id
        table.post_message(DocumentRequested(doc_id))
        await pilot.pause()  # the keys are held for the reader from here
        handled = app.keys_handled
        send_at_once(app, "j")
        await wait_until(pilot, lambda: app.keys_handled == handled + 1, "the key is handled")
        assert shown(app) == "documents"
        assert table.cursor == 1
