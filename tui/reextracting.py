"""Re-extraction of a case file, over `store.ingest.reextract`: what `casebrowser reextract` and the
app's offer when it opens an older case (`tui.screens.reextract`, from a worker thread) run."""

from __future__ import annotations

from pathlib import Path

from store.case import Case
from store.ingest.reextract import ReextractProgress, ReextractReport, reextract


def reextract_file(
    path: Path, *, progress: ReextractProgress | None = None, workers: int | None = None
) -> ReextractReport:
    """Extract again the documents of the case file at `path` that an older extraction stored.
    Raises CaseError (ReadOnlyCase for a file that cannot be written)."""
    with Case(path) as case:
        return reextract(case, progress=progress, workers=workers)
