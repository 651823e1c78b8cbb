"""The reader pane's quotes: stepping through them, their other reports, copying one's citation,
and the speakers, rejections and added quotes the reader saves, marked as they are saved."""

from __future__ import annotations

from textual import on
from textual.containers import Vertical

from store.case import CasePool
from store.models import Document, QuoteHit
from tui.panes.quote_citing import CitationRequested
from tui.panes.quote_marks import QuoteMarks
from tui.panes.reader.article import ArticleView
from tui.panes.reader.quote_edits import (
    NO_SELECTION,
    NOT_ONE_PARAGRAPH,
    QuotesReread,
    QuotesSaved,
    not_a_quote_notice,
    reread_quotes,
    save_added_quote,
    save_not_a_quote,
    save_speaker,
)
from tui.panes.reader.reports import QuoteReports
from tui.panes.speaker_editor import ADDED_HINT, ADDING_HINT, CORRECTING_HINT, ask_for_speaker


class ReaderQuotes(Vertical):
    """The quotes of the reader pane's document: the pane holds the `pool`, the `document`, its
    quote `marks`, `note` and `tags`."""

    pool: CasePool | None
    document: Document | None
    marks: QuoteMarks
    note: str | None
    tags: list[str]

    @property
    def article(self) -> ArticleView:
        """The article view: what it shows is its public API for other panes and tests."""
        return self.query_one("#reader-article", ArticleView)

    @property
    def reports(self) -> QuoteReports:
        """The current quote's other reports, under the article."""
        return self.query_one(QuoteReports)

    def _follow_current_quote(self) -> None:
        self.reports.quote = self.marks.current_hit if self.document is not None else None

    def action_step_quote(self, step: int) -> None:
        following = self.marks.step(step)
        if following is None or self.document is None:
            return
        self.marks.current = following
        self.article.show_current_quote()
        self._follow_current_quote()
        self.refresh_bindings()
        first = min(self.marks.paragraphs_of(following))
        self.article.scroll_to_paragraph(first, centred=True)

    def action_open_variant(self) -> None:
        self.reports.read_next()

    def action_copy_quote(self) -> None:
        hit = self.marks.current_hit
        if hit is not None:
            self.post_message(CitationRequested(hit))

    def action_edit_speaker(self) -> None:
        hit = self.marks.current_hit
        if hit is None or hit.quote.id is None or self.document is None or self.pool is None:
            return
        doc_id, quote_id, quote = self.document.id, hit.quote.id, hit.quote

        def save(name: str) -> None:
            save_speaker(self, self.app.case_path, doc_id, quote_id, name)  # type: ignore[attr-defined]

        hint = ADDED_HINT if quote.how == "added" else CORRECTING_HINT
        ask_for_speaker(self, self.pool, quote.text, quote.speaker, save, hint=hint)

    def action_mark_not_a_quote(self) -> None:
        hit = self.marks.current_hit
        if hit is None or hit.quote.id is None or self.document is None:
            return
        case_path = self.app.case_path  # type: ignore[attr-defined]
        save_not_a_quote(self, case_path, self.document.id, hit.quote.id)
        self.notify(not_a_quote_notice(hit.quote.id), markup=False)

    def action_add_quote(self) -> None:
        if self.document is None or self.pool is None:
            return
        if self.article.text_selection is None:
            self.notify(NO_SELECTION, markup=False)
            return
        chosen = self.article.selected_span()
        if chosen is None:
            self.notify(NOT_ONE_PARAGRAPH, severity="warning", markup=False)
            return
        doc_id, (paragraph, span) = self.document.id, chosen
        words = self.document.paragraphs[paragraph].text[span[0] : span[1]]

        def save(name: str) -> None:
            self.article.screen.clear_selection()
            save_added_quote(self, self.app.case_path, doc_id, paragraph, span, name)  # type: ignore[attr-defined]

        ask_for_speaker(self, self.pool, words, None, save, hint=ADDING_HINT)

    def reread_quotes(self) -> None:
        """Another pane or process changed quotes (marked one not a quotation, gave one a
        speaker): the open document's quotes are read again, the place and current quote kept."""
        if self.document is not None and self.pool is not None:
            reread_quotes(self, self.pool, self.document.id)

    @on(QuotesReread)
    def _show_reread_quotes(self, message: QuotesReread) -> None:
        current = self.marks.current_hit
        self._mark_quotes(message.doc_id, message.quotes, current.quote.id if current else None)

    @on(QuotesSaved)
    def _show_saved_quotes(self, message: QuotesSaved) -> None:
        """Mark the document's quotes as saved, the one changed or added current."""
        self._mark_quotes(message.doc_id, message.quotes, message.current_id)

    def _mark_quotes(self, doc_id: int, quotes: list[QuoteHit], current_id: int | None) -> None:
        """Mark `quotes` as the document's, `current_id` current (if it left: the one after)."""
        if self.document is None or self.document.id != doc_id:
            return
        self.marks = self.marks.renewed(quotes, len(self.document.paragraphs), current_id)
        self.article.show_quotes(self.marks, self.note, self.tags)
        self._follow_current_quote()
        self.refresh_bindings()
