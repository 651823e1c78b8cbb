"""Files and folders into the case file: one transaction per document, per-file errors collected."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from store.case import Case
from store.extract import extract_document
from store.formats import DEFAULT_MAX_BYTES, InputError, is_supported, read_document
from store.speakers import fuller_names
from store.variants import link_document_variants

ProgressCallback = Callable[[int, int, Path], None]


@dataclass
class Rejected:
    path: Path
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


@dataclass
class IngestReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    rejected: list[Rejected] = field(default_factory=list)

    @property
    def seen(self) -> int:
        return self.added + self.updated + self.unchanged + len(self.rejected)

    def summary(self) -> str:
        parts = [
            f"{self.added} added",
            f"{self.updated} updated",
            f"{self.unchanged} unchanged",
            f"{len(self.rejected)} rejected",
            f"{self.skipped} skipped (not .md, .markdown, .txt, .html or .htm)",
        ]
        return ", ".join(parts)


def ingest(
    case: Case,
    paths: Iterable[Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: ProgressCallback | None = None,
) -> IngestReport:
    """Add or update every supported file under `paths`; a bad file never stops the rest."""
    report = IngestReport()
    files: list[Path] = []
    for item in walk_inputs(paths):
        if isinstance(item, Rejected):
            report.rejected.append(item)
        elif is_supported(item):
            files.append(item)
        else:
            report.skipped += 1
    for done, path in enumerate(files, start=1):
        _ingest_file(case, path, max_bytes, report)
        if progress is not None:
            progress(done, len(files), path)
    if report.added or report.updated:
        case.rename_speakers(fuller_names(case.speaker_names()))
    return report


def _ingest_file(case: Case, path: Path, max_bytes: int, report: IngestReport) -> None:
    try:
        raw = read_document(path, max_bytes=max_bytes)
    except InputError as error:
        report.rejected.append(Rejected(path, str(error)))
        return
    previous_hash = case.stored_hash(raw.path)
    if previous_hash == raw.content_hash:
        report.unchanged += 1
        return
    document = extract_document(raw)
    doc_id = case.save_document(raw, document)
    link_document_variants(case, doc_id)
    if previous_hash is None:
        report.added += 1
    else:
        report.updated += 1


def walk_inputs(paths: Iterable[Path]) -> Iterator[Path | Rejected]:
    """Every file under the given paths, recursively; folders reached twice (link loops) once."""
    seen_dirs: set[str] = set()
    for path in paths:
        path = Path(path).absolute()
        if path.is_dir():
            yield from _walk_folder(path, seen_dirs)
        elif path.is_file():
            yield path
        elif path.is_symlink():
            yield Rejected(path, "broken or looping symbolic link")
        else:
            yield Rejected(path, "no such file or folder")


def _walk_folder(root: Path, seen_dirs: set[str]) -> Iterator[Path | Rejected]:
    errors: list[OSError] = []
    for folder, dirnames, filenames in os.walk(root, followlinks=True, onerror=errors.append):
        real = os.path.realpath(folder)
        if real in seen_dirs:
            dirnames.clear()
            continue
        seen_dirs.add(real)
        dirnames[:] = sorted(name for name in dirnames if not name.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                continue
            file_path = Path(folder, name)
            if file_path.is_file():
                yield file_path
            elif is_supported(file_path):
                yield Rejected(file_path, "broken or looping symbolic link")
    for error in errors:
        yield Rejected(Path(error.filename or root), error.strerror or str(error))
