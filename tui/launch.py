"""Opening the app on what the user named: the sample case, a case file, or a folder to ingest."""

from __future__ import annotations

from pathlib import Path

from store.case import Case, CaseError
from tui import locations


def ensure_sample_case() -> Path:
    """The sample case built from the bundled seeds; built once, refreshed if the seeds change."""
    from store.ingest import ingest  # the extraction libraries load only when needed

    path = locations.sample_case_path()
    with Case(path) as case:
        ingest(case, [locations.seeds_dir()])
    return path


def launch(target: Path | None) -> int:
    from tui.app import build_app  # Textual loads only when the app really starts

    if target is None:
        # The app refreshes the sample case from the seeds itself, after its first paint.
        app = build_app(locations.sample_case_path(), ingest_paths=[locations.seeds_dir()])
    elif target.is_dir():
        app = build_app(locations.case_path_for_folder(target), ingest_paths=[target])
    elif target.exists():
        app = build_app(target)
    else:
        raise CaseError(f"{target}: no such case file or folder")
    app.run()
    return app.return_code or 0
