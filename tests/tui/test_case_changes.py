"""The app and the case file on disk: another process's ingest, read-only files, old samples."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from store.case import Case
from tests.store.factories import add_document
from tui import locations
from tui.app import MainScreen, build_app
from tui.launch import ensure_sample_case, usable_sample_case
from tui.panes.documents.pane import DocumentsPane
from tui.screenshots import settle

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
        screen._check_for_changes()
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
    conn = sqlite3.connect(sample)
    conn.execute("DROP TABLE document_tags")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'create_annotations'")
    conn.execute("DROP TABLE annotations")
    conn.execute("PRAGMA user_version = 3")
    conn.commit()
    conn.close()
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
