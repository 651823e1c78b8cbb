"""The timeline pane. For now it sums up the dated mentions; the real timeline replaces this."""

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
from store.models import TimelineEntry
from tui.panes.common import report_failed_worker


def timeline_summary(entries: list[TimelineEntry]) -> str:
    """One sentence on how many dated mentions there are and the span of time they cover."""
    if not entries:
        return "No dated events in this case yet."
    documents = len({entry.event.doc_id for entry in entries})
    starts = [entry.event.start for entry in entries if entry.event.start]
    ends = [entry.event.end or entry.event.start for entry in entries if entry.event.start]
    span = f", from {min(starts)} to {max(ends)}" if starts else ""
    return f"{len(entries):,} dated events in {documents:,} documents{span}."


class TimelinePane(VerticalScroll):
    """How many dated events the case holds and the time they span."""

    pool: var[CasePool | None] = var(None)

    @dataclass
    class TimelineLoaded(Message):
        summary: str

    def compose(self) -> ComposeResult:
        yield Static(Content("Reading the dates…"), id="timeline-summary", classes="summary")

    def watch_pool(self, pool: CasePool | None) -> None:
        if pool is not None:
            self._summarise(pool)

    @work(thread=True, exclusive=True, exit_on_error=False, group="timeline")
    def _summarise(self, pool: CasePool) -> None:
        entries = pool.get().timeline()
        self.post_message(self.TimelineLoaded(timeline_summary(entries)))

    @on(TimelineLoaded)
    def _show_summary(self, message: TimelineLoaded) -> None:
        self.query_one("#timeline-summary", Static).update(Content(message.summary))

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failed_worker(self, event, "Could not read the timeline")
