"""The commands that read a case: `docs`, `show`, `quotes`, `speakers` and `timeline`."""

from __future__ import annotations

import argparse

from store import timeline_export
from store.cite import CITATION_STYLES
from store.safe_text import json_safe, one_line
from store.search import search_quotes
from tui import exporting
from tui.cli import output
from tui.cli.common import EXIT_OK, UsageError, case_option, case_path, json_option, open_case

TIMELINE_FORMATS = ("text", "csv", "markdown", "timelinejs")


# ---- docs and show -----------------------------------------------------------------------------


def register_docs(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "docs", help="list the documents", description="List the case's documents by date."
    )
    case_option(parser)
    json_option(parser)
    parser.set_defaults(handler=run_docs)


def run_docs(args: argparse.Namespace) -> int:
    with open_case(args.case, readonly=True) as case:
        documents = case.documents(sort="published")
    if args.json:
        output.print_json([output.document_json(doc) for doc in documents])
    else:
        output.print_document_table(documents)
    return EXIT_OK


def register_show(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "show",
        help="print one cleaned document",
        description="Print a document's metadata and cleaned article. DOC is its id, the path it"
        " was ingested from (or its file name), or the start of its title.",
    )
    parser.add_argument("doc", metavar="DOC")
    case_option(parser)
    json_option(parser)
    parser.set_defaults(handler=run_show)


def run_show(args: argparse.Namespace) -> int:
    with open_case(args.case, readonly=True) as case:
        document = case.find_document(args.doc)
    if document is None:
        raise UsageError(f"no single document matches {args.doc!r} (try `casebrowser docs`)")
    if args.json:
        output.print_json(output.document_json(document, with_paragraphs=True))
    else:
        output.print_document(document)
    return EXIT_OK


# ---- quotes and speakers ------------------------------------------------------------------------


def register_quotes(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "quotes",
        help="find quotes, with their citations",
        description="Find quotations, best match first (no QUERY: every quote in document order)."
        ' Plain words match fuzzily; \'word or "a phrase" must appear exactly; @speaker and'
        " #outlet filter; !word excludes.",
    )
    parser.add_argument("query", nargs="?", default="", metavar="QUERY")
    case_option(parser)
    json_option(parser)
    parser.add_argument("--limit", type=int, default=50, metavar="N", help="at most N quotes")
    parser.add_argument(
        "--style", choices=CITATION_STYLES, default="default", help="citation style"
    )
    parser.set_defaults(handler=run_quotes)


def run_quotes(args: argparse.Namespace) -> int:
    if args.limit < 1:
        raise UsageError("--limit must be at least 1")
    with open_case(args.case, readonly=True) as case:
        hits = search_quotes(case, args.query, limit=args.limit)
    if args.json:
        output.print_json([output.quote_json(hit, args.style) for hit in hits])
    else:
        output.print_quotes(hits, args.style)
    return EXIT_OK


def register_speakers(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "speakers",
        help="list who is quoted, with how often",
        description="Every speaker with their number of quotes; use one with"
        " `casebrowser quotes @NAME`.",
    )
    case_option(parser)
    json_option(parser)
    parser.set_defaults(handler=run_speakers)


def run_speakers(args: argparse.Namespace) -> int:
    with open_case(args.case, readonly=True) as case:
        speakers = case.speakers()
    if args.json:
        output.print_json([speaker.model_dump() for speaker in speakers])
    else:
        for speaker in speakers:
            print(f"{speaker.quotes:>6}  {one_line(speaker.name)}")
    return EXIT_OK


# ---- timeline ----------------------------------------------------------------------------------


def register_timeline(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "timeline",
        help="list dated events across the case",
        description="The dated events of every document, in chronological order: publication"
        " dates and the dates the articles mention.",
    )
    case_option(parser)
    json_option(parser)
    parser.add_argument(
        "--format",
        choices=TIMELINE_FORMATS,
        default="text",
        help="text (default), csv, markdown, or timelinejs (TimelineJS 3 JSON)",
    )
    parser.add_argument(
        "--no-published", action="store_true", help="leave out the publication events"
    )
    parser.add_argument("--doc", metavar="DOC", help="only the events of one document")
    parser.set_defaults(handler=run_timeline)


def run_timeline(args: argparse.Namespace) -> int:
    with open_case(args.case, readonly=True) as case:
        doc_id = None
        if args.doc is not None:
            document = case.find_document(args.doc)
            if document is None:
                raise UsageError(f"no single document matches {args.doc!r}")
            doc_id = document.id
        entries = case.timeline(include_published=not args.no_published, doc_id=doc_id)
    if args.json:
        output.print_json([timeline_export.timeline_record(entry) for entry in entries])
    elif args.format == "text":
        output.print_timeline(entries)
    else:
        title = exporting.case_title(case_path(args.case))
        print(json_safe(exporting.timeline_text(entries, args.format, title=title)), end="")
    return EXIT_OK
