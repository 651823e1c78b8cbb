"""Publication dates from metadata: zone abbreviations, timestamps, and placeholders as unknown."""

from __future__ import annotations

import datetime as dt
import json
import warnings
from pathlib import Path

import pytest

from store.case import Case
from store.ingest.extract import extract_document
from store.ingest.formats import read_document, read_html
from store.ingest.importers.bibliography import read_bibtex, read_csl_json
from store.ingest.run import ingest
from store.models import RawDoc
from store.timex.pubdates import DateError, known_date, parse_datetime

HOURS = dt.timedelta(hours=1)


@pytest.mark.parametrize(
    ("written", "offset"),
    [
        ("Fri, 05 May 2023 10:00:00 EST", -5), ("May 5, 2023 10:00 EDT", -4),
        ("2023-05-05 10:00 PST", -8), ("2023-05-05 10:00 PDT", -7),
        ("2023-05-05 10:00 CST", -6), ("2023-05-05 10:00 CDT", -5),
        ("2023-05-05 10:00 MST", -7), ("2023-05-05 10:00 MDT", -6),
        ("5 May 2023 10:00 GMT", 0), ("5 May 2023 10:00 UTC", 0), ("5 May 2023 10:00 BST", 1),
        ("5 May 2023 10:00 CET", 1), ("5 May 2023 10:00 CEST", 2), ("5 May 2023 10:00 IST", 5.5),
        ("5 May 2023 10:00 JST", 9), ("5 May 2023 10:00 AEST", 10),
    ],
)  # fmt: skip
def test_zone_abbreviations_are_read_without_a_warning(written: str, offset: float) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # dateutil's UnknownTimezoneWarning would fail here
        stamp = parse_datetime(written)
    assert stamp.date() == dt.date(2023, 5, 5)
    assert stamp.utcoffset() == offset * HOURS


def test_an_unknown_abbreviation_warns_no_one() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert parse_datetime("5 May 2023 10:00 XYZT").date() == dt.date(2023, 5, 5)


@pytest.mark.parametrize(
    ("written", "day"),
    [
        ("1683280800", dt.date(2023, 5, 5)),  # Unix seconds
        ("1683280800000", dt.date(2023, 5, 5)),  # milliseconds
        ("20230505", dt.date(2023, 5, 5)),  # compact ISO, not a timestamp
        ("0", dt.date(1970, 1, 1)),  # epoch 0, which known_date then refuses
    ],
)
def test_numbers_as_timestamps(written: str, day: dt.date) -> None:
    assert parse_datetime(written).date() == day


@pytest.mark.parametrize("written", ["2024-02-30", "yesterday-ish", "99999999999999999999999"])
def test_impossible_dates_raise(written: str) -> None:
    with pytest.raises(DateError):
        parse_datetime(written)


@pytest.mark.parametrize(
    "day",
    [
        dt.date(1, 1, 1), dt.date(1970, 1, 1), dt.date(1969, 12, 31), dt.date(1900, 1, 1),
        dt.date(1066, 10, 14), dt.date(dt.date.today().year + 2, 1, 1), dt.date(9999, 12, 31),
    ],
)  # fmt: skip
def test_placeholder_and_absurd_days_are_unknown(day: dt.date) -> None:
    assert known_date(day) is None


def test_real_days_are_kept_and_a_day_after_the_fetch_is_not() -> None:
    fetched = dt.datetime(2023, 5, 6, 8, 0)
    assert known_date(dt.date(1971, 3, 2)) == dt.date(1971, 3, 2)
    assert known_date(dt.date(2023, 5, 6), fetched=fetched) == dt.date(2023, 5, 6)
    assert known_date(dt.date(2023, 5, 7), fetched=fetched) == dt.date(2023, 5, 7)  # zones
    assert known_date(dt.date(2023, 5, 8), fetched=fetched) is None
    assert known_date(dt.datetime(2023, 5, 5, 23, 0)) == dt.date(2023, 5, 5)


def write(tmp_path: Path, front: str) -> Path:
    path = tmp_path / "a.md"
    path.write_text(f"---\n{front}---\nBody text.\n", "utf-8")
    return path


@pytest.mark.parametrize(
    "front",
    [
        "date: 0001-01-01\n",
        "date: 0001-01-01T00:00:00Z\n",
        "date: 1970-01-01T00:00:00Z\n",
        "date: 0\n",
        "published: 1900-01-01\n",
        "date: 2023-06-01\nfetch_date: 2023-05-06T10:00:00\n",
        "date: 2023-06-01\ncrawled: 2023-05-06\n",
        "date: 2999-01-01\n",
    ],
)
def test_placeholder_dates_in_front_matter_are_unknown(tmp_path: Path, front: str) -> None:
    raw = read_document(write(tmp_path, "title: T\n" + front))
    assert raw.published is None and raw.warnings == []


def test_a_page_dated_after_it_was_fetched_is_undated(tmp_path: Path) -> None:
    html = (
        "<html><head><title>Ferry timetable</title>"
        '<meta property="article:published_time" content="2031-01-01T00:00:00Z"></head>'
        "<body><article><h1>Ferry timetable</h1><p>The harbour council approved a new ferry"
        " timetable that adds two evening crossings from next month.</p></article></body></html>"
    )
    fetched = dt.datetime(2024, 3, 9, 12, 0)
    raw = read_html(html, path="https://example.org/ferry", fetched=fetched)
    assert raw.published is None
    dated = read_html(html.replace("2031-01-01", "2024-03-08"), path="x", fetched=fetched)
    assert dated.published == dt.date(2024, 3, 8)  # the same page with a real date keeps it


