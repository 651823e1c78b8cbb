"""Conversions between the models and the case file's rows, kept apart from the SQL."""

from __future__ import annotations

import datetime as dt
import json
import zlib
from dataclasses import dataclass
from typing import Any

from store import EXTRACTION_VERSION
from store.case.speaker_doubt import SPEAKER_DISPUTED
from store.models import (
    Document,
    DocumentSummary,
    Event,
    ExtractedDocument,
    Paragraph,
    Quote,
    QuoteHit,
    RawDoc,
    TimelineEntry,
    VariantRef,
)

# A document's review state is kept by path (store.case.reviews); no row means "new".
REVIEW_COLUMN = (
    "coalesce((SELECT r.state FROM document_reviews r WHERE r.doc_path = documents.path), 'new')"
)
SUMMARY_COLUMNS = (
    "id, title, source, url, author, published, published_estimated, published_precision,"
    f" words, quotes, path, {REVIEW_COLUMN} AS review, copy_of"
)
# A role is the extracted speaker's: where the user or another report gave the speaker, it
# is not shown (and comes back with the extracted speaker if the correction is removed).
QUOTE_ROLE = "CASE WHEN q.how IN ('corrected', 'added', 'variant') THEN NULL ELSE q.role END"
QUOTE_COLUMNS = (
    "q.id, q.doc_id, q.text, q.speaker, q.cue, q.paragraph, q.start_char, q.end_paragraph,"
    f" q.end_char, q.how, q.confidence, {SPEAKER_DISPUTED} AS speaker_disputed,"
    f" {QUOTE_ROLE} AS role"
)
# A citation names the date a document gives, never one estimated from the dates it mentions.
HIT_DOC_COLUMNS = (
    "d.title AS doc_title, d.source AS doc_source, d.url AS doc_url, d.author AS doc_author,"
    " CASE WHEN d.published_estimated THEN NULL ELSE d.published END AS doc_published,"
    # The quote's paragraph as a reader counts it: text paragraphs from 1, headings left out.
    " (SELECT count(*) FROM paragraphs p WHERE p.doc_id = q.doc_id"
    " AND p.position <= q.paragraph AND p.kind = 'text') AS quote_paragraph_number"
)


def report_order(published: dt.date | None, doc_id: int, quote_id: int) -> tuple[object, ...]:
    """Reports of one statement by date, earliest first; undated ones last, where nothing
    says when they came out."""
    return (published is None, published or dt.date.min, doc_id, quote_id)


def hit_order(hit: QuoteHit) -> tuple[object, ...]:
    return report_order(hit.published, hit.quote.doc_id or 0, hit.quote.id or 0)


def ref_order(ref: VariantRef) -> tuple[object, ...]:
    return report_order(ref.published, ref.doc_id, ref.quote_id)


def first_report(hit: QuoteHit, variants: list[QuoteHit]) -> QuoteHit | None:
    """Where a statement first appeared in the case: the earliest dated of a quote and its
    other reports (None without other reports or dates). Undated reports are not counted:
    nothing says they came later."""
    dated = [report for report in [hit, *variants] if report.published is not None]
    return min(dated, key=hit_order) if variants and dated else None


def first_ref(own: VariantRef, variants: list[VariantRef]) -> VariantRef | None:
    """`first_report` of references (`quotes --json`)."""
    dated = [report for report in [own, *variants] if report.published is not None]
    return min(dated, key=ref_order) if variants and dated else None


ZLIB_FDICT = 0x20
ZLIB_LEVEL = 6  # level 9 was no smaller on the benchmark folders, and is slower


def word_count(paragraphs: list[Paragraph]) -> int:
    return sum(len(paragraph.text.split()) for paragraph in paragraphs)


def compress_raw(text: str) -> bytes:
    """The raw text deflated on its own: `zlib.decompress` alone reads it back, whatever
    happens to the document's paragraphs (re-extraction replaces them)."""
    return zlib.compress(text.encode("utf-8"), ZLIB_LEVEL)


def decompress_raw(blob: bytes | None) -> str | None:
    """The raw text of `compress_raw`; "" for none stored, None for one that cannot be read:
    deflated against a cleaned article (`raw_needs_article`) that the upgrade could not read
    back, or damaged (by another tool: the case is plain SQLite)."""
    if not blob:
        return ""
    if raw_needs_article(blob):
        return None
    try:
        return zlib.decompress(blob).decode("utf-8")
    except (zlib.error, UnicodeDecodeError):
        return None


def raw_needs_article(blob: bytes) -> bool:
    """True for raw text deflated with the cleaned article as zlib's preset dictionary, as
    cases stored it before `store_raw_text_alone`: the zlib header's FDICT bit says so."""
    return len(blob) > 1 and bool(blob[1] & ZLIB_FDICT)


def decompress_raw_with_article(blob: bytes, paragraphs: list[str]) -> str:
    """Raw text deflated against its article's `paragraphs` (texts, in order), as cases stored
    it before `store_raw_text_alone`. Raises zlib.error when the paragraphs are not the ones
    it was deflated against."""
    # zlib reaches back 32 KiB at most: the dictionary was the end of the article.
    dictionary = "\n".join(paragraphs).encode("utf-8")[-32 * 1024 :]
    decompressor = zlib.decompressobj(zdict=dictionary)
    return (decompressor.decompress(blob) + decompressor.flush()).decode("utf-8")


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
    return Quote(**_quote_fields(row))


def _quote_fields(row: dict[str, Any]) -> dict[str, Any]:
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


