"""The casebrowser app: four panes over one case file, each one key away.

A pane plugs in by class: a widget with a `pool` reactive (a `CasePool`, bound from the main
screen; `None` until the case is open, replaced when an ingest changes it) that it reads in thread
workers, posting `DocumentRequested` to have a document shown in the reader. Its bindings with
ids appear in the help screen and the command palette by themselves.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.actions import SkipAction
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.content import Content
from textual.message import Message
from textual.reactive import var
from textual.theme import Theme
from textual.widgets import Header, ProgressBar, Static, TabbedContent, TabPane, Tabs
from textual.worker import Worker

from store import EXTRACTION_VERSION
from store.case import CasePool, CaseWatch, is_read_only
from store.safe_text import one_line
from tui.clipboard import Copied, clipboard_tools, copy_with_tool
from tui.export_commands import ExportActions, ExportCommands
from tui.footer import KeyFooter
from tui.ingesting import AddPagesCommand, IngestActions, StopIngestApp
from tui.panes.common import CaseWritten, DocumentRequested, report_failed_worker
from tui.panes.documents.pane import DocumentsPane
from tui.panes.quote_citing import (
    CitationRequested,
    citation_summary,
    citation_text,
    opening_words,
)
from tui.panes.quote_styles import CitationStyleCommands
from tui.panes.quotes import QuotesPane
from tui.panes.reader.pane import ReaderPane
from tui.panes.reader.quote_edits import QuotesSaved
from tui.panes.review import ReviewChanged
from tui.panes.timeline.pane import TimelinePane
from tui.screen_capture import ScreenshotApp
from tui.screens.help import HelpScreen
from tui.screens.keys import ActionCommands, key_sections
from tui.screens.reextract import ReextractEnded, ReextractScreen
from tui.settings import (
    CitationStyle,
    cycle_csl_style,
    load_settings,
    next_style,
    save_setting,
    style_name,
)
from tui.watching import CaseWatching

PANES = ("documents", "reader", "quotes", "timeline")
SETTLED_AFTER = 1.0  # seconds after start: the case is open and the first screen drawn


@dataclass
class CaseOpened(Message):
    """The case file opened and checked, read-only, ready for the panes."""

    pool: CasePool
    marker: tuple[object, ...]
    watch: CaseWatch
    outdated: int = 0
    """Documents an older extraction stored, which the app offers to extract again."""


class MainScreen(ExportActions, IngestActions, CaseWatching):
    """The four panes in tabs. Panes get the case through their `pool` reactive, bound here;
    the palette's exports come from `ExportActions`, the ingest of a folder opened from
    `IngestActions`, the watch on changes other processes make from `CaseWatching`."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "1",
            "show_pane('documents')",
            "Documents",
            show=False,
            id="app.documents",
            tooltip="Show the documents list",
        ),
        Binding(
            "2",
            "show_pane('reader')",
            "Reader",
            show=False,
            id="app.reader",
            tooltip="Show the reader",
        ),
        Binding(
            "3",
            "show_pane('quotes')",
            "Quotes",
            show=False,
            id="app.quotes",
            tooltip="Show the quotes",
        ),
        Binding(
            "4",
            "show_pane('timeline')",
            "Timeline",
            show=False,
            id="app.timeline",
            tooltip="Show the timeline",
        ),
        Binding(
            "tab",
            "cycle_pane(1)",
            "Next pane",
            show=False,
            id="app.next_pane",
            tooltip="Show the next pane",
        ),
        Binding(
            "shift+tab",
            "cycle_pane(-1)",
            "Previous pane",
            show=False,
            id="app.previous_pane",
            tooltip="Show the previous pane",
        ),
        Binding(
            "ctrl+r",
            "reload_case",
            "Reload",
            show=False,
            id="app.reload",
            tooltip="Read the case file again, with what another process added",
        ),
    ]

    pool: var[CasePool | None] = var(None)

    def __init__(self, case_path: Path, ingest_paths: list[Path]) -> None:
        super().__init__()
        self._reader_wanted = False
        self.case_path = case_path
        self.ingest_paths = ingest_paths

    def compose(self) -> ComposeResult:
        yield Header(icon="≡")  # in every usual terminal font (Textual's "⭘" is in few)
        with TabbedContent(id="panes"):
            with TabPane(Content("1 Documents"), id="documents"):
                yield DocumentsPane().data_bind(MainScreen.pool)
            with TabPane(Content("2 Reader"), id="reader"):
                yield ReaderPane().data_bind(MainScreen.pool)
            with TabPane(Content("3 Quotes"), id="quotes"):
                yield QuotesPane().data_bind(MainScreen.pool)
            with TabPane(Content("4 Timeline"), id="timeline"):
                yield TimelinePane().data_bind(MainScreen.pool)
        with Horizontal(id="ingest"):
            yield Static(id="ingest-label")
            yield ProgressBar(id="ingest-progress", show_eta=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        self.sub_title = one_line(self.case_path.name)
        if is_read_only(self.case_path):
            self.sub_title += " (read-only)"
            self.notify(
                "This case file is read-only: you can read, search and copy, not change it.",
                title="Read-only",
                markup=False,
            )
        # Number keys and tab switch panes, so the tab strip itself needs no focus.
        self.query_one(Tabs).can_focus = False
        self._offered_reextract = False
        self.start_watching()
        if self.ingest_paths:
            self.start_ingest(self.ingest_paths)
        else:
            self.open_case()

    def action_copy_text(self) -> None:
        """ctrl+c with text selected by mouse: copied as a citation is, with the same report."""
        text = self.get_selected_text()
        if not text:
            raise SkipAction()
        app = self.app
        assert isinstance(app, CaseBrowserApp)
        app.copy_text(text, opening_words(text))

    def open_case(self) -> None:
        self._open_case(self.case_path)

    def action_reload_case(self) -> None:
        self._open_case(self.case_path)
        self.notify("Case reloaded.", markup=False)

    @work(thread=True, exclusive=True, exit_on_error=False, group="open")
    def _open_case(self, path: Path) -> None:
        pool = CasePool(path)
        # Fails here, once, on a file that is not a case this version can read.
        outdated = pool.get().count_outdated(EXTRACTION_VERSION)
        watch = CaseWatch(path)
        self.post_message(CaseOpened(pool, watch.marker, watch, outdated))

    @on(CaseOpened)
    def _case_opened(self, message: CaseOpened) -> None:
        if self.pool is not None and self.pool is not message.pool:
            self.pool.close()
        if self.case_watch is not None and self.case_watch is not message.watch:
            self.case_watch.close()
        self.pool = message.pool
        self.seen_marker = message.marker
        self.case_watch = message.watch
        if message.outdated and not self._offered_reextract and not is_read_only(self.case_path):
            self._offer_reextract(message.outdated)

    def _offer_reextract(self, outdated: int) -> None:
        """Ask, once a session, to extract an older case's documents again; never do it
        unasked."""
        self._offered_reextract = True

        def ended(result: ReextractEnded | None) -> None:
            if result is None:
                return
            if result.report is None:
                self.notify(
                    result.error, title="Re-extraction stopped", severity="error", markup=False
                )
            else:
                self.notify(result.report.summary(), title="Re-extraction", markup=False)
            self._open_case(self.case_path)

        self.app.push_screen(ReextractScreen(self.case_path, outdated), ended)

    # ---- panes ---------------------------------------------------------------------------

    def action_show_pane(self, pane: str) -> None:
        # Focused here, with the pane shown, not when TabActivated comes round: a frame
        # between the two would paint the pane unfocused, then again focused.
        self.query_one(TabbedContent).active = pane
        self._focus_pane(pane)

    def action_cycle_pane(self, step: int) -> None:
        current = PANES.index(self.query_one(TabbedContent).active)
        self.action_show_pane(PANES[(current + step) % len(PANES)])

    @on(TabbedContent.TabActivated)
    def _pane_shown(self, event: TabbedContent.TabActivated) -> None:
        # Unless an action already put the focus in the pane (the palette's "Filter" does).
        focused = self.focused
        if event.pane.id and not (focused and event.pane in focused.ancestors):
            self._focus_pane(event.pane.id)

    def _focus_pane(self, pane_id: str) -> None:
        """Focus the pane's widget with the `-pane-focus` class, else its first focusable one,
        or nothing when it has none on show. (A search box on top would take the pane's keys.)"""
        pane = self.query_one(f"TabPane#{pane_id}")
        focusable = [widget for widget in self.focus_chain if pane in widget.ancestors]
        chosen = [widget for widget in focusable if widget.has_class("-pane-focus")]
        # The pane is already active: its Focused message would only come round later and, after
        # a quick key to another pane, take the screen back.
        with self.prevent(TabPane.Focused):
            self.set_focus(next(iter(chosen + focusable), None))

    @on(DocumentRequested)
    def _read_document(self, message: DocumentRequested) -> None:
        reader = self.query_one(ReaderPane)
        # Shown once the document is ready, not before: showing the reader first would paint
        # it twice, with the old document and then with the new one.
        self._reader_wanted = True
        if reader.document is not None and reader.document.id == message.doc_id:
            self._show_reader()
        reader.show_document(message.doc_id, message.paragraph, highlights=message.highlights)

    @on(ReaderPane.Showing)
    def _show_reader(self) -> None:
        if self._reader_wanted:
            self._reader_wanted = False
            self.action_show_pane("reader")

    @on(ReviewChanged)
    def _show_review(self, message: ReviewChanged) -> None:
        self.query_one(DocumentsPane).refresh_reviews()
        self.query_one(ReaderPane).show_review(message)
        if message.excluded_changed:
            self.query_one(TimelinePane).timeline.reload()
            self.query_one(QuotesPane).quotes_changed()

    @on(QuotesSaved)
    def _show_saved_quotes(self) -> None:
        # A quote added or given its speaker in the reader: searched and counted anew.
        self.query_one(QuotesPane).quotes_changed()
        self.query_one(DocumentsPane).table.refresh_rows()

    @on(QuotesPane.QuoteAnnotated)
    def _show_annotated_quote(self, message: QuotesPane.QuoteAnnotated) -> None:
        # Marked not a quotation (or again one) in the quote finder: one quote less (or more)
        # in its document's counts and marks; a new speaker: the reader's speakers line.
        if message.rejection_changed:
            self.query_one(DocumentsPane).table.refresh_rows()
        if message.rejection_changed or message.speaker_changed:
            self.query_one(ReaderPane).reread_quotes()

    @on(ReaderPane.StepRequested)
    def _step_document(self, message: ReaderPane.StepRequested) -> None:
        self.query_one(DocumentsPane).open_neighbour(message.doc_id, message.step)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "open":
            report_failed_worker(self, event, "Could not open the case")


class CaseBrowserApp(StopIngestApp, ScreenshotApp):
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
        self.set_timer(SETTLED_AFTER, set_aside_startup_objects)

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

    # ---- citing and the clipboard --------------------------------------------------------

    def action_cycle_citation_style(self) -> None:
        """The next of the five styles, then the CSL style of the settings, if one is set."""
        csl_style = cycle_csl_style(self.settings)
        self.action_set_citation_style(next_style(self.settings.citation_style, csl_style))

    def action_set_citation_style(self, style: CitationStyle) -> None:
        # A CSL style cycled away from is kept (csl_style), so `c` still reaches it next time.
        csl_style = cycle_csl_style(self.settings)
        self.settings = self.settings.model_copy(
            update={"citation_style": style, "csl_style": csl_style}
        )
        try:
            save_setting("citation_style", style)
            if csl_style is not None:
                save_setting("csl_style", csl_style)
        except (OSError, ValueError) as error:
            self.notify(
                one_line(f"Citation style: {style_name(style)}, for this session only: {error}"),
                severity="warning",
                markup=False,
            )
            return
        self.notify(f"Citation style: {style_name(style)}", markup=False)

    @on(CaseWritten)
    def _own_write_ended(self) -> None:
        # Posted here from any screen (the speakers list writes too); the watch is the main
        # screen's.
        for screen in self.screen_stack:
            if isinstance(screen, MainScreen):
                screen.own_write_ended()

    @on(CitationRequested)
    def _copy_citation(self, message: CitationRequested) -> None:
        style = self.settings.citation_style
        try:
            text = citation_text(message.hit, style)
        except ValueError as error:  # a CSL style citeproc-py cannot follow
            self.notify(one_line(str(error)), severity="error", markup=False)
            return
        self.copy_text(text, citation_summary(message.hit, style))

    def copy_text(self, text: str, what: str) -> None:
        """`text` to the clipboard through the terminal and a system tool; `what` is reported."""
        self.copy_to_clipboard(text)
        self._copy_with_tool(text, what)

    @work(thread=True, exit_on_error=False, group="clipboard")
    def _copy_with_tool(self, text: str, what: str) -> None:
        self.post_message(Copied(what, copy_with_tool(text, clipboard_tools())))

    @on(Copied)
    def _report_copy(self, message: Copied) -> None:
        self.notify(message.report, markup=False)


def set_aside_startup_objects() -> None:
    """Keep what the app has built by now (modules, styles, widgets: ~130k objects, nearly all
    kept for good) out of later garbage collections, each of which would otherwise walk them
    all: full collections took 60-110 ms, long enough to be felt opening a document."""
    gc.collect()
    gc.freeze()


def build_app(case_path: Path, *, ingest_paths: list[Path] | None = None) -> CaseBrowserApp:
    """The app on `case_path`; with `ingest_paths`, those are ingested into it first, in the app."""
    return CaseBrowserApp(case_path, ingest_paths)
