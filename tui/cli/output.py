"""How the command line prints: JSON for scripts, aligned text for people, never raw controls."""

from __future__ import annotations

import json
import shutil
import sys
import textwrap
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TextIO

from store.case.report_order import first_ref
from store.case.speaker_people import DESCRIBED
from store.models import (
    Document,
    DocumentSummary,
    Quote,
    QuoteHit,
    Speaker,
    TimelineEntry,
    VariantRef,
)
from store.publish.cite import citation_for, format_citation
from store.safe_text import json_safe, make_visible, one_line
from store.timex.when import describe_when, group_label, published_label, short_estimate

DOCUMENT_KEYS = ("id", "title", "source", "url", "author", "published", "words", "quotes", "path")
READING_WIDTH = 88


def print_json(value: Any) -> None:
    text = json.dumps(value, ensure_ascii=False, indent=2, default=str)
    print(json_safe(text))


def print_json_array(items: Iterable[Any]) -> None:
    """The text `print_json(list(items))` prints, written an item at a time: a case's every
    quote is never one list, nor one string, in memory."""
    opening = "[\n"
    for item in items:
        text = json.dumps(item, ensure_ascii=False, indent=2, default=str)
        print(opening + json_safe(textwrap.indent(text, "  ")), end="")
        opening = ",\n"
    print("[]" if opening == "[\n" else "\n]")


def document_json(document: DocumentSummary, *, with_paragraphs: bool = False) -> dict[str, Any]:
    """DESIGN.md's document keys; a date estimated from the text is kept apart from `published`,
    with its precision beside it."""
    record = document.model_dump(mode="json", include=set(DOCUMENT_KEYS))
    ordered = {key: record[key] for key in DOCUMENT_KEYS}
    ordered["published_estimated"] = None
    if document.published_estimated:
        ordered["published"], ordered["published_estimated"] = None, record["published"]
    # How precise that date is: "day" for a date the document gives, an estimate's own
    # ("year": `published_estimated` "2023-12-31" stands for 2023); None when undated.
    ordered["published_precision"] = document.published_precision if document.published else None
    ordered["review"] = document.review  # new, read, reviewed or excluded
    # Copies of one article: a copy names the document shown for it, which lists its copies
    # and the outlets they add to its own.
    ordered["copy_of"] = document.copy_of
    ordered["copies"] = document.copies
    ordered["copy_sources"] = document.copy_sources
    if with_paragraphs and isinstance(document, Document):
        ordered["paragraphs"] = [
            {"kind": paragraph.kind, "text": paragraph.text} for paragraph in document.paragraphs
        ]
    return ordered


def print_document_table(documents: list[DocumentSummary]) -> None:
    if not documents:
        print("No documents yet: add some with `casebrowser ingest PATH --case FILE`.")
        return
    id_width = max(len("id"), *(len(str(doc.id)) for doc in documents))  # the header's too
    title_width = max(20, _terminal_width() - id_width - 57)
    header = (
        f"{'id':>{id_width}}  {'date':<{DATE_CELLS}}  {'source':<18}  {'words':>6}"
        f"  {'quotes':>6}  {'review':<8}  title"
    )
    print(header)
    for doc in documents:
        published = date_cell(doc)
        source = _fit(one_line(doc.source or "-"), 18)
        note = copies_note(doc)
        title = _fit(one_line(doc.title), max(10, title_width - len(note))) + note
        print(
            f"{doc.id:>{id_width}}  {published:<{DATE_CELLS}}  {source:<18}  {doc.words:>6}"
            f"  {doc.quotes:>6}  {doc.review:<8}  {title}"
        )


def document_choices(documents: list[DocumentSummary], total: int) -> list[str]:
    """Lines naming `documents`, of `total` that a reference matched, for the user to choose
    one: id, date, outlet and title, then "and N more" for those left out."""
    id_width = max((len(str(doc.id)) for doc in documents), default=1)
    title_width = max(20, _terminal_width() - id_width - 37)
    lines = [
        f"  {doc.id:>{id_width}}  {date_cell(doc):<{DATE_CELLS}}"
        f"  {_fit(one_line(doc.source or '-'), 18):<18}"
        f"  {_fit(one_line(doc.title), title_width)}"
        for doc in documents
    ]
    if total > len(documents):
        lines.append(f"  and {total - len(documents):,} more (more of the title narrows them down)")
    return lines


DATE_CELLS = 11  # "≈2023-03-05": an estimated day keeps its day, as `show` gives it