# A document's raw text, from the table that keeps it apart (`document_raw`), for a query of
# `documents`.
RAW_COLUMN = "(SELECT r.raw_zlib FROM document_raw r WHERE r.doc_id = documents.id) AS raw_zlib"
INPUT_COLUMNS = (
    f"id, path, format, content_hash, {RAW_COLUMN}, url, fetched, file_metadata, title,"
    " source, author, published, published_estimated, extraction_version"
)


def raw_doc_from_row(row: dict[str, Any]) -> RawDoc | None:
    """A document's input back from its `INPUT_COLUMNS`, for re-extraction; None when its raw
    text is not stored or cannot be read.

    What the input gave comes from `file_metadata` (NULL: the input gave nothing); a document
    stored before that was recorded (extraction version 0) gives its stored citation fields
    instead (a date only if it was not estimated), so what was shown before stays, though
    cleaning may have found it rather than the file.
    """
    # A case is plain SQLite that other tools can change: a value this code did not write is
    # this document's problem alone, never the re-extraction's.
    try:
        text = decompress_raw(row["raw_zlib"])
        if not text:
            return None
        given = _given_metadata(row)
        return RawDoc(
            path=row["path"],
            format=row["format"],
            text=text,
            title=given.get("title"),
            url=row["url"],
            source=given.get("source"),
            author=given.get("author"),
            published=_date(given.get("published")),
            fetched=dt.datetime.fromisoformat(row["fetched"]) if row["fetched"] else None,
            content_hash=row["content_hash"],
        )
    except (ValueError, TypeError, zlib.error):
        return None


def _given_metadata(row: dict[str, Any]) -> dict[str, Any]:
    if row["file_metadata"] is not None:
        given = json.loads(row["file_metadata"])
        if not isinstance(given, dict):
            raise ValueError("file_metadata is not a JSON object")
        return given
    # Recorded since extraction versions were (`store_raw_text_alone`): NULL then means the
    # input gave nothing, and passing the title cleaning found as given would change the rows.
    if row["extraction_version"]:
        return {}
    given = {name: row[name] for name in ("title", "source", "author")}
    if not row["published_estimated"]:
        given["published"] = row["published"]
    return given


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
    its dates would cost a third of the raw text. `EVENT_SENTENCE` reads it back.
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


EVENT_COLUMNS_BASE = (
    "e.id, e.doc_id, e.kind, e.phrase, e.value, e.start_date, e.end_date, e.granularity,"
    " e.modifier, e.paragraph, e.offset, e.type"
)
# An event's sentence from the columns `sentence_columns` fills: needs `events e`, `documents d`
# and `LEFT JOIN paragraphs p` on `EVENT_PARAGRAPH`. SQLite's substr counts characters, as
# Python's slices do.
EVENT_PARAGRAPH = "p.doc_id = e.doc_id AND p.position = e.paragraph"
EVENT_SENTENCE = (
    "coalesce(e.sentence, substr(p.text, e.sentence_start + 1, e.sentence_end - e.sentence_start),"
    " d.title)"
)
EVENT_COLUMNS = f"{EVENT_COLUMNS_BASE}, {EVENT_SENTENCE} AS sentence"


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def summary_from_row(row: dict[str, Any]) -> DocumentSummary:
    return DocumentSummary(
        id=row["id"],
        title=row["title"],
        source=row["source"],
        url=row["url"],
        author=row["author"],
        published=_date(row["published"]),
        published_estimated=bool(row["published_estimated"]),
        published_precision=row["published_precision"],
        words=row["words"] or 0,
        quotes=row["quotes"] or 0,
        path=row["path"],
        review=row.get("review") or "new",
        copy_of=row.get("copy_of"),
    )


def document_from_row(row: dict[str, Any]) -> Document:
    summary = summary_from_row(row)
    return Document(
        **summary.model_dump(),
        fetched=dt.datetime.fromisoformat(row["fetched"]) if row["fetched"] else None,
        format=row["format"],
        content_hash=row["content_hash"],
        raw_text=decompress_raw(row["raw_zlib"]) or "",
        paragraphs=row["paragraphs"],
    )


def quote_from_row(row: dict[str, Any]) -> Quote:
    return Quote(
        **_quote_fields(row),
        id=row["id"],
        doc_id=row["doc_id"],
        speaker_disputed=bool(row.get("speaker_disputed")),
    )


def hit_from_row(row: dict[str, Any]) -> QuoteHit:
    return QuoteHit(
        quote=quote_from_row(row),
        doc_title=row["doc_title"],
        source=row["doc_source"],
        url=row["doc_url"],
        author=row["doc_author"],
        published=_date(row["doc_published"]),
        paragraph_number=row.get("quote_paragraph_number") or None,
        rejected=bool(row.get("quote_rejected")),
    )


def timeline_entry_from_row(row: dict[str, Any]) -> TimelineEntry:
    event = Event(
        id=row["id"],
        doc_id=row["doc_id"],
        kind=row["kind"],
        phrase=row["phrase"],
        value=row["value"],
        start=_date(row["start_date"]),
        end=_date(row["end_date"]),
        granularity=row["granularity"],
        modifier=row["modifier"],
        sentence=row["sentence"],
        paragraph=row["paragraph"],
        offset=row["offset"],
        type=row["type"] or "DATE",  # stored before types were: every one was a date
    )
    return TimelineEntry(
        event=event,
        doc_title=row["doc_title"],
        source=row["doc_source"],
        url=row.get("doc_url"),
        starred=bool(row.get("starred")),
    )
