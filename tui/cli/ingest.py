"""The command that reads files and folders into a case: `ingest`."""

from __future__ import annotations

from pathlib import Path

import click

from store.ingest.formats import DEFAULT_MAX_BYTES
from tui.cli import output
from tui.cli.common import case_option, open_case


@click.command(
    "ingest",
    short_help="add or update documents from files and folders",
    help="Add files and folders (recursively) of .md, .markdown, .txt, .html and .htm articles"
    " to a case file. Unchanged files are left alone, changed ones replaced. Exit status: 0 when"
    " every file was taken, 1 when some were rejected, 2 on usage errors.",
)
@click.argument(
    "paths", nargs=-1, required=True, type=click.Path(path_type=Path), metavar="PATH..."
)
@case_option
@click.option(
    "--max-bytes",
    type=int,
    default=DEFAULT_MAX_BYTES,
    metavar="N",
    help=f"reject files larger than N bytes (default: {DEFAULT_MAX_BYTES:,})",
)
def ingest_command(paths: tuple[Path, ...], case: Path | None, max_bytes: int) -> int:
    from store.ingest.run import ingest

    with open_case(case, creates=True) as opened:
        report = ingest(
            opened, list(paths), max_bytes=max_bytes, progress=output.progress_printer()
        )
    return output.print_report(report)
