"""The commands that read a case: `docs`, `show`, `quotes`, `speakers` (which also merges the
names of one person) and `timeline`."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, TypeVar

import click

from store.models import TimelineFilter
from store.publish import timeline_export
from store.safe_text import json_safe, one_line
from tui import exporting
from tui.cli import output
from tui.cli.common import (
    EXIT_OK,
    EXIT_USAGE,
    UsageError,
    case_option,
    case_path,
    json_option,
    open_case,
    style_option,
)

if TYPE_CHECKING:
    from store.case import Case
    from store.models import Document, DocumentSummary, QuoteHit

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

SHOWN_CHOICES = 5  # documents a reference that names several lists, then "and N more"


class SeveralDocuments(click.ClickException):
    """A document reference that names several documents: they are listed to choose from."""

    exit_code = EXIT_USAGE

    def __init__(self, ref: str, found: list[DocumentSummary], total: int) -> None:
        super().__init__(f"{total} documents match {ref!r}")
        self.choices = output.document_choices(found, total)

    def show(self, file: IO[Any] | None = None) -> None:
        stream = file or sys.stderr
        print(f"casebrowser: {one_line(self.message)}; give one's id:", file=stream)
        print("\n".join(self.choices), file=stream)


def document_named(case: Case, ref: str) -> Document:
    """The one document `ref` names (an id, a path, a file name or a title's start). A usage
    error when none does; `SeveralDocuments`, which lists them, when several do."""
    found, total = case.documents_named(ref, SHOWN_CHOICES)
    document = case.document(found[0].id) if total == 1 else None
    if document is not None:
        return document
    if total > 1:
        raise SeveralDocuments(ref, found, total)
    raise UsageError(f"no document matches {ref!r} (try `casebrowser docs`)")


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
    " ingested from (or its file name), or the start of its title; when several documents"
    " match, the first few are listed to choose from.",
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
    from store.case import HIDE_NOTHING

    with open_case(case, readonly=True) as opened:
        document = document_named(opened, doc)
        hits: list[QuoteHit] = []
        if at_quote is not None:  # a citation's link back holds for a quote rejected since
            hits = opened.quote_hits(quote_ids=[at_quote], hidden=HIDE_NOTHING, limit=1)
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
    " filter; @? keeps quotes whose speaker is in doubt; !word excludes. Quotes marked not a"
    " quotation are left out unless --all.",
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
@style_option
@click.option(
    "--all",
    "every_quote",
    is_flag=True,
    help='also the quotes marked not a quotation ("rejected": true in JSON)',
)
@click.option(
    "--hide-excluded",
    is_flag=True,
    help="leave out the quotes of documents excluded from the review",
)
def quotes_command(
    query: str,
    case: Path | None,
    as_json: bool,
    limit: int | None,
    style: str,
    every_quote: bool,
    hide_excluded: bool,
) -> int:
    from store.case import Hidden
    from store.search import search_quotes

    if limit is not None and limit < 1:
        raise UsageError("--limit must be at least 1")
    hidden = Hidden(rejected=not every_quote, excluded=hide_excluded)
    with open_case(case, readonly=True) as opened:
        if query.strip():
            hits: Iterable[QuoteHit] = search_quotes(
                opened, query, limit=limit or SEARCH_LIMIT, hidden=hidden
            )
        else:  # every quote (or the first --limit), read and written a page at a time

            def read(offset: int, count: int) -> list[QuoteHit]:
                return opened.quote_hits(hidden=hidden, offset=offset, limit=count)

            hits = paged(read, limit)
        if as_json:
            output.print_json_array(_quotes_json(opened, hits, style))
        else:
            output.print_quotes(hits, style)
    return EXIT_OK


def _quotes_json(case: Case, hits: Iterable[QuoteHit], style: str) -> Iterator[dict[str, Any]]:
    """Each quote's JSON with its variants, looked up a page of quotes at a time."""
    remaining = iter(hits)
    while page := list(islice(remaining, PAGE)):
        variants = case.variant_refs(hit.quote.id for hit in page if hit.quote.id is not None)
        for hit in page:
            yield output.quote_json(hit, style, variants.get(hit.quote.id or 0, []))


@click.command(
    "speakers",
    short_help="list who is quoted, with how often; merge names of one person",
    help="Every speaker, a person a line, with their number of quotes, the roles their quotes"
    " were given (most used first) and the other names counted with theirs; use one"
    " with `casebrowser quotes @NAME`. --merge KEPT NAME... makes the NAMEs one person, KEPT:"
    " their quotes name KEPT, now and in later ingests (a speaker you corrected on one quote"
    " stays). --unmerge NAME undoes it, for that name or for every name merged into it.",
)
@click.argument("names", nargs=-1, metavar="[KEPT NAME...]")
@case_option
@json_option
@click.option("--merge", is_flag=True, help="merge the NAMEs into KEPT, the first name given")
@click.option("--unmerge", metavar="NAME", help="give the names of a merge their own quotes back")
def speakers_command(
    names: tuple[str, ...], case: Path | None, as_json: bool, merge: bool, unmerge: str | None
) -> int:
    if merge or unmerge is not None:
        print(_change_merges(case, names, as_json, merge, unmerge))
        return EXIT_OK
    if names:
        raise UsageError("names are for --merge: casebrowser speakers --merge KEPT NAME...")
    with open_case(case, readonly=True) as opened:
        speakers = opened.speakers()
    if as_json:
        output.print_json([speaker.model_dump() for speaker in speakers])
    else:
        for speaker in speakers:
            print(output.speaker_line(speaker))
    return EXIT_OK


def _change_merges(
    case: Path | None, names: tuple[str, ...], as_json: bool, merge: bool, unmerge: str | None
) -> str:
    """Merge or unmerge as asked; the line that says what was done."""
    if merge and unmerge is not None:
        raise UsageError("--merge and --unmerge exclude each other")
    if as_json:
        raise UsageError("--json lists the speakers: give it without --merge or --unmerge")
    if unmerge is not None:
        if names:
            raise UsageError("--unmerge takes one NAME: casebrowser speakers --unmerge NAME")
        with open_case(case) as opened:
            given_back = opened.unmerge_speaker(unmerge)
        return f"unmerged {_counted(given_back, 'no quotes')}"
    if len(names) < 2:
        raise UsageError("--merge needs the name to keep and a name to merge into it")
    with open_case(case) as opened:
        merged = opened.merge_speakers(names[0], names[1:])
    counted = _counted(merged, "no quotes yet: later ingests follow the merge")
    return f"merged into {one_line(names[0])}: {counted}"


def _counted(quotes_by_name: dict[str, int], none: str) -> str:
    """Each name with its count of quotes ("Fadzil (3 quotes)"), or `none` for 0."""

    def quotes(count: int) -> str:
        return f"{count} quote{'' if count == 1 else 's'}" if count else none

    return ", ".join(
        f"{one_line(name)} ({quotes(count)})" for name, count in quotes_by_name.items()
    )


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
@click.option("--starred", is_flag=True, help="only the events starred in the app")
def timeline_command(
    case: Path | None, as_json: bool, fmt: str, no_published: bool, doc: str | None, starred: bool
) -> int:
    with open_case(case, readonly=True) as opened:
        doc_id = None
        if doc is not None:
            doc_id = document_named(opened, doc).id
        shown = TimelineFilter(
            include_published=not no_published, doc_id=doc_id, starred_only=starred
        )
        entries = opened.timeline_entries(shown)
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
