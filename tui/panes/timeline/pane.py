"""The timeline pane: every dated event in the case, in order, with a filter and a status line."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.reactive import var
from textual.style import Style
from textual.widgets import Input, Static
from textual.worker import Worker

from store.case import Case, CasePool
from store.models import TimelineEntry, TimelineFilter
from store.safe_text import one_line
from store.timex.when import describe_when
from tui.exporting import default_export_path
from tui.panes.common import WRITE_GROUP, report_failed_worker, report_failed_write
from tui.panes.search_box import SearchBox
from tui.panes.timeline.event_list import TimelineList
from tui.panes.timeline.export import (
    ExportChoice,
    TimelineExportScreen,
    left_out_note,
    write_entries,
)
from tui.panes.timeline.layout import TimelineLayout
from tui.panes.timeline.text import SPACES, document_label, sentence_content
from tui.wording import counted, verb


def status_text(timeline: TimelineLayout, shown: TimelineFilter) -> str:
    """How many events are shown, over which years, and what the filter, `*`, `p`, `X` and `u`
    hide."""
    events = counted(timeline.events, "starred event" if shown.starred_only else "event")
    if shown.text.strip():
        events += f" {verb(timeline.events, 'matches', 'match')} “{one_line(shown.text)}”"
    parts = [events]
    if timeline.years is not None:
        first, last = timeline.years
        parts.append(str(first) if first == last else f"{first}–{last}")
    if timeline.undated:
        parts.append(f"{timeline.undated:,} undated")
    if shown.starred_only:
        parts.append("starred only (*)")
    parts.append(f"publication dates {_said(shown.include_published)} (p)")
    parts.append(f"excluded {_said(not shown.hide_excluded)} (X)")
    parts.append(f"durations {_said(not shown.hide_unplaceable)} (u)")
    return "  ·  ".join(parts)


def _said(shown: bool) -> str:
    return "shown" if shown else "hidden"


def detail_content(entry: TimelineEntry, phrase: Style, document: Style) -> Content:
    """The event under the cursor in full: when, where from, and the whole sentence."""
    event = entry.event
    heading = Content(one_line(describe_when(event))).stylize("bold")
    if entry.starred:
        heading = Content("★ ").stylize("bold $text-warning") + heading
    source = Content(f"  ·  {document_label(entry)}").stylize(document).stylize(SPACES, 0, 2)
    if event.kind == "published":
        body = Content("The day the document was published.")
    else:
        body = sentence_content(event, phrase)
    return heading + source + Content("\n") + body


class TimelinePane(Vertical):
    """The case's dated events, year by year: filter them, hide publication dates, and open one
    in the reader at its sentence."""

    # In order of importance: a narrow footer drops keys from the end (the help lists them all).
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "slash",
            "focus_filter",
            "Filter",
            id="timeline.filter",
            tooltip="Filter the events by sentence, title or outlet as you type",
        ),
        Binding(
            "s",
            "toggle_star",
            "Star",
            id="timeline.star",
            tooltip="Star the event, or unstar it (saved in the case file; exports can take the"
            " starred events alone)",
        ),
        Binding(
            "asterisk",
            "toggle_starred",
            "Starred",
            id="timeline.starred",
            tooltip="Show only the starred events, or every event again",
        ),
        Binding(
            "p",
            "toggle_published",
            "Publications",
            id="timeline.published",
            tooltip="Hide or show the documents' publication dates among the events",
        ),
        Binding(
            "X",
            "toggle_excluded",
            "Excluded",
            id="timeline.excluded",
            tooltip="Show or hide the events of documents excluded from the review (hidden at"
            " first)",
        ),
        Binding(
            "u",
            "toggle_unplaceable",
            "Durations",
            id="timeline.unplaceable",
            tooltip="Show or hide durations, repeated times and words such as “now” that no"
            " date anchors (hidden at first)",
        ),
        Binding(
            "e",
            "export_timeline",
            "Export",
            id="timeline.export",
            tooltip="Write the events shown to a file here: CSV, Markdown or TimelineJS",
        ),
        Binding(
            "down,up",
            "focus_list",
            "To the list",
            show=False,
            id="timeline.to_list",
            tooltip="Move from the filter to the events listed",
        ),
        Binding(
            "escape",
            "clear_filter",
            "Clear filter",
            id="timeline.clear_filter",
            tooltip="Clear the filter and go back to the timeline",
        ),
    ]

    pool: var[CasePool | None] = var(None)

    @dataclass
    class TimelineExported(Message):
        path: Path
        events: int
        """How many the file holds."""
        left_out: int = 0
        """Events shown that the format cannot hold (TimelineJS: the undated)."""

    @dataclass
    class EventStarred(Message):
        """An event's star was saved in the case file (or taken away)."""

        event_id: int
        starred: bool

    def compose(self) -> ComposeResult:
        # Focus goes to the top-left widget first: the list, not the filter below it.
        yield TimelineList(id="timeline-list").data_bind(TimelinePane.pool)
        yield Static(id="timeline-detail")
        yield SearchBox(placeholder="/ to filter by text, document or outlet", id="timeline-filter")
        yield Static(Content("Opening the case…"), id="timeline-status")

    @property
    def timeline(self) -> TimelineList:
        return self.query_one(TimelineList)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        filtering = self.query_one(Input).has_focus
        if action == "focus_filter":
            return not filtering  # then "/" is typed into the filter
        if action == "focus_list":
            return filtering  # else the list's own up and down move its cursor
        if action == "clear_filter":
            return bool(self.timeline.shown.text) or filtering
        if action == "toggle_star":
            return (not filtering and self._entry() is not None) or None
        return not filtering  # letters typed in the filter are text, not commands

    def action_focus_filter(self) -> None:
        self.screen.set_focus(self.query_one(Input))  # now, not after the next refresh

    def action_focus_list(self) -> None:
        # Now, not after the next refresh: an enter sent with the down reaches the list.
        self.screen.set_focus(self.timeline)

    def action_clear_filter(self) -> None:
        self.query_one(Input).value = ""
        self.screen.set_focus(self.timeline)

    def _entry(self) -> TimelineEntry | None:
        """The event under the cursor, once it is read."""
        return self.timeline.entry(self.timeline.cursor)

    def action_toggle_star(self) -> None:
        entry = self._entry()
        if entry is not None and entry.event.id is not None:
            self._star(entry.event.id, not entry.starred)

    @work(thread=True, exit_on_error=False, group=WRITE_GROUP)
    def _star(self, event_id: int, starred: bool) -> None:
        with Case(self.app.case_path) as case:  # type: ignore[attr-defined]
            case.star_event(event_id, starred)
        self.post_message(self.EventStarred(event_id, starred))

    @on(EventStarred)
    def _show_star(self, message: EventStarred) -> None:
        self.timeline.show_star(message.event_id, message.starred)
        if self.timeline.shown.starred_only and not message.starred:
            self.timeline.reload()  # it leaves the starred events

    def action_toggle_starred(self) -> None:
        shown = self.timeline.shown
        self._show(replace(shown, starred_only=not shown.starred_only))

    def action_toggle_published(self) -> None:
        shown = self.timeline.shown
        self._show(replace(shown, include_published=not shown.include_published))

    def action_toggle_excluded(self) -> None:
        shown = self.timeline.shown
        self._show(replace(shown, hide_excluded=not shown.hide_excluded))

    def action_toggle_unplaceable(self) -> None:
        shown = self.timeline.shown
        self._show(replace(shown, hide_unplaceable=not shown.hide_unplaceable))

    def _show(self, shown: TimelineFilter) -> None:
        self.timeline.shown = shown
        self._set_status("Reading the timeline…")

    def action_export_timeline(self) -> None:
        timeline = self.timeline.timeline
        if timeline is None or not timeline.events:
            self.notify("No events to export.", markup=False)
            return
        pool = self.pool
        if pool is None:
            return

        def suggest(fmt: str) -> Path:
            return default_export_path(Path.cwd(), pool.path, "timeline", fmt)

        screen = TimelineExportScreen(timeline.events, timeline.undated, suggest)
        self.app.push_screen(screen, self._export)

    def _export(self, choice: ExportChoice | None) -> None:
        if choice is not None and self.pool is not None:
            self._write(self.pool, choice, self.timeline.shown)

    @work(thread=True, exclusive=True, exit_on_error=False, group="timeline-export")
    def _write(self, pool: CasePool, choice: ExportChoice, shown: TimelineFilter) -> None:
        entries = pool.get().timeline_entries(shown)
        written = write_entries(entries, choice.fmt, choice.path, pool.path)
        self.post_message(self.TimelineExported(choice.path, written, len(entries) - written))

    @on(TimelineExported)
    def _report_export(self, message: TimelineExported) -> None:
        left_out = f" ({left_out_note(message.left_out)})" if message.left_out else ""
        self.notify(
            f"{counted(message.events, 'event')} written to {one_line(str(message.path))}"
            f"{left_out}",
            title="Timeline exported",
            markup=False,
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == WRITE_GROUP:
            report_failed_write(self, event, "Could not save the star")
        else:
            report_failed_worker(self, event, "Could not export the timeline")

    @on(Input.Changed, "#timeline-filter")
    def _filter(self, event: Input.Changed) -> None:
        self.timeline.shown = replace(self.timeline.shown, text=event.value)
        self._set_status("Filtering…")  # a filter reads every event: on a big case, seconds
        self.refresh_bindings()

    @on(Input.Submitted, "#timeline-filter")
    def _leave_filter(self) -> None:
        self.screen.set_focus(self.timeline)  # now: a key sent with the enter reaches the list

    @on(TimelineList.TimelineLoaded)
    def _show_status(self, message: TimelineList.TimelineLoaded) -> None:
        self._set_status(status_text(message.timeline, message.shown))

    def _set_status(self, text: str) -> None:
        self.query_one("#timeline-status", Static).update(Content(text))

    @on(TimelineList.Highlighted)
    def _show_detail(self, message: TimelineList.Highlighted) -> None:
        self.refresh_bindings()  # s stars the event under the cursor, if there is one
        detail = self.query_one("#timeline-detail", Static)
        detail.display = message.entry is not None
        if message.entry is not None:
            # Marked as the list marks them, with its styles from the stylesheet.
            phrase, document = self.timeline.part_styles("phrase", "document")
            detail.update(detail_content(message.entry, phrase, document))
