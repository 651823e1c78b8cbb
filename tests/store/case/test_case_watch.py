"""Watching a case for changes made by another connection: a pragma a look, a count on news."""

from __future__ import annotations

from pathlib import Path

from store.case import Case, CaseWatch
from tests.store.factories import add_document


def make_case(path: Path) -> Path:
    with Case(path) as case:
        add_document(case, "/a.txt", "First", ["One."])
    return path


def statements_of(watch: CaseWatch) -> list[str]:
    """The SQL the watch's own connection runs from now on."""
    seen: list[str] = []
    watch._case.db.conn.set_trace_callback(seen.append)
    return seen


def test_a_look_with_no_commit_reads_no_documents(tmp_path: Path) -> None:
    watch = CaseWatch(make_case(tmp_path / "c.db"))
    seen = statements_of(watch)
    assert not watch.changed()
    assert not watch.changed()
    assert seen == ["PRAGMA data_version"] * 2
    watch.close()


def test_another_connection_adding_a_document_is_seen_once(tmp_path: Path) -> None:
    path = make_case(tmp_path / "c.db")
    watch = CaseWatch(path)
    with Case(path) as writer:
        add_document(writer, "/b.txt", "Second", ["Two."])
    assert watch.changed()
    assert not watch.changed()
    watch.close()


def test_a_commit_that_leaves_the_documents_alone_is_no_change(tmp_path: Path) -> None:
    path = make_case(tmp_path / "c.db")
    watch = CaseWatch(path)
    seen = statements_of(watch)
    with Case(path) as writer:
        writer.set_document_note(1, "A note is the user's own, not a change on disk.")
    assert not watch.changed()
    assert any("FROM documents" in statement for statement in seen)  # it did look
    watch.close()
