"""The timeline as data for other tools: DESIGN.md's JSON records, CSV, Markdown and TimelineJS."""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote, urlsplit

from store.models import TimelineEntry
from store.safe_text import one_line
from store.timex.when import describe_when, group_label

# DESIGN.md's keys first; keys are only ever added after them.
TIMELINE_KEYS = (
    "doc_id", "kind", "phrase", "value", "start", "end", "granularity", "sentence", "type",
    "paragraph", "offset", "starred",
)  # fmt: skip
CSV_KEYS = (*TIMELINE_KEYS, "modifier", "when", "document", "source", "url")
# A TimelineJS headline is a slide's title, in large type: the sentence, cut at a word.
HEADLINE_CHARS = 100


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
        "starred": entry.starred,
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
                "url": entry.url,
            }
        )
    return buffer.getvalue()


def to_markdown(entries: Iterable[TimelineEntry]) -> str:
    """The timeline as a Markdown list under a heading a year, one line a sentence: a sentence
    with two dates in it ("from May 2023 to June 2024") is listed once, where its first date
    falls, with both dates."""
    entries = list(entries)
    dates_of = _dates_by_sentence(entries)
    lines = ["# Timeline"]
    current_year = None
    listed: set[tuple[object, ...]] = set()
    for entry in entries:
        key = _sentence_key(entry)
        if key is not None and key in listed:
            continue
        if key is not None:
            listed.add(key)
        year, _ = group_label(entry.event)
        if year != current_year:
            lines += ["", f"## {year}", ""]  # a blank line before a heading and after it
            current_year = year
        lines.append(_markdown_item(entry, dates_of.get(key, []) if key else []))
    return "\n".join(lines).rstrip() + "\n"


def _sentence_key(entry: TimelineEntry) -> tuple[object, ...] | None:
    """What makes two mentions one sentence: its document, paragraph and text (a publication
    is its own line)."""
    event = entry.event
    if event.kind == "published" or not event.sentence.strip():
        return None
    return (event.doc_id, entry.doc_title, event.paragraph, " ".join(event.sentence.split()))


def _dates_by_sentence(entries: list[TimelineEntry]) -> dict[tuple[object, ...], list[str]]:
    """Each sentence's dates as the timeline says them, in timeline order, each once."""
    dates: dict[tuple[object, ...], list[str]] = {}
    for entry in entries:
        key = _sentence_key(entry)
        if key is not None:
            said = dates.setdefault(key, [])
            if (when := describe_when(entry.event)) not in said:
                said.append(when)
    return dates


def _markdown_item(entry: TimelineEntry, dates: list[str]) -> str:
    event = entry.event
    outlet = f", {_md_escape(entry.source)}" if entry.source else ""
    if event.kind == "published":
        detail = "published"
    else:
        detail = f"“{_md_escape(' '.join(event.sentence.split()))}”"
    when = "; ".join(_md_escape(date) for date in dates or [describe_when(event)])
    title = f"*{_md_escape(entry.doc_title)}*"
    if link := web_link(entry.url):
        title = f"[{title}](<{link}>)"
    return f"- **{when}**: {detail} ({title}{outlet})"


def _md_escape(text: str) -> str:
    return "".join(f"\\{char}" if char in "\\`*_[]<>#|" else char for char in text)


def to_timelinejs(entries: Iterable[TimelineEntry], *, title: str = "Case timeline") -> str:
    """TimelineJS 3 JSON: one slide per dated event, a headline slide for the case."""
    events = [_timelinejs_event(entry) for entry in entries if entry.event.start is not None]
    document = {"title": {"text": {"headline": title, "text": ""}}, "events": events}
    return json.dumps(document, ensure_ascii=False, indent=2)


def _timelinejs_event(entry: TimelineEntry) -> dict[str, Any]:
    """One slide. TimelineJS renders its text as HTML: document text arrives escaped. The
    article's link is in the slide's text: a web page given as the slide's media would be
    shown as a (broken) image, the type TimelineJS gives an address it does not recognise."""
    event = entry.event
    assert event.start is not None
    # An event open at its end ("since 1998" in an undated document) is told by its phrase.
    when = describe_when(event) if event.end is not None else " ".join(event.phrase.split())
    sentence = " ".join(event.sentence.split())
    if event.kind == "published" or not sentence:
        headline, body = one_line(entry.doc_title), "Published."
    else:
        headline = timelinejs_headline(sentence, event.phrase)
        body = "" if headline == sentence else sentence
    paragraphs = [f"<p>{html.escape(body)}</p>"] if body else []
    slide: dict[str, Any] = {
        "start_date": _timelinejs_date(event.start, event.granularity),
        "text": {
            "headline": html.escape(headline),
            "text": "".join([*paragraphs, f"<p>{_source_html(entry)}</p>"]),
        },
        "group": html.escape(one_line(entry.source or entry.doc_title)),
        "display_date": html.escape(when),
    }
    if event.end is not None and event.end != event.start:
        slide["end_date"] = _timelinejs_date(event.end, event.granularity)
    return slide


def timelinejs_headline(sentence: str, phrase: str, limit: int = HEADLINE_CHARS) -> str:
    """`sentence` on one line, cut at a word to `limit` characters so that its dated
    `phrase` stays in: from its start where the phrase is near it, else around the phrase."""
    if len(sentence) <= limit:
        return sentence
    at = sentence.casefold().find(" ".join(phrase.split()).casefold())
    start = 0
    if at + len(phrase) > limit - 1:  # the phrase would be cut off: start nearer to it,
        # as far before it as the end of the sentence leaves room for
        start = max(0, min(at - limit // 3, len(sentence) - limit + 1))
        start = sentence.find(" ", start) + 1 or start
    end = start + limit - 2
    if end < len(sentence):
        end = sentence.rfind(" ", start, end) if " " in sentence[start:end] else end
    cut = sentence[start:end].strip().rstrip(",;:—–-").rstrip()
    return f"{'…' if start else ''}{cut}{'…' if end < len(sentence) else ''}"


def _source_html(entry: TimelineEntry) -> str:
    """Where the event comes from: the document's title, linked to its article where it has a
    web address, and its outlet."""
    title = html.escape(one_line(entry.doc_title))
    if link := web_link(entry.url):
        title = f'<a href="{html.escape(link)}" target="_blank" rel="noopener">{title}</a>'
    return f"{title}, {html.escape(one_line(entry.source))}" if entry.source else title


def web_link(url: str | None) -> str | None:
    """`url` if it is a web address to link to (never a `javascript:` or file address), with
    the characters that would end a link written as `%`-escapes."""
    if not url or urlsplit(url.strip()).scheme.lower() not in ("http", "https"):
        return None
    return quote(url.strip(), safe=":/?#[]@!$&'()*+,;=%~")


def _timelinejs_date(day: Any, granularity: str) -> dict[str, str]:
    date = {"year": str(day.year)}
    if granularity in ("day", "week", "month", "season", "quarter"):
        date["month"] = str(day.month)
    if granularity in ("day", "week"):
        date["day"] = str(day.day)
    return date
