"""The app and the case file on disk: another process's ingest, read-only files, old samples."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.message import Message

from store.case import Case
from tests.cli.test_cli_older_case import made_older
from tests.store.factories import add_document
from tests.tui.conftest import (
    CaseFactory,
    listed_quote_count,
    notices,
    reader_meta,
    wait_until,
)
from tests.tui.quote_docs import ACTIONS, BLUNT, MAIL, PROBLEM, QUOTE_DOCS, STAR
from tests.tui.test_reader_place import LONG_QUOTED, reading
from tests.tui.test_speaker_merges import (
    FADZIL,
    FAHMI,
    MERGE_DOC,
    MINISTER,
    listed_names,
    open_speakers,
    speakers_listed,
)
from tui import locations
from tui.app import CaseBrowserApp, build_app
from tui.launch import ensure_sample_case, usable_sample_case
from tui.main_screen import MainScreen
from tui.panes.common import DocumentRequested
from tui.panes.documents.pane import DocumentsPane
from tui.panes.quotes import QuotesPane
from tui.panes.reader.pane import ReaderPane
from tui.screenshots import settle
from tui.watching import FINDINGS_SHOWN, RELOADED

SIZE = (120, 36)


def make_case(path: Path, titles: list[str]) -> Path:
    with Case(path) as case:
        for n, title in enumerate(titles):
            add_document(case, f"/doc{n}.txt", title, [f"Paragraph of {title}."])
    return path


async def test_another_process_ingest_shows_up_without_a_lock_error(tmp_path: Path) -> None:
    path = make_case(tmp_path / "c.db", ["First"])
    app = build_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        table = app.query_one(DocumentsPane).table
        assert table.total == 1
        with Case(path) as writer:  # what `casebrowser ingest` does from another terminal
            add_document(writer, "/doc9.txt", "Second", ["Added while the app was open."])
        screen = app.screen
        assert isinstance(screen, MainScreen)
        screen.check_for_changes()
        await settle(pilot)
        assert table.total == 2
        notes = [str(notification.message) for notification in app._notifications]
        assert any("changed on disk" in note for note in notes)


async def test_ctrl_r_reloads_the_case(tmp_path: Path) -> None:
    path = make_case(tmp_path / "c.db", ["First"])
    app = build_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        with Case(path) as writer:
            add_document(writer, "/doc9.txt", "Second", ["More."])
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert app.query_one(DocumentsPane).table.total == 2


async def test_a_read_only_case_opens_and_says_so(tmp_path: Path) -> None:
    path = make_case(tmp_path / "c.db", ["First"])
    path.chmod(0o444)
    try:
        app = build_app(path)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert "(read-only)" in app.screen.sub_title
            assert app.query_one(DocumentsPane).table.total == 1
    finally:
        path.chmod(0o644)


@pytest.fixture
def sample(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Where the sample case goes, in a data folder of this test's own."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    return locations.sample_case_path()


def test_an_unreadable_sample_case_is_removed_to_be_rebuilt(sample: Path) -> None:
    sample.parent.mkdir(parents=True)
    sample.write_text("not a database at all, left by some old version\n" * 100)
    assert usable_sample_case() == sample
    assert not sample.exists()


def test_an_older_sample_case_is_upgraded_in_place(sample: Path) -> None:
    with Case(sample) as case:
        add_document(case, str(locations.seeds_dir() / "kept.txt"), "Kept", ["A seed."])
    made_older(sample)
    usable_sample_case()
    with Case(sample, readonly=True) as case:
        assert [doc.title for doc in case.documents()] == ["Kept"]
        assert case.document_tags(1) == []


def test_the_sample_case_drops_the_seeds_of_another_install(sample: Path) -> None:
    sample.parent.mkdir(parents=True)
    with Case(sample) as case:
        add_document(case, str(locations.seeds_dir() / "000.txt"), "This install's", ["A."])
        add_document(case, "/old/checkout/seeds/000.txt", "An old install's", ["B."])
    assert usable_sample_case() == sample
    with Case(sample, readonly=True) as case:
        assert [doc.title for doc in case.documents()] == ["This install's"]
        assert case.count_quotes() == 0


def test_the_sample_case_for_screenshots_has_each_seed_once(sample: Path) -> None:
    # `casebrowser screenshots` builds the sample case without opening the app: the copies
    # another install (another checkout, a moved environment) added must go there too, or
    # every document and quote of the pictures shows twice.
    sample.parent.mkdir(parents=True)
    with Case(sample) as case:
        add_document(case, "/old/checkout/seeds/000.txt", "An old install's", ["B."])
    assert ensure_sample_case() == sample
    seeds = sorted(path.name for path in locations.seeds_dir().glob("*.txt"))
    with Case(sample, readonly=True) as case:
        stored = [Path(doc.path) for doc in case.documents()]
    assert sorted(path.name for path in stored) == seeds
    assert all(path.is_relative_to(locations.seeds_dir()) for path in stored)


# ---- the user's findings changed by another process ----------------------------------------


def look_for_changes(app: object) -> None:
    """The screen's look for changes on disk (its own clock does not run headless)."""
    assert isinstance(app, CaseBrowserApp)
    screen = app.screen_stack[0]
    assert isinstance(screen, MainScreen)
    screen.check_for_changes()


