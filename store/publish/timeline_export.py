"""The timeline as data for other tools: DESIGN.md's JSON records, CSV, Markdown and TimelineJS."""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Iterable
from typing import Any

from store.models import TimelineEntry
from store.timex.when import describe_when, group_label

# DESIGN.md's keys first; keys are only ever added after them.
TIMELINE_KEYS = (
    "doc_id", "kind", "phrase", "value", "start", "end", "granularity", "sentence", "type",
    "paragraph", "offset",
)  # fmt: skip
CSV_KEYS = (*TIMELINE_KEYS, "modifier", "when", "document", "source")


def timeline_record(entry: TimelineEntry) -> dict[str, Any]:
    event = entry.event
    return {
        "doc_id": event.doc_id,
        "kind": event.kind,
        "phrase": event.phrase,
        "value": event.value,
        "start": event.start.isoformat() if event.start else None,
        "end": event.end.isoformat() if event.end else None,
        "granularity": event.granularity,
        "sentence": event.sentence,
        "type": event.type,
        # Where the phrase stands in the cleaned article (`show --json`'s paragraphs).
        "paragraph": event.paragraph,
        "offset": event.offset,
    }


def to_csv(entries: Iterable[TimelineEntry]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_KEYS, lineterminator="\n")
    writer.writeheader()
    for entry in entries:
        writer.writerow(
            {
                **timeline_record(entry),
                "modifier": entry.event.modifier,
                "when": describe_when(entry.event),
                "document": entry.doc_title,
                "source": entry.source,
            }
        )
    return buffer.getvalue()


def to_markdown(entries: Iterable[TimelineEntry]) -> str:
    lines = ["# Timeline", ""]
    current_year = None
    for entry in entries:
        year, _ = group_label(entry.event)
        if year != current_year:
            lines += [f"## {year}", ""]
            current_year = year
        lines.append(_markdown_item(entry))
    return "\n".join(lines).rstrip() + "\n"


def _markdown_item(entry: TimelineEntry) -> str:
    event = entry.event
    outlet = f", {_md_escape(entry.source)}" if entry.source else ""
    if event.kind == "published":
        detail = "published"
    else:
        detail = f"“{_md_escape(' '.join(event.sentence.split()))}”"
    when = _md_escape(describe_when(event))
    return f"- **{when}**: {detail} (*{_md_escape(entry.doc_title)}*{outlet})"


def _md_escape(text: str) -> str:
    return "".join(f"\\{char}" if char in "\\`*_[]<>#|" else char for char in text)


def to_timelinejs(entries: Iterable[TimelineEntry], *, title: str = "Case timeline") -> str:
    """TimelineJS 3 JSON: one slide per dated event, a headline slide for the case."""
    events = [_timelinejs_event(entry) for entry in entries if entry.event.start is not None]
    document = {"title": {"text": {"headline": title, "text": ""}}, "events": events}
    return json.dumps(document, ensure_ascii=False, indent=2)


def _timelinejs_event(entry: TimelineEntry) -> dict[str, Any]:
    event = entry.event
    assert event.start is not None
    # An event open at its end ("since 1998" in an undated document) is told by its phrase.
    when = describe_when(event) if event.end is not None else " ".join(event.phrase.split())
    # TimelineJS renders these fields as HTML: document text must arrive escaped.
    body = event.sentence if event.kind == "mentioned" else f"Published: {entry.doc_title}"
    slide: dict[str, Any] = {
        "start_date": _timelinejs_date(event.start, event.granularity),
        "text": {"headline": html.escape(when), "text": html.escape(body)},
        "group": html.escape(entry.source or entry.doc_title),
        "display_date": html.escape(when),
    }
    if event.end is not None and event.end != event.start:
        slide["end_date"] = _timelinejs_date(event.end, event.granularity)
    return slide


def _timelinejs_date(day: Any, granularity: str) -> dict[str, str]:
    date = {"year": str(day.year)}
    if granularity in ("day", "week", "month", "season", "quarter"):
        date["month"] = str(day.month)
    if granularity in ("day", "week"):
        date["day"] = str(day.day)
    return date
