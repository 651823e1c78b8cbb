"""Timeline labels at their real precision, and the CSV, Markdown and TimelineJS exports."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json

import pytest

from store.models import Event, TimelineEntry
from store.publish.timeline_export import (
    timeline_record,
    timelinejs_headline,
    to_csv,
    to_markdown,
    to_timelinejs,
)
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
        "starred",
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
    # The whole sentence heads the slide: escaped, and not said again below it.
    assert june["text"]["headline"] == "In early June, *they* met &lt;script&gt;."
    assert june["text"]["text"] == "<p>Talks [draft], TorrentFreak</p>"
    assert slides[1]["start_date"] == {"year": "2024", "month": "5", "day": "13"}
    assert "end_date" not in slides[1]
    assert slides[1]["text"] == {
        "headline": "Talks [draft]",
        "text": "<p>Published.</p><p>Talks [draft], TorrentFreak</p>",
    }


def test_timelinejs_takes_an_event_open_at_its_end() -> None:
    # "since 1998" in an undated document runs from 1998 to a day nobody knows.
    since = event(D(1998, 1, 1), None, "year", phrase="since 1998", value="1998", modifier="since")
    entry = TimelineEntry(event=since, doc_title="Porting", source=None)
    slides = json.loads(to_timelinejs([entry]))["events"]
    assert len(slides) == 1
    assert slides[0]["start_date"] == {"year": "1998"}
    assert "end_date" not in slides[0]
    assert slides[0]["display_date"] == "since 1998"


LONG = (
    "After months of talks that neither side would describe in public, the two ministries"
    " finally signed the ferry agreement on 3 May 2024 in a short ceremony at the harbour."
)


def slide_of(entry: TimelineEntry) -> dict[str, object]:
    return json.loads(to_timelinejs([entry]))["events"][0]


def test_a_timelinejs_slide_links_its_article_under_a_headline_from_its_sentence() -> None:
    may_3 = event(D(2024, 5, 3), D(2024, 5, 3), "day", phrase="on 3 May 2024", sentence=LONG)
    entry = TimelineEntry(
        event=may_3, doc_title="Ferry deal <signed>", source="Harbour News", url="https://x.org/a b"
    )
    slide = slide_of(entry)
    assert list(slide) == ["start_date", "text", "group", "display_date"]
    assert slide["start_date"] == {"year": "2024", "month": "5", "day": "3"}
    assert slide["group"] == "Harbour News" and slide["display_date"] == "3 May 2024"
    headline = slide["text"]["headline"]
    # The sentence, cut at a word with its date in it: not the date alone.
    assert headline.startswith("…") and len(headline) <= 100
    assert "signed the ferry agreement on 3 May 2024" in headline
    assert headline.strip("…") in LONG
    assert slide["text"]["text"] == (
        f"<p>{LONG}</p>"
        '<p><a href="https://x.org/a%20b" target="_blank" rel="noopener">'
        "Ferry deal &lt;signed&gt;</a>, Harbour News</p>"
    )


def test_a_document_without_a_web_address_is_exported_without_a_link() -> None:
    short = event(D(2024, 5, 3), D(2024, 5, 3), "day", sentence="It sank on 3 May.")
    for url in (None, "javascript:alert(1)", "/home/me/notes.txt"):
        slide = slide_of(TimelineEntry(event=short, doc_title="Notes", url=url))
        # The whole sentence is the headline, not said twice; no outlet: the title groups it.
        assert slide["text"] == {"headline": "It sank on 3 May.", "text": "<p>Notes</p>"}
        assert slide["group"] == "Notes"


@pytest.mark.parametrize(
    ("phrase", "expected"),
    [
        (
            "After months",
            "After months of talks that neither side would describe in public, the two…",
        ),
        (
            "at the harbour",
            "…signed the ferry agreement on 3 May 2024 in a short ceremony at the harbour.",
        ),
    ],
)
def test_a_long_headline_keeps_the_dated_phrase(phrase: str, expected: str) -> None:
    assert timelinejs_headline(LONG, phrase, limit=80) == expected


def test_csv_and_markdown_carry_the_article_link_and_the_star() -> None:
    entry = TimelineEntry(
        event=event(D(2024, 5, 3), D(2024, 5, 3), "day"),
        doc_title="Deal",
        source="News",
        url="https://x.org/a(1)",
        starred=True,
    )
    row = next(csv.DictReader(io.StringIO(to_csv([entry]))))
    assert (row["url"], row["starred"]) == ("https://x.org/a(1)", "True")
    assert "([*Deal*](<https://x.org/a(1)>), News)" in to_markdown([entry])


def mention(
    start: D, end: D, granularity: str, phrase: str, sentence: str, **fields: object
) -> TimelineEntry:
    return TimelineEntry(
        event=event(start, end, granularity, phrase=phrase, sentence=sentence, **fields),
        doc_title=str(fields.get("doc_id", "Doc")),
        source="Harbour News",
    )


def test_markdown_lists_a_sentence_with_two_dates_once_with_both() -> None:
    both = "The ferry ran from May 2023 until June 2024, when it sank."
    other = "Talks began in 2022."
    rows = [
        mention(D(2022, 1, 1), D(2022, 12, 31), "year", "in 2022", other, doc_id=1, paragraph=0),
        mention(D(2023, 5, 1), D(2023, 5, 31), "month", "May 2023", both, doc_id=1, paragraph=2),
        mention(D(2024, 6, 1), D(2024, 6, 30), "month", "June 2024", both, doc_id=1, paragraph=2),
    ]
    lines = to_markdown(rows).splitlines()
    items = [line for line in lines if line.startswith("- ")]
    assert len(items) == 2
    assert items[1].startswith("- **May 2023; June 2024**: “The ferry ran from May 2023")
    # The line stands where its first date falls; the later year has no line of its own.
    assert "## 2024" not in lines


def test_markdown_keeps_one_sentence_of_two_documents_apart() -> None:
    said = "Prices rose in 2023."
    rows = [
        mention(D(2023, 1, 1), D(2023, 12, 31), "year", "in 2023", said, doc_id=1, paragraph=1),
        mention(D(2023, 1, 1), D(2023, 12, 31), "year", "in 2023", said, doc_id=2, paragraph=1),
    ]
    items = [line for line in to_markdown(rows).splitlines() if line.startswith("- ")]
    assert len(items) == 2


def test_markdown_lists_one_date_said_twice_in_a_sentence_once() -> None:
    twice = "In 2021 nothing happened, and in 2021 again nothing."
    rows = [
        mention(D(2021, 1, 1), D(2021, 12, 31), "year", "In 2021", twice, doc_id=3, offset=0),
        mention(D(2021, 1, 1), D(2021, 12, 31), "year", "in 2021", twice, doc_id=3, offset=30),
    ]
    items = [line for line in to_markdown(rows).splitlines() if line.startswith("- ")]
    assert items == [f"- **2021**: “{twice}” (*3*, Harbour News)"]


def test_markdown_has_a_blank_line_before_and_after_each_year_heading() -> None:
    lines = to_markdown(entries()).splitlines()
    headings = [index for index, line in enumerate(lines) if line.startswith("## ")]
    assert len(headings) == 3
    for index in headings:
        assert lines[index - 1] == "" and lines[index + 1] == ""
