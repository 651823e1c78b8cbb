"""Exports from the command palette: quotes, the timeline and document metadata, written by the
code `casebrowser export` runs, so the same choice gives the same file.

`ExportActions` is mixed into the main screen: it asks for a format and a file with the shared
export dialog, writes in a thread worker, shows progress in the screen's progress bar when the
export is large, and says where the file went (or why it could not be written).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from textual import on, work
from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.message import Message
from textual.screen import Screen
from textual.widgets import ProgressBar, Static
from textual.worker import Worker, WorkerState

from store.case import CasePool
from store.safe_text import one_line
from tui.exporting import (
    EXPORT_FORMATS,
    FORMAT_LABELS,
    ExportRequest,
    default_export_path,
    export_text,
    write_new_file,
)
from tui.panes.common import report_failed_worker
from tui.panes.quotes import QuotesPane
from tui.panes.timeline.pane import TimelinePane
from tui.screens.export import ExportChoice, ExportScreen

# (palette command, what it does, export key)
PALETTE_EXPORTS = (
    ("Export quotes: starred", "The starred quotes: Markdown brief, CSV or JSON", "starred"),
    ("Export quotes: all", "Every quote: Markdown brief, CSV or JSON", "quotes"),
    (
        "Export quotes: search results",
        "The quotes the quotes pane's search finds: Markdown brief, CSV or JSON",
        "found",
    ),
    ("Export timeline", "The whole timeline: CSV, Markdown or TimelineJS", "timeline"),
    (
        "Export timeline: starred",
        "The starred events: CSV, Markdown or TimelineJS",
        "starred-timeline",
    ),
    (
        "Export timeline: as filtered",
        "The events the timeline pane shows (its filter, * p X u): CSV, Markdown or TimelineJS",
        "shown-timeline",
    ),
    ("Export document metadata", "Every document's metadata: CSL-JSON or BibTeX", "docs"),
)
# What the suggested file is named after, where it is not simply what is exported.
FILE_NAMES = {
    "starred": "starred-quotes",
    "starred-timeline": "starred-timeline",
    "shown-timeline": "filtered-timeline",
}
QUOTE_LABELS = {"markdown": "Markdown brief: block quotes with citations and your notes"}


def format_label(what: str, fmt: str) -> str:
    """How the export dialog offers `fmt` for `what` is exported: a quotes' Markdown export is
    a brief of block quotes, a timeline's is not."""
    labels = QUOTE_LABELS if what == "quotes" else {}
    return labels.get(fmt, FORMAT_LABELS[fmt])


EXPORT_GROUP = "palette-export"


@dataclass
class ExportProgressed(Message):
    done: int
    total: int
    what: str


@dataclass
class ExportWritten(Message):
    path: Path
    title: str
    left_out: str = ""


class ExportCommands(Provider):
    """The palette's export commands, on a screen that can run them."""

    def _commands(self) -> Iterator[tuple[str, str, str]]:
        if isinstance(self.screen, ExportActions):
            yield from PALETTE_EXPORTS

    async def _choose(self, key: str) -> None:
        screen = self.screen
        if isinstance(screen, ExportActions):
            screen.ask_export(key)

    async def discover(self) -> Hits:
        for name, help_text, key in self._commands():
            yield DiscoveryHit(name, partial(self._choose, key), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for name, help_text, key in self._commands():
            score = matcher.match(name)
            if score > 0:
                yield Hit(
                    score, matcher.highlight(name), partial(self._choose, key), help=help_text
                )


class ExportActions(Screen[None]):
    """Palette exports for a screen with a `pool` and the app's progress bar (`#ingest`)."""

    pool: CasePool | None

    def export_request(self, key: str, fmt: str) -> ExportRequest:
        """What `key` exports in `fmt`, the same request `casebrowser export` would make."""
        # Quotes in CSV and JSON carry citations in the style the user copies them in.
        settings = getattr(self.app, "settings", None)
        citation_style = settings.citation_style if settings is not None else "default"
        if key == "starred":
            return ExportRequest("quotes", fmt, starred=True, style=citation_style)
        if key == "found":
            pane = self.query_one(QuotesPane)
            return ExportRequest(
                "quotes",
                fmt,
                starred=pane.starred_only,
                query=pane.query_text.strip(),
                style=citation_style,
            )
        if key == "quotes":
            return ExportRequest("quotes", fmt, style=citation_style)
        if key == "starred-timeline":
            return ExportRequest("timeline", fmt, starred=True)
        if key == "shown-timeline":
            return ExportRequest(
                "timeline", fmt, events=self.query_one(TimelinePane).timeline.shown
            )
        return ExportRequest("timeline" if key == "timeline" else "docs", fmt)

    def ask_export(self, key: str) -> None:
        pool = self.pool
        if pool is None:
            self.notify("The case is still opening.", markup=False)
            return
        title = next(name for name, _help, command in PALETTE_EXPORTS if command == key)
        what = self.export_request(key, "csv").what
        formats = [(fmt, format_label(what, fmt)) for fmt in EXPORT_FORMATS[what]]
        named = FILE_NAMES.get(key, what)

        def suggest(fmt: str) -> Path:
            return default_export_path(Path.cwd(), pool.path, named, fmt)

        def chosen(choice: ExportChoice | None) -> None:
            if choice is not None:
                self._write_export(pool, self.export_request(key, choice.fmt), choice.path, title)

        self.app.push_screen(ExportScreen(f"{title}, as:", formats, suggest), chosen)

    @work(thread=True, exit_on_error=False, group=EXPORT_GROUP)
    def _write_export(self, pool: CasePool, request: ExportRequest, path: Path, title: str) -> None:
        def progress(done: int, total: int, what: str) -> None:
            self.post_message(ExportProgressed(done, total, what))

        exported = export_text(pool.get(), request, progress)
        write_new_file(path, exported.text)
        self.post_message(ExportWritten(path, title, exported.left_out))

    @on(ExportProgressed)
    def _show_export_progress(self, message: ExportProgressed) -> None:
        if self.has_class("-ingesting"):
            return  # the bar is the ingest's: the notice at the end is enough
        self.add_class("-exporting")
        label = f"Exporting {message.what} {message.done:,}/{message.total:,}"
        self.query_one("#ingest-label", Static).update(Content(label))
        self.query_one(ProgressBar).update(total=message.total, progress=message.done)

    @on(ExportWritten)
    def _report_export(self, message: ExportWritten) -> None:
        self.remove_class("-exporting")
        self.notify(
            f"Written to {one_line(str(message.path))}"
            + (f"\n{message.left_out}" if message.left_out else ""),
            title=one_line(message.title),
            markup=False,
            timeout=8,
        )

    @on(Worker.StateChanged)
    def _export_failed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == EXPORT_GROUP and event.state == WorkerState.ERROR:
            self.remove_class("-exporting")
            report_failed_worker(self, event, "Could not export")
