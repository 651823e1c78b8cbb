"""The folder the app was opened on, or web pages named in the palette ("Add web pages…"),
read into its case in the background.

Worker processes extract the files and this process stores them (`store.ingest`), so the app
answers keys throughout; the bar at the bottom says how many files are done, and the document
list grows as each batch is committed. Quitting stops the ingest at once, even while a slow
file is being read: what was stored stays, the rest is read the next time the folder is opened.
Web pages are fetched one after the other, as `casebrowser add` fetches them, the bar saying
which; each page that could not be added is named in the notice at the end, with its reason.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import App
from textual.binding import Binding, BindingType
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.screen import Screen
from textual.widgets import ProgressBar, Static
from textual.worker import Worker, WorkerState, get_current_worker

from store.case import Case, CasePool, is_read_only
from store.safe_text import one_line
from tui.panes.common import report_failed_worker
from tui.panes.documents.pane import DocumentsPane
from tui.wording import counted

if TYPE_CHECKING:
    from store.ingest.walk import Rejected
    from store.models import RawDoc

INGEST_GROUP = "ingest"
SHOWN_REJECTIONS = 3
READ_ONLY_PAGES = "This case file is read-only: no pages can be added to it."
ADD_PAGES = (
    "Add web pages…",
    "Fetch web pages into the case, with their URLs and fetch dates, as `casebrowser add` does",
)


@dataclass
class IngestProgressed(Message):
    """One more file read into the case (or, `fetching`, the page about to be fetched)."""

    done: int
    total: int
    name: str
    fetching: bool = False


@dataclass
class IngestFound(Message):
    """The files to read are found: `total` of them, the first not read yet."""

    total: int


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
    pages: bool = False
    """Web pages the user named: each one that was not added is told, and an unchanged one."""


@dataclass
class IngestStopped(Message):
    """The ingest stopped when asked (ctrl+c): what was committed stays in the case."""


class IngestActions(Screen[None]):
    """The ingest of a screen with a `case_path`, a `pool` it opens with `open_case`, the
    app's progress bar (`#ingest`) and a documents pane."""

    case_path: Path
    pool: CasePool | None
    _stored = 0
    """Documents the ingest under way has stored so far."""

    def open_case(self) -> None:
        raise NotImplementedError

    def stop_ingest(self) -> bool:
        """Stop the ingest or fetch under way, if there is one: what was stored stays."""
        if not self.has_class("-ingesting"):
            return False
        self.workers.cancel_group(self, INGEST_GROUP)
        return True

    def start_ingest(self, paths: list[Path]) -> None:
        if self.case_path.exists():
            self.open_case()  # show what is there while the rest comes in
        where = one_line(str(paths[0])) if len(paths) == 1 else f"{len(paths)} places"
        self._show_ingest(f"Looking for files in {where}…", None, 0)
        self.add_class("-ingesting")
        self._stored = 0
        self._ingest(self.case_path, paths)

    def _show_ingest(self, label: str, total: int | None, done: int) -> None:
        """The ingest bar: what is under way, and how far (`total` None: not known yet, the
        bar moves to and fro with no percentage, which would read "--%")."""
        self.query_one("#ingest-label", Static).update(Content(label))
        bar = self.query_one(ProgressBar)
        bar.update(total=total, progress=done)
        bar.set_class(total is None, "-uncounted")

    @work(thread=True, exclusive=True, exit_on_error=False, group=INGEST_GROUP)
    def _ingest(self, case_path: Path, paths: list[Path]) -> None:
        # Imported here: the extraction libraries load in this thread, not before first paint.
        from store.ingest.parallel import Stopped
        from store.ingest.run import ingest
        from store.ingest.supported import has_supported_files, nothing_supported

        if not case_path.exists() and not has_supported_files(paths):
            self.post_message(NothingToIngest(nothing_supported(paths)))
            return
        worker = get_current_worker()

        def found(total: int) -> None:
            self.post_message(IngestFound(total))

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
                    found=found,
                )
        except Stopped:  # what was stored is committed; the rest waits for the next time
            self.post_message(IngestStopped())  # unheard when the app is quitting
            return
        self.post_message(
            IngestFinished(
                report.summary(),
                changed=bool(report.added or report.updated),
                rejected=[str(rejected) for rejected in report.rejected],
            )
        )

    def ask_for_pages(self) -> None:
        """Ask for web pages to fetch into the case, unless it is busy or cannot be written."""
        if self.has_class("-ingesting"):
            self.notify("Wait for the ingest to end, then add the pages.", markup=False)
        elif self.case_path.exists() and is_read_only(self.case_path):
            self.notify(READ_ONLY_PAGES, title="Read-only", severity="warning", markup=False)
        else:
            # Imported here: a text area is one more thing to load before the first paint.
            from tui.screens.add_pages import AddPagesScreen

            self.app.push_screen(AddPagesScreen(), self._add_pages)

    def _add_pages(self, urls: list[str] | None) -> None:
        if urls:
            self._show_ingest("Fetching…", None, 0)
            self.add_class("-ingesting")
            self._fetch(self.case_path, urls)

    @work(thread=True, exclusive=True, exit_on_error=False, group=INGEST_GROUP)
    def _fetch(self, case_path: Path, urls: list[str]) -> None:
        # Imported here, as for files: httpx and the extraction libraries load in this thread.
        from store.ingest.fetch import fetch_pages
        from store.ingest.run import ingest_raw

        worker = get_current_worker()

        def progress(number: int, total: int, url: str) -> None:
            self.post_message(IngestProgressed(number - 1, total, url, fetching=True))

        def until_closing(pages: Iterator[RawDoc | Rejected]) -> Iterator[RawDoc | Rejected]:
            for page in pages:  # what was stored before the app quit is committed
                if worker.is_cancelled:
                    return
                yield page

        with Case(case_path) as case:
            report = ingest_raw(case, until_closing(fetch_pages(urls, progress=progress)))
        rejected = [str(rejected) for rejected in report.rejected]
        changed = bool(report.added or report.updated)
        self.post_message(IngestFinished(report.summary(), changed, rejected, pages=True))

    @on(IngestFound)
    def _show_found(self, message: IngestFound) -> None:
        # The workers take seconds to start: the count, and that the reading is starting.
        if message.total:
            label = f"Found {counted(message.total, 'file')}; reading the first…"
        else:
            label = "Found no files to read"
        self._show_ingest(label, message.total, 0)

    @on(IngestProgressed)
    def _show_progress(self, message: IngestProgressed) -> None:
        if message.fetching:
            number = f"{message.done + 1}/{message.total}"
            label = f"Fetching {number}  {one_line(message.name)}"
        else:
            label = f"Ingesting {message.done}/{message.total}  {one_line(message.name)}"
        self._show_ingest(label, message.total, message.done)

    @on(IngestCommitted)
    def _show_committed(self, message: IngestCommitted) -> None:
        self._stored = message.stored
        if self.pool is None:
            self.open_case()  # a new case: list what has come in so far
        else:
            self.query_one(DocumentsPane).table.refresh_rows()

    @on(IngestStopped)
    def _ingest_stopped(self) -> None:
        self.remove_class("-ingesting")
        self.open_case()  # the lists show what was stored
        self.notify(
            f"{counted(self._stored, 'document')} stored; the rest is read the next time the"
            " folder is opened.",
            title="Ingest stopped",
            markup=False,
        )

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
        if message.changed or message.rejected or message.pages:
            shown = len(message.rejected) if message.pages else SHOWN_REJECTIONS
            lines = [message.summary, *message.rejected[:shown]]
            if len(message.rejected) > shown:
                lines.append(f"… and {len(message.rejected) - shown} more rejected")
            severity: SeverityLevel = "warning" if message.rejected else "information"
            self.notify(
                "\n".join(one_line(line) for line in lines),
                title="Web pages" if message.pages else "Ingest finished",
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


class StopIngestApp(App[None]):
    """An app whose ctrl+c, when no text is selected (the screen copies it then), stops the
    ingest under way, as a terminal's interrupt stops a command, and leaves the app open on
    what was stored; with none under way, it says how to quit, as Textual's does."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+c",
            "interrupt",
            "Stop ingest",
            show=False,
            id="app.stop_ingest",
            tooltip="Stop the ingest or fetch under way, keeping what was stored (the rest is"
            " read the next time the folder is opened); with text selected, copy it instead",
        ),
    ]

    def action_interrupt(self) -> None:
        screen = self.screen
        if not (isinstance(screen, IngestActions) and screen.stop_ingest()):
            self.action_help_quit()


class AddPagesCommand(Provider):
    """The palette's "Add web pages…", on a screen that can ingest."""

    async def _ask(self) -> None:
        screen = self.screen
        if isinstance(screen, IngestActions):
            screen.ask_for_pages()

    async def discover(self) -> Hits:
        if isinstance(self.screen, IngestActions):
            name, help_text = ADD_PAGES
            yield DiscoveryHit(name, self._ask, help=help_text)

    async def search(self, query: str) -> Hits:
        if not isinstance(self.screen, IngestActions):
            return
        name, help_text = ADD_PAGES
        score = self.matcher(query).match(name)
        if score > 0:
            yield Hit(score, self.matcher(query).highlight(name), self._ask, help=help_text)
