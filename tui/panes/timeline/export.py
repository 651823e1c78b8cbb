"""Exporting the timeline pane's events: the shared export dialog, with the timeline's formats."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Literal

from store.models import TimelineEntry
from tui.exporting import (
    DATED_ONLY_FORMATS,
    EXPORT_FORMATS,
    FORMAT_LABELS,
    case_title,
    default_export_path,
    left_out_note,
    timeline_text,
    timeline_written,
    write_new_file,
)
from tui.screens.export import ExportChoice, ExportScreen
from tui.wording import counted

ExportFormat = Literal["csv", "markdown", "timelinejs"]
FORMATS = [(fmt, FORMAT_LABELS[fmt]) for fmt in EXPORT_FORMATS["timeline"]]

__all__ = [
    "ExportChoice",
    "TimelineExportScreen",
    "format_choices",
    "left_out_note",
    "write_entries",
    "write_export",
]


def write_entries(entries: list[TimelineEntry], fmt: str, path: Path, case_path: Path) -> int:
    """`entries` in `fmt` to the new file `path`, as `casebrowser export timeline` writes them;
    returns how many events the file holds."""
    write_new_file(path, timeline_text(entries, fmt, title=case_title(case_path)))
    return len(timeline_written(entries, fmt))


def format_choices(events: int, undated: int) -> list[tuple[str, str]]:
    """The formats as the dialog lists them, each saying how many of the events it writes."""
    choices = []
    for fmt, label in FORMATS:
        if fmt in DATED_ONLY_FORMATS and undated:
            label = f"{label}: {counted(events - undated, 'event')} ({left_out_note(undated)})"
        choices.append((fmt, label))
    return choices


def write_export(
    entries: list[TimelineEntry], export_format: ExportFormat, folder: Path, case_name: str
) -> Path:
    """Write `entries` in `export_format` to a new file in `folder`, never over another one."""
    path = default_export_path(folder, Path(case_name), "timeline", export_format)
    write_entries(entries, export_format, path, Path(case_name))
    return path


class TimelineExportScreen(ExportScreen):
    """The export dialog for the events the timeline shows."""

    def __init__(self, events: int, undated: int, suggest_path: Callable[[str], Path]) -> None:
        super().__init__(
            f"Export the {counted(events, 'event')} shown, as:",
            format_choices(events, undated),
            suggest_path=suggest_path,
        )
