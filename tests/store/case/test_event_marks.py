"""Starred timeline events: kept by document path and sentence, so they survive re-ingest,
re-extraction and a new document date, and filter the timeline."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from store.case import Case, CaseError
from store.case.event_marks import EventAnchor, match_event
from store.models import Event, TimelineFilter
from tests.store.factories import add_document

PARAGRAPHS = [
    "The ferry sank on 3 May 2024, the coast guard said.",
    "Divers searched on Monday and again on 10 May 2024.",
]


def mention(paragraph: int, phrase: str, day: dt.date | None) -> Event:
    text = PARAGRAPHS[paragraph]
    return Event(
        phrase=phrase,
        value=day.isoformat() if day else None,
        start=day,
        end=day,
        sentence=text,
        paragraph=paragraph,
        offset=text.index(phrase),
    )


EVENTS = [
    mention(0, "3 May 2024", dt.date(2024, 5, 3)),
    mention(1, "on Monday", None),
    mention(1, "10 May 2024", dt.date(2024, 5, 10)),
]


@pytest.fixture
def case(tmp_path: Path) -> Case:
    with Case(tmp_path / "c.db") as opened:
        yield opened


def starred_phrases(case: Case) -> list[str]:
    return [entry.event.phrase for entry in case.timeline() if entry.starred]


def event_id(case: Case, phrase: str) -> int:
    found = next(entry.event.id for entry in case.timeline() if entry.event.phrase == phrase)
    assert found is not None
    return found


def test_star_and_unstar_an_event_and_show_starred_ones_only(case: Case) -> None:
    add_document(case, "/a.txt", "A", PARAGRAPHS, events=EVENTS, url="https://example.org/a")
    assert case.star_event(event_id(case, "10 May 2024"))
    assert starred_phrases(case) == ["10 May 2024"]
    only = TimelineFilter(starred_only=True)
    assert [entry.event.phrase for entry in case.timeline_entries(only)] == ["10 May 2024"]
    assert sum(count for _time, count in case.timeline_times(only)) == 1
    assert case.timeline()[0].url == "https://example.org/a"
    assert not case.star_event(event_id(case, "10 May 2024"), starred=False)
    assert starred_phrases(case) == [] and case.timeline_entries(only) == []


def test_a_star_follows_its_event_through_an_edited_reingest(case: Case) -> None:
    add_document(case, "/a.txt", "A", PARAGRAPHS, events=EVENTS)
    case.star_event(event_id(case, "on Monday"))
    case.star_event(event_id(case, "3 May 2024"))
    # A paragraph added before, a word changed in a starred sentence: every row id changes.
    edited = ["A new lead paragraph.", PARAGRAPHS[0].replace("sank", "capsized"), PARAGRAPHS[1]]
    moved = [
        event.model_copy(
            update={"paragraph": event.paragraph + 1, "sentence": edited[event.paragraph + 1]}
        )
        for event in EVENTS
    ]
    add_document(case, "/a.txt", "A", edited, events=moved)
    assert sorted(starred_phrases(case)) == ["3 May 2024", "on Monday"]
    assert case.detached_event_stars() == 0


def test_a_star_whose_event_is_gone_is_kept_detached_and_found_again(case: Case) -> None:
    add_document(case, "/a.txt", "A", PARAGRAPHS, events=EVENTS)
    case.star_event(event_id(case, "10 May 2024"))
    add_document(case, "/a.txt", "A", PARAGRAPHS[:1], events=EVENTS[:1])
    assert starred_phrases(case) == [] and case.detached_event_stars() == 1
    # An event of another document that takes the old row id is not starred by it.
    add_document(case, "/b.txt", "B", PARAGRAPHS, events=EVENTS)
    assert starred_phrases(case) == []
    add_document(case, "/a.txt", "A", PARAGRAPHS, events=EVENTS)
    assert starred_phrases(case) == ["10 May 2024"]


def test_a_star_survives_a_new_document_date(case: Case) -> None:
    # A metadata import gives the document a date: its events are stored again.
    doc_id = add_document(case, "/a.txt", "A", PARAGRAPHS, events=EVENTS)
    case.star_event(event_id(case, "on Monday"))
    monday = mention(1, "on Monday", dt.date(2024, 5, 6))
    case.update_document_metadata(
        doc_id, published=dt.date(2024, 5, 11), events=[EVENTS[0], monday, EVENTS[2]]
    )
    starred = [entry.event for entry in case.timeline() if entry.starred]
    assert [(event.phrase, event.start) for event in starred] == [("on Monday", monday.start)]


def test_starring_a_missing_event_is_a_clear_error(case: Case) -> None:
    with pytest.raises(CaseError, match="no event with id 99"):
        case.star_event(99)


def test_match_event_wants_the_phrase_in_a_like_sentence_nearest_first() -> None:
    anchor = EventAnchor("mentioned", "on Monday", "Divers searched on Monday.", 1, 16)
    candidates = [
        (1, EventAnchor("mentioned", "on Monday", "Talks resume on Monday, he said.", 4, 13)),
        (2, EventAnchor("mentioned", "on Monday", "Divers searched on Monday.", 3, 16)),
        (3, EventAnchor("mentioned", "on Monday", "Divers searched on Monday.", 2, 16)),
        (4, EventAnchor("published", "on Monday", "Divers searched on Monday.", 1, 16)),
    ]
    assert match_event(anchor, candidates) == 3
    assert match_event(anchor, candidates[:1]) is None
