"""The quotes pane: find a quotation as you type, read it in its article, copy it cited."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import var
from textual.widgets import Input, Static
from textual.worker import Worker, WorkerState

from store.case import Case, CasePool
from store.models import QuoteAnnotation, QuoteHit
from store.safe_text import one_line
from store.search import Ranking, SearchError
from tui.panes.common import (
    WRITE_GROUP,
    DocumentRequested,
    report_failed_worker,
    report_failed_write,
)
from tui.panes.note_editor import NoteEditor
from tui.panes.quote_citing import CitationRequested
from tui.panes.quote_list import QuoteList
from tui.panes.quote_search import LIMIT, find_quotes
from tui.panes.quote_speakers import SpeakersScreen
from tui.panes.quote_status import found_status, shortened
from tui.panes.quote_variants import QuoteVariants
from tui.panes.search_box import SearchBox

PLACEHOLDER = 'Search quotes: words (typos are fine)  \'exact  "a phrase"  @speaker  #outlet  !not'


class QuotesPane(Vertical):
    """Quotes found as the query is typed, best first; an empty query lists them in order."""

    # In order of importance: a narrow footer drops keys from the end (the help lists them all).
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "slash",
            "focus_search",
            "Search",
            id="quotes.search",
            tooltip="Go to the search box and type a search",
            priority=True,  # handled as it arrives, so the keys typed next reach the search box
        ),
        Binding(
            "down,up",
            "focus_list",
            "To the list",
            show=False,
            id="quotes.to_list",
            tooltip="Move from the search box to the quotes found",
        ),
        Binding(
            "escape",
            "clear_search",
            "Clear",
            id="quotes.clear",
            tooltip="Clear the search and go back to the list",
        ),
        Binding(
            "y",
            "copy_quote",
            "Copy",
            id="quotes.copy",
            tooltip="Copy the quote with its citation, in the chosen style",
        ),
        Binding(
            "s",
            "toggle_star",
            "Star",
            id="quotes.star",
            tooltip="Star the quote, or unstar it (saved in the case file)",
        ),
        Binding(
            "a",
            "edit_note",
            "Note",
            id="quotes.note",
            tooltip="Write or change your note on the quote (saved in the case file)",
        ),
        Binding(
            "e",
            "edit_speaker",
            "Speaker",
            id="quotes.speaker",
            tooltip="Correct the quote's speaker, with completion from the case's speakers"
            " (saved; it wins everywhere, and survives re-ingest)",
        ),
        Binding(
            "c",
            "app.cycle_citation_style",
            "Style",
            id="quotes.style",
            tooltip="Next citation style: default, APA, MLA, Chicago, Markdown (saved)",
        ),
        Binding(
            "asterisk",
            "toggle_starred",
            "Starred",
            id="quotes.starred",
            tooltip="Show only the starred quotes, or every quote again",
        ),
        Binding(
            "at",
            "pick_speaker",
            "Speakers",
            id="quotes.speakers",
            tooltip="List the speakers, most quoted first, and show the quotes of one",
        ),
        Binding(
            "r",
            "open_variant",
            "Other report",
            id="quotes.variant",
            tooltip="Read the same quote as another article reported it (again: the next one)",
        ),
    ]

    pool: var[CasePool | None] = var(None)
    query_text: var[str] = var("")
    """The query in the search box: the one whose results are wanted."""
    starred_only: var[bool] = var(False)
    """Whether only starred quotes are listed."""

    @dataclass
    class QuotesFound(Message):
        """A search finished: its `ranking` (every quote, in document order, for an empty
        query) and the first page of its hits."""

        query: str
        ranking: Ranking
        hits: list[QuoteHit]
        annotations: dict[int, QuoteAnnotation] = field(default_factory=dict)
        starred_only: bool = False

    @dataclass
    class QuoteAnnotated(Message):
        """A quote's star or note was saved in the case file."""

        quote_id: int
        annotation: QuoteAnnotation
        speaker_changed: bool = False

    def __init__(self) -> None:
        super().__init__()
        self._searching = False
        self._open_when_found = False
        self._search_hint_shown = False
        self._unread = True
        """The case (or a new one) has not been read since the pane was last shown."""

    def compose(self) -> ComposeResult:
        yield SearchBox(placeholder=PLACEHOLDER, id="quotes-search", select_on_focus=False)
        yield QuoteList(id="quotes-list", classes="-pane-focus").data_bind(QuotesPane.pool)
        yield QuoteVariants(id="quotes-variants").data_bind(QuotesPane.pool)
        yield Static(Content("Opening the case…"), id="quotes-status")

    @property
    def search_box(self) -> Input:
        return self.query_one("#quotes-search", Input)

    @property
    def quote_list(self) -> QuoteList:
        return self.query_one(QuoteList)

    # ---- searching -----------------------------------------------------------------------

    def watch_pool(self, pool: CasePool | None) -> None:
        # Read when the pane is shown, not while the case opens: at a million quotes the
        # vocabulary takes half a second that the documents list and reader should have.
        self._unread = True
        if self.region.area:
            self._read_case()

    def on_show(self) -> None:
        if self._unread:
            self._read_case()

    def _read_case(self) -> None:
        self._unread = False
        self._start_search()
        if self.pool is not None:
            self._prepare_search(self.pool)

    @work(thread=True, exclusive=True, exit_on_error=False, group="quotes-prepare")
    def _prepare_search(self, pool: CasePool) -> None:
        pool.finder.prepare(pool.get())

    def _start_search(self) -> None:
        if self.pool is not None:
            self._searching = True
            self._search(self.pool, self.query_text, self.starred_only)

    @on(Input.Changed, "#quotes-search")
    def _query_changed(self, event: Input.Changed) -> None:
        self.query_text = event.value
        self._open_when_found = False
        self.refresh_bindings()
        # One search at a time: keys typed while it runs are searched for together after it.
        if not self._searching:
            self._start_search()

    @work(thread=True, exclusive=True, exit_on_error=False, group="quotes")
    def _search(self, pool: CasePool, query: str, starred_only: bool) -> None:
        found = find_quotes(pool.get(), pool.finder, query, starred_only)
        self.post_message(
            self.QuotesFound(query, found.ranking, found.hits, found.annotations, starred_only)
        )

    @on(QuotesFound)
    def _show_found(self, message: QuotesFound) -> None:
        self._searching = False
        if message.query != self.query_text or message.starred_only != self.starred_only:
            self._start_search()  # stale: the user typed on while it ran
            return
        self.quote_list.show(message.ranking, message.hits, message.annotations)
        status = found_status(message.query, message.ranking, message.starred_only, LIMIT)
        self.query_one("#quotes-status", Static).update(Content(status), layout=False)
        self.refresh_bindings()
        if self._open_when_found:
            self._open_when_found = False
            self._open_highlighted()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == WRITE_GROUP:
            report_failed_write(self, event, "Could not save the annotation")
            return
        if event.worker.group == "quotes" and event.state == WorkerState.ERROR:
            self._searching = False
            if isinstance(event.worker.error, SearchError):
                # Not "no quotes match": the case could not be searched, and stale results
                # would look like an answer.
                self.quote_list.show(None, [])
                status = self.query_one("#quotes-status", Static)
                status.update(Content(one_line(str(event.worker.error))))
        report_failed_worker(self, event, "Could not search the quotes")

    # ---- the list ------------------------------------------------------------------------

    @on(QuoteList.Highlighted)
    def _show_variants(self, message: QuoteList.Highlighted) -> None:
        self.query_one(QuoteVariants).quote = message.hit

    @on(QuoteList.Selected)
    def _open_selected(self, message: QuoteList.Selected) -> None:
        self.post_message(DocumentRequested.for_quote(message.hit.quote))

    @on(Input.Submitted, "#quotes-search")
    def _open_first(self) -> None:
        # Enter right after typing: the results for what was typed may still be on their way.
        if self._searching:
            self._open_when_found = True
        else:
            self._open_highlighted()

    def _open_highlighted(self) -> None:
        hit = self.quote_list.hit
        if hit is not None:
            self.post_message(DocumentRequested.for_quote(hit.quote))

    @on(QuoteList.PassedTop)
    def _back_to_search(self) -> None:
        self.action_focus_search()

    @on(QuoteVariants.ReadRequested)
    def _read_variant(self, message: QuoteVariants.ReadRequested) -> None:
        self.post_message(DocumentRequested.for_quote(message.hit.quote))

    def on_key(self, event: events.Key) -> None:
        """A letter typed in the list that no key takes: say how to search, once until used.
        Typing there does not search, as `s` would star and `a` open a note mid-word."""
        if not self.quote_list.has_focus or not (event.is_printable and event.character):
            return
        bound = self.screen.active_bindings.get(event.key)
        if bound is not None and not bound.enabled and bound.binding.action == "open_variant":
            self.notify("No other outlet's report of this quote in the case.", timeout=4)
            return
        if (bound is not None and bound.enabled) or self._search_hint_shown:
            return
        self._search_hint_shown = True
        self.notify("Press / to search the quotes, then type.", timeout=4)

    # ---- actions -------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        searching = self.search_box.has_focus
        if action == "focus_search":
            return not searching  # then "/" is typed into the search box
        if action == "focus_list":
            return searching
        if action == "clear_search":
            return bool(self.query_text) or searching
        if action == "copy_quote":
            return self.quote_list.hit is not None or None
        if action == "open_variant":
            return self.query_one(QuoteVariants).has_variants or None
        if action == "pick_speaker":
            return self.pool is not None or None
        if action in {"toggle_star", "edit_note", "edit_speaker"}:
            return (not searching and self.quote_list.hit is not None) or None
        if action == "toggle_starred":
            return not searching  # then "*" is typed into the search box
        return True

    def action_focus_search(self) -> None:
        self._search_hint_shown = False
        self.screen.set_focus(self.search_box)  # now, not after the next refresh

    def action_focus_list(self) -> None:
        self.quote_list.focus()

    def action_clear_search(self) -> None:
        self.search_box.value = ""
        self.quote_list.focus()

    def action_copy_quote(self) -> None:
        hit = self.quote_list.hit
        if hit is not None:
            self.post_message(CitationRequested(hit))

    def action_open_variant(self) -> None:
        self.query_one(QuoteVariants).read_next()

    def action_pick_speaker(self) -> None:
        if self.pool is not None:
            self.app.push_screen(SpeakersScreen(self.pool), self._filter_by_speaker)

    def _filter_by_speaker(self, name: str | None) -> None:
        if name:
            # The query language has no escape for a double quote inside a quoted name.
            self.search_box.value = '@"{}"'.format(" ".join(name.replace('"', " ").split()))
            self.quote_list.focus()

    # ---- stars and notes -----------------------------------------------------------------

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
        if hit is not None and hit.quote.id is not None and self.pool is not None:
            self._ask_for_speaker(self.pool, hit)

    @work(thread=True, exit_on_error=False, group="quotes-speaker-names")
    def _ask_for_speaker(self, pool: CasePool, hit: QuoteHit) -> None:
        names = sorted(pool.get().speaker_names(), key=str.casefold)
        self.app.call_from_thread(self._open_speaker_editor, hit, names)

    def _open_speaker_editor(self, hit: QuoteHit, names: list[str]) -> None:
        quote_id = hit.quote.id
        assert quote_id is not None  # checked before the names were read
        excerpt = shortened(one_line(hit.quote.text))
        editor = NoteEditor(
            f"Who said “{excerpt}”?",
            one_line(hit.quote.speaker or ""),
            hint="Enter saves (empty gives back the extracted speaker), Esc cancels.",
            suggestions=names,
        )

        def save(name: str | None) -> None:
            if name is not None:
                self._annotate(quote_id, speaker=name)

        self.app.push_screen(editor, save)

    def action_toggle_starred(self) -> None:
        self.starred_only = not self.starred_only

    def watch_starred_only(self, starred_only: bool) -> None:
        self.set_class(starred_only, "-starred-only")
        if not self._searching:
            self._start_search()

    @work(thread=True, exit_on_error=False, group=WRITE_GROUP)
    def _annotate(
        self,
        quote_id: int,
        *,
        starred: bool | None = None,
        note: str | None = None,
        speaker: str | None = None,
    ) -> None:
        with Case(self.app.case_path) as case:  # type: ignore[attr-defined]
            annotation = case.annotate_quote(quote_id, starred=starred, note=note, speaker=speaker)
        self.post_message(self.QuoteAnnotated(quote_id, annotation, speaker is not None))

    @on(QuoteAnnotated)
    def _show_annotation(self, message: QuoteAnnotated) -> None:
        self.quote_list.annotate(message.quote_id, message.annotation)
        if message.speaker_changed or (self.starred_only and not message.annotation.starred):
            # A new speaker changes the rows, citations and `@` matches; an unstarred quote
            # leaves the starred list.
            self._start_search()
