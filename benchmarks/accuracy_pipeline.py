"""The project's extraction as `casebrowser ingest` runs it on one file, timed stage by stage.

Each file goes through `store.ingest.prepare.prepare`, the function ingest's workers call per
file, so the figures are those of what a case file would store. The stages it calls are wrapped
with a CPU clock for the run (reading, cleaning, quotes, dates), so the speed comes from the
same run as the accuracy; one process measures one core.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import store.ingest.extract
import store.ingest.formats
from store.ingest.formats import DEFAULT_MAX_BYTES
from store.ingest.prepare import Job, Prepared, prepare
from store.ingest.walk import Rejected

# Where prepare finds each stage: (module, name, stage). prepare imports document_from_bytes
# (reading a file's bytes as a document) from store.ingest.formats when called, and
# extract_document calls the others through store.ingest.extract.
STAGES = (
    (store.ingest.formats, "document_from_bytes", "read"),
    (store.ingest.extract, "clean", "clean"),
    (store.ingest.extract, "find_quotes", "quotes"),
    (store.ingest.extract, "find_dates", "dates"),
)


@dataclass
class StageClock:
    """CPU seconds spent in each stage, and in prepare as a whole, over the documents run."""

    seconds: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    calls: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def wrap(self, stage: str, function: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds[stage] += time.process_time() - start
                self.calls[stage] += 1

        return timed

    def per_second(self) -> dict[str, float]:
        """Documents per CPU second (so per core) for each stage."""
        return {
            stage: self.calls[stage] / seconds if seconds else 0.0
            for stage, seconds in self.seconds.items()
        }


@contextmanager
def timed_stages(clock: StageClock) -> Iterator[None]:
    """Wrap the stages prepare calls with `clock` while the block runs."""
    saved = [(module, name, getattr(module, name)) for module, name, _stage in STAGES]
    try:
        for (module, name, stage), (_m, _n, function) in zip(STAGES, saved, strict=True):
            setattr(module, name, clock.wrap(stage, function))
        yield
    finally:
        for module, name, function in saved:
            setattr(module, name, function)


@dataclass
class Outcome:
    """What ingest made of one file: its stored rows, or the reason it was rejected."""

    path: Path
    prepared: Prepared | None
    rejected: str | None = None

    @property
    def paragraphs(self) -> list[str]:
        rows = self.prepared.rows.paragraphs if self.prepared else []
        return [text for _position, _kind, text in rows]

    @property
    def quotes(self) -> list[tuple[str, str | None]]:
        """(text, speaker) of each quote found."""
        rows = self.prepared.rows.quotes if self.prepared else []
        return [(row[1], row[2]) for row in rows]

    @property
    def events(self) -> list[dict[str, Any]]:
        """The dated mentions found (not the publication event), as their stored columns."""
        from store.case.rows import EVENT_COLUMNS_STORED

        rows = self.prepared.rows.events if self.prepared else []
        found = [dict(zip(EVENT_COLUMNS_STORED, row, strict=True)) for row in rows]
        return [event for event in found if event["kind"] == "mentioned"]


def ingest_file(path: Path, clock: StageClock) -> Outcome:
    """Run one file through ingest's per-file step, timing its stages on `clock`."""
    with timed_stages(clock):
        clock_all = clock.wrap("whole file", prepare)
        result = clock_all(Job(path, None, DEFAULT_MAX_BYTES))
    if isinstance(result, Rejected):
        return Outcome(path, None, rejected=result.reason)
    if not isinstance(result, Prepared):  # Unchanged cannot happen without a known hash
        raise TypeError(f"{path}: unexpected outcome {type(result).__name__}")
    return Outcome(path, result)