def date_cell(doc: DocumentSummary) -> str:
    """A document's date in a list's date column: the day it gives, or an estimate at the
    precision `show` names it ("≈2023" for "2023 (estimated)", "≈2023-03-05" for
    "2023-03-05 (estimated)"); "-" when undated."""
    if doc.published is None:
        return "-"
    if not doc.published_estimated:
        return doc.published.isoformat()
    if doc.published_precision in (None, "day"):  # a day, as `estimate_label` names it
        return f"≈{doc.published.isoformat()}"
    return short_estimate(doc.published, doc.published_precision)


def copies_note(doc: DocumentSummary) -> str:
    """What the table says after a title: " (copy of 12)", or " (+2 copies: Reuters)"."""
    if doc.copy_of is not None:
        return f" (copy of {doc.copy_of})"
    if not doc.copies:
        return ""
    count = len(doc.copies)
    outlets = f": {', '.join(one_line(source) for source in doc.copy_sources)}"
    return f" (+{count} {'copy' if count == 1 else 'copies'}{outlets if doc.copy_sources else ''})"


def quote_place_json(hit: QuoteHit) -> dict[str, Any]:
    """Where a quote is in its document: `paragraph` indexes `paragraphs`, `paragraph_number`
    is the "¶ 7" of its citations (text paragraphs counted from 1)."""
    return {
        "quote_id": hit.quote.id,
        "paragraph": hit.quote.paragraph,
        "paragraph_number": hit.paragraph_number,
        "text": hit.quote.text,
    }


def print_document(document: Document, at: QuoteHit | None = None) -> None:
    """The document as text; `at` marks its quote's paragraph with a bar and a heading line."""
    print(one_line(document.title))
    print("=" * min(len(document.title), READING_WIDTH))
    for label, value in _metadata_lines(document):
        print(f"{label:<8} {one_line(value)}")
    width = min(READING_WIDTH, _terminal_width())
    marked = at.quote.paragraph if at is not None else None
    for index, paragraph in enumerate(document.paragraphs):
        print()
        text = make_visible(paragraph.text)
        if index == marked and at is not None:
            number = f"¶ {at.paragraph_number} · " if at.paragraph_number else ""
            print(f"▶ {number}quote {at.quote.id}: “{one_line(at.quote.text)}”")
            print(textwrap.fill(text, width=width - 2, initial_indent="┃ ", subsequent_indent="┃ "))
        elif paragraph.kind == "heading":
            print(f"## {one_line(text)}")
        elif paragraph.kind == "code":  # its lines and indentation are the code's own
            print(textwrap.indent(text, "    "))
        else:
            print(textwrap.fill(text, width=width))


def _metadata_lines(document: Document) -> list[tuple[str, str]]:
    published = published_label(document)
    fields = [
        ("Source", document.source),
        ("Author", document.author),
        ("Date", published),
        ("URL", document.url),
        ("File", document.path),
    ]
    return [(label, value) for label, value in fields if value]


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _terminal_width() -> int:
    return shutil.get_terminal_size((100, 24)).columns


def progress_printer(
    verb: str = "", stream: TextIO | None = None
) -> Callable[[int, int, Path | str], None] | None:
    """A progress line, `[3/10] fetching URL`, redrawn in place on stderr (or `stream`) and
    only when it is a terminal: a script reading the output gets no stray lines.

    A path shows as its file name, anything else (a URL, "quotes") as it is."""
    stream = stream or sys.stderr
    if not stream.isatty():
        return None
    prefix = f"{verb} " if verb else ""

    def show(done: int, total: int, item: Path | str) -> None:
        name = item.name if isinstance(item, Path) else str(item)
        width = max(10, _terminal_width() - 20 - len(prefix))
        end = "\n" if done == total else ""
        line = f"[{done}/{total}] {prefix}{_fit(one_line(name), width)}"
        print(f"\r\x1b[2K{line}", end=end, file=stream, flush=True)

    return show


def print_timeline(entries: list[TimelineEntry]) -> None:
    if not entries:
        print("No dated events yet: ingest some articles first.")
        return
    current_group = None
    for entry in entries:
        group = group_label(entry.event)
        if group != current_group:
            heading = " ".join(part for part in reversed(group) if part)
            print(f"\n{heading}")
            current_group = group
        event = entry.event
        what = "published" if event.kind == "published" else one_line(event.sentence)
        when = one_line(describe_when(event))
        print(f"  {when:<26} {_fit(what, 90)}  [{entry.event.doc_id}] {one_line(entry.doc_title)}")


