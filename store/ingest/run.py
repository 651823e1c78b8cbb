"""Files and folders into the case file, per-file errors collected.

`ingest_raw` stores documents read elsewhere (fetched pages, imported records) the same way.

Reading and extraction (and the quotes' fingerprints) are pure and run in worker processes when
there is enough work to pay for starting them; this process alone writes, so the case file has
one writer. It writes a batch of documents a transaction (`batch`): a commit costs as much
as storing a few documents.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from store.case import Case
from store.ingest.batch import Batch
from store.ingest.casewide import settle_case_names
from store.ingest.parallel import Stopped, map_in_processes
from store.ingest.prepare import Job, Outcome, Prepared, Unchanged, prepare
from store.ingest.supported import is_supported
from store.ingest.walk import Rejected, walk_inputs
from store.models import RawDoc

ProgressCallback = Callable[[int, int, Path], None]
# Documents read elsewhere come as a stream of unknown length: how many so far, and the last one.
RawProgressCallback = Callable[[int, str], None]
# After each commit, the documents added or updated so far: readers can see them from now on.
CommitCallback = Callable[[int], None]
# `ingest`'s `found` hears how many files there are to read, once they are found and before
# the first is read (the workers take seconds to start): an app says so, not an empty bar.
FoundCallback = Callable[[int], None]
# Below this many files, starting worker processes costs more than it saves.
PARALLEL_MIN_FILES = 64
# How casebrowser names the case files it makes (`FOLDER.case.db`).
CASE_SUFFIX = ".case.db"
# After this many new or changed documents, merging the quote index's segments pays for itself.
MERGE_INDEX_MIN_DOCS = 100


@dataclass
class IngestReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0
    rejected: list[Rejected] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # stored, but some metadata unreadable

    def summary(self) -> str:
        return ", ".join(
            [
                f"{self.added} added",
                f"{self.updated} updated",
                f"{self.unchanged} unchanged",
                f"{len(self.rejected)} rejected",
            ]
            + (
                [f"{self.skipped} skipped (not .md, .markdown, .txt, .html or .htm)"]
                if self.skipped
                else []
            )
            # The app shows only the summary: the warnings' count tells there is more to see.
            + ([f"{len(self.warnings)} stored with unreadable metadata"] if self.warnings else [])
        )


def ingest(
    case: Case,
    paths: Iterable[Path],
    *,
    max_bytes: int | None = None,
    progress: ProgressCallback | None = None,
    workers: int | None = None,
    committed: CommitCallback | None = None,
    background: bool = False,
    stop: Callable[[], bool] | None = None,
    found: FoundCallback | None = None,
) -> IngestReport:
    """Add or update every supported file under `paths`; a bad file never stops the rest.

    `background` (an app's ingest): with several processes, workers of a lower priority
    extract every file and this process only stores them, so the app answers keys at once.
    `stop`, asked between files and while one is awaited, ends the ingest early: what was
    stored is committed, its case-wide names settled, and `store.ingest.parallel.Stopped` is
    raised."""
    from store.ingest.formats import DEFAULT_MAX_BYTES

    report = IngestReport()
    files = _collect_files(paths, report, case.path)
    known = case.stored_hashes()
    limit = DEFAULT_MAX_BYTES if max_bytes is None else max_bytes
    jobs = [Job(path, known.get(str(path)), limit) for path in files]
    if found is not None:
        found(len(jobs))
    processes = _process_count(len(jobs), workers)
    try:
        with case.writing_many(), Batch(case, report, known, committed) as batch:
            for done, outcome in enumerate(
                map_in_processes(prepare, jobs, processes, background=background, stop=stop),
                start=1,
            ):
                _store(batch, outcome, report)
                if progress is not None:
                    progress(done, len(jobs), jobs[done - 1].path)
    except Stopped:
        # What was stored reads as it would after a whole ingest (titles without the site's
        # name, one outlet a site); compacting the search index can wait for the next one.
        if report.added or report.updated:
            settle_case_names(case)
        raise
    _finish(case, report)
    return report


def ingest_raw(
    case: Case,
    items: Iterable[RawDoc | Rejected],
    *,
    progress: RawProgressCallback | None = None,
) -> IngestReport:
    """Store documents already read, as `ingest` stores files: a rejected item is reported and
    never stops the rest, and a document whose content hash is stored already is a no-op."""
    report = IngestReport()
    known = case.stored_hashes()
    with case.writing_many(), Batch(case, report, known) as batch:
        for done, item in enumerate(items, start=1):
            outcome: Outcome
            if isinstance(item, RawDoc):
                unchanged = known.get(item.path) == item.content_hash
                outcome = Unchanged(item.path) if unchanged else Prepared.of(item)
            else:
                outcome = item
            _store(batch, outcome, report)
            if progress is not None:
                progress(done, str(item.path))
    _finish(case, report)
    return report


def _finish(case: Case, report: IngestReport) -> None:
    changed = report.added + report.updated
    if changed:
        settle_case_names(case)
        case.compact(merge_search_index=changed >= MERGE_INDEX_MIN_DOCS)


def _collect_files(paths: Iterable[Path], report: IngestReport, case_path: Path) -> list[Path]:
    files: list[Path] = []
    for item in walk_inputs(paths):
        if isinstance(item, Rejected):
            report.rejected.append(item)
        elif is_supported(item):
            files.append(item)
        elif not is_case_file(item, case_path):
            report.skipped += 1
    return files


def is_case_file(path: Path, case_path: Path) -> bool:
    """Whether `path` is the case file being written or one of the files beside it (`-wal`,
    `-shm`, an upgrade's `.v3.bak`), or those of another case (`*.case.db*`): not articles the
    user meant to ingest, so not worth a word in the summary when a folder holds them."""
    case_path = case_path.absolute()
    mine = path.parent == case_path.parent and path.name.startswith(case_path.name)
    return mine or CASE_SUFFIX in path.name


def _process_count(jobs: int, workers: int | None) -> int:
    if workers is not None:
        return max(1, workers)
    return 1 if jobs < PARALLEL_MIN_FILES else min(os.cpu_count() or 1, 8)


def _store(batch: Batch, outcome: Outcome, report: IngestReport) -> None:
    if isinstance(outcome, Rejected):
        report.rejected.append(outcome)
    elif isinstance(outcome, Unchanged):
        report.unchanged += 1
    else:
        report.warnings.extend(outcome.warnings)
        batch.add(outcome)
