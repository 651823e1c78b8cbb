"""The help screen: every key, by pane, generated from the bindings."""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.screens.keys import KeySection

NAME_WIDTH = 17  # the action's name and a space: "Previous pane" and the like


class KeyTable(Static):
    """Every section's keys in three columns (keys, name, what it does), so that a long
    description wraps under itself, never back under the keys. One widget whose text is laid
    out for its width: a widget a cell (some 400 of them) took seconds to show."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "key-table--section",
        "key-table--key",
        "key-table--name",
        "key-table--what",
    }

    def __init__(self, sections: list[KeySection], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.sections = sections
        self.key_width = 2 + max(
            (cell_len(" ".join(e.keys)) for s in sections for e in s.entries), default=4
        )
        self._laid_out_for = 0

    def on_resize(self) -> None:
        width = self.content_region.width
        if width and width != self._laid_out_for:
            self._laid_out_for = width
            self.update(self.table(width))

    def table(self, width: int) -> Content:
        """The sections laid out in `width` cells."""
        style = self.get_visual_style
        lines: list[Content] = []
        what_width = max(10, width - self.key_width - NAME_WIDTH - 1)  # a cell spare at the end
        for section in self.sections:
            lines += [Content(""), Content(section.title).stylize(style("key-table--section"))]
            for entry in section.entries:
                keys = fit_to(" ".join(entry.keys), self.key_width)
                names = Content(entry.description).wrap(NAME_WIDTH - 1)
                whats = Content(entry.tooltip).wrap(what_width)
                for row in range(max(len(names), len(whats))):
                    name = names[row].plain if row < len(names) else ""
                    what = whats[row].plain if row < len(whats) else ""
                    lines.append(
                        Content.assemble(
                            (keys if row == 0 else " " * self.key_width, style("key-table--key")),
                            (fit_to(name, NAME_WIDTH), style("key-table--name")),
                            (what, style("key-table--what")),
                        )
                    )
        return Content("\n").join(lines[1:])  # no blank line above the first section


def fit_to(text: str, width: int) -> str:
    """`text` padded with spaces to `width` cells (it is never wider)."""
    return text + " " * max(0, width - cell_len(text))


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
        with Vertical(id="help-dialog"):
            yield Static(Content("Keys"), id="help-title")
            with VerticalScroll(id="help-body"):
                yield KeyTable(self.sections, id="help-keys")
            yield Static(
                Content("Esc, q or ? closes this.  Ctrl+P lists every action by name."),
                id="help-hint",
            )
