"""The `casebrowser` command: the app by default, and subcommands that print text or JSON."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from store import export, timeline_export
from store.case import Case, CaseDamaged, CaseError
from store.cite import CITATION_STYLES
from store.formats import DEFAULT_MAX_BYTES
from store.ingest import ingest
from store.safe_text import json_safe
from store.search import search_quotes
from tui import cli_sources, exporting, locations, output

EXIT_OK, EXIT_USAGE = 0, 2


def package_version() -> str:
    try:
        return version("casebrowser")
    except PackageNotFoundError:
        return "unknown"


def _case_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--case",
        type=Path,
        default=None,
        metavar="FILE",
        help=f"the case file (default: {locations.default_case_path()})",
    )


def _json_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casebrowser",
        description="Read, search and cite a case file of news articles. With no command, opens"
        " the app: on the sample case, on CASE.db, or on FOLDER (ingested into FOLDER.case.db).",
    )
    parser.add_argument("--version", action="version", version=f"casebrowser {package_version()}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for register in COMMANDS.values():
        register(commands)
    return parser


def build_app_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="casebrowser",
        description="Open the casebrowser app. Commands: "
        + ", ".join(COMMAND_NAMES)
        + " (see casebrowser COMMAND --help).",
    )
    parser.add_argument("--version", action="version", version=f"casebrowser {package_version()}")
    parser.add_argument(
        "target",
        nargs="?",
        type=Path,
        metavar="CASE_OR_FOLDER",
        help="a case file to open, or a folder of articles to ingest and open"
        " (default: the bundled sample case)",
    )
    return parser


# ---- ingest ------------------------------------------------------------------------------------


def _register_ingest(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "ingest",
        help="add or update documents from files and folders",
        description="Add files and folders (recursively) of .md, .markdown, .txt, .html and .htm"
        " articles to a case file. Unchanged files are left alone, changed ones replaced. Exit"
        " status: 0 when every file was taken, 1 when some were rejected, 2 on usage errors.",
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    _case_option(parser)
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"reject files larger than N bytes (default: {DEFAULT_MAX_BYTES:,})",
    )
    parser.set_defaults(handler=run_ingest)


def run_ingest(args: argparse.Namespace) -> int:
    with open_case(args.case) as case:
        report = ingest(
            case, args.paths, max_bytes=args.max_bytes, progress=output.progress_printer()
        )
    return output.print_report(report)


# ---- docs and show -----------------------------------------------------------------------------


def _register_docs(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "docs", help="list the documents", description="List the case's documents by date."
    )
    _case_option(parser)
    _json_option(parser)
    parser.set_defaults(handler=run_docs)


def run_docs(args: argparse.Namespace) -> int:
    with open_case(args.case, readonly=True) as case:
        documents = case.documents(sort="published")
    if args.json:
        output.print_json([output.document_json(doc) for doc in documents])
    else:
        output.print_document_table(documents)
    return EXIT_OK


def _register_show(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "show",
        help="print one cleaned document",
        description="Print a document's metadata and cleaned article. DOC is its id, the path it"
        " was ingested from (or its file name), or the start of its title.",
    )
    parser.add_argument("doc", metavar="DOC")
    _case_option(parser)
    _json_option(parser)
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


def _register_quotes(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "quotes",
        help="find quotes, with their citations",
        description="Find quotations, best match first (no QUERY: every quote in document order)."
        ' Plain words match fuzzily; \'word or "a phrase" must appear exactly; @speaker and'
        " #outlet filter; !word excludes.",
    )
    parser.add_argument("query", nargs="?", default="", metavar="QUERY")
    _case_option(parser)
    _json_option(parser)
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


def _register_speakers(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "speakers",
        help="list who is quoted, with how often",
        description="Every speaker with their number of quotes; use one with"
        " `casebrowser quotes @NAME`.",
    )
    _case_option(parser)
    _json_option(parser)
    parser.set_defaults(handler=run_speakers)


def run_speakers(args: argparse.Namespace) -> int:
    with open_case(args.case, readonly=True) as case:
        speakers = case.speakers()
    if args.json:
        output.print_json([speaker.model_dump() for speaker in speakers])
    else:
        for speaker in speakers:
            print(f"{speaker.quotes:>6}  {output.terminal_line(speaker.name)}")
    return EXIT_OK


# ---- timeline ----------------------------------------------------------------------------------


def _register_timeline(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "timeline",
        help="list dated events across the case",
        description="The dated events of every document, in chronological order: publication"
        " dates and the dates the articles mention.",
    )
    _case_option(parser)
    _json_option(parser)
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


TIMELINE_FORMATS = ("text", "csv", "markdown", "timelinejs")


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
        title = (args.case or locations.default_case_path()).stem
        print(json_safe(exporting.timeline_text(entries, args.format, title=title)), end="")
    return EXIT_OK


# ---- export and annotate -----------------------------------------------------------------------


def _register_export(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "export",
        help="export quotes, the timeline or document metadata",
        description="quotes: Markdown brief (block quotes with citations), CSV or JSON;"
        " timeline: CSV, Markdown or TimelineJS 3 JSON; docs: CSL-JSON or BibTeX.",
    )
    parser.add_argument("what", choices=("quotes", "timeline", "docs"))
    _case_option(parser)
    parser.add_argument("--format", dest="fmt", metavar="FORMAT", help="see above")
    parser.add_argument("--starred", action="store_true", help="quotes: only starred ones")
    parser.add_argument("--query", default="", help="quotes: only those matching a search")
    parser.add_argument("--style", choices=CITATION_STYLES, default="default")
    parser.add_argument("--limit", type=int, default=100_000, metavar="N")
    parser.add_argument("--out", type=Path, metavar="FILE", help="write here, not to stdout")
    parser.set_defaults(handler=run_export)


EXPORT_FORMATS = {
    "quotes": export.QUOTE_FORMATS,
    "timeline": ("csv", "markdown", "timelinejs"),
    "docs": export.DOCUMENT_FORMATS,
}


def run_export(args: argparse.Namespace) -> int:
    formats = EXPORT_FORMATS[args.what]
    fmt = args.fmt or formats[0]
    if fmt not in formats:
        raise UsageError(f"{args.what} exports as {', '.join(formats)}, not {fmt!r}")
    with open_case(args.case, readonly=True) as case:
        text = exporting.export_text(case, args.what, fmt, args)
    if args.out is None:
        print(json_safe(text), end="")
    else:
        args.out.write_text(text, encoding="utf-8")
        print(f"wrote {args.out}")
    return EXIT_OK


def _register_annotate(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "annotate",
        help="star a quote, or note a quote or document",
        description="Annotations live in the case file and survive re-ingest. TARGET is a quote"
        " id (see `casebrowser quotes --json`), or doc:DOC for a document.",
    )
    parser.add_argument("target", metavar="TARGET")
    _case_option(parser)
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


# ---- screenshots -------------------------------------------------------------------------------


def _register_screenshots(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "screenshots",
        help="save a picture of each pane",
        description="Drive the app headless and save an SVG of each pane (and a PNG where"
        " rsvg-convert is installed), on the sample case unless --case names another.",
    )
    parser.add_argument(
        "--out", type=Path, default=Path("screenshots"), metavar="DIR", help="default: screenshots/"
    )
    parser.add_argument("--case", type=Path, default=None, metavar="FILE")
    parser.set_defaults(handler=run_screenshots)


def run_screenshots(args: argparse.Namespace) -> int:
    from tui.launch import ensure_sample_case
    from tui.screenshots import save_screenshots

    case_path = args.case if args.case is not None else ensure_sample_case()
    if not case_path.exists():
        raise UsageError(f"{case_path}: no such case file")
    for path in save_screenshots(args.out, case_path):
        print(path)
    return EXIT_OK


# ---- running -----------------------------------------------------------------------------------


class UsageError(Exception):
    """A command given something it cannot act on; exit status 2."""


def open_case(path: Path | None, *, readonly: bool = False) -> Case:
    path = path or locations.default_case_path()
    if readonly and not path.exists():
        raise UsageError(f"{path}: no such case file (make one with `casebrowser ingest`)")
    return Case(path, readonly=readonly)


COMMANDS: dict[str, Callable[[argparse._SubParsersAction], None]] = {
    "ingest": _register_ingest,
    "docs": _register_docs,
    "show": _register_show,
    "quotes": _register_quotes,
    "speakers": _register_speakers,
    "timeline": _register_timeline,
    "add": lambda commands: cli_sources.register_add(commands, _case_option),
    "import": lambda commands: cli_sources.register_import(commands, _case_option),
    "export": _register_export,
    "annotate": _register_annotate,
    "screenshots": _register_screenshots,
}
COMMAND_NAMES = list(COMMANDS)


def run_app(argv: Sequence[str]) -> int:
    args = build_app_parser().parse_args(argv)
    from tui.launch import launch  # the app's imports are only paid for when it runs

    return launch(args.target)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    first = next((arg for arg in argv if not arg.startswith("-")), None)
    if first not in COMMAND_NAMES and not {"-h", "--help"} & set(argv[:1]):
        return _run(lambda: run_app(argv))
    args = build_parser().parse_args(argv)
    if args.command is None:
        return _run(lambda: run_app([]))
    return _run(lambda: args.handler(args))


def _run(action: Callable[[], int]) -> int:
    try:
        return action()
    except (UsageError, CaseError) as error:
        print(f"casebrowser: {output.terminal_line(str(error))}", file=sys.stderr)
        return EXIT_USAGE
    except CaseDamaged as error:
        print(f"casebrowser: the case file is damaged ({error})", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("casebrowser: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
