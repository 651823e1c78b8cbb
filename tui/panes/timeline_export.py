"""Choosing a format to export the timeline in, and writing the file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import ClassVar, Literal

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from store.models import TimelineEntry
from store.timeline_export import to_csv, to_markdown, to_timelinejs

ExportFormat = Literal["csv", "markdown", "timelinejs"]

# (format, what the list says, file name ending, how the file is made)
FORMATS: tuple[tuple[ExportFormat, str, str, Callable[[list[TimelineEntry]], str]], ...] = (
    ("csv", "CSV, for a spreadsheet", "csv", to_csv),
    ("markdown", "Markdown, for notes", "md", to_markdown),
    ("timelinejs", "TimelineJS, for an interactive web timeline", "timelinejs.json", to_timelinejs),
)


def write_export(
    entries: list[TimelineEntry], export_format: ExportFormat, folder: Path, case_name: str
) -> Path:
    """Write `entries` in `export_format` to a new file in `folder`, never over another one."""
    _format, _label, ending, convert = next(f for f in FORMATS if f[0] == export_format)
    stem = f"{case_name.split('.')[0] or 'case'}-timeline"
    path = folder / f"{stem}.{ending}"
    number = 1
    while path.exists():
        number += 1
        path = folder / f"{stem}-{number}.{ending}"
    path.write_text(convert(entries), encoding="utf-8")
    return path


class TimelineExportScreen(ModalScreen[ExportFormat | None]):
    """Asks which format to export the timeline in; Esc changes nothing."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "dismiss(None)",
            "Cancel",
            id="timeline_export.cancel",
            tooltip="Close without exporting",
        ),
    ]

    def __init__(self, events: int) -> None:
        super().__init__()
        self.events = events

    def compose(self) -> ComposeResult:
        with Vertical(id="timeline-export-dialog"):
            yield Static(
                Content(f"Export the {self.events:,} events shown to a file here, as:"),
                id="timeline-export-title",
            )
            yield OptionList(
                *(Option(Content(label), id=name) for name, label, _ending, _convert in FORMATS),
                id="timeline-export-formats",
            )
            yield Static(Content("Enter writes the file, Esc cancels."), id="timeline-export-hint")

    @on(OptionList.OptionSelected)
    def _choose(self, event: OptionList.OptionSelected) -> None:
        chosen = next(name for name, *_rest in FORMATS if name == event.option.id)
        self.dismiss(chosen)
