"""A byline run into the end of a standfirst: its author and date are the page's, the standfirst
stays; and an undated page's estimate is never after the day it was read."""

from __future__ import annotations

import datetime as dt

import pytest

from store.cleaning.clean import clean
from store.cleaning.meta import trailing_byline
from store.ingest.extract import extract_document
from store.models import RawDoc

D = dt.date


@pytest.mark.parametrize(
    ("text", "author", "day", "before"),
    [
        (
            "The chain is growing beyond the U.S. and Canada. By Lisa Jennings on Dec. 19, 2025",
            "Lisa Jennings",
            dt.date(2025, 12, 19),
            "The chain is growing beyond the U.S. and Canada.",
        ),
        (
            "What the ruling means for renters. By Ana Ruiz and Tom Berg | May 4, 2024",
            "Ana Ruiz and Tom Berg",
            dt.date(2024, 5, 4),
            "What the ruling means for renters.",
        ),
        (
            "Prices rose again! By Jane Doe — Updated 3 May 2024 10:00 BST",
            "Jane Doe",
            dt.date(2024, 5, 3),
            "Prices rose again!",
        ),
        (
            "“We are not done,” she said. By Omar Haddad • 2024-02-29",
            "Omar Haddad",
            dt.date(2024, 2, 29),
            "“We are not done,” she said.",
        ),
    ],
)
def test_a_byline_ending_a_standfirst_gives_author_date_and_the_standfirst(
    text: str, author: str, day: dt.date, before: str
) -> None:
    byline = trailing_byline(text, [])
    assert byline is not None
    assert (byline.author, byline.published, byline.before) == (author, day, before)


@pytest.mark.parametrize(
    "text",
    [
        "She was stopped by the police. By then it was late.",
        "The plan was approved. By Monday the money was gone.",
        "He left early. By Jane Doe",  # a name alone, undated and unlinked: maybe a sentence
        "A standfirst with no byline at all.",
    ],
)
def test_sentences_that_start_with_by_are_no_byline(text: str) -> None:
    assert trailing_byline(text, []) is None


def test_a_linked_author_needs_no_date() -> None:
    links = [("Lisa Jennings", "/profile/lisa-jennings")]
    byline = trailing_byline("It is growing. By Lisa Jennings", links)
    assert byline is not None and byline.author == "Lisa Jennings"


def test_the_cleaner_keeps_the_standfirst_and_takes_the_byline() -> None:
    page = (
        "# A bakery chain grows\n\n"
        "The chain is growing beyond its home market. By [Lisa Jennings](/profile/lj) on Dec. 19,"
        " 2025\n\n"
        + "The chain opened eighty shops this year and plans more in the west soon. " * 4
        + "\n\n"
        + "Its owners said the numbers were better than they had hoped for in spring. " * 4
    )
    cleaned = clean(page, title="A bakery chain grows")
    assert (cleaned.author, cleaned.published) == ("Lisa Jennings", dt.date(2025, 12, 19))
    texts = [paragraph.text for paragraph in cleaned.paragraphs]
    assert "The chain is growing beyond its home market." in texts
    assert not any("Jennings" in text for text in texts)


@pytest.mark.parametrize(
    "text",
    [
        "The plan runs from 2025 to August 2027, when the new line opens for riders.",
        "Work started in 2024 and is due to finish by 31 December 2030, officials said.",
    ],
)
def test_an_estimate_is_never_after_the_day_the_page_was_read(text: str) -> None:
    fetched = dt.datetime(2026, 1, 5)
    raw = RawDoc(path="/a.txt", format="text", text=text, content_hash="h", fetched=fetched)
    document = extract_document(raw)
    assert document.published is None or document.published <= fetched.date()


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("The strike began in 2026, the union said.", "year"),
        ("Sales fell in the first quarter of 2026.", "quarter"),
        ("The rules changed in March 2026.", "month"),
    ],
)
def test_an_estimated_period_holding_the_reading_ends_on_its_day(text: str, precision: str) -> None:
    fetched = dt.datetime(2026, 3, 5)
    raw = RawDoc(path="/a.txt", format="text", text=text, content_hash="h", fetched=fetched)
    document = extract_document(raw)
    assert document.published_estimated
    assert (document.published, document.published_precision) == (D(2026, 3, 5), precision)
