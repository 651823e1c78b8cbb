"""Timeline labels at their real precision, and the CSV, Markdown and TimelineJS exports."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from store.models import Event, TimelineEntry
from store.publish.timeline_export import timeline_record, to_csv, to_markdown, to_timelinejs
from store.timex.when import describe_when, group_label

D = dt.date


def event(start: D | None, end: D | None, granularity: str, **fields: object) -> Event:
    defaults = {"phrase": "then", "value": "x", "sentence": "It happened then."}
    return Event(start=start, end=end, granularity=granularity, **{**defaults, **fields})


@pytest.mark.parametrize(
    ("made", "label"),
    [
        (event(D(2024, 5, 13), D(2024, 5, 13), "day"), "13 May 2024"),
        (event(D(2024, 5, 13), D(2024, 5, 19), "week"), "week of 13 May 2024"),
        (event(D(2023, 5, 1), D(2023, 5, 31), "month"), "May 2023"),
        (event(D(2023, 6, 1), D(2023, 6, 10), "month", modifier="early"), "early June 2023"),
        (event(D(2023, 5, 1), D(2023, 8, 31), "year", modifier="mid"), "mid-2023"),
        (event(D(2023, 9, 1), D(2023, 12, 31), "year", modifier="late"), "late 2023"),
        (event(D(2018, 1, 1), D(2018, 12, 31), "year"), "2018"),
        (event(D(2020, 1, 1), D(2022, 12, 31), "year"), "2020–2022"),
        (event(D(2023, 6, 1), D(2023, 8, 31), "season", value="2023-SU"), "summer 2023"),
        (event(D(2024, 4, 1), D(2024, 6, 30), "quarter", value="2024-Q2"), "Q2 2024"),
        (event(D(1990, 1, 1), D(1999, 12, 31), "decade", value="199"), "the 1990s"),
        (event(D(2023, 1, 1), D(2023, 5, 13), "month", modifier="since"), "since January 2023"),
        (event(None, None, "day", phrase="on  Saturday", value=None), "unresolved: on Saturday"),
    ],
)
def test_describe_when_uses_the_precision_of_the_text(made: Event, label: str) -> None:
    assert describe_when(made) == label


def test_group_labels_by_year_and_month() -> None:
    assert group_label(event(D(2023, 6, 1), D(2023, 6, 10), "month")) == ("2023", "June")
    assert group_label(event(D(2018, 1, 1), D(2018, 12, 31), "year")) == ("2018", "")
    assert group_label(event(None, None, "day", value=None)) == ("Undated", "")


def entries() -> list[TimelineEntry]:
    published = Event(
        kind="published",
        phrase="published",
        value="2024-05-13",
        start=D(2024, 5, 13),
        end=D(2024, 5, 13),
        granularity="day",
        sentence="Title <b>",
        doc_id=2,
    )
    mentioned = event(
        D(2023, 6, 1),
        D(2023, 6, 10),
        "month",
        modifier="early",
        value="2023-06",
        phrase="in early June",
        sentence="In early June, *they* met <script>.",
        doc_id=2,
    )
    undated = event(None, None, "day", value=None, phrase="on Saturday", doc_id=1)
    return [
        TimelineEntry(event=mentioned, doc_title="Talks [draft]", source="TorrentFreak"),
        TimelineEntry(event=published, doc_title="Talks [draft]", source="TorrentFreak"),
        TimelineEntry(event=undated, doc_title="Undated", source=None),
    ]


def test_timeline_record_has_the_contract_keys() -> None:
    record = timeline_record(entries()[0])
    assert list(record) == [
        "doc_id",
        "kind",
        "phrase",
        "value",
        "start",
        "end",
        "granularity",
        "sentence",
        "type",
        "paragraph",
        "offset",
    ]
    assert record["start"] == "2023-06-01" and record["end"] == "2023-06-10"


def test_csv_round_trips_every_row_with_its_label() -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(entries()))))
    assert [row["when"] for row in rows] == [
        "early June 2023",
        "13 May 2024",
        "unresolved: on Saturday",
    ]
    assert rows[0]["sentence"] == "In early June, *they* met <script>."
    assert rows[2]["start"] == ""


def test_markdown_groups_by_year_and_escapes_document_text() -> None:
    text = to_markdown(entries())
    assert text.splitlines()[0] == "# Timeline"
    assert "## 2023" in text and "## 2024" in text and "## Undated" in text
    assert r"\*they\*" in text and r"Talks \[draft\]" in text
    assert "- **13 May 2024**: published" in text


def test_timelinejs_has_dated_slides_with_escaped_html() -> None:
    document = json.loads(to_timelinejs(entries(), title="Telegram"))
    assert document["title"]["text"]["headline"] == "Telegram"
    slides = document["events"]
    assert len(slides) == 2
    june = slides[0]
    assert june["start_date"] == {"year": "2023", "month": "6"}
    assert june["end_date"] == {"year": "2023", "month": "6"}
    assert "&lt;script&gt;" in june["text"]["text"] and "<script>" not in june["text"]["text"]
    assert slides[1]["start_date"] == {"year": "2024", "month": "5", "day": "13"}
    assert "end_date" not in slides[1]
    assert slides[1]["text"]["text"] == "Published: Talks [draft]"


def test_timelinejs_takes_an_event_open_at_its_end() -> None:
    # "since 1998" in an undated document runs from 1998 to a day nobody knows.
    since = event(D(1998, 1, 1), None, "year", phrase="since 1998", value="1998", modifier="since")
    entry = TimelineEntry(event=since, doc_title="Porting", source=None)
    slides = json.loads(to_timelinejs([entry]))["events"]
    assert len(slides) == 1
    assert slides[0]["start_date"] == {"year": "1998"}
    assert "end_date" not in slides[0]
    assert slides[0]["display_date"] == "since 1998"
