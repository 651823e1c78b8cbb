"""The quote finder's stars, notes, speakers and "not a quotation" marks: asked for on the
highlighted quote, saved in the case file, shown in the list."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on, work
from textual.containers import Vertical
from textual.message import Message

from store.case import Case, CasePool
from store.models import QuoteAnnotation
from store.safe_text import one_line
from tui.panes.common import WRITE_GROUP
from tui.panes.note_editor import NoteEditor
from tui.panes.quote_list import QuoteList
from tui.panes.quote_status import shortened
from tui.panes.speaker_editor import ADDED_HINT, CORRECTING_HINT, ask_for_speaker

REJECTED_NOTICE = (
    "Marked not a quotation: lists, search, speakers and exports leave it out from the next"
    " search on. x again undoes it."
)
ACCEPTED_NOTICE = "A quotation again: it is listed, searched and counted as before."


class QuoteAnnotating(Vertical):
    """The annotating of a pane with a `QuoteList`, a `pool` and a `starred_only` switch,
    which searches again (`_start_search`) when an annotation changes what it lists."""

    pool: CasePool | None
    starred_only: bool

    @dataclass
    class QuoteAnnotated(Message):
        """A quote's star, note, speaker or rejection was saved in the case file."""

        quote_id: int
        annotation: QuoteAnnotation
        speaker_changed: bool = False
        rejection_changed: bool = False

    @property
    def quote_list(self) -> QuoteList:
        return self.query_one(QuoteList)

    def _start_search(self) -> None:
        raise NotImplementedError

    def action_toggle_star(self) -> None:
        hit = self.quote_list.hit
        if hit is not None and hit.quote.id is not None:
            starred = not self.quote_list.annotation.starred
            self._annotate(hit.quote.id, starred=starred)

    def action_edit_note(self) -> None:
        hit = self.quote_list.hit
        if hit is None or hit.quote.id is None:
            return
        quote_id = hit.quote.id
        speaker = one_line(hit.quote.speaker or "") or "speaker unknown"
        excerpt = shortened(one_line(hit.quote.text))
        editor = NoteEditor(
            f"Your note on “{excerpt}” ({speaker})", self.quote_list.annotation.note or ""
        )

        def save(note: str | None) -> None:
            if note is not None:
                self._annotate(quote_id, note=note)

        self.app.push_screen(editor, save)

    def action_edit_speaker(self) -> None:
        hit = self.quote_list.hit
        if hit is None or hit.quote.id is None or self.pool is None:
            return
        quote_id, quote = hit.quote.id, hit.quote

        def save(name: str) -> None:
            self._annotate(quote_id, speaker=name)

        hint = ADDED_HINT if quote.how == "added" else CORRECTING_HINT
        ask_for_speaker(self, self.pool, quote.text, quote.speaker, save, hint=hint)

    def action_toggle_quotation(self) -> None:
        hit = self.quote_list.hit
        if hit is not None and hit.quote.id is not None:
            self._annotate(hit.quote.id, rejected=not self.quote_list.annotation.rejected)

    @work(thread=True, exit_on_error=False, group=WRITE_GROUP)
    def _annotate(
        self,
        quote_id: int,
        *,
        starred: bool | None = None,
        note: str | None = None,
        speaker: str | None = None,
        rejected: bool | None = None,
    ) -> None:
        with Case(self.app.case_path) as case:  # type: ignore[attr-defined]
            annotation = case.annotate_quote(
                quote_id, starred=starred, note=note, speaker=speaker, rejected=rejected
            )
        self.post_message(
            self.QuoteAnnotated(quote_id, annotation, speaker is not None, rejected is not None)
        )

    @on(QuoteAnnotated)
    def _show_annotation(self, message: QuoteAnnotated) -> None:
        self.quote_list.annotate(message.quote_id, message.annotation)
        if message.rejection_changed:
            # The quote stays listed, struck through, until the next search: `x` on it again
            # undoes the mark, where a list without it would put `x` on the next quote.
            self.notify(
                REJECTED_NOTICE if message.annotation.rejected else ACCEPTED_NOTICE,
                markup=False,
                timeout=6,
            )
        if message.speaker_changed or (self.starred_only and not message.annotation.starred):
            # A new speaker changes the rows, citations and `@` matches; an unstarred quote
            # leaves the starred list.
            self._start_search()
