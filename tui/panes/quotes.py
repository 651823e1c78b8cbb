"""The quotes pane: find a quotation as you type, read it in its article, copy it cited."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.content import Content
from textual.message import Message
from textual.reactive import var
from textual.widgets import Input, Static
from textual.worker import Worker, WorkerState

from store.case import CasePool
from store.models import QuoteAnnotation, QuoteHit
from store.safe_text import one_line
from store.search import Ranking, SearchError
from tui.heap import settle_heap
from tui.panes.common import (
    WRITE_GROUP,
    DocumentRequested,
    report_failed_worker,
    report_failed_write,
)
from tui.panes.open_when_read import OpenWhenRead
from tui.panes.quote_annotating import QuoteAnnotating
from tui.panes.quote_citing import CitationRequested
from tui.panes.quote_keys import QUOTES_BINDINGS
from tui.panes.quote_list import QuoteList
from tui.panes.quote_search import LIMIT, find_quotes
from tui.panes.quote_speakers import SpeakersScreen
from tui.panes.quote_status import found_status, status_line
from tui.panes.quote_variants import QuoteVariants
from tui.panes.search_box import SearchBox

PLACEHOLDER = 'Search quotes: words (typos are fine)  \'exact  "a phrase"  @speaker  #outlet  !not'


class QuotesPane(QuoteAnnotating):
    """Quotes found as the query is typed, best first; an empty query lists them in order."""

    BINDINGS: ClassVar[list[BindingType]] = QUOTES_BINDINGS

    pool: var[CasePool | None] = var(None)
    query_text: var[str] = var("")
    """The query in the search box: the one whose results are wanted."""
    starred_only: var[bool] = var(False)
    """Whether only starred quotes are listed."""
    show_excluded: var[bool] = var(False)
    """Whether the quotes of documents the review excluded are listed (as in the timeline)."""

    @dataclass
    class QuotesFound(Message):
        """A search finished: its `ranking` (every quote, in document order, for an empty
        query) and the first page of its hits."""

        query: str
        ranking: Ranking
        hits: list[QuoteHit]
        annotations: dict[int, QuoteAnnotation] = field(default_factory=dict)
        starred_only: bool = False
        show_excluded: bool = False

    def __init__(self) -> None:
        super().__init__()
        self._searching = False
        self._opening = OpenWhenRead(self)
        self._search_hint_shown = False
        self._unread = True
        """The case (or a new one) has not been read since the pane was last shown."""
        self._found = ""
        self._status = ""
        """The status line as shown: set again only when it changes (a repaint a key)."""
        self._keys_state: tuple[bool, bool, bool] | None = None
        """What the last search found, as the status line says it."""

    def compose(self) -> ComposeResult:
        yield SearchBox(
            placeholder=PLACEHOLDER, id="quotes-search", select_on_focus=False, holds_paint=True
        )
        yield QuoteList(id="quotes-list", classes="-pane-focus").data_bind(QuotesPane.pool)
        yield QuoteVariants(id="quotes-variants").data_bind(QuotesPane.pool)
        yield Static(Content("Opening the case…"), id="quotes-status")

    @property
    def search_box(self) -> SearchBox:
        return self.query_one("#quotes-search", SearchBox)

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

    def quotes_changed(self) -> None:
        """Search again, now if shown, else when next shown: another pane changed quotes in the
        case file, or excluded a document from the review or brought one back (`X` hides the
        excluded documents' quotes)."""
        self._unread = True
        if self.region.area:
            self._read_case()

    def _read_case(self) -> None:
        self._unread = False
        self._start_search()
        if self.pool is not None:
            self._prepare_search(self.pool)

    @work(thread=True, exclusive=True, exit_on_error=False, group="quotes-prepare")
    def _prepare_search(self, pool: CasePool) -> None:
        pool.finder.prepare(pool.get())
        # The app and the case's vocabulary are read: out of the collector's way from now on,
        # or a full collection (one every few dozen keys) walks them mid-keystroke.
        settle_heap()

    def _start_search(self) -> None:
        if self.pool is not None:
            self._searching = True
            self._search(self.pool, self.query_text, self.starred_only, self.show_excluded)

    @on(Input.Changed, "#quotes-search")
    def _query_changed(self, event: Input.Changed) -> None:
        self.query_text = event.value
        self._opening.forget()
        self._refresh_keys()
        # One search at a time: keys typed while it runs are searched for together after it.
        if not self._searching:
            self._start_search()

    @work(thread=True, exclusive=True, exit_on_error=False, group="quotes")
    def _search(self, pool: CasePool, query: str, starred_only: bool, show_excluded: bool) -> None:
        found = find_quotes(pool.get(), pool.finder, query, starred_only, show_excluded)
        self.post_message(
            self.QuotesFound(
                query, found.ranking, found.hits, found.annotations, starred_only, show_excluded
            )
        )

    @on(QuotesFound)
    def _show_found(self, message: QuotesFound) -> None:
        self._searching = False
        asked = (self.query_text, self.starred_only, self.show_excluded)
        if (message.query, message.starred_only, message.show_excluded) != asked:
            self._start_search()  # stale: the user typed on (or pressed * or X) while it ran
            return
        self.quote_list.show(message.ranking, message.hits, message.annotations)
        self._found = found_status(message.query, message.ranking, message.starred_only, LIMIT)
        # What the highlight shows, now rather than when the list's message arrives: then it
        # is painted with the results, not in a frame of its own.
        self._follow_highlight()
        self._refresh_keys()
        self.search_box.results_shown()  # the key's echo and its results: one frame
        if self._opening.asked:
            self._opening.forget()
            self._open_highlighted()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == WRITE_GROUP:
            report_failed_write(self, event, "Could not save the annotation")
            return
        if event.worker.group == "quotes" and event.state == WorkerState.ERROR:
            self._searching = False
            self._opening.forget()  # nothing found to open
            if isinstance(event.worker.error, SearchError):
                # Not "no quotes match": the case could not be searched, and stale results
                # would look like an answer.
                self.quote_list.show(None, [])
                self._found = ""
                self._set_status(one_line(str(event.worker.error)))
            self.search_box.results_shown()  # what was typed, with the failure it met
        report_failed_worker(self, event, "Could not search the quotes")

    # ---- the list ------------------------------------------------------------------------

    def _refresh_keys(self) -> None:
        """Redraw the footer's keys when what `check_action` reads of the query and the list
        has changed: a key typed on, or its results, mostly leave them as they were, and a
        redraw of the footer is a frame of its own."""
        state = (bool(self.query_text), self.quote_list.hit is not None, self.pool is not None)
        if state != self._keys_state:
            self._keys_state = state
            self.refresh_bindings()

    def _show_status(self) -> None:
        # Fitted to the line's width: parts dropped whole, never cut mid-word by the edge.
        width = self.query_one("#quotes-status", Static).content_size.width or None
        self._set_status(status_line(self._found, self.show_excluded, self.quote_list.hit, width))

    def on_resize(self) -> None:
        if self._found:
            self.call_after_refresh(self._show_status)  # once the line has its new width

    def _set_status(self, status: str) -> None:
        if status != self._status:
            self._status = status
            self.query_one("#quotes-status", Static).update(Content(status), layout=False)

    @on(QuoteList.Highlighted)
    def _highlight_moved(self, message: QuoteList.Highlighted) -> None:
        self._follow_highlight()

    def _follow_highlight(self) -> None:
        """The status line's word on the highlighted quote, and then its other reports."""
        if self._found:
            self._show_status()
        # After the frame that shows it: their look-up (a worker thread, a query) would take
        # the interpreter from that frame's painting.
        self.call_after_refresh(self._look_up_variants)

    def _look_up_variants(self) -> None:
        self.query_one(QuoteVariants).quote = self.quote_list.hit

    @on(QuoteList.Selected)
    def _open_selected(self, message: QuoteList.Selected) -> None:
        self.post_message(DocumentRequested.for_quote(message.hit.quote))

    @on(QuoteList.SelectedEmpty)
    @on(Input.Submitted, "#quotes-search")
    def _open_first(self) -> None:
        # Enter right after typing or showing the pane: the results may still be on their way,
        # or not yet asked for (the search starts when the pane's Show event arrives, or when
        # the case, still opening, is read).
        if self._searching or self._unread or self.pool is None:
            self._opening.ask()
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
        if action in {"toggle_star", "edit_note", "edit_speaker", "toggle_quotation"}:
            return (not searching and self.quote_list.hit is not None) or None
        if action in {"toggle_starred", "toggle_excluded"}:
            return not searching  # then "*" or "X" is typed into the search box
        return True

    def action_focus_search(self) -> None:
        self._search_hint_shown = False
        self.screen.set_focus(self.search_box)  # now, not after the next refresh

    def action_focus_list(self) -> None:
        # Now, not after the next refresh: a key typed right after goes to the list.
        self.screen.set_focus(self.quote_list)

    def action_clear_search(self) -> None:
        self.search_box.value = ""
        self.screen.set_focus(self.quote_list)

    def action_copy_quote(self) -> None:
        hit = self.quote_list.hit
        if hit is not None:
            self.post_message(CitationRequested(hit))

    def action_open_variant(self) -> None:
        self.query_one(QuoteVariants).read_next()

    def action_pick_speaker(self) -> None:
        if self.pool is not None:
            speakers = SpeakersScreen(self.pool, on_change=self._start_search)  # after merges
            self.app.push_screen(speakers, self._filter_by_speaker)

    def _filter_by_speaker(self, name: str | None) -> None:
        if name:
            # The query language has no escape for a double quote inside a quoted name.
            self.search_box.value = '@"{}"'.format(" ".join(name.replace('"', " ").split()))
            self.quote_list.focus()

    def action_toggle_starred(self) -> None:
        self.starred_only = not self.starred_only

    def watch_starred_only(self, starred_only: bool) -> None:
        self.set_class(starred_only, "-starred-only")
        if not self._searching:
            self._start_search()

    def action_toggle_excluded(self) -> None:
        self.show_excluded = not self.show_excluded

    def watch_show_excluded(self) -> None:
        if not self._searching:
            self._start_search()
