"""Datelines: a date in one is the day the story was filed; a dateline without one dates nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from store.ingest.extract import extract_document
from store.models import Paragraph, RawDoc
from store.timex.datelines import is_dateline
from store.timex.dates import find_dates

ANCHOR = dt.date(2013, 3, 22)


def found(text: str, anchor: dt.date | None = ANCHOR) -> list[tuple[str, str | None]]:
    return [(event.phrase, event.value) for event in find_dates([Paragraph(text=text)], anchor)]


@pytest.mark.parametrize(
    "text",
    [
        "LONDON, March 21 (Reuters) - The company will cut 500 jobs.",
        "March 21 (Reuters) - Shares will fall when trading opens.",
        "CANBERRA, Australia, March 21 (AP) _ The convention will vote.",
        "NEW YORK, March 21 /PRNewswire/ -- Acme will launch a phone.",
        "Nairobi, Kenya, March 21 — Talks will resume.",
    ],
)
def test_a_dateline_date_is_the_filing_day_whatever_the_tense(text: str) -> None:
    assert found(text)[0] == ("March 21", "2013-03-21")


@pytest.mark.parametrize(
    "text",
    [
        "Trading will resume Feb. 21 - or so they say.",
        "The board said it will meet on Feb. 21 - a Friday.",
    ],
)
def test_a_date_later_in_a_sentence_is_no_dateline(text: str) -> None:
    # The future tense holds (a dateline's day would be the last 21 February, 2013's).
    assert found(text)[0] == ("Feb. 21", "2014-02-21")


def test_a_dateline_without_a_date_dates_nothing() -> None:
    assert found("WASHINGTON (AP) — The Senate voted.") == []
    vote = found("WASHINGTON (AP) — The Senate will vote on Tuesday.")
    assert vote == [("Tuesday", "2013-03-26")]


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("LONDON, March 21 (Reuters) - Text", 8, 16, True),
        ("March 21 - Text", 0, 8, True),
        ("It fell on March 21 - sharply", 11, 19, False),
        ("LONDON, March 21 said the firm", 8, 16, False),
    ],
)
def test_is_dateline(text: str, start: int, end: int, expected: bool) -> None:
    assert is_dateline(text, start, end) is expected


def test_an_undated_documents_dated_dateline_is_its_stated_date() -> None:
    # The wire's own date line, as a page's "Published March 21, 2013" line: stated, not guessed.
    text = (
        "Plant to close\n\nLONDON, March 21, 2013 (Reuters) - The firm, founded on May 5, 2011, "
        "said it will close its plant on June 30, 2013."
    )
    raw = RawDoc(path="a.txt", format="text", text=text, content_hash="x")
    document = extract_document(raw)
    assert (document.published, document.published_precision) == (dt.date(2013, 3, 21), "day")
    assert not document.published_estimated
