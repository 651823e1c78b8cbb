"""The reader pane: one cleaned document at a comfortable width, its quotes marked with their
speakers, and its raw text on demand."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.reactive import reactive, var
from textual.timer import Timer
from textual.widgets import Static
from textual.worker import Worker, WorkerState

from store.case import CasePool
from store.models import Document, QuoteHit, ReviewState
from tui.panes.common import (
    WRITE_GROUP,
    Highlights,
    Span,
    report_failed_worker,
    report_failed_write,
)
from tui.panes.quote_marks import QuoteMarks
from tui.panes.reader.article import ArticleView
from tui.panes.reader.bindings import READER_BINDINGS
from tui.panes.reader.browsing import BrowserTried, open_document_url, report_browser
from tui.panes.reader.doc_notes import DocumentAnnotated, ask_for_note, ask_for_tags
from tui.panes.reader.quote_actions import ReaderQuotes
from tui.panes.reader.quote_edits import WRITE_ERRORS, document_quote_hits
from tui.panes.reader.raw_view import RawView
from tui.panes.reader.reports import QuoteReports
from tui.panes.review import ReviewChanged, mark_read, save_review, toggled

EMPTY_TEXT = "No document open. Pick one in Documents (press 1) and press Enter."
# Most documents are read in a millisecond or two: an indicator shown at once would cost them
# two extra frames (and a widget mounted and removed) for nothing.
LOADING_SHOWN_AFTER = 0.25  # seconds


class ReaderPane(ReaderQuotes):
    """Reads one document; other panes open documents here with `show_document`."""

    BINDINGS: ClassVar[list[BindingType]] = READER_BINDINGS

    pool: var[CasePool | None] = var(None)
    document: var[Document | None] = var(None)
    show_raw: reactive[bool] = reactive(False)

    @dataclass
    class StepRequested(Message):
        """The reader asks for the document `step` places from `doc_id` in the list."""

        doc_id: int
        step: int

    @dataclass
    class DocumentLoaded(Message):
        document: Document | None
        quotes: list[QuoteHit]
        doc_id: int
        paragraph: int | None
        highlights: Highlights
        note: str | None = None
        tags: list[str] = field(default_factory=list)
        again: bool = False
        """The document shown, read anew: the reading place and current quote are kept."""

    class Showing(Message):
        """The reader has something to show for the document asked for: the document, or,
        when reading it takes a while, that it is on its way."""

    class Failed(Message):
        """The document asked for could not be read: it is not in the case, or reading failed."""

    def __init__(self) -> None:
        super().__init__()
        self.marks = QuoteMarks()
        self.note: str | None = None
        self.tags: list[str] = []
        self._loading_shown: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Static(Content(EMPTY_TEXT), id="reader-empty")
        with Horizontal(id="reader-body"):
            yield ArticleView(id="reader-article")
            yield RawView(id="reader-raw")
        yield QuoteReports(id="reader-reports").data_bind(ReaderPane.pool)

    @property
    def raw(self) -> RawView:
        return self.query_one("#reader-raw", RawView)

    def watch_pool(self, pool: CasePool | None) -> None:
        # A new pool means the case changed under us (an ingest finished): read the document anew.
        self.read_again()

    def read_again(self) -> None:
        """Read the document shown anew (the case changed), keeping the reading place and the
        current quote."""
        if self.pool is not None and self.document is not None:
            self._load(self.pool, self.document.id, None, {}, again=True)

    def watch_document(self, document: Document | None) -> None:
        self.set_class(document is not None, "-has-document")
        self._follow_current_quote()
        self.refresh_bindings()

    def watch_show_raw(self, show_raw: bool) -> None:
        self.set_class(show_raw, "-show-raw")

    # ---- opening -------------------------------------------------------------------------

    def show_document(
        self,
        doc_id: int,
        paragraph: int | None = None,
        highlight: Span | None = None,
        *,
        highlights: Highlights | None = None,
    ) -> None:
        """Show `doc_id`, scrolled to `paragraph`, with `highlight` [start, end) in that paragraph
        and any `highlights` (paragraph index: spans) marked."""
        spans: Highlights = {index: list(ranges) for index, ranges in (highlights or {}).items()}
        if paragraph is not None and highlight is not None:
            spans.setdefault(paragraph, []).append(highlight)
        if self.document is not None and self.document.id == doc_id:
            quotes = self.marks.quotes
            self.call_later(self._render_document, self.document, quotes, paragraph, spans)
        elif self.pool is not None:
            self._loading_started()
            self._load(self.pool, doc_id, paragraph, spans)
        else:
            self.post_message(self.Failed())  # no case to read it from (it is still opening)

    @work(thread=True, exclusive=True, exit_on_error=False, group="reader")
    def _load(
        self,
        pool: CasePool,
        doc_id: int,
        paragraph: int | None,
        highlights: Highlights,
        *,
        again: bool = False,
    ) -> None:
        case = pool.get()
        document = case.document(doc_id)
        quotes = document_quote_hits(case, doc_id) if document is not None else []
        note = case.document_note(doc_id) if document is not None else None
        tags = case.document_tags(doc_id) if document is not None else []
        self.post_message(
            self.DocumentLoaded(document, quotes, doc_id, paragraph, highlights, note, tags, again)
        )

    @on(DocumentLoaded)
    def _show_loaded(self, message: DocumentLoaded) -> None:
        self._loading_ended()
        if message.document is None:
            self.document = None
            self.notify(f"Document {message.doc_id} is not in the case.", markup=False)
            self.post_message(self.Failed())
            return
        self.note, self.tags = message.note, message.tags
        if message.again and self.document is not None and self.document.id == message.doc_id:
            self._render_again(message.document, message.quotes)
            return
        self._render_document(
            message.document, message.quotes, message.paragraph, message.highlights
        )
        self.post_message(self.Showing())
        if message.document.review == "new":  # opened: read from now on
            mark_read(self, self.app.case_path, message.doc_id)  # type: ignore[attr-defined]

    def _loading_started(self) -> None:
        self._loading_ended()
        self._loading_shown = self.set_timer(LOADING_SHOWN_AFTER, self._show_loading)

    def _show_loading(self) -> None:
        self.loading = True
        self.post_message(self.Showing())

    def _loading_ended(self) -> None:
        if self._loading_shown is not None:
            self._loading_shown.stop()
            self._loading_shown = None
        self.loading = False

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == WRITE_GROUP:
            doing = WRITE_ERRORS.get(
                event.worker.name, "Could not save the note, tags or review state"
            )
            report_failed_write(self, event, doing)
            return
        if event.worker.group == "reader" and event.worker.is_finished:
            self._loading_ended()
            if event.state == WorkerState.ERROR:
                self.post_message(self.Failed())
        report_failed_worker(self, event, "Could not open the document")

    def _render_document(
        self,
        document: Document,
        quotes: list[QuoteHit],
        paragraph: int | None,
        highlights: Highlights,
    ) -> None:
        self.marks = QuoteMarks.for_request(quotes, len(document.paragraphs), highlights)
        self.document = document
        self.article.show(document, self.marks, self.note, self.tags, paragraph)
        self._follow_current_quote()
        if self.raw.text is not document.raw_text:
            self.raw.show_text(document.raw_text)
        # On show only: the app focuses the article as it switches to the reader. Focused while
        # hidden, it would repaint the pane losing the focus, a frame before the switch.
        if all(node.display for node in self.ancestors_with_self):
            self.article.focus()

    def _render_again(self, document: Document, quotes: list[QuoteHit]) -> None:
        """The document shown, read anew: at the same place, with the same quote current."""
        current = self.marks.current_hit
        marks = self.marks.renewed(
            quotes, len(document.paragraphs), current.quote.id if current else None
        )
        place = self.article.reading_place()
        self.marks, self.document = marks, document
        self.article.show(document, marks, self.note, self.tags, place=place)
        if self.raw.text != document.raw_text:
            self.raw.show_text(document.raw_text)
        self._follow_current_quote()
        self.refresh_bindings()

    # ---- actions -------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in {"step_document", "open_url", "toggle_raw"}:
            return self.document is not None or None
        if action == "open_variant":
            return self.reports.has_variants or None
        if action == "step_quote":
            return bool(self.document and self.marks.quotes) or None
        if action in {"copy_quote", "edit_speaker", "mark_not_a_quote"}:
            return bool(self.document and self.marks.current_hit) or None
        if action == "add_quote":
            return self.document is not None or None
        if action in {"edit_note", "edit_tags", "toggle_review"}:
            return self.document is not None or None
        return True

    # ---- notes and tags ------------------------------------------------------------------

    def action_edit_note(self) -> None:
        if self.document is not None:
            ask_for_note(self, self.app.case_path, self.document, self.note)  # type: ignore[attr-defined]

    def action_edit_tags(self) -> None:
        if self.document is not None:
            ask_for_tags(self, self.app.case_path, self.document, self.tags)  # type: ignore[attr-defined]

    @on(DocumentAnnotated)
    def _show_annotation(self, message: DocumentAnnotated) -> None:
        if self.document is None or self.document.id != message.doc_id:
            return
        self.note, self.tags = message.note, message.tags
        self.article.show_annotations(self.note, self.tags)

    # ---- review state --------------------------------------------------------------------

    def action_toggle_review(self, state: ReviewState) -> None:
        if self.document is not None:
            wanted = toggled(self.document.review, state)
            save_review(self, self.app.case_path, self.document.id, wanted)  # type: ignore[attr-defined]

    def show_review(self, message: ReviewChanged) -> None:
        """A document's review state was saved (here or in another pane)."""
        if self.document is None or self.document.id != message.doc_id:
            return
        self.document.review = message.state
        self.article.show_annotations(self.note, self.tags)

    def action_step_document(self, step: int) -> None:
        if self.document is not None:
            self.post_message(self.StepRequested(self.document.id, step))

    def action_toggle_raw(self) -> None:
        self.show_raw = not self.show_raw

    def action_open_url(self) -> None:
        if self.document is not None:
            open_document_url(self, self.document.url)

    @on(BrowserTried)
    def _report_browser(self, message: BrowserTried) -> None:
        report_browser(self, message)
