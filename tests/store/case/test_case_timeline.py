"""The queries behind the timeline pane: the times events are dated to, and pages of events."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from store.case import Case
from store.models import Event, TimelineFilter
from tests.store.factories import add_document, day_event

MAY_13 = dt.date(2024, 5, 13)


def month_event(phrase: str, first: dt.date, last: dt.date, **fields: object) -> Event:
    return Event(
        phrase=phrase,
        value=f"{first:%Y-%m}",
        start=first,
        end=last,
        granularity="month",
        sentence=f"It was {phrase}.",
        paragraph=0,
        offset=7,
        **fields,
    )


def published(day: dt.date, title: str) -> Event:
    return Event(
        kind="published",
        phrase="published",
        value=day.isoformat(),
        start=day,
        end=day,
        sentence=title,
    )


def unresolved(phrase: str) -> Event:
    return Event(phrase=phrase, sentence=f"Seen {phrase}.", paragraph=0, offset=5)


@pytest.fixture
def case(tmp_path: Path) -> Case:
    with Case(tmp_path / "case.db") as opened:
        add_document(
            opened,
            "/a.txt",
            "Harbour 100% closed",
            ["x"],
            source="Daily Planet",
            published=MAY_13,
            events=[
                day_event("on 13 May", MAY_13),
                published(MAY_13, "Harbour 100% closed"),
                month_event("in May", dt.date(2024, 5, 1), dt.date(2024, 5, 31)),
                unresolved("on Saturday"),
            ],
        )
        add_document(
            opened,
            "/b.txt",
            "Bridge_plan",
            ["x"],
            source="The Times",
            events=[
                day_event("that Monday", MAY_13),
                month_event(
                    "early May", dt.date(2024, 5, 1), dt.date(2024, 5, 10), modifier="early"
                ),
                unresolved("last week"),
                day_event("in 2018", dt.date(2018, 6, 1)),
            ],
        )
        yield opened


def times(case: Case, **query: object) -> list[tuple[str | None, str | None, int]]:
    return [
        (time.value, time.modifier, count)
        for time, count in case.timeline_times(TimelineFilter(**query))
    ]


def test_times_come_in_order_with_their_counts_and_undated_last(case: Case) -> None:
    assert times(case) == [
        ("2018-06-01", None, 1),
        ("2024-05", "early", 1),
        ("2024-05", None, 1),
        ("2024-05-13", None, 3),  # two mentions and a publication
        (None, None, 2),  # every unresolved event in one group
    ]
    undated = case.timeline_times()[-1][0]
    assert undated.start is None and undated.granularity == "unknown"


def test_publication_dates_can_be_left_out(case: Case) -> None:
    assert ("2024-05-13", None, 2) in times(case, include_published=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("planet", 4),  # the outlet
        ("bridge_plan", 4),  # the title; "_" is a character, not a wildcard
        ("100%", 4),  # "%" too
        ("monday", 1),  # the sentence
        ("it was MAY", 2),  # case-insensitive; every word must match: two sentences do
        ("times 2018", 1),
        ("nowhere", 0),
    ],
)
def test_a_text_filter_matches_sentence_title_or_outlet(
    case: Case, text: str, expected: int
) -> None:
    assert sum(count for *_, count in times(case, text=text)) == expected


def test_entries_of_one_time_in_document_order_and_pages(case: Case) -> None:
    may_13 = case.timeline_times()[3][0]
    entries = case.timeline_entries(time=may_13)
    assert [(e.doc_title, e.event.kind) for e in entries] == [
        ("Harbour 100% closed", "published"),  # before the text: it has no paragraph
        ("Harbour 100% closed", "mentioned"),
        ("Bridge_plan", "mentioned"),
    ]
    assert entries[0].source == "Daily Planet"
    assert case.timeline_entries(time=may_13, offset=1, limit=1) == entries[1:2]
    no_published = case.timeline_entries(TimelineFilter(include_published=False), time=may_13)
    assert [e.event.phrase for e in no_published] == ["on 13 May", "that Monday"]
    undated = case.timeline_times()[-1][0]
    assert [e.event.phrase for e in case.timeline_entries(time=undated)] == [
        "on Saturday",
        "last week",
    ]
    assert case.timeline_entries(TimelineFilter(text="times"), time=undated) == [
        case.timeline_entries(time=undated)[1]
    ]


def test_every_entry_in_the_order_of_the_times(case: Case) -> None:
    everything = case.timeline_entries()
    by_time = [
        entry
        for time, _count in case.timeline_times()
        for entry in case.timeline_entries(time=time)
    ]
    assert everything == by_time
    assert len(everything) == 8


def test_the_timeline_can_leave_out_what_no_date_anchors(tmp_path: Path) -> None:
    events = [
        Event(kind="mentioned", phrase="in June", value="2024-06", granularity="month",
              start=dt.date(2024, 6, 1), end=dt.date(2024, 6, 30), sentence="a"),
        Event(kind="mentioned", phrase="on Saturday", value=None, granularity="day",
              sentence="b"),
        Event(kind="mentioned", phrase="three years", value="P3Y", type="DURATION",
              granularity="unknown", sentence="c"),
        Event(kind="mentioned", phrase="every Monday", value="XXXX-WXX-1", type="SET",
              granularity="unknown", sentence="d"),
        Event(kind="mentioned", phrase="now", value="PRESENT_REF", granularity="unknown",
              sentence="e"),
        Event(kind="mentioned", phrase="the past three years", value="P3Y", type="DURATION",
              granularity="year", start=dt.date(2021, 1, 1), end=dt.date(2024, 5, 3),
              sentence="f"),
    ]  # fmt: skip
    with Case(tmp_path / "c.db") as case:
        add_document(case, "/a.txt", "A", ["x"], events=events)
        placeable = TimelineFilter(include_published=False, hide_unplaceable=True)
        every = [
            e.event.phrase for e in case.timeline_entries(TimelineFilter(include_published=False))
        ]
        placed = [e.event.phrase for e in case.timeline_entries(placeable)]
        times = case.timeline_times(placeable)
    assert set(every) == {event.phrase for event in events}
    # A duration counted from a date keeps its place; a relative date stays, undated.
    assert set(placed) == {"in June", "on Saturday", "the past three years"}
    assert sum(count for _time, count in times) == 3
