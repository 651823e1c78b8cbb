"""What `casebrowser export` and the app's palette exports share: one request, the same bytes.

The command line and the app both describe an export as an `ExportRequest` and turn it into
text with `export_text`, so the same choice writes the same file from either. No Textual here:
the command line imports this module.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypeVar

from store.case import Case
from store.models import TimelineEntry, TimelineFilter
from store.publish import export, timeline_export
from store.search import search_quotes

ExportWhat = Literal["quotes", "timeline", "docs"]
Progress = Callable[[int, int, str], None]
"""Called as (items done, items in all, what is being written)."""

T = TypeVar("T")

EXPORT_FORMATS: dict[str, tuple[str, ...]] = {
    "quotes": export.QUOTE_FORMATS,
    "timeline": ("csv", "markdown", "timelinejs"),
    "docs": export.DOCUMENT_FORMATS,
}
FORMAT_LABELS = {
    "markdown": "Markdown, for notes",
    "csv": "CSV, for a spreadsheet",
    "json": "JSON, for scripts",
    "timelinejs": "TimelineJS, for an interactive web timeline",
    "csl-json": "CSL-JSON, for Zotero and other reference managers",
    "bibtex": "BibTeX",
}
FILE_ENDINGS = {
    "markdown": "md",
    "csv": "csv",
    "json": "json",
    "timelinejs": "timelinejs.json",
    "csl-json": "csl.json",
    "bibtex": "bib",
}
DATED_ONLY_FORMATS = frozenset({"timelinejs"})
"""Timeline formats that can only hold events with a date."""
DEFAULT_LIMIT = 100_000
# Fewer items than this export in a blink: a progress line would only flicker.
PROGRESS_MIN_ITEMS = 2_000


@dataclass(frozen=True)
class ExportRequest:
    """One export, as the command's options or the palette's choices describe it."""

    what: ExportWhat
    fmt: str
    starred: bool = False
    query: str = ""
    style: str = "default"
    limit: int = DEFAULT_LIMIT
    events: TimelineFilter | None = None
    """The timeline's events to export (the pane's filter and toggles); None: those `starred`
    and `query` (as a text filter) leave, as the command line asks."""

    @property
    def timeline_filter(self) -> TimelineFilter:
        if self.events is not None:
            return self.events
        return TimelineFilter(text=self.query, starred_only=self.starred)


@dataclass(frozen=True)
class Exported:
    """An export's text, and what it left out of what was asked for, said in a few words."""

    text: str
    left_out: str = ""


def export_text(case: Case, request: ExportRequest, progress: Progress | None = None) -> Exported:
    if request.what == "quotes":
        return Exported(_export_quotes(case, request, progress))
    if request.what == "timeline":
        events = case.timeline_entries(request.timeline_filter)
        entries = list(_counted(events, "events", progress))
        undated = undated_left_out(entries, request.fmt)
        text = timeline_text(entries, request.fmt, title=case_title(case.path))
        return Exported(text, left_out_note(undated) if undated else "")
    documents = _counted(case.documents(sort="published"), "documents", progress)
    if request.fmt == "bibtex":
        return Exported(export.documents_to_bibtex(documents))
    return Exported(export.documents_to_csl_json(documents) + "\n")


def timeline_text(entries: Iterable[TimelineEntry], fmt: str, *, title: str) -> str:
    """The timeline as CSV, Markdown or TimelineJS 3 JSON."""
    if fmt == "csv":
        return timeline_export.to_csv(entries)
    if fmt == "markdown":
        return timeline_export.to_markdown(entries)
    return timeline_export.to_timelinejs(timeline_written(entries, fmt), title=title) + "\n"


def timeline_written(entries: Iterable[TimelineEntry], fmt: str) -> list[TimelineEntry]:
    """The events an export in `fmt` writes: every one, but TimelineJS places each slide on a
    date, so it leaves the undated out (and the app says so before and after writing)."""
    if fmt in DATED_ONLY_FORMATS:
        return [entry for entry in entries if entry.event.start is not None]
    return list(entries)


def undated_left_out(entries: Sequence[TimelineEntry], fmt: str) -> int:
    """How many of `entries` an export in `fmt` leaves out for want of a date."""
    return len(entries) - len(timeline_written(entries, fmt))


def left_out_note(undated: int) -> str:
    """Why a format that needs dates writes fewer events than the timeline shows."""
    return f"{undated:,} undated left out: TimelineJS places every event on a date"


def _export_quotes(case: Case, request: ExportRequest, progress: Progress | None) -> str:
    if request.query:
        hits = search_quotes(case, request.query, limit=request.limit)
        if request.starred:
            marks = case.quote_annotations([hit.quote.id for hit in hits if hit.quote.id])
            hits = [hit for hit in hits if hit.quote.id in marks and marks[hit.quote.id].starred]
    else:
        hits = case.quote_hits(starred_only=request.starred, limit=request.limit)
    annotations = case.quote_annotations([hit.quote.id for hit in hits if hit.quote.id])
    counted = _counted(hits, "quotes", progress)
    if request.fmt == "markdown":
        title = "Starred quotes" if request.starred else "Quotes"
        return export.quotes_to_markdown(counted, annotations, title=title)
    records = [
        export.quote_record(hit, annotations.get(hit.quote.id or -1), request.style)
        for hit in counted
    ]
    if request.fmt == "csv":
        return export.quotes_to_csv(records)
    return export.quotes_to_json(records) + "\n"


def _counted(items: list[T], what: str, progress: Progress | None) -> Iterator[T]:
    """`items`, reporting every hundredth of the way through them when there are many."""
    total = len(items)
    if progress is None or total < PROGRESS_MIN_ITEMS:
        yield from items
        return
    step = max(1, total // 100)
    for done, item in enumerate(items, start=1):
        yield item
        if done % step == 0 or done == total:
            progress(done, total, what)


# ---- files -------------------------------------------------------------------------------------


def case_title(case_path: Path) -> str:
    """The case's name for titles and file names: `telegram` for `telegram.case.db`."""
    return case_path.name.split(".")[0] or "case"


def default_export_path(folder: Path, case_path: Path, what: str, fmt: str) -> Path:
    """`<case>-<what>.<ending>` in `folder`, numbered (`-2`, `-3`…) past files already there."""
    stem, ending = f"{case_title(case_path)}-{what}", FILE_ENDINGS[fmt]
    path, number = folder / f"{stem}.{ending}", 1
    while path.exists():
        number += 1
        path = folder / f"{stem}-{number}.{ending}"
    return path


def write_new_file(path: Path, text: str) -> None:
    """Write `text` to `path`, which must not exist yet: an export never replaces a file.

    Raises OSError (FileExistsError when it does exist) with a message fit for one line."""
    try:
        with path.open("x", encoding="utf-8", newline="") as file:
            file.write(text)
    except FileExistsError as error:
        raise FileExistsError(f"{path} exists already: choose another name") from error
    except OSError as error:
        raise OSError(f"cannot write {path}: {error.strerror or error}") from error
