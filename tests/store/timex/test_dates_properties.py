"""timex.dates on arbitrary and adversarial input: never raises, consistent events, linear time."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from store.models import Event, Paragraph
from store.timex.dates import estimate_date, find_dates

# Pieces of date expressions and their look-alikes, so generated text reaches every rule.
PIECES = [
    *("in", "In", "on", "the", "The", "of", "at", "by", "early", "mid-", "late", "later"),
    *("earlier", "last", "Last", "this", "This", "next", "from", "to", "between", "and"),
    *("since", "until", "the end of", "the beginning of the", "May", "March", "June"),
    *("January", "February", "Jan.", "Sept", "2023", "2024", "1899", "9999", "0001", "1990s"),
    *("2000s", "1800s", "2020-2022", "2019–20", "2024-05-08", "2023-02-29", "8", "8th"),
    *("31", "29", "Saturday", "week", "year", "month", "weekend", "quarter", "Q2", "second"),
    *("summer", "fall", "winter", "spring", "ago", "three days", "a year", "yesterday"),
    *("today", "tonight", "night", "million", "1.8", "'s", "https://x.org/2024", "Mr.", "U.S."),
    *(",", ".", "!", " ", "-", "–", "\u00a0", "\n", "   ", "ſince", "İn", "K"),
]
SEPARATORS = st.sampled_from(["", " ", ", ", ". ", "  "])
DATE_LIKE_TEXT = st.lists(st.tuples(st.sampled_from(PIECES), SEPARATORS), max_size=25).map(
    lambda pairs: "".join(piece + separator for piece, separator in pairs)
)
ANCHORS = st.none() | st.dates() | st.sampled_from([dt.date.min, dt.date.max, dt.date(2024, 5, 13)])
PARAGRAPHS = st.lists(
    st.builds(
        Paragraph,
        kind=st.sampled_from(["text", "heading"]),
        text=st.text(max_size=200) | DATE_LIKE_TEXT,
    ),
    max_size=6,
)


def check_events(paragraphs: list[Paragraph], events: list[Event]) -> None:
    positions = [(event.paragraph, event.offset) for event in events]
    assert positions == sorted(positions)
    for event in events:
        text = paragraphs[event.paragraph].text
        assert event.phrase
        assert text[event.offset : event.offset + len(event.phrase)] == event.phrase
        assert event.phrase in event.sentence
        if event.start is not None and event.end is not None:
            assert event.start <= event.end
        if event.value is None:
            assert event.start is None and event.end is None


@settings(max_examples=300, deadline=None)
@given(paragraphs=PARAGRAPHS, anchor=ANCHORS)
def test_any_text_gives_consistent_events(paragraphs, anchor):
    events = find_dates(paragraphs, anchor)
    check_events(paragraphs, events)
    estimate = estimate_date(events)
    assert estimate is None or estimate in [event.end for event in events]


@settings(max_examples=300, deadline=None)
@given(text=DATE_LIKE_TEXT, anchor=ANCHORS)
def test_date_like_text_gives_consistent_events(text, anchor):
    paragraphs = [Paragraph(text=text)]
    check_events(paragraphs, find_dates(paragraphs, anchor))


@settings(max_examples=100, deadline=None)
@given(text=DATE_LIKE_TEXT)
def test_absolute_dates_do_not_depend_on_the_document_date(text):
    """A phrase that resolved without a document date means the same with any date."""
    paragraphs = [Paragraph(text=text)]
    undated = {(e.offset, e.phrase): e.value for e in find_dates(paragraphs, None) if e.value}
    dated = {(e.offset, e.phrase): e.value for e in find_dates(paragraphs, dt.date(2024, 5, 13))}
    assert all(dated.get(key) == value for key, value in undated.items())


ONE_MB = 1_000_000
ADVERSARIAL = {
    "spaces": " " * ONE_MB,
    "digits": "2" * ONE_MB,
    "one word": "a" * ONE_MB,
    "dashed years": "2024-" * (ONE_MB // 5),
    "decades without spaces": "1990s" * (ONE_MB // 5),
    "prefix words": "the end of the " * (ONE_MB // 15),
    "ambiguous months": "May " * (ONE_MB // 20),
    "dense years": "in 2020 " * (ONE_MB // 40),
}


@pytest.mark.parametrize("name", ADVERSARIAL)
def test_adversarial_paragraphs_give_well_formed_events(name):
    """Catastrophic backtracking would stall this for hours on a megabyte (speed itself is
    measured in benchmarks/); what comes back must still point at its own text."""
    text = ADVERSARIAL[name]
    events = find_dates([Paragraph(text=text)], dt.date(2024, 5, 13))
    for event in events:
        assert text[event.offset : event.offset + len(event.phrase)] == event.phrase
        assert event.start is None or event.end is None or event.start <= event.end