def quote_json(
    hit: QuoteHit, style: str, variants: list[VariantRef] | None = None
) -> dict[str, Any]:
    """A quote as `quotes --json` lists it; `variants` are its other reports, by date."""
    quote = hit.quote
    variants = variants or []
    attribution = attribution_json(quote)
    return {
        "id": quote.id,
        "doc_id": quote.doc_id,
        "text": quote.text,
        "speaker": quote.speaker,
        "score": round(hit.score, 2),
        "citation": format_citation(citation_for(hit), style),
        # How the speaker was attributed: the words that named it, the way it was found
        # (direct, pronoun, nominal, chain, context, layout, variant, corrected) and how far
        # to trust it (0-1).
        "cue": attribution["cue"],
        "how": attribution["how"],
        "confidence": attribution["confidence"],
        # Marked not a quotation by the user: listed only when every quote is asked for.
        "rejected": hit.rejected,
        # Another document's report of the same statement names someone else.
        "speaker_disputed": quote.speaker_disputed,
        # Other documents' reports of the same statement, earliest first, and where the
        # statement first appeared in the case (this quote or one of them).
        "variants": [variant_json(variant) for variant in variants],
        "first_reported": first_reported_json(hit, variants),
        # The speaker's title or role as the article gives it ("Secretary of State"), kept
        # apart from the name; null when none is given, or the speaker is yours or a report's.
        "role": attribution["role"],
    }


def attribution_json(quote: Quote) -> dict[str, Any]:
    """`cue`, `how`, `confidence` and `role`, all null for a quote with no speaker: they say
    how a speaker was found and who they are, and extraction keeps the verb it weighed even
    when that verb named no one ("away", "is"), which would read as a clue to a speaker."""
    named = quote.speaker is not None
    return {
        "cue": quote.cue if named else None,
        "how": quote.how if named else None,
        "confidence": quote.confidence if named else None,
        "role": quote.role if named else None,
    }


def variant_json(variant: VariantRef) -> dict[str, Any]:
    return {
        "id": variant.quote_id,
        "doc_id": variant.doc_id,
        "outlet": variant.outlet,
        "published": variant.published.isoformat() if variant.published else None,
        "speaker": variant.speaker,
    }


def first_reported_json(hit: QuoteHit, variants: list[VariantRef]) -> dict[str, Any] | None:
    """The earliest dated of the quote and its variants (None without variants or dates):
    `{id, doc_id, outlet, published}`."""
    own = VariantRef(
        quote_id=hit.quote.id or 0,
        doc_id=hit.quote.doc_id or 0,
        outlet=hit.source,
        published=hit.published,
        speaker=hit.quote.speaker,
    )
    first = first_ref(own, variants)
    if first is None:
        return None
    found = variant_json(first)
    del found["speaker"]
    return found


def print_quotes(hits: Iterable[QuoteHit], style: str) -> None:
    found = False
    for hit in hits:
        citation = format_citation(citation_for(hit), style)
        mark = "(not a quotation) " if hit.rejected else ""
        print(f"[{hit.quote.id}] {mark}" + make_visible(citation).replace("\n", "\n    "))
        found = True
    if not found:
        print("No quotes found.")


SHOWN_ROLES = 3  # a speaker's roles a line names, the most used; the JSON has them all


def speaker_line(speaker: Speaker) -> str:
    """A speakers list line: the count, the name, the roles their quotes were given (the most
    used, then how many more) and the other names counted with it; a speaker the text
    describes rather than names ("one tester") is marked: its quotes may be several people's."""
    shown = speaker.roles[:SHOWN_ROLES]
    left = len(speaker.roles) - len(shown)
    roles = ", ".join(map(one_line, shown)) + (f" (+{left} more)" if left else "")
    others = ", ".join(map(one_line, [*speaker.aliases, *speaker.spellings]))
    return (
        f"{speaker.quotes:>6}  {one_line(speaker.name)}"
        + (f" — {roles}" if roles else "")
        + (f"  (also: {others})" if others else "")
        + (f"  ({DESCRIBED})" if speaker.described else "")
    )


def print_report(report: Any) -> int:
    """An ingest or import report: one line per file or record not taken or taken with a
    warning, then the summary.

    Returns the exit status: 1 when something was not taken, else 0.
    """
    missed = [*report.rejected, *getattr(report, "unmatched", [])]
    for warning in getattr(report, "warnings", []):
        print(one_line(warning), file=sys.stderr)
    for item in missed:
        print(one_line(str(item)), file=sys.stderr)
    print(report.summary())
    return 1 if missed else 0