async def test_a_merge_in_another_shell_renames_the_speakers_and_quotes(
    make_case: CaseFactory,
) -> None:
    path = make_case([*QUOTE_DOCS, MERGE_DOC])
    messages: list[Message] = []
    app = build_app(path)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        pane, screen = await open_speakers(pilot)
        assert f"  1  {FADZIL}" in listed_names(screen)
        with Case(path) as other:  # `casebrowser speakers --merge` in another shell
            other.merge_speakers(FAHMI, [FADZIL, MINISTER])
        look_for_changes(app)
        merged = f"  5  {FAHMI}  (also {MINISTER}, {FADZIL})"
        await wait_until(pilot, lambda: merged in listed_names(screen), "the @ list merged")
        await pilot.press("escape")
        await wait_until(
            pilot, lambda: speakers_listed(pane) == {FAHMI, "Lim Wei", None}, "rows renamed"
        )
    assert FINDINGS_SHOWN in [n.message for n in notices(messages)]
    assert RELOADED not in [n.message for n in notices(messages)]


async def test_stars_reviews_and_speakers_from_another_shell_show_in_every_pane(
    make_case: CaseFactory,
) -> None:
    path = make_case(QUOTE_DOCS)
    app = build_app(path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.screen.post_message(DocumentRequested(STAR))
        reader = app.query_one(ReaderPane)
        await wait_until(pilot, lambda: reader.document is not None, "the reader")
        await settle(pilot)  # its own write (read, now it is open) taken as seen
        pane = app.query_one(QuotesPane)
        with Case(path) as other:  # `casebrowser annotate …` in another shell
            other.annotate_quote(PROBLEM, starred=True, speaker="Ann Other")
            other.annotate_quote(BLUNT, rejected=True)
            other.set_review(MAIL, "reviewed")
        look_for_changes(app)
        await wait_until(pilot, lambda: reader_meta(app).endswith(" · 2 quotes"), "the reader")
        assert "Ann Other" in [hit.quote.speaker for hit in reader.marks.quotes]
        await wait_until(pilot, lambda: listed_quote_count(app, STAR) == 2, "the list's count")
        table = app.query_one(DocumentsPane).table
        await wait_until(
            pilot,
            lambda: any(
                row is not None and row.id == MAIL and row.review == "reviewed"
                for row in map(table.row, range(table.total or 0))
            ),
            "the review state",
        )
        await pilot.press("3")
        await wait_until(
            pilot, lambda: PROBLEM in [hit.quote.id for hit in pane.quote_list.hits], "quotes"
        )
        hits = {hit.quote.id: hit for hit in pane.quote_list.hits}
        assert BLUNT not in hits and hits[PROBLEM].quote.speaker == "Ann Other"


async def test_the_apps_own_writes_are_not_news(make_case: CaseFactory) -> None:
    path = make_case(QUOTE_DOCS)
    messages: list[Message] = []
    app = build_app(path)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await settle(pilot)
        app.screen.post_message(DocumentRequested(STAR))  # opened: marked read, a write
        await settle(pilot)
        await pilot.press("n", "x", "r")  # a quote marked, the document reviewed
        await settle(pilot)
        look_for_changes(app)
        await settle(pilot)
        look_for_changes(app)  # nothing new since
        await settle(pilot)
        with Case(path) as other:  # then another shell's change is news again
            other.annotate_quote(ACTIONS, starred=True)
        look_for_changes(app)
        await settle(pilot)
    said = [n.message for n in notices(messages)]
    assert said.count(FINDINGS_SHOWN) == 1
    assert RELOADED not in said


async def test_a_change_by_another_process_keeps_the_readers_place(
    make_case: CaseFactory,
) -> None:
    path = make_case([LONG_QUOTED])
    app = build_app(path)
    async with app.run_test(size=(100, 30)) as pilot:
        reader = await reading(pilot, 8, lines_down=2)
        before = reader.article.shown_lines()[0]
        with Case(path) as other:  # `casebrowser annotate 12 --speaker …` in another shell
            other.annotate_quote(12, speaker="Someone Else")
        look_for_changes(app)
        await wait_until(
            pilot,
            lambda: any(hit.quote.speaker == "Someone Else" for hit in reader.marks.quotes),
            "the new speaker in the reader",
        )
        await settle(pilot)
        assert reader.article.shown_lines()[0] == before
        assert reader.marks.current_hit is not None
        assert reader.marks.current_hit.quote.speaker == "Speaker 8"


async def test_documents_added_elsewhere_as_an_own_write_ends_still_reload(
    tmp_path: Path,
) -> None:
    path = make_case(tmp_path / "c.db", ["First"])
    messages: list[Message] = []
    app = build_app(path)
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await settle(pilot)
        table = app.query_one(DocumentsPane).table
        with Case(path) as writer:  # an ingest in another terminal…
            add_document(writer, "/doc9.txt", "Second", ["Added while the app was open."])
        screen = app.screen
        assert isinstance(screen, MainScreen)
        screen.own_write_ended()  # …as the app's own write (a star) ends
        await settle(pilot)
        assert table.total == 2
    assert RELOADED in [n.message for n in notices(messages)]
