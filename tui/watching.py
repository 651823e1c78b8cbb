"""The app's watch on its case file: what another process (an ingest, `casebrowser annotate`
or `speakers --merge` in another shell) commits while the app is open is shown without a
restart.

Every `CHANGE_CHECK_SECONDS` a thread worker asks the case's `CaseWatch`, whose look costs one
pragma while nothing was committed. New or changed documents reload the case (a new pool for
every pane); a change to the user's findings (stars, notes, tags, review states, speakers
given or merged, quotes added or marked not a quotation) has each pane read its rows again in
place: the documents list, the reader (at the same line), the quote finder, the timeline, and
the speakers list if it is open.

The app's own writes are commits like another process's to the watch. They run in the
`WRITE_GROUP` workers: a check waits while one runs, and as one ends (`CaseWritten`) the watch
looks at once and takes what it finds for the app's own. Another process's change committed
in the same moment (a few milliseconds) is shown at its next change or `ctrl+r`.
"""

from __future__ import annotations

from dataclasses import dataclass

from textual import on, work
from textual.message import Message
from textual.screen import Screen

from store.case import CaseChange, CasePool, CaseWatch
from tui.panes.common import WRITE_GROUP
from tui.panes.documents.pane import DocumentsPane
from tui.panes.quote_speakers import SpeakersScreen
from tui.panes.quotes import QuotesPane
from tui.panes.reader.pane import ReaderPane
from tui.panes.timeline.pane import TimelinePane
from tui.screens.reextract import ReextractScreen

CHANGE_CHECK_SECONDS = 2.0
OWN_WRITES = frozenset({WRITE_GROUP, "absorb"})
RELOADED = "The case file changed on disk: reloaded."
FINDINGS_SHOWN = "The case file changed on disk: stars, notes, speakers and reviews shown anew."


@dataclass
class CaseLooked(Message):
    """What a look at the case for another process's changes found."""

    pool: CasePool
    change: CaseChange
    marker: tuple[object, ...]


class CaseWatching(Screen[None]):
    """The main screen's part in watching the case: it owns `pool` (the panes' case),
    `case_watch` (the watch on it, set as the case opens) and `seen_marker` (the documents it
    shows)."""

    pool: CasePool | None
    case_watch: CaseWatch | None = None
    seen_marker: tuple[object, ...] | None = None

    def start_watching(self) -> None:
        if not self.app.is_headless:
            # Headless runs (tests, screenshots) drive every step themselves; a check firing
            # on its own clock between their steps would only make them timing-dependent.
            self.set_interval(CHANGE_CHECK_SECONDS, self.check_for_changes)

    def open_case(self) -> None:
        """Open the case anew: every pane gets a new pool (the main screen's)."""
        raise NotImplementedError

    def own_write_ended(self) -> None:
        """One of the app's writes ended: the findings the watch finds changed now are the
        app's own."""
        if self.pool is not None and self.case_watch is not None:
            self._absorb(self.pool, self.case_watch)

    @work(thread=True, exit_on_error=False, group="absorb")
    def _absorb(self, pool: CasePool, watch: CaseWatch) -> None:
        # Never exclusive: an own write left for the next look would be news to it. The app
        # never adds documents in these writes: new ones are another process's all the same.
        if watch.look() is CaseChange.DOCUMENTS:
            self.post_message(CaseLooked(pool, CaseChange.DOCUMENTS, watch.marker))

    def check_for_changes(self) -> None:
        """Look, in a thread, for what another process has changed in the case file."""
        if self.has_class("-ingesting") or isinstance(self.app.screen, ReextractScreen):
            return  # the app's own long write: it reloads the case when that ends
        if self.pool is None or self.case_watch is None:
            return
        if any(worker.group in OWN_WRITES for worker in self.app.workers):
            return  # one of the app's writes, or the look that takes it as seen, under way
        self._look(self.pool, self.case_watch)

    @work(thread=True, exclusive=True, exit_on_error=False, group="poll")
    def _look(self, pool: CasePool, watch: CaseWatch) -> None:
        # What the case holds, not the file's size or time: readers and checkpoints touch the
        # files without changing anything.
        change = watch.look()
        if change is not CaseChange.NOTHING:
            self.post_message(CaseLooked(pool, change, watch.marker))

    @on(CaseLooked)
    def _show_change(self, message: CaseLooked) -> None:
        if message.pool is not self.pool or self.has_class("-ingesting"):
            return
        if message.change is CaseChange.DOCUMENTS and message.marker != self.seen_marker:
            self.seen_marker = message.marker
            self.open_case()
            self.notify(RELOADED, markup=False)
        elif message.change is CaseChange.FINDINGS:
            self.show_findings_anew()
            self.notify(FINDINGS_SHOWN, markup=False)

    def show_findings_anew(self) -> None:
        """Each pane reads the user's findings again, where it is."""
        self.query_one(DocumentsPane).refresh_reviews()
        self.query_one(ReaderPane).read_again()
        self.query_one(QuotesPane).quotes_changed()
        self.query_one(TimelinePane).timeline.reload()
        for screen in self.app.screen_stack:
            if isinstance(screen, SpeakersScreen):
                screen.recount()
