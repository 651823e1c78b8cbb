"""The command that runs a newer extraction over what a case already holds: `reextract`."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from store.safe_text import one_line
from tui.cli import output
from tui.cli.common import case_option, case_path


@click.command(
    "reextract",
    short_help="extract again the documents an older version stored",
    help="Run this version's cleaning, quote and date extraction again, from the raw text the case"
    " already holds, for every document an older version extracted (all cores, progress on"
    " stderr). Stars, notes and tags stay attached. Exit status: 0 when every document was"
    " redone, 1 when some were left as they were.",
)
@case_option
def reextract_command(case: Path | None) -> int:
    from tui.reextracting import reextract_file

    show = output.progress_printer("re-extracting")
    report = reextract_file(
        case_path(case),
        progress=None if show is None else lambda done, total: show(done, total, ""),
    )
    left = [
        *(str(item) for item in report.failed),
        *(f"{path}: no readable raw text, left as it was" for path in report.unreadable),
    ]
    for line in left:
        print(one_line(line), file=sys.stderr)
    print(report.summary())
    return 1 if left else 0
