"""Stars, notes and tags: stored by what they mark, so they survive re-ingest."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlite_utils

from store.case import HIDE_NOTHING, Case, CaseError
from store.case.anchoring import match_quote, quote_context
from store.case.schema import schema_version
from store.models import Paragraph, Quote, QuoteAnnotation
from tests.store.factories import add_document

PARAGRAPHS = [
    "Opening words. She said “we will build the bridge by June” at the meeting.",
    "Later: “The budget is final,” the mayor added, “and nobody will change it.”",
]
QUOTES = [
    (0, "we will build the bridge by June", "Ann Lee"),
    (1, "The budget is final,", "Mayor"),
    (1, "and nobody will change it.", "Mayor"),
]


@pytest.fixture
def case(tmp_path: Path) -> Case:
    with Case(tmp_path / "c.db") as opened:
        yield opened


def quote_ids(case: Case, doc_id: int) -> list[int]:
    return [quote.id for quote in case.quotes_of_document(doc_id)]


def test_star_and_note_a_quote(case: Case) -> None:
    doc_id = add_document(case, "/a.txt", "A", PARAGRAPHS, quotes=QUOTES)
    first, second, _ = quote_ids(case, doc_id)
    assert case.annotate_quote(first, starred=True).starred
    case.annotate_quote(second, note="Check the date [sic]")
    annotations = case.quote_annotations([first, second])
    assert annotations[first].starred and annotations[first].note is None
    assert annotations[second].note == "Check the date [sic]" and not annotations[second].starred
    assert [hit.quote.id for hit in case.quote_hits(starred_only=True)] == [first]
    case.annotate_quote(first, starred=False)
    assert case.quote_hits(starred_only=True) == []
    case.annotate_quote(second, note="")
    assert case.quote_annotations([second])[second].note is None


def test_annotations_follow_their_quote_through_an_edited_reingest(case: Case) -> None:
    doc_id = add_document(case, "/a.txt", "A", PARAGRAPHS, quotes=QUOTES)
    first, _, third = quote_ids(case, doc_id)
    case.annotate_quote(first, starred=True, note="key promise")
    case.annotate_quote(third, starred=True)
    edited = ["A new first paragraph was added.", *PARAGRAPHS]
    edited[1] = edited[1].replace("by June", "by july")
    add_document(
        case,
        "/a.txt",
        "A",
        edited,
        quotes=[
            (1, "we will build the bridge by july", "Ann Lee"),
            (2, "The budget is final,", "Mayor"),
            (2, "and nobody will change it.", "Mayor"),
        ],
    )
    new_first, _, new_third = quote_ids(case, doc_id)
    annotations = case.quote_annotations(quote_ids(case, doc_id))
    assert set(annotations) == {new_first, new_third}
    assert annotations[new_first].note == "key promise"
    assert case.detached_annotations() == 0


def test_an_annotation_whose_quote_is_gone_is_kept_detached(case: Case) -> None:
    doc_id = add_document(case, "/a.txt", "A", PARAGRAPHS, quotes=QUOTES)
    case.annotate_quote(quote_ids(case, doc_id)[0], note="keep me")
    add_document(case, "/a.txt", "A", ["All rewritten, no quotes left."])
    assert case.detached_annotations() == 1
    add_document(case, "/a.txt", "A", PARAGRAPHS, quotes=QUOTES)
    restored = case.quote_annotations(quote_ids(case, doc_id))
    assert [annotation.note for annotation in restored.values()] == ["keep me"]


def test_document_notes_and_tags_survive_reingest(case: Case) -> None:
    doc_id = add_document(case, "/a.txt", "A", PARAGRAPHS)
    case.set_document_note(doc_id, "Primary source")
    case.set_document_tags(doc_id, ["bridge", "budget", "bridge", ""])
    add_document(case, "/a.txt", "A edited", ["Changed text."])
    assert case.document_note(doc_id) == "Primary source"
    assert case.document_tags(doc_id) == ["bridge", "budget"]
    case.set_document_note(doc_id, "")
    assert case.document_note(doc_id) is None


def test_annotating_a_missing_quote_is_a_clear_error(case: Case) -> None:
    with pytest.raises(CaseError, match="no quote with id 99"):
        case.annotate_quote(99, starred=True)


def quote(paragraph: int, start: int, text: str) -> Quote:
    return Quote(
        text=text, paragraph=paragraph, start=start, end_paragraph=paragraph, end=start + len(text)
    )


def test_match_quote_prefers_the_same_text_in_the_same_place() -> None:
    paragraphs = [Paragraph(text="He said “yes” first. Then, much later, he said “yes” again.")]
    early, late = quote(0, 9, "yes"), quote(0, 48, "yes")
    candidates = [
        (1, "yes", quote_context(early, paragraphs)),
        (2, "yes", quote_context(late, paragraphs)),
    ]
    assert match_quote("yes", quote_context(late, paragraphs), candidates) == 2
    assert match_quote("yes", quote_context(early, paragraphs), candidates) == 1
    assert match_quote("something else entirely", "", candidates) is None


def test_not_a_quotation_leaves_the_listings_and_outlives_an_edited_reingest(case: Case) -> None:
    doc_id = add_document(case, "/a.txt", "A", PARAGRAPHS, quotes=QUOTES)
    second = quote_ids(case, doc_id)[1]
    marked = case.annotate_quote(second, rejected=True, note="a title, not a quote")
    assert marked.rejected and marked.note == "a title, not a quote"

    def listed() -> list[str]:
        return [hit.quote.text for hit in case.quote_hits()]

    assert listed() == [QUOTES[0][1], QUOTES[2][1]]
    assert [(s.name, s.quotes) for s in case.speakers()] == [("Ann Lee", 1), ("Mayor", 1)]
    every = case.quote_hits(hidden=HIDE_NOTHING)
    assert [hit.rejected for hit in every] == [False, True, False]
    edited = ["A new first paragraph was added.", *PARAGRAPHS]
    edited[2] = edited[2].replace("Later:", "Much later:")
    add_document(case, "/a.txt", "A", edited, quotes=[(i + 1, t, s) for i, t, s in QUOTES])
    assert listed() == [QUOTES[0][1], QUOTES[2][1]]
    new_second = quote_ids(case, doc_id)[1]
    assert case.quote_annotations([new_second])[new_second].rejected
    case.annotate_quote(new_second, rejected=False)  # a quotation again
    assert listed() == [text for _, text, _ in QUOTES]
    assert case.count_shown_quotes() == case.count_quotes() == 3


def test_a_documents_count_of_quotes_leaves_out_those_not_a_quotation(case: Case) -> None:
    doc_id = add_document(case, "/a.txt", "A", PARAGRAPHS, quotes=QUOTES)
    other = add_document(case, "/b.txt", "B", PARAGRAPHS, quotes=QUOTES[:1])

    def counts() -> dict[int, int]:
        return {doc.id: doc.quotes for doc in case.documents()}

    first, second, _ = quote_ids(case, doc_id)
    case.annotate_quote(second, rejected=True)
    assert counts() == {doc_id: 2, other: 1}
    case.annotate_quote(second, rejected=True)  # marked twice: counted out once
    case.annotate_quote(first, starred=True)  # a star changes no count
    assert counts() == {doc_id: 2, other: 1}
    # Re-ingested, the mark found again keeps the quote out of the count.
    add_document(
        case,
        "/a.txt",
        "A",
        ["A new opening.", *PARAGRAPHS],
        quotes=[(i + 1, t, s) for i, t, s in QUOTES],
    )
    assert counts() == {doc_id: 2, other: 1}
    case.annotate_quote(quote_ids(case, doc_id)[1], rejected=False)
    assert counts() == {doc_id: 3, other: 1}
    assert case.document(doc_id).quotes == 3


def test_a_case_from_before_not_a_quotation_keeps_its_marks(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with Case(path) as case:
        doc_id = add_document(case, "/a.txt", "A", PARAGRAPHS, quotes=QUOTES)
        first = quote_ids(case, doc_id)[0]
        case.annotate_quote(first, starred=True, note="keep")
    old = sqlite_utils.Database(path)  # as the step before this one left it
    old.execute("DROP INDEX idx_annotations_rejected")
    old.execute("ALTER TABLE annotations DROP COLUMN rejected")
    old.execute("DELETE FROM _sqlite_migrations WHERE name = 'record_not_a_quotation'")
    old.execute(f"PRAGMA user_version = {schema_version() - 1}")
    old.conn.commit()
    old.close()
    with Case(path) as case:
        assert case.quote_annotations([first])[first] == QuoteAnnotation(starred=True, note="keep")
        assert len(case.quote_hits()) == 3
        case.annotate_quote(first, rejected=True)
        assert len(case.quote_hits()) == 2
    assert list(tmp_path.glob("old.db.v*.bak"))
