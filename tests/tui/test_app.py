"""The app as a whole: panes, global keys, help, the command palette, ingest and quitting."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from textual.binding import Binding
from textual.command import CommandPalette
from textual.message import Message
from textual.widgets import Input, Static, TabbedContent

from tests.tui.conftest import notices, screen_lines, wait_for_palette
from tui.app import CaseBrowserApp, build_app
from tui.footer import KeyFooter
from tui.ingesting import StopIngestApp
from tui.main_screen import MainScreen
from tui.pane_switching import PaneSwitching
from tui.panes.documents.pane import DocumentsPane
from tui.panes.documents.table import DocumentTable
from tui.panes.note_editor import NoteEditor
from tui.panes.quote_list import QuoteList
from tui.panes.quotes import QuotesPane
from tui.panes.reader.pane import ReaderPane
from tui.panes.reader.view import TextView
from tui.panes.timeline.event_list import TimelineList
from tui.panes.timeline.export import TimelineExportScreen
from tui.panes.timeline.pane import TimelinePane
from tui.screens.export import ExportScreen
from tui.screens.help import HelpScreen
from tui.screens.keys import key_sections
from tui.screenshots import settle

SIZE = (120, 40)
OUR_CLASSES = [
    CaseBrowserApp,
    StopIngestApp,
    MainScreen,
    PaneSwitching,
    DocumentsPane,
    DocumentTable,
    ReaderPane,
    TextView,
    QuotesPane,
    QuoteList,
    TimelinePane,
    TimelineList,
    TimelineExportScreen,
    ExportScreen,
    NoteEditor,
    HelpScreen,
]
NAVIGATION_ACTIONS = ("move", "page", "jump", "scroll_", "page_", "show_pane", "cycle_pane")


def own_bindings(cls: type) -> list[Binding]:
    """The bindings a class declares itself, not those it inherits from Textual's widgets."""
    return cls.__dict__.get("BINDINGS", [])


def active_pane(app: CaseBrowserApp) -> str:
    return app.query_one(TabbedContent).active


@pytest.mark.parametrize("cls", OUR_CLASSES, ids=lambda cls: cls.__name__)
def test_every_binding_is_described_rebindable_and_explained(cls: type) -> None:
    for binding in own_bindings(cls):
        assert isinstance(binding, Binding)
        assert binding.description and binding.id and binding.tooltip, binding
        if binding.action.startswith(NAVIGATION_ACTIONS):
            assert not binding.show, binding


def test_no_binding_uses_keys_terminals_take() -> None:
    taken = {"ctrl+s", "ctrl+j", "ctrl+o", "ctrl+n"}
    for cls in OUR_CLASSES:
        for binding in own_bindings(cls):
            assert not taken & set(binding.key.split(",")), binding


