"""Ingest: idempotent, parallel or not the same, and no bad file or failure loses stored work."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from store.case import Case
from store.ingest.batch import SLOW_SOURCE_SECONDS
from store.ingest.run import ingest, ingest_raw
from store.models import RawDoc
from store.search import search_quotes

ARTICLE = """---
title: Story number {n}
source: The Daily {n}
date: 2024-05-{day:02d}
---

# Story number {n}

The council met on Tuesday to discuss item {n}. “We will decide by June,” said Ann Lee.

A second paragraph about item {n}, with no quotation in it at all.
"""


def write_articles(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(count):
        path = folder / f"story_{n:04d}.md"
        path.write_text(ARTICLE.format(n=n, day=n % 28 + 1), encoding="utf-8")
        paths.append(path)
    return paths


def stored(case: Case) -> list[tuple[str, str, int, int]]:
    return sorted(
        (Path(doc.path).name, doc.title, doc.words, doc.quotes) for doc in case.documents()
    )


def test_parallel_ingest_stores_what_a_single_process_does(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 12)
    (tmp_path / "in" / "empty.md").write_text("")
    results = []
    for workers in (1, 2):
        with Case(tmp_path / f"w{workers}.db") as case:
            report = ingest(case, [tmp_path / "in"], workers=workers)
            assert (report.added, len(report.rejected)) == (12, 1)
            results.append(stored(case))
    assert results[0] == results[1]
    assert results[0][0] == ("story_0000.md", "Story number 0", results[0][0][2], 1)


def test_reingest_is_a_no_op_and_an_edit_replaces(tmp_path: Path) -> None:
    paths = write_articles(tmp_path / "in", 3)
    with Case(tmp_path / "c.db") as case:
        ingest(case, [tmp_path / "in"])
        before = case.db.execute("SELECT id, ingested_at FROM documents ORDER BY id").fetchall()
        report = ingest(case, [tmp_path / "in"])
        assert (report.added, report.updated, report.unchanged) == (0, 0, 3)
        assert case.db.execute("SELECT id, ingested_at FROM documents ORDER BY id").fetchall() == (
            before
        )
        paths[1].write_text(paths[1].read_text().replace("Story number 1", "Story renamed"))
        report = ingest(case, [tmp_path / "in"])
        assert (report.added, report.updated, report.unchanged) == (0, 1, 2)
        assert "Story renamed" in [title for _, title, _, _ in stored(case)]
        assert case.count_documents() == 3


def test_a_storage_failure_rejects_that_file_and_keeps_its_old_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = write_articles(tmp_path / "in", 3)
    with Case(tmp_path / "c.db") as case:
        ingest(case, [tmp_path / "in"])
        for path in paths:
            path.write_text(path.read_text().replace("Story number", "Edited story"))
        original = Case.save_rows

        def disk_full_for_one(self: Case, document) -> int:
            if document.path.endswith("story_0001.md"):
                raise sqlite3.OperationalError("database or disk is full")
            return original(self, document)

        monkeypatch.setattr(Case, "save_rows", disk_full_for_one)
        report = ingest(case, [tmp_path / "in"])
        assert report.updated == 2
        assert [str(r) for r in report.rejected] == [
            f"{paths[1]}: not stored: database or disk is full"
        ]
        titles = sorted(title for _, title, _, _ in stored(case))
        assert titles == ["Edited story 0", "Edited story 2", "Story number 1"]


def test_an_error_that_loses_the_whole_batch_stores_its_other_files_one_by_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_articles(tmp_path / "in", 6)
    original = Case.save_rows

    def disk_full_rolls_back(self: Case, document) -> int:
        if document.path.endswith("story_0003.md"):
            # As SQLite does on SQLITE_FULL: the whole transaction goes, not only this file.
            self.db.conn.execute("ROLLBACK")
            raise sqlite3.OperationalError("database or disk is full")
        return original(self, document)

    monkeypatch.setattr(Case, "save_rows", disk_full_rolls_back)
    with Case(tmp_path / "c.db") as case:
        report = ingest(case, [tmp_path / "in"], workers=1)
        assert (report.added, [Path(r.path).name for r in report.rejected]) == (
            5,
            ["story_0003.md"],
        )
        names = [name for name, *_ in stored(case)]
        assert names == [f"story_{n:04d}.md" for n in (0, 1, 2, 4, 5)]
        assert case.db.execute("SELECT count(*) FROM quotes").fetchone()[0] == 5


def test_a_document_from_a_slow_stream_is_committed_before_the_next_arrives(
    tmp_path: Path,
) -> None:
    path = tmp_path / "c.db"
    seen_committed: list[int] = []

    def fetched_pages():
        for n in range(3):
            # A page from the web takes a while; meanwhile another connection sees the last.
            time.sleep(SLOW_SOURCE_SECONDS * 2)
            reader = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            seen_committed.append(reader.execute("SELECT count(*) FROM documents").fetchone()[0])
            reader.close()
            text = f"Page {n}. “We will decide by June,” said Ann Lee."
            yield RawDoc(
                path=f"https://example.org/{n}", format="text", text=text, content_hash=str(n)
            )

    with Case(path) as case:
        report = ingest_raw(case, fetched_pages())
    assert report.added == 3
    assert seen_committed == [0, 1, 2]


def test_unreadable_and_vanishing_files_are_reported_not_fatal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    paths = write_articles(tmp_path / "in", 4)
    real_read = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "story_0000.md":
            raise PermissionError(13, "Permission denied")
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)

    def remove_next(done: int, total: int, path: Path) -> None:
        if done == 1:
            paths[2].unlink()

    with Case(tmp_path / "c.db") as case:
        report = ingest(case, [tmp_path / "in"], progress=remove_next, workers=1)
    reasons = sorted(str(rejected) for rejected in report.rejected)
    assert reasons == [
        f"{paths[0]}: permission denied",
        f"{paths[2]}: file disappeared before it could be read",
    ]
    assert report.added == 2


def test_link_loops_are_walked_once_and_broken_links_reported(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 2)
    (tmp_path / "in" / "again").symlink_to(tmp_path / "in")
    (tmp_path / "in" / "dangling.md").symlink_to(tmp_path / "nowhere.md")
    (tmp_path / "in" / "self.md").symlink_to(tmp_path / "in" / "self.md")
    with Case(tmp_path / "c.db") as case:
        report = ingest(case, [tmp_path / "in"])
    assert report.added == 2
    assert sorted(Path(r.path).name for r in report.rejected) == ["dangling.md", "self.md"]
    assert all("symbolic link" in r.reason for r in report.rejected)


def test_an_interrupted_ingest_keeps_every_document_stored_before_it(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 6)

    def stop_after_three(done: int, total: int, path: Path) -> None:
        if done == 3:
            raise KeyboardInterrupt

    with Case(tmp_path / "c.db") as case, pytest.raises(KeyboardInterrupt):
        ingest(case, [tmp_path / "in"], progress=stop_after_three, workers=1)
    with Case(tmp_path / "c.db") as case:
        assert case.count_documents() == 3
        report = ingest(case, [tmp_path / "in"])
        assert (report.added, report.unchanged) == (3, 3)


def test_kill_9_during_a_1000_file_ingest_loses_nothing_committed(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 1000)
    case_path = tmp_path / "c.db"
    script = Path(sys.executable).with_name("casebrowser")
    process = subprocess.Popen(
        [str(script), "ingest", str(tmp_path / "in"), "--case", str(case_path)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        _wait_for_documents(case_path, at_least=50, process=process)
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    conn = sqlite3.connect(case_path)
    assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    counts = conn.execute(
        "SELECT d.id, count(p.position) FROM documents d"
        " LEFT JOIN paragraphs p ON p.doc_id = d.id GROUP BY d.id"
    ).fetchall()
    conn.close()
    assert 50 <= len(counts) < 1000
    assert all(paragraphs == 2 for _, paragraphs in counts)
    with Case(case_path) as case:
        report = ingest(case, [tmp_path / "in"])
        assert report.added == 1000 - len(counts)
        assert report.unchanged == len(counts)
        assert case.count_documents() == 1000


def _wait_for_documents(case_path: Path, at_least: int, process: subprocess.Popen) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert process.poll() is None, "the ingest finished before it could be killed"
        if case_path.exists():
            try:
                conn = sqlite3.connect(f"file:{case_path}?mode=ro", uri=True, timeout=5)
                count = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
                conn.close()
                if count >= at_least:
                    return
            except sqlite3.OperationalError:
                pass
        time.sleep(0.05)
    pytest.fail("the ingest stored nothing in two minutes")


def quote_index_is_whole(case: Case) -> bool:
    try:  # rank 1: also checks the index against the quotes table it indexes
        case.db.execute("INSERT INTO quotes_fts(quotes_fts, rank) VALUES ('integrity-check', 1)")
    except sqlite3.DatabaseError:
        return False
    return True


def test_a_document_replaced_within_one_batch_leaves_the_quote_index_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Quotes join the word index when their batch commits; here the first version's quotes
    # are deleted (through the index's delete trigger) before that.
    monkeypatch.setattr("store.ingest.batch.SLOW_SOURCE_SECONDS", 600.0)  # one batch for both

    def page(text: str, digest: str) -> RawDoc:
        return RawDoc(path="https://example.org/a", format="text", text=text, content_hash=digest)

    versions = [
        page("“The harbour closes in June,” said Ann Lee.", "1"),
        page("“The ferry stops in July,” said Ann Lee.", "2"),
    ]
    with Case(tmp_path / "c.db") as case:
        report = ingest_raw(case, versions)
        assert (report.added, report.updated) == (1, 1)
        assert quote_index_is_whole(case)
        assert [hit.quote.text for hit in search_quotes(case, "ferry")] == [
            "The ferry stops in July"
        ]
        assert search_quotes(case, "harbour") == []


def test_every_quote_of_an_ingest_is_searchable_after_it(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 120)
    with Case(tmp_path / "c.db") as case:
        ingest(case, [tmp_path / "in"])
        indexed = case.db.execute("SELECT count(*) FROM quotes_fts_docsize").fetchone()[0]
        assert indexed == case.count_quotes() > 0
        assert quote_index_is_whole(case)


def stored_keys_and_links(case: Case) -> tuple[list[tuple], list[tuple]]:
    keys = case.db.execute("SELECT key, quote_id FROM quote_keys ORDER BY 1, 2").fetchall()
    links = case.db.execute("SELECT * FROM quote_variants ORDER BY rowid").fetchall()
    return keys, links


def test_an_interrupt_while_a_batch_is_linked_leaves_no_document_half_linked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The interrupt comes once the batch's keys are stored, before its links are: leaving the
    # batch links and commits it again, and must find the keys as they were before.
    for path in write_articles(tmp_path / "in", 6):
        statement = "We will decide on the harbour budget before the summer season ends"
        path.write_text(path.read_text().replace("We will decide by June", statement))
    monkeypatch.setattr("store.ingest.batch.BATCH_DOCS", 3)
    monkeypatch.setattr("store.ingest.batch.SLOW_SOURCE_SECONDS", 600.0)
    with Case(tmp_path / "clean.db") as case:
        ingest(case, sorted((tmp_path / "in").iterdir())[:3], workers=1)
        clean = stored_keys_and_links(case)
    original = Case.link_variants
    calls = []

    def interrupted(self: Case, pairs: list[tuple[int, int, float]]) -> None:
        calls.append(pairs)
        if len(calls) == 1:
            raise KeyboardInterrupt
        original(self, pairs)

    monkeypatch.setattr(Case, "link_variants", interrupted)
    with Case(tmp_path / "c.db") as case, pytest.raises(KeyboardInterrupt):
        ingest(case, [tmp_path / "in"], workers=1)
    with Case(tmp_path / "c.db") as case:
        assert case.count_documents() == 3
        assert stored_keys_and_links(case) == clean
        assert clean[1]  # the articles quote each other


def test_a_case_file_inside_the_folder_is_not_counted_as_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_articles(folder, 2)
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    (folder / "older.case.db").write_bytes(b"")  # another case, made from a subfolder
    (folder / "older.case.db-wal").write_bytes(b"")
    with Case(folder / "mine.db") as case:
        first = ingest(case, [folder])
        # The case's own -wal and -shm files exist now, beside it in the folder.
        assert (folder / "mine.db-wal").exists()
        again = ingest(case, [folder])
    assert (first.added, first.skipped) == (2, 1)
    assert (again.unchanged, again.skipped) == (2, 1)
    assert "1 skipped" in again.summary()


def test_each_commit_is_reported_with_the_documents_stored_so_far(tmp_path: Path) -> None:
    write_articles(tmp_path / "in", 120)
    seen: list[int] = []
    with Case(tmp_path / "case.db") as case:

        def committed(stored: int) -> None:
            # Called after the commit: a reader sees that many documents already.
            with Case(tmp_path / "case.db", readonly=True) as reader:
                assert reader.count_documents() == stored
            seen.append(stored)

        ingest(case, [tmp_path / "in"], workers=1, committed=committed)
    assert len(seen) >= 3  # batches of at most BATCH_DOCS
    assert seen == sorted(set(seen))
    assert seen[-1] == 120


def test_one_site_gets_one_outlet_name_across_formats(tmp_path: Path) -> None:
    folder = tmp_path / "docs"
    folder.mkdir()
    body = "The council met on Tuesday. “We will decide by June,” said Ann Lee.\n"
    front = "---\ntitle: Story {n}\nurl: https://www.nytimes.com/2024/05/story-{n}.html\n{source}---\n\n"
    (folder / "a.md").write_text(front.format(n=1, source="source: NYTimes\n") + body)
    (folder / "b.md").write_text(front.format(n=2, source="") + body)
    (folder / "c.md").write_text(front.format(n=3, source="source: The New York Times\n") + body)
    (folder / "d.md").write_text(front.format(n=4, source="source: The New York Times\n") + body)
    case = Case(tmp_path / "case.db")
    ingest(case, [folder])
    assert {doc.source for doc in case.documents()} == {"The New York Times"}
    assert {hit.source for hit in search_quotes(case, "decide", limit=10)} == {"The New York Times"}
    assert len(search_quotes(case, "#york decide", limit=10)) == 4
