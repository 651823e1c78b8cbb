"""Re-extraction: the documents an older extraction stored, extracted again from their raw text.

When cleaning, quote or date extraction changes, `store.EXTRACTION_VERSION` goes up, and the
documents stored before are redone from what the case holds (their raw text and the metadata
their input gave), without the files or the web. The pure work runs in worker processes as an
ingest's does (`parallel`), and the rows are stored as an ingest stores a changed file
(`batch`): each document in a savepoint of its own, a batch of them a transaction, quote
annotations found again by their text and context, notes and tags kept by path. An interrupt
leaves every document either as it was or redone, never half of one; what is left is redone
at the next run, as the version stored with each document says.

Worker processes import this module (to unpickle `_extract`): the case's code and SQLite are
imported inside `reextract`, not here.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, overload

from store import EXTRACTION_VERSION
from store.ingest.parallel import map_in_processes
from store.ingest.prepare import Prepared
from store.ingest.walk import Rejected
from store.models import RawDoc

if TYPE_CHECKING:
    from store.case import Case

# How many documents have been done, of how many.
ReextractProgress = Callable[[int, int], None]
# Below this many documents, starting worker processes costs more than it saves.
PARALLEL_MIN_DOCS = 64
# Documents read from the case at a time while the workers are fed.
READ_PAGE = 200


@dataclass
class ReextractReport:
    redone: int = 0
    unreadable: list[str] = field(default_factory=list)
    """Paths of documents with no readable raw text: left as they were."""
    failed: list[Rejected] = field(default_factory=list)
    """Documents whose extraction or storing failed: left as they were."""

    def summary(self) -> str:
        parts = [f"{self.redone} re-extracted"]
        if self.unreadable:
            parts.append(f"{len(self.unreadable)} without readable raw text, left as they were")
        if self.failed:
            parts.append(f"{len(self.failed)} failed, left as they were")
        return ", ".join(parts)


def count_outdated(case: Case) -> int:
    """How many documents an older extraction stored."""
    return case.count_outdated(EXTRACTION_VERSION)


def reextract(
    case: Case, *, progress: ReextractProgress | None = None, workers: int | None = None
) -> ReextractReport:
    """Extract again, from its stored raw text, every document an older extraction stored."""
    from store.ingest.batch import Batch
    from store.ingest.run import IngestReport
    from store.quoting.speaker_names import fuller_names

    outdated = case.outdated_documents(EXTRACTION_VERSION)
    ids = [doc_id for doc_id, _path in outdated]
    inputs = _StoredInputs(case, ids)
    result = ReextractReport()
    stored = IngestReport()  # what the batch counts and rejects
    with case.writing_many(), Batch(case, stored, case.stored_hashes()) as batch:
        outcomes = map_in_processes(_extract, inputs, _process_count(len(ids), workers))
        paths = [path for _id, path in outdated]
        for done, (path, outcome) in enumerate(zip(paths, outcomes, strict=True), start=1):
            if outcome is None:
                result.unreadable.append(path)
            elif isinstance(outcome, Rejected):
                result.failed.append(outcome)
            else:
                batch.add(outcome)
            if progress is not None:
                progress(done, len(ids))
    result.redone = stored.added + stored.updated
    result.failed.extend(stored.rejected)
    if result.redone:
        # As an ingest ends: speakers named in full elsewhere in the case get their full name,
        # and the names the user merged are merged again.
        case.name_speakers(fuller_names(case.speaker_names()))
        case.compact(merge_search_index=True)
    return result


def _extract(raw: RawDoc | None) -> Prepared | Rejected | None:
    """Extract one stored input (in a worker process); no database access here. Any error is
    this document's alone: it is reported and the document left as it was."""
    if raw is None:
        return None
    try:
        return Prepared.of(raw)
    except Exception as error:  # a bug in an extractor must not stop the other documents
        return Rejected(raw.path, f"not re-extracted: {type(error).__name__}: {error}")


def _process_count(documents: int, workers: int | None) -> int:
    if workers is not None:
        return max(1, workers)
    return 1 if documents < PARALLEL_MIN_DOCS else min(os.cpu_count() or 1, 8)


class _StoredInputs(Sequence[RawDoc | None]):
    """The stored inputs of `ids`, read from the case a page at a time as the workers are fed,
    so that a large case's raw text is never all in memory. Read on the writer's connection,
    in the writer's thread: a document not yet redone is read as it was stored."""

    def __init__(self, case: Case, ids: list[int]) -> None:
        self.case = case
        self.ids = ids

    def __len__(self) -> int:
        return len(self.ids)

    @overload
    def __getitem__(self, index: int) -> RawDoc | None: ...

    @overload
    def __getitem__(self, index: slice) -> list[RawDoc | None]: ...

    def __getitem__(self, index: int | slice) -> RawDoc | list[RawDoc | None] | None:
        if isinstance(index, slice):
            return self.case.stored_inputs(self.ids[index])
        return self.case.stored_inputs([self.ids[index]])[0]

    def __iter__(self) -> Iterator[RawDoc | None]:
        for first in range(0, len(self.ids), READ_PAGE):
            yield from self[first : first + READ_PAGE]
