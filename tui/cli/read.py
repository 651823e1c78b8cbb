"""The commands that read a case: `docs`, `show`, `quotes`, `speakers` and `timeline`."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

import click

from store.publish import timeline_export
from store.publish.cite import CITATION_STYLES
from store.safe_text import json_safe, one_line
from tui import exporting
from tui.cli import output
from tui.cli.common import EXIT_OK, UsageError, case_option, case_path, json_option, open_case

if TYPE_CHECKING:
    from store.models import DocumentSummary, QuoteHit

TIMELINE_FORMATS = ("text", "csv", "markdown", "timelinejs")
SEARCH_LIMIT = 50  # the best matches a query shows when --limit is not given
PAGE = 2_000  # rows read at a time when a command lists every one of them

T = TypeVar("T")


def paged(read: Callable[[int, int], list[T]], limit: int | None = None) -> Iterator[T]:
    """The rows `read(offset, count)` gives, a page at a time, up to `limit` (None: all):
    a case of a million quotes is listed without holding them all."""
    offset = 0
    while limit is None or offset < limit:
        count = PAGE if limit is None else min(PAGE, limit - offset)
        page = read(offset, count)
        yield from page
        if len(page) < count:
            return
        offset += count


# ---- docs and show -----------------------------------------------------------------------------


@click.command(
    "docs",
    short_help="list the documents",
    help="List the case's documents by date, copies of one article too: each copy names the"
    " document it is shown as (`copy_of`), which lists its copies.",
)
@case_option
@json_option
def docs_command(case: Path | None, as_json: bool) -> int:
    with open_case(case, readonly=True) as opened:
        if as_json:

            def read(offset: int, count: int) -> list[DocumentSummary]:
                return opened.documents(
                    sort="published", offset=offset, limit=count, with_copies=True
                )

            output.print_json_array(output.document_json(doc) for doc in paged(read))
        else:
            output.print_document_table(opened.documents(sort="published", with_copies=True))
    return EXIT_OK


@click.command(
    "show",
    short_help="print one cleaned document",
    help="Print a document's metadata and cleaned article. DOC is its id, the path it was"
    " ingested from (or its file name), or the start of its title.",
)
@click.argument("doc", metavar="DOC")
@case_option
@json_option
@click.option(
    "--at",
    "at_quote",
    type=int,
    metavar="QUOTE_ID",
    help="mark the quote's paragraph (the link back a citation gives); --json adds `at`",
)
def show_command(doc: str, case: Path | None, as_json: bool, at_quote: int | None) -> int:
    with open_case(case, readonly=True) as opened:
        document = opened.find_document(doc)
        if document is None:
            raise UsageError(f"no single document matches {doc!r} (try `casebrowser docs`)")
        hits = opened.quote_hits(quote_ids=[at_quote], limit=1) if at_quote is not None else []
    if at_quote is not None and (not hits or hits[0].quote.doc_id != document.id):
        raise UsageError(f"document {document.id} has no quote {at_quote}")
    at = hits[0] if hits else None
    if as_json:
        record = output.document_json(document, with_paragraphs=True)
        if at is not None:
            record["at"] = output.quote_place_json(at)
        output.print_json(record)
    else:
        output.print_document(document, at)
    return EXIT_OK


# ---- quotes and speakers ------------------------------------------------------------------------


@click.command(
    "quotes",
    short_help="find quotes, with their citations",
    help="Find quotations, best match first (no QUERY: every quote in document order). Plain"
    ' words match fuzzily; \'word or "a phrase" must appear exactly; @speaker and #outlet'
    " filter; !word excludes.",
)
@click.argument("query", required=False, default="", metavar="QUERY")
@case_option
@json_option
@click.option(
    "--limit",
    type=int,
    default=None,
    metavar="N",
    help=f"at most N quotes (default: every quote with no QUERY, else the best {SEARCH_LIMIT})",
)
@click.option(
    "--style", type=click.Choice(CITATION_STYLES), default="default", help="citation style"
)
def quotes_command(
    query: str, case: Path | None, as_json: bool, limit: int | None, style: str
) -> int:
    from store.search import search_quotes

    if limit is not None and limit < 1:
        raise UsageError("--limit must be at least 1")
    with open_case(case, readonly=True) as opened:
        if query.strip():
            hits: Iterable[QuoteHit] = search_quotes(opened, query, limit=limit or SEARCH_LIMIT)
        else:  # every quote (or the first --limit), read and written a page at a time
            hits = paged(lambda offset, count: opened.quote_hits(offset=offset, limit=count), limit)
        if as_json:
            output.print_json_array(output.quote_json(hit, style) for hit in hits)
        else:
            output.print_quotes(hits, style)
    return EXIT_OK


@click.command(
    "speakers",
    short_help="list who is quoted, with how often",
    help="Every speaker with their number of quotes; use one with `casebrowser quotes @NAME`.",
)
@case_option
@json_option
def speakers_command(case: Path | None, as_json: bool) -> int:
    with open_case(case, readonly=True) as opened:
        speakers = opened.speakers()
    if as_json:
        output.print_json([speaker.model_dump() for speaker in speakers])
    else:
        for speaker in speakers:
            print(f"{speaker.quotes:>6}  {one_line(speaker.name)}")
    return EXIT_OK


# ---- timeline ----------------------------------------------------------------------------------


@click.command(
    "timeline",
    short_help="list dated events across the case",
    help="The dated events of every document, in chronological order: publication dates and"
    " the dates the articles mention.",
)
@case_option
@json_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(TIMELINE_FORMATS),
    default="text",
    help="text (default), csv, markdown, or timelinejs (TimelineJS 3 JSON)",
)
@click.option("--no-published", is_flag=True, help="leave out the publication events")
@click.option("--doc", metavar="DOC", help="only the events of one document")
def timeline_command(
    case: Path | None, as_json: bool, fmt: str, no_published: bool, doc: str | None
) -> int:
    with open_case(case, readonly=True) as opened:
        doc_id = None
        if doc is not None:
            document = opened.find_document(doc)
            if document is None:
                raise UsageError(f"no single document matches {doc!r}")
            doc_id = document.id
        entries = opened.timeline(include_published=not no_published, doc_id=doc_id)
    if as_json:
        output.print_json_array(timeline_export.timeline_record(entry) for entry in entries)
    elif fmt == "text":
        output.print_timeline(entries)
    else:
        title = exporting.case_title(case_path(case))
        print(json_safe(exporting.timeline_text(entries, fmt, title=title)), end="")
        if undated := exporting.undated_left_out(entries, fmt):
            print(exporting.left_out_note(undated), file=sys.stderr)
    return EXIT_OK
