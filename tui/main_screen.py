"""The main screen: the four panes in tabs over one case file, which it opens, and the
messages between them.

A pane plugs in by class: a widget with a `pool` reactive (a `CasePool`, bound from the main
screen; `None` until the case is open, replaced when an ingest changes it) that it reads in thread
workers, posting `DocumentRequested` to have a document shown in the reader. Its bindings with
ids appear in the help screen and the command palette by themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.actions import SkipAction
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.reactive import var
from textual.widgets import Header, ProgressBar, Static, TabbedContent, TabPane, Tabs
from textual.worker import Worker

from store import EXTRACTION_VERSION
from store.case import CasePool, CaseWatch, is_read_only
from store.safe_text import one_line
from tui.citing import CitingApp
from tui.export_commands import ExportActions
from tui.footer import KeyFooter
from tui.ingesting import IngestActions
from tui.key_order import hold_keys, release_keys
from tui.pane_switching import PaneSwitching
from tui.panes.common import DocumentRequested, report_failed_worker
from tui.panes.documents.pane import DocumentsPane
from tui.panes.quote_citing import opening_words
from tui.panes.quotes import QuotesPane
from tui.panes.reader.pane import ReaderPane
from tui.panes.reader.quote_edits import QuotesSaved
from tui.panes.review import ReviewChanged
from tui.panes.timeline.pane import TimelinePane
from tui.screens.reextract import ReextractEnded, ReextractScreen
from tui.watching import CaseWatching


@dataclass
class CaseOpened(Message):
    """The case file opened and checked, read-only, ready for the panes."""

    pool: CasePool
    marker: tuple[object, ...]
    watch: CaseWatch
    outdated: int = 0
    """Documents an older extraction stored, which the app offers to extract again."""


class MainScreen(PaneSwitching, ExportActions, IngestActions, CaseWatching):
    """The four panes in tabs. Panes get the case through their `pool` reactive, bound here;
    moving between them comes from `PaneSwitching`, the palette's exports from
    `ExportActions`, the ingest of a folder opened from `IngestActions`, the watch on changes
    other processes make from `CaseWatching`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "ctrl+r",
            "reload_case",
            "Reload",
            show=False,
            id="app.reload",
            tooltip="Read the case file again, with what another process added",
        ),
    ]

    pool: var[CasePool | None] = var(None)

    def __init__(self, case_path: Path, ingest_paths: list[Path]) -> None:
        super().__init__()
        self._reader_wanted = False
        self.case_path = case_path
        self.ingest_paths = ingest_paths

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")  # in every usual terminal font (Textual's "⭘" is in few)
        with TabbedContent(id="panes"):
            with TabPane(Content("1 Documents"), id="documents"):
                yield DocumentsPane().data_bind(MainScreen.pool)
            with TabPane(Content("2 Reader"), id="reader"):
                yield ReaderPane().data_bind(MainScreen.pool)
            with TabPane(Content("3 Quotes"), id="quotes"):
                yield QuotesPane().data_bind(MainScreen.pool)
            with TabPane(Content("4 Timeline"), id="timeline"):
                yield TimelinePane().data_bind(MainScreen.pool)
        with Horizontal(id="ingest"):
            yield Static(id="ingest-label")
            yield ProgressBar(id="ingest-progress", show_eta=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.sub_title = one_line(self.case_path.name)
        if is_read_only(self.case_path):
            self.sub_title += " (read-only)"
            self.notify(
                "This case file is read-only: you can read, search and copy, not change it.",
                title="Read-only",
                markup=False,
            )
        # Number keys and tab switch panes, so the tab strip itself needs no focus.
        self.query_one(Tabs).can_focus = False
        self._offered_reextract = False
        self.start_watching()
        if self.ingest_paths:
            self.start_ingest(self.ingest_paths)
        else:
            self.open_case()

    def action_copy_text(self) -> None:
        """ctrl+c with text selected by mouse: copied as a citation is, with the same report."""
        text = self.get_selected_text()
        if not text:
            raise SkipAction()
        app = self.app
        assert isinstance(app, CitingApp)
        app.copy_text(text, opening_words(text))

    def open_case(self) -> None:
        self._open_case(self.case_path)

    def action_reload_case(self) -> None:
        self._open_case(self.case_path)
        self.notify("Case reloaded.", markup=False)

    @work(thread=True, exclusive=True, exit_on_error=False, group="open")
    def _open_case(self, path: Path) -> None:
        pool = CasePool(path)
        # Fails here, once, on a file that is not a case this version can read.
        outdated = pool.get().count_outdated(EXTRACTION_VERSION)
        watch = CaseWatch(path)
        self.post_message(CaseOpened(pool, watch.marker, watch, outdated))

    @on(CaseOpened)
    def _case_opened(self, message: CaseOpened) -> None:
        if self.pool is not None and self.pool is not message.pool:
            self.pool.close()
        if self.case_watch is not None and self.case_watch is not message.watch:
            self.case_watch.close()
        self.pool = message.pool
        self.seen_marker = message.marker
        self.case_watch = message.watch
        if message.outdated and not self._offered_reextract and not is_read_only(self.case_path):
            self._offer_reextract(message.outdated)

    def _offer_reextract(self, outdated: int) -> None:
        """Ask, once a session, to extract an older case's documents again; never do it
        unasked."""
        self._offered_reextract = True

        def ended(result: ReextractEnded | None) -> None:
            if result is None:
                return
            if result.report is None:
                self.notify(
                    result.error, title="Re-extraction stopped", severity="error", markup=False
                )
            else:
                self.notify(result.report.summary(), title="Re-extraction", markup=False)
            self._open_case(self.case_path)

        self.app.push_screen(ReextractScreen(self.case_path, outdated), ended)

    @on(DocumentRequested)
    def _read_document(self, message: DocumentRequested) -> None:
        reader = self.query_one(ReaderPane)
        # Shown once the document is ready, not before: showing the reader first would paint
        # it twice, with the old document and then with the new one. The keys typed meanwhile
        # are the reader's: they wait for it.
        self._reader_wanted = True
        hold_keys(self)
        if reader.document is not None and reader.document.id == message.doc_id:
            self._show_reader()
        reader.show_document(message.doc_id, message.paragraph, highlights=message.highlights)

    @on(ReaderPane.Showing)
    def _show_reader(self) -> None:
        if self._reader_wanted:
            self._reader_wanted = False
            self.action_show_pane("reader")
            release_keys(self)

    @on(ReaderPane.Failed)
    def _keep_pane(self) -> None:
        # No document to show: the keys held for the reader go to the pane they were typed in.
        if self._reader_wanted:
            self._reader_wanted = False
            release_keys(self)

    @on(ReviewChanged)
    def _show_review(self, message: ReviewChanged) -> None:
        self.query_one(DocumentsPane).refresh_reviews()
        self.query_one(ReaderPane).show_review(message)
        if message.excluded_changed:
            self.query_one(TimelinePane).timeline.reload()
            self.query_one(QuotesPane).quotes_changed()

    @on(QuotesSaved)
    def _show_saved_quotes(self) -> None:
        # A quote added or given its speaker in the reader: searched and counted anew.
        self.query_one(QuotesPane).quotes_changed()
        self.query_one(DocumentsPane).table.refresh_rows()

    @on(QuotesPane.QuoteAnnotated)
    def _show_annotated_quote(self, message: QuotesPane.QuoteAnnotated) -> None:
        # Marked not a quotation (or again one) in the quote finder: one quote less (or more)
        # in its document's counts and marks; a new speaker: the reader's speakers line.
        if message.rejection_changed:
            self.query_one(DocumentsPane).table.refresh_rows()
        if message.rejection_changed or message.speaker_changed:
            self.query_one(ReaderPane).reread_quotes()

    @on(ReaderPane.StepRequested)
    def _step_document(self, message: ReaderPane.StepRequested) -> None:
        self.query_one(DocumentsPane).open_neighbour(message.doc_id, message.step)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "open":
            report_failed_worker(self, event, "Could not open the case")
