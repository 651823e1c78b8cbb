"""The models back from the rows a query reads, and the columns those queries select."""

from __future__ import annotations

import datetime as dt
import json
import zlib
from typing import Any

from store.case.raw_text import decompress_raw
from store.case.rows import quote_fields
from store.case.speaker_doubt import SPEAKER_DISPUTED
from store.models import Document, DocumentSummary, Event, Quote, QuoteHit, RawDoc, TimelineEntry

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
# A document's raw text, from the table that keeps it apart (`document_raw`), for a query of
# `documents`.
RAW_COLUMN = "(SELECT r.raw_zlib FROM document_raw r WHERE r.doc_id = documents.id) AS raw_zlib"
INPUT_COLUMNS = (
    f"id, path, format, content_hash, {RAW_COLUMN}, url, fetched, file_metadata, title,"
    " source, author, published, published_estimated, extraction_version"
)
EVENT_COLUMNS_BASE = (
    "e.id, e.doc_id, e.kind, e.phrase, e.value, e.start_date, e.end_date, e.granularity,"
    " e.modifier, e.paragraph, e.offset, e.type"
)
# An event's sentence from the columns `rows.sentence_columns` fills: needs `events e`,
# `documents d` and `LEFT JOIN paragraphs p` on `EVENT_PARAGRAPH`. SQLite's substr counts
# characters, as Python's slices do.
EVENT_PARAGRAPH = "p.doc_id = e.doc_id AND p.position = e.paragraph"
EVENT_SENTENCE = (
    "coalesce(e.sentence, substr(p.text, e.sentence_start + 1, e.sentence_end - e.sentence_start),"
    " d.title)"
)
EVENT_COLUMNS = f"{EVENT_COLUMNS_BASE}, {EVENT_SENTENCE} AS sentence"


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
        **quote_fields(row),
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
