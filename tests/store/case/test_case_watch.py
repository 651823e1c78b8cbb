"""Watching a case for changes made by another connection: a pragma a look, a count on news,
and what the news is: documents, or the user's findings (stars, notes, speakers, reviews)."""

from __future__ import annotations

from pathlib import Path

from store.case import Case, CaseChange, CaseWatch
from tests.store.factories import add_document


def make_case(path: Path) -> Path:
    with Case(path) as case:
        add_document(
            case,
            "/a.txt",
            "First",
            ["One “said here,” she said."],
            quotes=[(0, "said here,", "Ann Lee")],
        )
    return path


def statements_of(watch: CaseWatch) -> list[str]:
    """The SQL the watch's own connection runs from now on."""
    seen: list[str] = []
    watch._case.db.conn.set_trace_callback(seen.append)
    return seen


def test_a_look_with_no_commit_reads_no_documents(tmp_path: Path) -> None:
    watch = CaseWatch(make_case(tmp_path / "c.db"))
    seen = statements_of(watch)
    assert watch.look() is CaseChange.NOTHING
    assert watch.look() is CaseChange.NOTHING
    assert seen == ["PRAGMA data_version"] * 2
    watch.close()


def test_another_connection_adding_a_document_is_seen_once(tmp_path: Path) -> None:
    path = make_case(tmp_path / "c.db")
    watch = CaseWatch(path)
    with Case(path) as writer:
        add_document(writer, "/b.txt", "Second", ["Two."])
    assert watch.look() is CaseChange.DOCUMENTS
    assert watch.look() is CaseChange.NOTHING
    watch.close()


def test_a_commit_that_leaves_the_documents_alone_changed_the_findings(tmp_path: Path) -> None:
    path = make_case(tmp_path / "c.db")
    watch = CaseWatch(path)
    seen = statements_of(watch)
    with Case(path) as writer:
        writer.set_document_note(1, "A note of the user's, written from another shell.")
    assert watch.look() is CaseChange.FINDINGS
    assert any("FROM documents" in statement for statement in seen)  # it did look
    assert watch.look() is CaseChange.NOTHING
    watch.close()


def test_each_kind_of_finding_is_seen(tmp_path: Path) -> None:
    path = make_case(tmp_path / "c.db")
    watch = CaseWatch(path)
    writes = {
        "star": lambda case: case.annotate_quote(1, starred=True),
        "speaker": lambda case: case.annotate_quote(1, speaker="Bea Ray"),
        "not a quote": lambda case: case.annotate_quote(1, rejected=True),
        "merge": lambda case: case.merge_speakers("Bea Ray", ["Bea Ray", "B. Ray"]),
        "review": lambda case: case.set_review(1, "reviewed"),
        "tags": lambda case: case.set_document_tags(1, ["harbour"]),
        "added quote": lambda case: case.add_quote_text(1, "One", "Cy Dee"),
    }
    for what, write in writes.items():
        with Case(path) as writer:
            write(writer)
        assert watch.look() is CaseChange.FINDINGS, what
    watch.close()
