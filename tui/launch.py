"""Opening the app on what the user named: the sample case, a case file, or a folder to ingest."""

from __future__ import annotations

import sys
from contextlib import suppress
from pathlib import Path

from store.case import Case, CaseDamaged, CaseError, ReadOnlyCase
from store.safe_text import one_line
from tui import locations
from tui.settings import SettingsError, default_case_path, load_settings, settings_path


def ensure_sample_case() -> Path:
    """The sample case built from the bundled seeds; built once, refreshed if the seeds change
    (another install's copies of them removed, as when the app opens it)."""
    from store.ingest.run import ingest  # the extraction libraries load only when needed

    path = usable_sample_case()
    with Case(path) as case:
        ingest(case, [locations.seeds_dir()])
    return path


def upgrade_case(path: Path) -> None:
    """Open a case once for writing, so an older one is backed up and upgraded before the app
    reads it; a read-only file is left for the app to open read-only."""
    if not path.exists():
        return
    with suppress(ReadOnlyCase):
        Case(path).close()


def usable_sample_case() -> Path:
    """The sample case's path, with a sample that cannot be opened removed to be rebuilt: it is
    made from the seeds, so nothing of the user's is lost."""
    path = locations.sample_case_path()
    try:
        upgrade_case(path)
        drop_other_seeds(path)
    except (CaseError, CaseDamaged):
        for leftover in (
            path,
            path.with_name(path.name + "-wal"),
            path.with_name(path.name + "-shm"),
        ):
            leftover.unlink(missing_ok=True)
    return path


def drop_other_seeds(path: Path) -> None:
    """Remove from the sample case the seeds of another install (an older checkout, a moved
    virtual environment): the seeds are ingested by path, so each install would add its own
    copy of every sample article beside the others'."""
    if not path.exists():
        return
    seeds = locations.seeds_dir()
    with suppress(ReadOnlyCase), Case(path) as case:
        case.remove_documents(
            stored for stored in case.stored_hashes() if not Path(stored).is_relative_to(seeds)
        )


def configured_case() -> Path | None:
    """The `default_case` of settings.toml, which must exist: opening it empty would hide
    a typo in the setting behind an empty app. Raises CaseError (one line) otherwise."""
    path = settings_path()
    try:
        case = default_case_path(load_settings(path), path)
    except SettingsError as error:
        raise CaseError(str(error)) from error
    if case is not None and not case.is_file():
        raise CaseError(f"{case}: no such case file (default_case in {path})")
    return case


def nothing_to_open(folder: Path, case_path: Path) -> str | None:
    """The one line (the folder, and why) that says a folder opened for a new case holds no
    file to read; None when it holds one, or its case exists already."""
    from store.ingest.supported import has_supported_files, nothing_supported

    if case_path.exists() or has_supported_files([folder]):
        return None
    return nothing_supported([folder])


def launch(target: Path | None) -> int:
    from tui.app import build_app  # Textual loads only when the app really starts

    if target is None:
        target = configured_case()
    if target is None:
        # The app refreshes the sample case from the seeds itself, after its first paint.
        app = build_app(usable_sample_case(), ingest_paths=[locations.seeds_dir()])
    elif target.is_dir():
        case_path = locations.case_path_for_folder(target)
        nothing = nothing_to_open(target, case_path)
        if nothing is not None:  # said before the app draws anything; no case file is made
            print(f"casebrowser: {one_line(nothing)}", file=sys.stderr)
            return 1
        upgrade_case(case_path)
        app = build_app(case_path, ingest_paths=[target])
    elif target.exists():
        upgrade_case(target)
        app = build_app(target)
    else:
        raise CaseError(f"{target}: no such case file or folder")
    app.run()
    return app.return_code or 0
