"""Review states: new, read, reviewed, excluded; kept by path through a re-ingest."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from store.case import Case
from store.models import TimelineFilter
from tests.store.factories import add_document, day_event

PARAGRAPHS = ["A heading-free first paragraph.", "She said “the budget is final” then."]


@pytest.fixture
def case(tmp_path: Path) -> Case:
    with Case(tmp_path / "c.db") as opened:
        yield opened


def states(case: Case) -> dict[str, str]:
    return {doc.title: doc.review for doc in case.documents(sort="title")}


def test_a_document_starts_new_is_read_once_opened_and_keeps_a_later_state(case: Case) -> None:
    a = add_document(case, "/a.txt", "A", PARAGRAPHS)
    b = add_document(case, "/b.txt", "B", PARAGRAPHS)
    assert states(case) == {"A": "new", "B": "new"}
    assert case.mark_read(a) is True
    assert case.mark_read(a) is False
    case.set_review(b, "reviewed")
    assert case.mark_read(b) is False  # opening a reviewed document does not demote it
    assert states(case) == {"A": "read", "B": "reviewed"}
    assert case.document(b).review == "reviewed"
    case.set_review(b, "new")
    assert case.review_state(b) == "new"


def test_unknown_state_is_refused(case: Case) -> None:
    a = add_document(case, "/a.txt", "A", PARAGRAPHS)
    with pytest.raises(ValueError, match="unknown review state 'done'"):
        case.set_review(a, "done")  # type: ignore[arg-type]


def test_review_survives_a_reingest_of_a_changed_file(case: Case) -> None:
    a = add_document(case, "/a.txt", "A", PARAGRAPHS)
    case.set_review(a, "excluded")
    a = add_document(case, "/a.txt", "A edited", [*PARAGRAPHS, "More."])
    assert case.review_state(a) == "excluded"


def test_counts_and_the_is_filter(case: Case) -> None:
    ids = [add_document(case, f"/{n}.txt", f"Doc {n}", PARAGRAPHS) for n in "abcde"]
    case.set_review(ids[0], "reviewed")
    case.set_review(ids[1], "reviewed")
    case.set_review(ids[2], "excluded")
    case.mark_read(ids[3])
    assert case.review_counts() == {"new": 1, "read": 1, "reviewed": 2, "excluded": 1}
    assert case.count_documents("is:reviewed") == 2
    assert case.count_documents("IS:Reviewed doc a") == 1
    assert [d.title for d in case.documents(text_filter="is:new is:read")] == ["Doc d", "Doc e"]
    assert case.document_ids(text_filter="is:excluded") == [ids[2]]
    # Not a state: an ordinary word, matched in titles.
    assert case.count_documents("is:done") == 0


def test_the_timeline_can_hide_excluded_documents(case: Case) -> None:
    day = dt.date(2024, 5, 1)
    kept = add_document(case, "/a.txt", "A", PARAGRAPHS, events=[day_event("1 May 2024", day)])
    gone = add_document(case, "/b.txt", "B", PARAGRAPHS, events=[day_event("1 May 2024", day)])
    case.set_review(gone, "excluded")
    assert case.excluded_document_ids() == {gone}
    everything = case.timeline_entries()
    shown = case.timeline_entries(TimelineFilter(hide_excluded=True))
    assert {entry.event.doc_id for entry in everything} == {kept, gone}
    assert {entry.event.doc_id for entry in shown} == {kept}
    assert sum(
        count for _time, count in case.timeline_times(TimelineFilter(hide_excluded=True))
    ) == len(shown)


def test_a_quote_hit_knows_its_text_paragraph_number(case: Case) -> None:
    quotes = [(1, "the budget is final", "X")]
    doc_id = add_document(case, "/a.txt", "A", PARAGRAPHS, quotes=quotes)
    assert [hit.paragraph_number for hit in case.quote_hits()] == [2]
    case.db.execute(
        "UPDATE paragraphs SET kind = 'heading' WHERE doc_id = ? AND position = 0", [doc_id]
    )
    assert [hit.paragraph_number for hit in case.quote_hits()] == [1]  # headings not counted
