"""The commands that take a researcher's findings: `annotate` and `export`."""

from __future__ import annotations

import argparse
from pathlib import Path

from store.cite import CITATION_STYLES
from store.safe_text import json_safe
from tui import exporting
from tui.cli import output
from tui.cli.common import EXIT_OK, UsageError, case_option, open_case


def register_export(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "export",
        help="export quotes, the timeline or document metadata",
        description="quotes: Markdown brief (block quotes with citations), CSV or JSON;"
        " timeline: CSV, Markdown or TimelineJS 3 JSON; docs: CSL-JSON or BibTeX.",
    )
    parser.add_argument("what", choices=tuple(exporting.EXPORT_FORMATS))
    case_option(parser)
    parser.add_argument("--format", dest="fmt", metavar="FORMAT", help="see above")
    parser.add_argument("--starred", action="store_true", help="quotes: only starred ones")
    parser.add_argument("--query", default="", help="quotes: only those matching a search")
    parser.add_argument("--style", choices=CITATION_STYLES, default="default")
    parser.add_argument("--limit", type=int, default=exporting.DEFAULT_LIMIT, metavar="N")
    parser.add_argument("--out", type=Path, metavar="FILE", help="write here, not to stdout")
    parser.set_defaults(handler=run_export)


def run_export(args: argparse.Namespace) -> int:
    formats = exporting.EXPORT_FORMATS[args.what]
    fmt = args.fmt or formats[0]
    if fmt not in formats:
        raise UsageError(f"{args.what} exports as {', '.join(formats)}, not {fmt!r}")
    request = exporting.ExportRequest.from_args(args, fmt)
    with open_case(args.case, readonly=True) as case:
        text = exporting.export_text(case, request, output.progress_printer("writing"))
    if args.out is None:
        print(json_safe(text), end="")
    else:
        try:
            args.out.write_text(text, encoding="utf-8")
        except OSError as error:
            raise UsageError(f"cannot write {args.out}: {error.strerror or error}") from error
        print(f"wrote {args.out}")
    return EXIT_OK


def register_annotate(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "annotate",
        help="star a quote, or note a quote or document",
        description="Annotations live in the case file and survive re-ingest. TARGET is a quote"
        " id (see `casebrowser quotes --json`), or doc:DOC for a document.",
    )
    parser.add_argument("target", metavar="TARGET")
    case_option(parser)
    star = parser.add_mutually_exclusive_group()
    star.add_argument("--star", action="store_true", help="star the quote")
    star.add_argument("--unstar", action="store_true", help="remove the star")
    parser.add_argument("--note", metavar="TEXT", help='set the note ("" removes it)')
    parser.add_argument("--tag", action="append", metavar="TAG", help="documents: set tags")
    parser.set_defaults(handler=run_annotate)


def run_annotate(args: argparse.Namespace) -> int:
    with open_case(args.case) as case:
        print(exporting.annotate(case, args))
    return EXIT_OK
