"""The commands that bring articles in from elsewhere: `add` (fetch URLs) and `import`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from store.case import Case
from store.ingest import IngestReport
from tui.cli.common import UsageError, open_case
from tui.cli.output import print_report, progress_printer

if TYPE_CHECKING:
    from store.importers.metadata import MetadataReport

JSONL_FIELDS = ("text", "title", "url", "date", "source", "author")


def register_add(commands: argparse._SubParsersAction, case_option) -> None:
    parser = commands.add_parser(
        "add",
        help="fetch web pages into the case",
        description="Fetch each URL, extract the article and its metadata, and store it with"
        " the URL and fetch date; adding a URL again updates its document. Exit status: 0 when"
        " every page was taken, 1 when some were not.",
    )
    parser.add_argument("urls", nargs="*", metavar="URL")
    parser.add_argument("--from-file", type=Path, metavar="FILE", help="URLs one a line")
    parser.add_argument("--timeout", type=float, default=20.0, metavar="SECONDS")
    case_option(parser)
    parser.set_defaults(handler=run_add)


def run_add(args: argparse.Namespace) -> int:
    from store.fetch import fetch_pages, read_url_list
    from store.formats import InputError
    from store.ingest import ingest_raw

    urls = list(args.urls)
    if args.from_file is not None:
        try:
            urls += read_url_list(args.from_file)
        except InputError as error:
            raise UsageError(f"{args.from_file}: {error}") from error
    if not urls:
        raise UsageError("give at least one URL, or --from-file FILE")
    # The line says which page is being fetched: the slow part, and where a hang would be.
    fetching = progress_printer("fetching")
    with open_case(args.case, creates=True) as case:
        pages = fetch_pages(urls, timeout=args.timeout, progress=fetching)
        return print_report(ingest_raw(case, pages))


def register_import(commands: argparse._SubParsersAction, case_option) -> None:
    parser = commands.add_parser(
        "import",
        help="import other tools' exports: JSON Lines articles, CSL-JSON or BibTeX metadata",
        description="jsonl: one article a line (name the fields with the --*-field options);"
        " csl or bibtex: reference-manager metadata (Zotero's CSL-JSON or a .bib file) that"
        " fills in the title, author, date and outlet of documents already in the case,"
        " matched by URL or, failing that, by a unique title.",
    )
    parser.add_argument("kind", choices=("jsonl", "csl", "bibtex"))
    parser.add_argument("file", type=Path, metavar="FILE")
    for field in JSONL_FIELDS:
        parser.add_argument(
            f"--{field}-field", default=field, metavar="NAME", help=f"jsonl: the {field} field"
        )
    parser.add_argument(
        "--id-field", metavar="NAME", help="jsonl: a field that identifies each record"
    )
    case_option(parser)
    parser.set_defaults(handler=run_import)


def run_import(args: argparse.Namespace) -> int:
    with open_case(args.case, creates=True) as case:
        if args.kind == "jsonl":
            return print_report(_import_jsonl(case, args))
        return print_report(_import_metadata(case, args))


def _import_jsonl(case: Case, args: argparse.Namespace) -> IngestReport:
    from store.importers.jsonl import read_jsonl
    from store.ingest import ingest_raw

    fields = {f"{field}_field": getattr(args, f"{field}_field") for field in JSONL_FIELDS}
    return ingest_raw(case, read_jsonl(args.file, id_field=args.id_field, **fields))


def _import_metadata(case: Case, args: argparse.Namespace) -> MetadataReport:
    from store.formats import InputError
    from store.importers.bibliography import read_bibtex, read_csl_json
    from store.importers.metadata import apply_metadata

    reader = read_csl_json if args.kind == "csl" else read_bibtex
    try:
        records = reader(args.file)
    except InputError as error:
        raise UsageError(f"{args.file}: {error}") from error
    return apply_metadata(case, records)
