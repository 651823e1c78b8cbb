"""The command that reads files and folders into a case: `ingest`."""

from __future__ import annotations

import argparse
from pathlib import Path

from store.formats import DEFAULT_MAX_BYTES
from store.ingest import ingest
from tui.cli import output
from tui.cli.common import case_option, open_case


def register_ingest(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "ingest",
        help="add or update documents from files and folders",
        description="Add files and folders (recursively) of .md, .markdown, .txt, .html and .htm"
        " articles to a case file. Unchanged files are left alone, changed ones replaced. Exit"
        " status: 0 when every file was taken, 1 when some were rejected, 2 on usage errors.",
    )
    parser.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    case_option(parser)
    parser.add_argument(
        "--max-bytes",
        type=int,
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"reject files larger than N bytes (default: {DEFAULT_MAX_BYTES:,})",
    )
    parser.set_defaults(handler=run_ingest)


def run_ingest(args: argparse.Namespace) -> int:
    with open_case(args.case, creates=True) as case:
        report = ingest(
            case, args.paths, max_bytes=args.max_bytes, progress=output.progress_printer()
        )
    return output.print_report(report)
