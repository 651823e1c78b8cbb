"""The casebrowser app: four panes over one case file (`tui.main_screen`), each one key away;
global keys, the palette, settings and theme."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import App
from textual.binding import Binding, BindingType
from textual.theme import Theme

from store.safe_text import one_line
from tui.citing import CitingApp
from tui.export_commands import ExportCommands
from tui.heap import settle_heap
from tui.ingesting import AddPagesCommand, StopIngestApp
from tui.key_order import OrderedKeysApp
from tui.main_screen import MainScreen
from tui.panes.common import CaseWritten
from tui.panes.quote_styles import CitationStyleCommands
from tui.screen_capture import ScreenshotApp
from tui.screens.help import HelpScreen
from tui.screens.keys import ActionCommands, key_sections
from tui.settings import load_settings, save_setting

# Seconds after start: the case is open and the first screen drawn. What the app has built by
# then (modules, styles, widgets: ~130k objects, nearly all kept for good) is set aside from
# later collections, each of which would otherwise walk them all: full collections took 60-110
# ms, long enough to be felt opening a document.
SETTLED_AFTER = 1.0


class CaseBrowserApp(OrderedKeysApp, StopIngestApp, ScreenshotApp, CitingApp):
    """Read, search and cite a case file of news articles."""

    CSS_PATH = "casebrowser.tcss"
    TITLE = "casebrowser"
    COMMANDS = App.COMMANDS | {
        ActionCommands,
        AddPagesCommand,
        CitationStyleCommands,
        ExportCommands,
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "question_mark",
            "show_help",
            "Help",
            id="app.help",
            tooltip="List every key, pane by pane",
        ),
        Binding("q", "quit", "Quit", id="app.quit", tooltip="Quit casebrowser"),
        Binding(
            "ctrl+p",
            "command_palette",
            "Commands",
            id="app.commands",
            priority=True,
            show=False,
            tooltip="Find and run any action by name",
        ),
    ]

    def __init__(self, case_path: Path, ingest_paths: list[Path] | None = None) -> None:
        super().__init__()
        self.case_path = case_path
        self.ingest_paths = list(ingest_paths or [])
        self.loaded_settings = load_settings()
        self.settings = self.loaded_settings.settings

    def get_default_screen(self) -> MainScreen:
        return MainScreen(self.case_path, self.ingest_paths)

    def on_mount(self) -> None:
        problems = list(self.loaded_settings.problems)
        theme = self.settings.theme
        if theme is not None and theme not in self.available_themes:
            problems.append(f"theme = {theme!r}: no such theme; the default is used")
            self.settings = self.settings.model_copy(update={"theme": None})
        elif theme is not None:
            self.theme = theme
        self.theme_changed_signal.subscribe(self, self._save_theme)
        if problems:
            lines = "\n".join(one_line(problem) for problem in problems)
            self.notify(lines, title="Settings", severity="warning", markup=False, timeout=10)
        self.set_timer(SETTLED_AFTER, settle_heap)

    def _save_theme(self, theme: Theme) -> None:
        """Keep the theme picked (in the palette's "Change theme") for the next start."""
        if theme.name == self.settings.theme:
            return
        self.settings = self.settings.model_copy(update={"theme": theme.name})
        try:
            save_setting("theme", theme.name)
        except OSError as error:
            self.notify(
                one_line(f"Theme {theme.name}, for this session only: {error}"),
                severity="warning",
                markup=False,
            )

    def action_show_help(self) -> None:
        self.push_screen(HelpScreen(key_sections(self.screen)))

    @on(CaseWritten)
    def _own_write_ended(self) -> None:
        # Posted here from any screen (the speakers list writes too); the watch is the main
        # screen's.
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                screen.own_write_ended()


def build_app(case_path: Path, *, ingest_paths: list[Path] | None = None) -> CaseBrowserApp:
    """The app on `case_path`; with `ingest_paths`, those are ingested into it first, in the app."""
    return CaseBrowserApp(case_path, ingest_paths)