def test_a_csl_placeholder_date_is_unknown(tmp_path: Path) -> None:
    path = tmp_path / "refs.json"
    items = [
        {"id": "a", "title": "A", "issued": {"date-parts": [[1970, 1, 1]]}},
        {"id": "b", "title": "B", "issued": {"raw": "0001-01-01"}},
        {"id": "c", "title": "C", "issued": {"date-parts": [[2023, 5, 2]]}},
    ]
    path.write_text(json.dumps(items), "utf-8")
    dates = [getattr(record, "published", "rejected") for record in read_csl_json(path)]
    assert dates == [None, None, dt.date(2023, 5, 2)]


def test_ingesting_dates_with_zones_prints_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], recwarn: pytest.WarningsRecorder
) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for number, zone in enumerate(["EST", "PDT", "CEST", "AEST", "XYZT"]):
        (folder / f"p{number}.md").write_text(
            f"---\ntitle: T{number}\ndate: Fri, 05 May 2023 10:00:00 {zone}\n---\nBody text.\n",
            "utf-8",
        )
    with Case(tmp_path / "case.db") as case:
        report = ingest(case, [folder], workers=1)
        published = {doc.published for doc in case.documents()}
    assert report.added == 5 and published == {dt.date(2023, 5, 5)}
    captured = capsys.readouterr()
    assert captured.err == "" and captured.out == ""
    assert [str(warning.message) for warning in recwarn] == []


def test_ingesting_html_dated_with_a_zone_prints_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], recwarn: pytest.WarningsRecorder
) -> None:
    # htmldate (under trafilatura) parses such a date with dateutil and no `tzinfos`.
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Ferry timetable</title>"
        '<meta itemprop="datePublished" content="2023-05-05 10:00 CEST"></head>'
        "<body><article><h1>Ferry timetable</h1><p>The harbour council approved a new ferry"
        " timetable that adds two evening crossings from next month.</p></article></body></html>",
        "utf-8",
    )
    with Case(tmp_path / "case.db") as case:
        report = ingest(case, [page], workers=1)
        (document,) = case.documents()
    assert report.added == 1 and document.published == dt.date(2023, 5, 5)
    assert capsys.readouterr().err == ""
    assert [str(warning.message) for warning in recwarn] == []


@pytest.mark.parametrize(
    ("top", "published"),
    [
        ("By Jo Bloggs | January 1, 1970", None),
        ("Published: 1 January 1970 00:00 GMT", None),
        ("By Jo Bloggs | May 12, 2024", dt.date(2024, 5, 12)),
        ("Published: 12 May 2024 10:03 BST", dt.date(2024, 5, 12)),
    ],
)
def test_a_placeholder_in_a_byline_or_dateline_is_no_date(
    top: str, published: dt.date | None
) -> None:
    text = f"{top}\n\nThe harbour council approved a new ferry timetable on Tuesday.\n"
    raw = RawDoc(path="a.txt", format="text", text=text, content_hash="x")
    extracted = extract_document(raw)
    assert extracted.published == published and not extracted.published_estimated


def test_a_byline_date_after_the_fetch_is_no_date() -> None:
    text = "By Jo Bloggs | May 12, 2024\n\nThe harbour council approved a timetable.\n"
    fetched = dt.datetime(2024, 5, 1)
    raw = RawDoc(path="a.txt", format="text", text=text, content_hash="x", fetched=fetched)
    assert extract_document(raw).published is None


def test_a_placeholder_fetch_date_does_not_hide_the_real_date(tmp_path: Path) -> None:
    raw = read_document(write(tmp_path, "date: 2023-06-01\nfetch_date: 0001-01-01\n"))
    assert raw.published == dt.date(2023, 6, 1) and raw.fetched is None


def test_a_bibtex_placeholder_date_is_unknown(tmp_path: Path) -> None:
    path = tmp_path / "refs.bib"
    path.write_text(
        "@online{a, title = {A}, date = {1970-01-01}}\n"
        "@online{b, title = {B}, year = {1}, month = {1}, day = {1}}\n"
        "@online{c, title = {C}, date = {2023-05-02}}\n",
        "utf-8",
    )
    dates = [getattr(record, "published", "rejected") for record in read_bibtex(path)]
    assert dates == [None, None, dt.date(2023, 5, 2)]


SINGLEFILE_PAGE = """<!DOCTYPE html> <html><!--
 Page saved with SingleFile
 url: https://example.org/ferry
 saved date: Wed Mar 06 2024 17:15:22 GMT+0100 (Central European Standard Time)
--><head><title>Ferry timetable</title>
<meta property="article:published_time" content="DATE"></head>
<body><article><h1>Ferry timetable</h1><p>The harbour council approved a new ferry
timetable that adds two evening crossings from next month.</p></article></body></html>"""


@pytest.mark.parametrize(
    ("date", "published"), [("2024-03-05", dt.date(2024, 3, 5)), ("2024-09-01", None)]
)
def test_a_saved_page_dated_after_it_was_saved_is_undated(
    tmp_path: Path, date: str, published: dt.date | None
) -> None:
    page = tmp_path / "page.html"
    page.write_text(SINGLEFILE_PAGE.replace("DATE", date), "utf-8")
    raw = read_document(page)
    assert raw.fetched is not None and raw.fetched.date() == dt.date(2024, 3, 6)
    assert raw.published == published
