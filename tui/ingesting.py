"""The folder the app was opened on, read into its case in the background.

Worker processes extract the files and this process stores them (`store.ingest`), so the app
answers keys throughout; the bar at the bottom says how many files are done, and the document
list grows as each batch is committed. Quitting stops the ingest at once, even while a slow
file is being read: what was stored stays, the rest is read the next time the folder is opened.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from rich.text import Text
from textual import on, work
from textual.content import Content
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.widgets import ProgressBar, Static
from textual.worker import Worker, WorkerState, get_current_worker

from store.case import Case, CasePool
from store.safe_text import one_line
from tui.panes.common import report_failed_worker
from tui.panes.documents.pane import DocumentsPane

INGEST_GROUP = "ingest"
SHOWN_REJECTIONS = 3


@dataclass
class IngestProgressed(Message):
    """One more file read into the case."""

    done: int
    total: int
    name: str


@dataclass
class IngestCommitted(Message):
    """A batch of documents committed: readers see `stored` new or changed ones so far."""

    stored: int


@dataclass
class NothingToIngest(Message):
    """The folder named for a new case holds no file to read: the case was not made."""

    line: str


@dataclass
class IngestFinished(Message):
    """Every file taken or rejected; `changed` when documents were added or updated."""

    summary: str
    changed: bool
    rejected: list[str] = field(default_factory=list)


class IngestActions(Screen[None]):
    """The ingest of a screen with a `case_path`, a `pool` it opens with `open_case`, the
    app's progress bar (`#ingest`) and a documents pane."""

    case_path: Path
    pool: CasePool | None

    def open_case(self) -> None:
        raise NotImplementedError

    def start_ingest(self, paths: list[Path]) -> None:
        if self.case_path.exists():
            self.open_case()  # show what is there while the rest comes in
        self.query_one("#ingest-label", Static).update(Content("Reading files…"))
        self.add_class("-ingesting")
        self._ingest(self.case_path, paths)

    @work(thread=True, exclusive=True, exit_on_error=False, group=INGEST_GROUP)
    def _ingest(self, case_path: Path, paths: list[Path]) -> None:
        # Imported here: the extraction libraries load in this thread, not before first paint.
        from store.ingest.parallel import Stopped
        from store.ingest.run import has_supported_files, ingest, nothing_supported

        if not case_path.exists() and not has_supported_files(paths):
            self.post_message(NothingToIngest(nothing_supported(paths)))
            return
        worker = get_current_worker()

        def progress(done: int, total: int, path: Path) -> None:
            self.post_message(IngestProgressed(done, total, path.name))

        def closing() -> bool:  # the app cancels its workers when it quits
            return worker.is_cancelled

        def committed(stored: int) -> None:
            self.post_message(IngestCommitted(stored))

        try:
            with Case(case_path) as case:
                report = ingest(
                    case,
                    paths,
                    progress=progress,
                    committed=committed,
                    background=True,
                    stop=closing,
                )
        except Stopped:  # what was stored is committed; the rest waits for the next time
            return
        self.post_message(
            IngestFinished(
                report.summary(),
                changed=bool(report.added or report.updated),
                rejected=[str(rejected) for rejected in report.rejected],
            )
        )

    @on(IngestProgressed)
    def _show_progress(self, message: IngestProgressed) -> None:
        label = f"Ingesting {message.done}/{message.total}  {one_line(message.name)}"
        self.query_one("#ingest-label", Static).update(Content(label))
        self.query_one(ProgressBar).update(total=message.total, progress=message.done)

    @on(IngestCommitted)
    def _show_committed(self) -> None:
        if self.pool is None:
            self.open_case()  # a new case: list what has come in so far
        else:
            self.query_one(DocumentsPane).table.refresh_rows()

    @on(NothingToIngest)
    def _leave_empty(self, message: NothingToIngest) -> None:
        # Nothing to show, and no case file made: said on the terminal, as for a bad path.
        line = Text(f"casebrowser: {one_line(message.line)}", no_wrap=True, overflow="ignore")
        self.app.exit(return_code=1, message=line)

    @on(IngestFinished)
    def _ingest_done(self, message: IngestFinished) -> None:
        self.remove_class("-ingesting")
        if message.changed or self.pool is None:
            self.open_case()
        if message.changed or message.rejected:
            lines = [message.summary, *message.rejected[:SHOWN_REJECTIONS]]
            if len(message.rejected) > SHOWN_REJECTIONS:
                lines.append(f"… and {len(message.rejected) - SHOWN_REJECTIONS} more rejected")
            severity: SeverityLevel = "warning" if message.rejected else "information"
            self.notify(
                "\n".join(one_line(line) for line in lines),
                title="Ingest finished",
                severity=severity,
                markup=False,
                timeout=8,
            )

    @on(Worker.StateChanged)
    def _ingest_failed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != INGEST_GROUP:
            return
        report_failed_worker(self, event, "Could not ingest the files")
        if event.state == WorkerState.ERROR:
            self.remove_class("-ingesting")
            if self.case_path.exists() and self.pool is None:
                self.open_case()
