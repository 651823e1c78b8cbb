"""An undated document's estimated date keeps the precision of the mention it came from."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import sqlite_utils

from store.case import Case
from store.case.schema import migrations, schema_version
from store.ingest.extract import extract_document
from store.ingest.run import ingest
from store.models import DocumentSummary, Event, RawDoc
from store.timex.dates import estimate
from store.timex.when import describe_when, estimate_label, published_label, short_estimate

D = dt.date


@pytest.mark.parametrize(
    ("text", "last", "precision", "label", "short"),
    [
        ("It all began in 2023, officials said.", D(2023, 12, 31), "year", "2023", "≈2023"),
        ("It began in March 2023.", D(2023, 3, 31), "month", "March 2023", "≈2023-03"),
        ("Signed on 5 March 2023.", D(2023, 3, 5), "day", "2023-03-05", "≈2023-03"),
        ("Sales fell in the second quarter of 2023.", D(2023, 6, 30), "quarter", "Q2 2023",
         "≈2023-Q2"),
        ("It happened in the summer of 2023.", D(2023, 8, 31), "season", "summer 2023",
         "≈Sum 2023"),
        ("The winter of 2023 was cold.", D(2024, 2, 29), "season", "winter 2023", "≈Win 2023"),
        ("It happened in the 1990s.", D(1999, 12, 31), "decade", "the 1990s", "≈1990s"),
        # Two mentions reach the same last day: the finer one names it.
        ("In 2023, and on 31 December 2023, it ended.", D(2023, 12, 31), "day", "2023-12-31",
         "≈2023-12"),
    ],
)  # fmt: skip
def test_an_estimate_keeps_the_precision_it_came_from(
    text: str, last: D, precision: str, label: str, short: str
) -> None:
    document = extract_document(RawDoc(path="a.txt", format="text", text=text, content_hash="x"))
    assert (document.published, document.published_precision) == (last, precision)
    assert document.published_estimated
    assert estimate_label(last, precision) == label
    assert short_estimate(last, precision) == short


def test_estimate_of_no_resolved_event_is_none() -> None:
    assert estimate([]) is None
    assert estimate([Event(phrase="last year", granularity="year")]) is None  # unresolved


def test_a_week_estimate_names_its_week() -> None:
    assert estimate_label(D(2024, 5, 19), "week") == "week of 13 May 2024"


def test_a_date_the_document_gives_is_a_day() -> None:
    raw = RawDoc(
        path="a.txt", format="text", text="It began in 2019.", content_hash="x",
        published=D(2024, 5, 13),
    )  # fmt: skip
    document = extract_document(raw)
    assert (document.published, document.published_precision) == (D(2024, 5, 13), "day")
    assert not document.published_estimated


@pytest.mark.parametrize(
    ("published", "estimated", "precision", "label"),
    [
        (None, False, None, None),
        (D(2024, 5, 13), False, "day", "2024-05-13"),
        (D(2023, 12, 31), True, "year", "2023 (estimated)"),
        (D(2023, 3, 31), True, "month", "March 2023 (estimated)"),
        (D(2023, 12, 31), True, None, "2023-12-31 (estimated)"),  # made before precision
    ],
)
def test_published_label(
    published: D | None, estimated: bool, precision: str | None, label: str | None
) -> None:
    document = DocumentSummary(
        id=1, title="T", path="a.txt", published=published, published_estimated=estimated,
        published_precision=precision,
    )  # fmt: skip
    assert published_label(document) == label


def test_the_case_stores_the_precision(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "year.txt").write_text("The strike began in 2023, the union said.\n")
    (folder / "dated.md").write_text("---\ntitle: D\ndate: 2024-05-13\n---\nIt began in 2019.\n")
    (folder / "none.txt").write_text("No date is mentioned anywhere in this text.\n")
    with Case(tmp_path / "c.db") as case:
        ingest(case, [folder])
        stored = {
            Path(doc.path).name: (doc.published, doc.published_estimated, doc.published_precision)
            for doc in case.documents()
        }
    assert stored == {
        "year.txt": (D(2023, 12, 31), True, "year"),
        "dated.md": (D(2024, 5, 13), False, "day"),
        "none.txt": (None, False, None),
    }


def test_a_case_made_before_precision_gains_it_from_its_events(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    db = sqlite_utils.Database(path)
    migrations.apply(db, stop_before="record_date_precision")
    db.execute(f"PRAGMA user_version = {schema_version() - 1}")
    base = {"format": "text", "content_hash": "x", "published_estimated": 1}
    db["documents"].insert_all(
        [
            {"id": 1, "path": "a", "title": "A", "published": "2023-12-31", **base},
            {"id": 2, "path": "b", "title": "B", "published": "2023-12-31", **base},
            {"id": 3, "path": "c", "title": "C", "published": "2024-05-13", "format": "text",
             "content_hash": "x", "published_estimated": 0},
            {"id": 4, "path": "d", "title": "D", **base, "published_estimated": 0},
        ]
    )  # fmt: skip
    event = {"kind": "mentioned", "phrase": "p", "paragraph": 0, "offset": 0}
    for row in (
        {"doc_id": 1, "value": "2023", "end_date": "2023-12-31", "granularity": "year"},
        {"doc_id": 1, "value": "2023-05", "end_date": "2023-05-31", "granularity": "month"},
        {"doc_id": 2, "value": "2023", "end_date": "2023-12-31", "granularity": "year"},
        {"doc_id": 2, "value": "2023-12-31", "end_date": "2023-12-31", "granularity": "day"},
    ):
        db["events"].insert({**event, **row})
    db.conn.commit()
    db.close()
    with Case(path) as case:
        precisions = {doc.path: doc.published_precision for doc in case.documents()}
    assert precisions == {"a": "year", "b": "day", "c": "day", "d": None}


def test_plans_far_ahead_estimate_nothing() -> None:
    text = "The strike began in 2023. The plan runs until 2090, and a vote is due in 2095."
    document = extract_document(RawDoc(path="a.txt", format="text", text=text, content_hash="x"))
    assert (document.published, document.published_precision) == (D(2023, 12, 31), "year")


def test_mentions_starting_after_the_fetch_estimate_nothing() -> None:
    text = "The strike began in March 2023. An election follows in 2025."
    fetched = dt.datetime(2023, 6, 1)
    raw = RawDoc(path="a.txt", format="text", text=text, content_hash="x", fetched=fetched)
    document = extract_document(raw)
    assert (document.published, document.published_precision) == (D(2023, 3, 31), "month")
    same_year = raw.model_copy(update={"text": "The strike began in 2023."})
    # 2023 started before the fetch; the estimate ends on the fetch's day, still "2023".
    assert extract_document(same_year).published == D(2023, 6, 1)


def test_a_date_given_later_is_a_day_not_an_estimate(tmp_path: Path) -> None:
    text = tmp_path / "year.txt"
    text.write_text("The strike began in 2023, the union said.\n")
    with Case(tmp_path / "c.db") as case:
        ingest(case, [text])
        (document,) = case.documents()
        assert document.published_precision == "year"
        case.update_document_metadata(document.id, published=D(2024, 1, 5))
        (document,) = case.documents()
    assert (document.published, document.published_estimated) == (D(2024, 1, 5), False)
    assert document.published_precision == "day"


def _extracted(text: str) -> list[Event]:
    raw = RawDoc(path="a.txt", format="text", text=text, content_hash="x")
    return extract_document(raw).events


def test_relative_dates_are_placed_against_an_estimate_that_names_a_day() -> None:
    events = _extracted(
        # (A dateline's date would be the document's stated date, not an estimate.)
        "Plant to close\n\nOn March 21, 2013, the firm said on Tuesday it will close on Saturday."
        " It has grown since January."
    )
    placed = {event.phrase: (event.value, event.modifier) for event in events}
    assert placed["Tuesday"] == ("2013-03-19", "approx")
    assert placed["Saturday"] == ("2013-03-23", "approx")
    assert placed["January"] == ("2013-01", "since")  # its own modifier kept
    # The estimate's own mention stays as the text gave it.
    assert placed["March 21, 2013"] == ("2013-03-21", None)


def test_an_event_placed_against_an_estimate_says_about() -> None:
    events = _extracted("Signed on 5 March 2023. On Saturday, it closed.")
    saturday = next(event for event in events if event.phrase == "Saturday")
    assert describe_when(saturday) == "about 4 March 2023"


@pytest.mark.parametrize(
    "text",
    [
        "It all began in 2023. On Saturday, it closed.",  # a year: too coarse to count from
        "It began in March 2023. On Saturday, it closed.",
        "Talks began in the second quarter of 2024. On Saturday, they closed.",
    ],
)
def test_relative_dates_stay_unresolved_against_a_coarse_estimate(text: str) -> None:
    saturday = next(event for event in _extracted(text) if event.phrase == "Saturday")
    assert (saturday.value, saturday.start, saturday.end) == (None, None, None)


@pytest.mark.parametrize(
    ("text", "fetched"),
    [
        # An etymology, with the footer's copyright year.
        ("Restaurant. An Americanism first recorded in 1820–30.\n\n© 2025 Word Books Ltd", None),
        # A history told, the page fetched decades later.
        ("The lighthouse was lit for the first time in 1911.", dt.date(2025, 3, 1)),
        ("The harbour wall was finished in the 1890s.\n\n[Events 2024](/events-2024)", None),
    ],
)
def test_history_far_before_the_page_s_own_years_estimates_nothing(
    text: str, fetched: D | None
) -> None:
    raw = RawDoc(path="a.md", format="markdown", text=text, content_hash="x", fetched=fetched)
    document = extract_document(raw)
    assert document.published is None
    assert not document.published_estimated


@pytest.mark.parametrize(
    ("text", "fetched", "year"),
    [
        ("The ferry timetable changed in March 2019.\n\n© 2025 Harbour News", None, 2019),
        ("The harbour wall was finished in 1890.", None, 1890),  # nothing later to hold against
        ("The ferry ran from 1960 until 2001.", dt.date(2025, 3, 1), 2001),
    ],
)
def test_an_estimate_near_the_page_s_years_stays(text: str, fetched: D | None, year: int) -> None:
    raw = RawDoc(path="a.md", format="markdown", text=text, content_hash="x", fetched=fetched)
    document = extract_document(raw)
    assert document.published_estimated
    assert document.published is not None and document.published.year == year
