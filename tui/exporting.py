"""The export and annotate commands' work, kept out of the argument parsing in cli.py."""

from __future__ import annotations

import argparse

from store import export, timeline_export
from store.case import Case, CaseError
from store.models import TimelineEntry
from store.search import search_quotes


def export_text(case: Case, what: str, fmt: str, args: argparse.Namespace) -> str:
    if what == "quotes":
        return _export_quotes(case, fmt, args)
    if what == "timeline":
        return timeline_text(case.timeline(), fmt, title=case.path.stem)
    documents = case.documents(sort="published")
    if fmt == "bibtex":
        return export.documents_to_bibtex(documents)
    return export.documents_to_csl_json(documents) + "\n"


def timeline_text(entries: list[TimelineEntry], fmt: str, *, title: str) -> str:
    """The timeline as CSV, Markdown or TimelineJS 3 JSON."""
    if fmt == "csv":
        return timeline_export.to_csv(entries)
    if fmt == "markdown":
        return timeline_export.to_markdown(entries)
    return timeline_export.to_timelinejs(entries, title=title) + "\n"


def _export_quotes(case: Case, fmt: str, args: argparse.Namespace) -> str:
    if args.query:
        hits = search_quotes(case, args.query, limit=args.limit)
        if args.starred:
            marks = case.quote_annotations([hit.quote.id for hit in hits if hit.quote.id])
            hits = [hit for hit in hits if hit.quote.id in marks and marks[hit.quote.id].starred]
    else:
        hits = case.quote_hits(starred_only=args.starred, limit=args.limit)
    annotations = case.quote_annotations([hit.quote.id for hit in hits if hit.quote.id])
    if fmt == "markdown":
        title = "Starred quotes" if args.starred else "Quotes"
        return export.quotes_to_markdown(hits, annotations, title=title)
    records = [
        export.quote_record(hit, annotations.get(hit.quote.id or -1), args.style) for hit in hits
    ]
    if fmt == "csv":
        return export.quotes_to_csv(records)
    return export.quotes_to_json(records) + "\n"


def annotate(case: Case, args: argparse.Namespace) -> str:
    if args.target.startswith("doc:"):
        return _annotate_document(case, args.target[4:], args)
    if not args.target.isdigit():
        raise CaseError(f"{args.target!r} is not a quote id (or doc:DOC for a document)")
    starred = True if args.star else False if args.unstar else None
    if starred is None and args.note is None:
        raise CaseError("say what to do: --star, --unstar or --note TEXT")
    annotation = case.annotate_quote(int(args.target), starred=starred, note=args.note)
    state = "starred" if annotation.starred else "not starred"
    note = f", note: {annotation.note}" if annotation.note else ""
    return f"quote {args.target}: {state}{note}"


def _annotate_document(case: Case, ref: str, args: argparse.Namespace) -> str:
    document = case.find_document(ref)
    if document is None:
        raise CaseError(f"no single document matches {ref!r}")
    if args.note is not None:
        case.set_document_note(document.id, args.note)
    if args.tag is not None:
        case.set_document_tags(document.id, args.tag)
    tags = ", ".join(case.document_tags(document.id)) or "none"
    return (
        f"document {document.id}: note: {case.document_note(document.id) or 'none'}; tags: {tags}"
    )
