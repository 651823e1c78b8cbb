"""A document as the rows the case file stores, built from the models with no SQL."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from store import EXTRACTION_VERSION
from store.case.raw_text import compress_raw
from store.models import Event, ExtractedDocument, Paragraph, Quote, RawDoc


def word_count(paragraphs: list[Paragraph]) -> int:
    return sum(len(paragraph.text.split()) for paragraph in paragraphs)


# The columns of `DocumentRows`' rows, in order; each table's doc_id comes first when stored.
# fmt: off
PARAGRAPH_COLUMNS_STORED = ("position", "kind", "text")
QUOTE_COLUMNS_STORED = (
    "position", "text", "speaker", "cue", "source", "paragraph", "start_char", "end_paragraph",
    "end_char", "how", "confidence", "role",
)
EVENT_COLUMNS_STORED = (
    "kind", "phrase", "value", "start_date", "end_date", "granularity", "modifier", "paragraph",
    "offset", "sentence", "sentence_start", "sentence_end", "type",
)
# fmt: on
Row = tuple[Any, ...]


@dataclass
class DocumentRows:
    """A document as the rows the case file keeps, all but the document's id.

    Built where the document is extracted (an ingest worker): plain values cross between
    processes at a fraction of the models' cost, and the single writer is left to insert.
    `paragraphs`, `quotes` and `events` hold the `*_COLUMNS_STORED` columns in order.
    """

    document: dict[str, Any]
    paragraphs: list[Row]
    quotes: list[Row]
    events: list[Row]
    raw_zlib: bytes
    """The raw text, deflated (`compress_raw`): kept apart, in `document_raw`."""

    @classmethod
    def of(cls, raw: RawDoc, extracted: ExtractedDocument) -> DocumentRows:
        paragraphs = extracted.paragraphs
        return cls(
            document=document_record(raw, extracted),
            # The raw text shows what cleaning removed, and is what re-extraction starts from.
            raw_zlib=compress_raw(raw.text),
            paragraphs=[(position, p.kind, p.text) for position, p in enumerate(paragraphs)],
            quotes=quote_rows(extracted),
            events=event_rows(extracted.events, paragraphs, extracted.title),
        )

    @property
    def path(self) -> str:
        return str(self.document["path"])

    @property
    def content_hash(self) -> str:
        return str(self.document["content_hash"])

    def quote_models(self) -> tuple[list[Quote], list[Paragraph]]:
        """The quotes and paragraphs back as models, for the rare work that needs them."""
        paragraphs = [Paragraph(kind=kind, text=text) for _position, kind, text in self.paragraphs]
        quotes = [
            stored_quote(dict(zip(QUOTE_COLUMNS_STORED, row, strict=True))) for row in self.quotes
        ]
        return quotes, paragraphs


def stored_quote(row: dict[str, Any]) -> Quote:
    """A quote from its `QUOTE_COLUMNS_STORED` values, by name."""
    return Quote(**quote_fields(row))


def quote_fields(row: dict[str, Any]) -> dict[str, Any]:
    """A quote's own fields from its columns, by name: what a stored row and a read one share."""
    return {
        "text": row["text"],
        "speaker": row["speaker"],
        "role": row.get("role"),
        "cue": row["cue"],
        "paragraph": row["paragraph"],
        "start": row["start_char"],
        "end_paragraph": row["end_paragraph"],
        "end": row["end_char"],
        "how": row["how"],
        "confidence": row["confidence"],
    }


def document_record(raw: RawDoc, extracted: ExtractedDocument) -> dict[str, Any]:
    published = extracted.published
    return {
        "path": raw.path,
        "title": extracted.title,
        "source": extracted.source,
        "url": raw.url,
        "author": extracted.author,
        "published": published.isoformat() if published else None,
        "published_estimated": int(extracted.published_estimated),
        "published_precision": extracted.published_precision,
        "fetched": raw.fetched.isoformat() if raw.fetched else None,
        "format": raw.format,
        "content_hash": raw.content_hash,
        "file_metadata": file_metadata(raw),
        "extraction_version": EXTRACTION_VERSION,
        "words": word_count(extracted.paragraphs),
        "quotes": len(extracted.quotes),
        "ingested_at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    }


# The metadata a document's input gave (front matter, an HTML page's meta tags) or a metadata
# import set: what wins over what cleaning finds, so re-extraction passes it back as given.
FILE_METADATA_FIELDS = ("title", "source", "author", "published")


def file_metadata(raw: RawDoc) -> str | None:
    """`FILE_METADATA_FIELDS` that `raw` has, as JSON text (readable in Datasette); None if none."""
    fields = {name: getattr(raw, name) for name in FILE_METADATA_FIELDS}
    given = {name: str(value) for name, value in fields.items() if value is not None}
    return json.dumps(given, ensure_ascii=False, sort_keys=True) if given else None


def quote_rows(extracted: ExtractedDocument) -> list[Row]:
    source = extracted.source
    return [
        (
            position,
            quote.text,
            quote.speaker,
            quote.cue,
            source,
            quote.paragraph,
            quote.start,
            quote.end_paragraph,
            quote.end,
            quote.how,
            quote.confidence,
            quote.role,
        )
        for position, quote in enumerate(extracted.quotes)
    ]


def event_rows(events: list[Event], paragraphs: list[Paragraph], title: str) -> list[Row]:
    rows = []
    for event in events:
        where = sentence_columns(
            event.kind, event.sentence, _text_of(paragraphs, event.paragraph), title
        )
        rows.append(
            (
                event.kind,
                event.phrase,
                event.value,
                event.start.isoformat() if event.start else None,
                event.end.isoformat() if event.end else None,
                event.granularity,
                event.modifier,
                event.paragraph,
                event.offset,
                where["sentence"],
                where["sentence_start"],
                where["sentence_end"],
                event.type,
            )
        )
    return rows


def sentence_columns(kind: str, sentence: str, paragraph: str | None, title: str) -> dict[str, Any]:
    """Where an event's sentence is: a span of its `paragraph`'s text (`sentence_start`,
    `sentence_end`), the document's title for its publication, else the text itself in
    `sentence`.

    The article's text is stored once, in `paragraphs`: a sentence stored again with each of
    its dates would cost a third of the raw text. `read_rows.EVENT_SENTENCE` reads it back.
    """
    where = {"sentence_start": None, "sentence_end": None, "sentence": None}
    if kind == "published" and sentence == title:
        return where
    start = -1 if paragraph is None else paragraph.find(sentence)
    if start < 0:
        return {**where, "sentence": sentence}
    return {**where, "sentence_start": start, "sentence_end": start + len(sentence)}


def _text_of(paragraphs: list[Paragraph], index: int) -> str | None:
    return paragraphs[index].text if 0 <= index < len(paragraphs) else None
