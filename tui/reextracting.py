"""Re-extraction for the command line and the app, over `store.reextract`.

`casebrowser reextract [--case FILE]` calls `reextract_command`; the app's offer when it opens
an older case (`tui.screens.reextract`) calls `reextract_file` from a worker thread.
"""

from __future__ import annotations

import sys
from pathlib import Path

from store.case import Case
from store.reextract import ReextractProgress, ReextractReport, reextract
from store.safe_text import one_line
from tui import output


def reextract_file(
    path: Path, *, progress: ReextractProgress | None = None, workers: int | None = None
) -> ReextractReport:
    """Extract again the documents of the case file at `path` that an older extraction stored.
    Raises CaseError (ReadOnlyCase for a file that cannot be written)."""
    with Case(path) as case:
        return reextract(case, progress=progress, workers=workers)


def reextract_command(path: Path) -> int:
    """What `casebrowser reextract` does: progress on stderr (on a terminal), one line per
    document left as it was, then the summary. Exit status 1 when some were left, else 0."""
    show = output.progress_printer("re-extracting")
    report = reextract_file(
        path, progress=None if show is None else lambda done, total: show(done, total, "")
    )
    left = [
        *(str(item) for item in report.failed),
        *(f"{path}: no readable raw text, left as it was" for path in report.unreadable),
    ]
    for line in left:
        print(one_line(line), file=sys.stderr)
    print(report.summary())
    return 1 if left else 0
