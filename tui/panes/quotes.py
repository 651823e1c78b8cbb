"""The quotes pane. For now it says what the case holds; the quote finder replaces this widget."""

from __future__ import annotations

from dataclasses import dataclass

from textual import on, work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.reactive import var
from textual.widgets import Static
from textual.worker import Worker

from store.case import CasePool
from store.models import Speaker
from store.safe_text import one_line
from tui.panes.common import report_failed_worker

TOP_SPEAKERS = 12


class QuotesPane(VerticalScroll):
    """How many quotes the case holds, and who is quoted most."""

    pool: var[CasePool | None] = var(None)

    @dataclass
    class QuotesCounted(Message):
        quotes: int
        speakers: list[Speaker]

    def compose(self) -> ComposeResult:
        yield Static(Content("Counting quotes…"), id="quotes-summary", classes="summary")
        yield Static(id="quotes-speakers", classes="listing")

    def watch_pool(self, pool: CasePool | None) -> None:
        if pool is not None:
            self._count(pool)

    @work(thread=True, exclusive=True, exit_on_error=False, group="quotes")
    def _count(self, pool: CasePool) -> None:
        case = pool.get()
        self.post_message(self.QuotesCounted(case.count_quotes(), case.speakers()))

    @on(QuotesCounted)
    def _show_count(self, message: QuotesCounted) -> None:
        if message.quotes == 0:
            summary = "No quotes in this case yet."
        else:
            speakers = len(message.speakers)
            summary = f"{message.quotes:,} quotes in this case, {speakers:,} speakers named."
        self.query_one("#quotes-summary", Static).update(Content(summary))
        lines = [
            f"{speaker.quotes:>5}  {one_line(speaker.name)}"
            for speaker in message.speakers[:TOP_SPEAKERS]
        ]
        heading = ["Most quoted:", ""] if lines else []
        self.query_one("#quotes-speakers", Static).update(Content("\n".join(heading + lines)))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failed_worker(self, event, "Could not count the quotes")
