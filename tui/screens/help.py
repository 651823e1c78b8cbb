"""The help screen: every key, by pane, generated from the bindings."""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.screens.keys import KeyEntry, KeySection


def key_row(entry: KeyEntry, key_width: int) -> Horizontal:
    """One key a row in three columns (keys, name, what it does), so that a long description
    wraps under itself, never back under the keys."""
    keys = Static(Content(" ".join(entry.keys)), classes="help-key")
    keys.styles.width = key_width
    return Horizontal(
        keys,
        Static(Content(entry.description), classes="help-name"),
        Static(Content(entry.tooltip), classes="help-what"),
        classes="help-row",
    )


class HelpScreen(ModalScreen[None]):
    """Lists the keys of the screen below it; Esc, q or ? closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape,q,question_mark", "dismiss", "Close", id="help.close", tooltip="Close the help"
        ),
    ]

    def __init__(self, sections: list[KeySection]) -> None:
        super().__init__()
        self.sections = sections

    def compose(self) -> ComposeResult:
        key_width = 2 + max(
            (cell_len(" ".join(e.keys)) for s in self.sections for e in s.entries), default=4
        )
        with Vertical(id="help-dialog"):
            yield Static(Content("Keys"), id="help-title")
            with VerticalScroll(id="help-body"):
                for section in self.sections:
                    yield Static(Content(section.title), classes="help-section")
                    for entry in section.entries:
                        yield key_row(entry, key_width)
            yield Static(
                Content("Esc, q or ? closes this.  Ctrl+P lists every action by name."),
                id="help-hint",
            )
