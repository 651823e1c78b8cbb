"""Which date a document gives: its file's, or the date line its page shows; and a month the
page shows without a day."""

from __future__ import annotations

import datetime as dt

import pytest

from store.cleaning.meta import month_dateline, publication_date
from store.ingest.extract import extract_document
from store.models import DocFormat, RawDoc

D = dt.date
BODY = (
    "The council met on Tuesday and agreed the plan after a long debate about costs. " * 3
    + "\n\n"
    + "Residents said the new rules would change how the harbour is used in summer. " * 3
)


def page(dateline: str, *, published: D | None = None, fmt: DocFormat = "markdown") -> RawDoc:
    text = f"# Harbour plan agreed\n\n{dateline}\n\n{BODY}\n"
    return RawDoc(
        path="/a.md", format=fmt, text=text, content_hash="h", title="Harbour plan agreed",
        published=published, fetched=dt.datetime(2026, 1, 10),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("dateline", "given", "expected"),
    [
        # The page was updated after the date its front matter gives: the text is that version.
        ("Published Oct 10, 2023 | Updated Dec 3, 2025", D(2023, 10, 10), D(2025, 12, 3)),
        ("Updated: January 2, 2025, 9:06am CST", D(2020, 5, 13), D(2025, 1, 2)),
        # A shown date before the file's: the file's date is the later version's.
        ("Published March 4, 2022", D(2024, 6, 1), D(2024, 6, 1)),
        # A shown date after the page was read is no date.
        ("Updated March 4, 2027", D(2024, 6, 1), D(2024, 6, 1)),
        # No file date: the page's.
        ("Posted on 12 May 2024", None, D(2024, 5, 12)),
    ],
)
def test_the_later_of_the_files_and_the_pages_date_is_the_documents(
    dateline: str, given: D | None, expected: D
) -> None:
    document = extract_document(page(dateline, published=given))
    assert (document.published, document.published_estimated) == (expected, False)


def test_a_saved_pages_own_date_wins() -> None:
    raw = page("Updated Dec 3, 2025", published=D(2023, 10, 10), fmt="html")
    assert extract_document(raw).published == D(2023, 10, 10)


@pytest.mark.parametrize(
    ("dateline", "last"),
    [
        ("Last Updated January, 2025", D(2025, 1, 31)),
        ("Published: Sept. 2024", D(2024, 9, 30)),
        ("Updated February 2024", D(2024, 2, 29)),
        ("Updated January 2026", D(2026, 1, 10)),  # the month of the reading ends on its day
    ],
)
def test_a_month_the_page_shows_dates_an_undated_document_at_its_precision(
    dateline: str, last: D
) -> None:
    document = extract_document(page(dateline))
    assert (document.published, document.published_precision) == (last, "month")
    assert document.published_estimated  # never cited as a day it did not give


def test_a_file_date_wins_over_a_month() -> None:
    document = extract_document(page("Last Updated January, 2025", published=D(2025, 1, 14)))
    assert (document.published, document.published_precision) == (D(2025, 1, 14), "day")


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Last Updated January, 2025", D(2025, 1, 31)),
        ("Updated: JUNE 2024", D(2024, 6, 30)),
        ("January 5, 2025", None),  # a day: a date, not a month
        ("Maybe 2024", None),
        ("In January, 2025 the rules changed for everyone", None),
        ("Posted on March 2024 | 5 min read", None),
    ],
)
def test_month_datelines(text: str, month: D | None) -> None:
    assert month_dateline(text) == month


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Published Oct 10, 2023*- [Updated Dec 3, 2025]*", D(2025, 12, 3)),
        ("Updated 3 May 2024 · Published 1 May 2024", D(2024, 5, 3)),
        ("January 1, 1970 | May 2, 2024", D(2024, 5, 2)),  # a placeholder is no date
        ("No date here", None),
    ],
)
def test_a_date_line_gives_its_latest_day(text: str, day: D | None) -> None:
    assert publication_date(text) == day


def test_a_month_above_the_title_is_another_pages() -> None:
    raw = page("Last Updated January, 2025")
    raw = raw.model_copy(update={"text": "* Last Updated March, 2024\n\n" + raw.text})
    assert extract_document(raw).published == D(2025, 1, 31)


def test_under_a_title_said_twice_the_latest_month_is_the_pages() -> None:
    raw = page("Last Updated January, 2024")
    twice = raw.text.replace(BODY, "# Harbour plan agreed\n\nLast Updated March, 2025\n\n" + BODY)
    assert extract_document(raw.model_copy(update={"text": twice})).published == D(2025, 3, 31)