async def test_number_keys_and_tab_switch_panes(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert active_pane(app) == "documents"
        for key, pane in (("2", "reader"), ("3", "quotes"), ("4", "timeline"), ("1", "documents")):
            await pilot.press(key)
            assert active_pane(app) == pane
        await pilot.press("tab")
        assert active_pane(app) == "reader"
        await pilot.press("tab", "tab", "tab")
        assert active_pane(app) == "documents"
        await pilot.press("shift+tab")
        assert active_pane(app) == "timeline"
        assert isinstance(app.focused, TimelineList)
        await pilot.press("shift+tab")
        assert active_pane(app) == "quotes"
        assert isinstance(app.focused, QuoteList)  # not the search box above it
        await pilot.press("1")
        assert isinstance(app.focused, DocumentTable)


def footer_text(app: CaseBrowserApp) -> str:
    footer = app.screen.query_one(KeyFooter)
    return "".join(segment.text for segment in footer.render_line(0))


async def test_the_footer_follows_the_pane_and_keeps_the_palette_at_the_right(
    case_path: Path,
) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        documents = footer_text(app)
        assert " / Filter " in documents and " s Sort " in documents
        assert documents.rstrip().endswith("^p Commands")
        assert len(documents) == SIZE[0]
        await pilot.press("4")
        await settle(pilot)
        timeline = footer_text(app)
        assert " s Sort " not in timeline and timeline.rstrip().endswith("^p Commands")
        await pilot.press("1")
        await settle(pilot)
        assert footer_text(app) == documents


async def test_a_click_on_a_footer_key_presses_it(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        footer = app.screen.query_one(KeyFooter)
        line = footer_text(app)
        await pilot.hover(footer, offset=(line.index(" s Sort ") + 1, 0))
        assert footer.tooltip == "Sort by the next column: title, source, date, words, quotes"
        await pilot.click(footer, offset=(line.index(" ? Help ") + 1, 0))
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)


async def test_tab_leaves_the_filter_for_the_next_pane(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash", "x", "tab")
        assert active_pane(app) == "reader"
        assert not isinstance(app.focused, Input)


async def test_help_lists_every_binding_and_closes(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        listed = {entry.binding_id for section in app.screen.sections for entry in section.entries}
        declared = {
            binding.id
            for cls in OUR_CLASSES
            if cls not in (HelpScreen, TimelineExportScreen, ExportScreen, NoteEditor)  # modals
            for binding in own_bindings(cls)
        }
        assert listed == declared
        text = " ".join(str(static.render()) for static in app.screen.query(Static))
        for words in ("Everywhere", "1 Documents", "2 Reader", "Sort", "Raw text", "home g"):
            assert words in text
        await pilot.press("q")  # closes the help, does not quit
        assert app.is_running and isinstance(app.screen, MainScreen)
        for close in ("escape", "question_mark"):
            await pilot.press("question_mark", close)
            assert isinstance(app.screen, MainScreen)


async def test_help_wraps_a_long_description_under_the_description(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=(60, 30)) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        inside = [line.split("│")[1] for line in screen_lines(app) if line.count("│") >= 2]
        [row] = [y for y, line in enumerate(inside) if "Reload" in line]
        name, column = inside[row].index("Reload"), inside[row].index("Read the")
        assert inside[row][:name].strip() == "^r"  # the key, in its own column
        # "Read the case file again, with what another process added" does not fit in 60.
        # Its lines up to the next row, which has a key in the first column.
        wrapped = list(itertools.takewhile(lambda line: not line[:name].strip(), inside[row + 1 :]))
        assert wrapped and "added" in wrapped[-1]
        for line in wrapped:  # each continuation starts under the description, not the keys
            assert line[:column].strip() == "" and line[column] != " ", line


async def test_a_keymap_rebinds_keys_and_the_help_follows(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.set_keymap({"documents.sort": "o"})
        await pilot.press("o")
        await settle(pilot)
        assert app.query_one(DocumentsPane).list_query.sort == "words"
        sections = key_sections(app.screen)
        sort = next(e for s in sections for e in s.entries if e.binding_id == "documents.sort")
        assert sort.keys == ["o"]


async def test_the_palette_lists_and_runs_the_actions(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        assert isinstance(app.screen, CommandPalette)
        await pilot.press(*"raw text")
        await wait_for_palette(pilot, "Reader: Raw text")
        await pilot.press("escape")  # the palette has nothing to run with no document open
        await pilot.press("enter")  # open the first document
        await settle(pilot)
        await pilot.press("1", "ctrl+p", *"Documents: Reverse")
        await wait_for_palette(pilot, "Documents: Reverse")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen)
        assert app.query_one(DocumentsPane).list_query.descending
        await pilot.press("2", "ctrl+p", *"Reader: Raw text")
        await wait_for_palette(pilot, "Reader: Raw text")
        await pilot.press("enter")
        await pilot.pause()
        assert app.query_one(ReaderPane).show_raw


async def test_a_palette_action_shows_its_pane_first(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("4", "ctrl+p", *"Documents: Filter")
        await wait_for_palette(pilot, "Documents: Filter")
        await pilot.press("enter")
        await pilot.pause()
        assert active_pane(app) == "documents"
        assert isinstance(app.focused, Input)


async def test_q_quits(case_path: Path) -> None:
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running
    assert app.return_code == 0


async def test_a_folder_is_ingested_in_the_app(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for number in range(3):
        (folder / f"story-{number}.md").write_text(
            f"---\ntitle: Story {number}\nsource: The Gazette\npublished: 2024-0{number + 1}-02\n"
            f"---\n\nThe council met on Tuesday to discuss story {number}.\n"
        )
    (folder / "broken.html").write_bytes(b"\x00\x01\x02" * 10)
    case_path = tmp_path / "articles.case.db"
    messages: list[Message] = []
    app = build_app(case_path, ingest_paths=[folder])
    async with app.run_test(size=SIZE, message_hook=messages.append) as pilot:
        await settle(pilot)
        await settle(pilot)
        table = app.query_one(DocumentsPane).table
        assert table.total == 3
        assert not app.screen.has_class("-ingesting")
    finished = [n for n in notices(messages) if n.title == "Ingest finished"]
    assert len(finished) == 1
    assert finished[0].message.startswith("3 added")
    assert not finished[0].markup


async def test_a_pane_chosen_before_the_last_one_showed_keeps_the_keys(case_path: Path) -> None:
    """On a big case a pane's shown message can arrive after the next key chose another pane:
    the pane chosen last keeps the screen and the focus."""
    app = build_app(case_path)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen)
        screen.action_show_pane("timeline")
        screen.action_show_pane("quotes")  # before the timeline's TabActivated is handled
        await settle(pilot)
        assert active_pane(app) == "quotes"
        assert app.focused is not None
        assert app.query_one(QuotesPane) in app.focused.ancestors
