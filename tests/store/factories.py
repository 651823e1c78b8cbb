"""Hand-made documents for tests that must not depend on the extractors' judgement."""

from __future__ import annotations

import datetime as dt
import hashlib

from store.case import Case
from store.models import Event, ExtractedDocument, Paragraph, Quote, RawDoc


def raw_doc(path: str, text: str = "body", **fields: object) -> RawDoc:
    digest = hashlib.sha256(f"{path}\0{text}".encode()).hexdigest()
    return RawDoc(path=path, format="text", text=text, content_hash=digest, **fields)


def quote_in(paragraphs: list[Paragraph], index: int, text: str, speaker: str | None) -> Quote:
    start = paragraphs[index].text.index(text)
    return Quote(
        text=text,
        speaker=speaker,
        cue="said",
        paragraph=index,
        start=start,
        end_paragraph=index,
        end=start + len(text),
    )


def add_document(
    case: Case,
    path: str,
    title: str,
    paragraphs: list[str],
    *,
    quotes: list[tuple[int, str, str | None]] = (),
    events: list[Event] = (),
    published: dt.date | None = None,
    source: str | None = None,
    author: str | None = None,
    url: str | None = None,
) -> int:
    blocks = [Paragraph(text=text) for text in paragraphs]
    extracted = ExtractedDocument(
        title=title,
        paragraphs=blocks,
        quotes=[quote_in(blocks, index, text, speaker) for index, text, speaker in quotes],
        events=list(events),
        published=published,
        source=source,
        author=author,
    )
    return case.save_document(raw_doc(path, "\n\n".join(paragraphs), url=url), extracted)


def day_event(phrase: str, day: dt.date, paragraph: int = 0) -> Event:
    return Event(
        phrase=phrase,
        value=day.isoformat(),
        start=day,
        end=day,
        granularity="day",
        sentence=f"It happened {phrase}.",
        paragraph=paragraph,
        offset=0,
    )
