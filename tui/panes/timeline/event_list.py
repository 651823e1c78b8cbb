"""The timeline list: every dated event under its year, month and time, painted line by line
from pages of events read only when they come into view."""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import ClassVar

from textual import events, on, work
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive, var
from textual.worker import Worker, WorkerState, get_current_worker

from store.case import CasePool
from store.models import Event, TimelineEntry, TimelineFilter
from tui.panes.common import DocumentRequested, report_failed_worker, row_navigation
from tui.panes.open_when_read import OpenWhenRead
from tui.panes.timeline.layout import TimelineLayout
from tui.panes.timeline.painting import TimelinePainting

PAGE_EVENTS = 50
CACHED_PAGES = 200
# Documents the review excluded, and durations, sets and "now" with no date to count from, are
# left out unless asked for (the pane's X and u).
SHOWN_AT_FIRST = TimelineFilter(hide_excluded=True, hide_unplaceable=True)

PageKey = tuple[int, int]
"""A page of a run of events: the run's block index and the page's number within the run."""


class TimelineList(TimelinePainting, can_focus=True):
    """Headings and events, one line each; only the lines on screen are read and painted."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "timeline-list--year",
        "timeline-list--month",
        "timeline-list--note",
        "timeline-list--when",
        "timeline-list--when-above",
        "timeline-list--unresolved",
        "timeline-list--phrase",
        "timeline-list--published",
        "timeline-list--document",
        "timeline-list--star",
        "timeline-list--cursor",
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        *row_navigation("timeline", "event", first="Earliest event", last="Last event"),
        Binding(
            "enter",
            "open_event",
            "Read",
            id="timeline.open",
            tooltip="Open the event's document in the reader at its sentence",
        ),
    ]

    pool: var[CasePool | None] = var(None)
    shown: var[TimelineFilter] = var(SHOWN_AT_FIRST, init=False)
    """The events listed: the pane's filter text and toggles."""
    timeline: var[TimelineLayout | None] = var(None)
    cursor: reactive[int] = reactive(0)

    # Results carry their `generation`: a new pool, filter or toggle makes them all stale.

    @dataclass
    class TimelineLoaded(Message):
        generation: int
        timeline: TimelineLayout
        shown: TimelineFilter

    @dataclass
    class PagesLoaded(Message):
        generation: int
        pages: dict[PageKey, list[TimelineEntry]]

    @dataclass
    class Highlighted(Message):
        """The event under the cursor, None when there is none."""

        entry: TimelineEntry | None

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.generation = 0
        # The timeline on screen; while a newer one is on its way, no pages are read for it.
        self._shown_generation = 0
        self._pages: OrderedDict[PageKey, list[TimelineEntry]] = OrderedDict()
        self._pending: set[PageKey] = set()
        self._wanted: list[tuple[PageKey, Event, int]] = []
        self._anchor: Event | None = None
        self._announced: TimelineEntry | None = None
        # An enter that came before the event under the cursor was read: opened once it is.
        self._opening = OpenWhenRead(self)
        self._shown_on_screen = SHOWN_AT_FIRST
        """The filter of the timeline on screen."""

    # ---- loading -------------------------------------------------------------------------

    def watch_pool(self) -> None:
        self._reload(keep_place=True)

    def watch_shown(self, old: TimelineFilter, new: TimelineFilter) -> None:
        if replace(old, text=new.text) == new:
            # Typing: wait for a pause before reading half a million events again.
            self._reload(delay=0.2)
        else:
            self._reload(keep_place=True)

    def reload(self) -> None:
        """Read the timeline anew in place: a document was excluded or brought back, a star
        left the starred events."""
        self._reload(keep_place=True)

    def _reload(self, *, delay: float = 0.0, keep_place: bool = False) -> None:
        """Read the times anew; what is on screen stays until they come."""
        self.generation += 1
        self._pending.clear()
        self._wanted.clear()
        self._anchor = self._cursor_time() if keep_place else None
        if self.pool is not None:
            self._load(self.pool, self.generation, self.shown, delay)

    @work(thread=True, exclusive=True, exit_on_error=False, group="timeline")
    def _load(self, pool: CasePool, generation: int, shown: TimelineFilter, delay: float) -> None:
        if delay:
            time.sleep(delay)
            if get_current_worker().is_cancelled:
                return
        layout = TimelineLayout(pool.get().timeline_times(shown))
        self.post_message(self.TimelineLoaded(generation, layout, shown))

    @work(thread=True, exit_on_error=False, group="timeline-pages")
    def _fetch_pages(
        self,
        pool: CasePool,
        generation: int,
        shown: TimelineFilter,
        wanted: list[tuple[PageKey, Event, int]],
    ) -> None:
        case = pool.get()
        pages = {
            key: case.timeline_entries(shown, time=run_time, offset=offset, limit=PAGE_EVENTS)
            for key, run_time, offset in wanted
        }
        self.post_message(self.PagesLoaded(generation, pages))

    @on(TimelineLoaded)
    def _show_timeline(self, message: TimelineLoaded) -> None:
        if message.generation != self.generation:
            message.stop()  # the pane's status line must not hear of it either
            return
        self._pages.clear()
        self._shown_generation = message.generation
        self._shown_on_screen = message.shown
        self.timeline = message.timeline
        self.virtual_size = Size(0, message.timeline.lines)
        cursor = message.timeline.first_event_from(self._anchor) if self._anchor else 0
        self.cursor = cursor
        self.scroll_to(y=message.timeline.heading_top(cursor) if cursor else 0, animate=False)
        self._announce()
        self.refresh()
        self._open_if_asked()

    @on(PagesLoaded)
    def _store_pages(self, message: PagesLoaded) -> None:
        message.stop()
        if message.generation != self.generation:
            return
        for key, entries in message.pages.items():
            self._pending.discard(key)
            self._pages[key] = entries
        while len(self._pages) > CACHED_PAGES:
            self._pages.popitem(last=False)
        self._announce()
        self.refresh()
        self._open_if_asked()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            self._opening.forget()  # what it waited for will not come
        report_failed_worker(self, event, "Could not read the timeline")

    def entry(self, event: int) -> TimelineEntry | None:
        """Event number `event` if its page is here; otherwise starts reading that page."""
        if self.timeline is None or not 0 <= event < self.timeline.events:
            return None
        run_index, run = self.timeline.run_of(event)
        page, offset = divmod(event - run.first_event, PAGE_EVENTS)
        key = (run_index, page)
        entries = self._pages.get(key)
        if entries is not None:
            self._pages.move_to_end(key)
            return entries[offset] if offset < len(entries) else None
        current = self._shown_generation == self.generation
        if current and key not in self._pending and self.pool is not None:
            self._pending.add(key)
            self._wanted.append((key, run.time, page * PAGE_EVENTS))
            if len(self._wanted) == 1:
                # Not from inside a render: one worker reads every page this paint asked for.
                self.call_later(self._fetch_wanted)
        return None

    def _fetch_wanted(self) -> None:
        wanted, self._wanted = self._wanted, []
        if wanted and self.pool is not None:
            self._fetch_pages(self.pool, self.generation, self.shown, wanted)

    def show_star(self, event_id: int, starred: bool) -> None:
        """Mark the event starred or not where it is listed, without reading it again."""
        for entries in self._pages.values():
            for index, entry in enumerate(entries):
                if entry.event.id == event_id:
                    entries[index] = entry.model_copy(update={"starred": starred})
        self._announced = None  # the detail below says it too
        self._announce()
        self.refresh()

    def _cursor_time(self) -> Event | None:
        if self.timeline is None or not self.timeline.events:
            return None
        return self.timeline.run_of(self.cursor)[1].time

    # ---- cursor --------------------------------------------------------------------------

    @property
    def _page_height(self) -> int:
        return max(1, self.scrollable_content_region.height)

    def validate_cursor(self, cursor: int) -> int:
        events = self.timeline.events if self.timeline is not None else 0
        return max(0, min(cursor, events - 1))

    def watch_cursor(self) -> None:
        self._scroll_to_cursor()
        self._announce()

    def on_resize(self) -> None:
        # A list loaded while its pane was hidden had no height to scroll the cursor into:
        # once shown (or resized), the event under the cursor is on screen, so `s` stars what
        # the user sees.
        self._scroll_to_cursor()

    def _scroll_to_cursor(self) -> None:
        if self.timeline is None or not self.timeline.events:
            return
        line = self.timeline.line_of(self.cursor)
        top = round(self.scroll_y)
        if line < top:
            self.scroll_to(y=self.timeline.heading_top(self.cursor), animate=False)
        elif line >= top + self._page_height:
            self.scroll_to(y=line - self._page_height + 1, animate=False)

    def _announce(self) -> None:
        """Tell the pane which event the cursor is on, once it is read."""
        has_events = self.timeline is not None and self.timeline.events > 0
        entry = self.entry(self.cursor) if has_events else None
        if entry is not self._announced and (entry is not None or not has_events):
            self._announced = entry
            self.post_message(self.Highlighted(entry))

    def action_move(self, step: int) -> None:
        self.cursor += step

    def action_page(self, direction: int) -> None:
        if self.timeline is not None and self.timeline.events:
            line = self.timeline.line_of(self.cursor) + direction * self._page_height
            self.cursor = self.timeline.event_near(line)

    def action_jump(self, index: int) -> None:
        events = self.timeline.events if self.timeline is not None else 0
        self.cursor = index if index >= 0 else events - 1

    def action_open_event(self) -> None:
        # While the timeline is read anew (the filter changed) the rows shown are the old
        # timeline's: the enter is for the new one's event under the cursor.
        current = self._shown_generation == self.generation
        entry = self.entry(self.cursor) if current else None
        if entry is None and self._reading():
            self._opening.ask()
            return
        self._opening.forget()
        if entry is not None:
            self._open(entry)

    def _reading(self) -> bool:
        """Whether a timeline or a page of it is on its way."""
        return self._shown_generation != self.generation or bool(self._pending)

    def _open_if_asked(self) -> None:
        """Open the event under the cursor if an enter asked before it was read; forget the
        enter once nothing more is on its way (an empty timeline)."""
        if not self._opening.asked:
            return
        entry = self.entry(self.cursor)
        if entry is not None or not self._reading():
            self._opening.forget()
        if entry is not None:
            self._open(entry)

    def _open(self, entry: TimelineEntry) -> None:
        event = entry.event
        assert event.doc_id is not None
        if event.kind == "published" or event.paragraph < 0 or event.offset < 0:
            self.post_message(DocumentRequested(event.doc_id))
            return
        span = (event.offset, event.offset + len(event.phrase))
        self.post_message(
            DocumentRequested(event.doc_id, event.paragraph, {event.paragraph: [span]})
        )

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None or self.timeline is None:
            return
        clicked = self.timeline.event_at(round(self.scroll_y) + offset.y)
        if clicked is not None:
            self.cursor = clicked
            if event.chain >= 2:
                self.action_open_event()
