"""The timeline pane: every dated event in the case, in order, with a filter and a status line."""

from __future__ import annotations

from dataclasses import dataclass
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

from store.case import CasePool
from store.models import TimelineEntry
from store.safe_text import one_line
from store.timex.when import describe_when
from tui.exporting import default_export_path
from tui.panes.common import report_failed_worker
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


def status_text(
    timeline: TimelineLayout,
    text_filter: str,
    show_published: bool,
    show_excluded: bool = False,
    show_unplaceable: bool = False,
) -> str:
    """How many events are shown, over which years, and what the filter, `p`, `X` and `u`
    hide."""
    shown = "shown" if show_published else "hidden"
    if text_filter.strip():
        counted = f"{timeline.events:,} events match “{one_line(text_filter)}”"
    else:
        counted = f"{timeline.events:,} events"
    parts = [counted]
    if timeline.years is not None:
        first, last = timeline.years
        parts.append(str(first) if first == last else f"{first}–{last}")
    if timeline.undated:
        parts.append(f"{timeline.undated:,} undated")
    parts.append(f"publication dates {shown} (p)")
    parts.append(f"excluded {'shown' if show_excluded else 'hidden'} (X)")
    parts.append(f"durations {'shown' if show_unplaceable else 'hidden'} (u)")
    return "  ·  ".join(parts)


def detail_content(entry: TimelineEntry, phrase: Style, document: Style) -> Content:
    """The event under the cursor in full: when, where from, and the whole sentence."""
    event = entry.event
    heading = Content(one_line(describe_when(event))).stylize("bold")
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
            # Priority: handled as it arrives, so the keys typed right after it reach the filter.
            priority=True,
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
        if action == "clear_filter":
            return bool(self.timeline.text_filter) or filtering
        return not filtering  # letters typed in the filter are text, not commands

    def action_focus_filter(self) -> None:
        self.screen.set_focus(self.query_one(Input))  # now, not after the next refresh

    def action_clear_filter(self) -> None:
        self.query_one(Input).value = ""
        self.timeline.focus()

    def action_toggle_published(self) -> None:
        self.timeline.show_published = not self.timeline.show_published
        self._set_status("Reading the timeline…")

    def action_toggle_excluded(self) -> None:
        self.timeline.show_excluded = not self.timeline.show_excluded
        self._set_status("Reading the timeline…")

    def action_toggle_unplaceable(self) -> None:
        self.timeline.show_unplaceable = not self.timeline.show_unplaceable
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
            timeline = self.timeline
            shown = (
                timeline.text_filter,
                timeline.show_published,
                timeline.show_excluded,
                timeline.show_unplaceable,
            )
            self._write(self.pool, choice, *shown)

    @work(thread=True, exclusive=True, exit_on_error=False, group="timeline-export")
    def _write(
        self,
        pool: CasePool,
        choice: ExportChoice,
        text_filter: str,
        published: bool,
        excluded: bool,
        unplaceable: bool,
    ) -> None:
        entries = pool.get().timeline_entries(
            include_published=published,
            text_filter=text_filter,
            hide_excluded=not excluded,
            hide_unplaceable=not unplaceable,
        )
        written = write_entries(entries, choice.fmt, choice.path, pool.path)
        self.post_message(self.TimelineExported(choice.path, written, len(entries) - written))

    @on(TimelineExported)
    def _report_export(self, message: TimelineExported) -> None:
        left_out = f" ({left_out_note(message.left_out)})" if message.left_out else ""
        self.notify(
            f"{message.events:,} events written to {one_line(str(message.path))}{left_out}",
            title="Timeline exported",
            markup=False,
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failed_worker(self, event, "Could not export the timeline")

    @on(Input.Changed, "#timeline-filter")
    def _filter(self, event: Input.Changed) -> None:
        self.timeline.text_filter = event.value
        self._set_status("Filtering…")  # a filter reads every event: on a big case, seconds
        self.refresh_bindings()

    @on(Input.Submitted, "#timeline-filter")
    def _leave_filter(self) -> None:
        self.timeline.focus()

    @on(TimelineList.TimelineLoaded)
    def _show_status(self, message: TimelineList.TimelineLoaded) -> None:
        self._set_status(
            status_text(
                message.timeline,
                message.text_filter,
                message.show_published,
                self.timeline.show_excluded,
                self.timeline.show_unplaceable,
            )
        )

    def _set_status(self, text: str) -> None:
        self.query_one("#timeline-status", Static).update(Content(text))

    @on(TimelineList.Highlighted)
    def _show_detail(self, message: TimelineList.Highlighted) -> None:
        detail = self.query_one("#timeline-detail", Static)
        detail.display = message.entry is not None
        if message.entry is not None:
            # Marked as the list marks them, with its styles from the stylesheet.
            phrase, document = self.timeline.part_styles("phrase", "document")
            detail.update(detail_content(message.entry, phrase, document))
