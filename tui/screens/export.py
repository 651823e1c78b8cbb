"""The export dialog: pick a format and where the file goes. One dialog for every export."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option


@dataclass(frozen=True)
class ExportChoice:
    """What the user chose: a format's name and the file to write."""

    fmt: str
    path: Path


class ExportScreen(ModalScreen[ExportChoice | None]):
    """Asks for a format (the list) and a file (the box below, filled in with a free name in
    the current folder that follows the format until the user edits it); Esc changes nothing."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "escape",
            "dismiss(None)",
            "Cancel",
            id="export.cancel",
            tooltip="Close without exporting",
        ),
    ]

    def __init__(
        self,
        title: str,
        formats: Sequence[tuple[str, str]],
        suggest_path: Callable[[str], Path],
    ) -> None:
        """`formats` are (name, what the list says); `suggest_path(name)` the file proposed."""
        super().__init__()
        self.title_text = title
        self.formats = list(formats)
        self.suggest_path = suggest_path
        self._suggested = ""

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog"):
            yield Static(Content(self.title_text), id="export-title")
            yield OptionList(
                *(Option(Content(label), id=name) for name, label in self.formats),
                id="export-formats",
            )
            yield Input(id="export-path", select_on_focus=False)
            yield Static(
                Content("Enter writes the file, Tab edits its name, Esc cancels."),
                id="export-hint",
            )

    def on_mount(self) -> None:
        self.query_one(OptionList).highlighted = 0
        self._suggest(self.formats[0][0])

    @property
    def chosen_format(self) -> str:
        option = self.query_one(OptionList).highlighted_option
        return option.id if option is not None and option.id else self.formats[0][0]

    @on(OptionList.OptionHighlighted)
    def _follow_format(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id is not None:
            self._suggest(event.option.id)

    def _suggest(self, fmt: str) -> None:
        """Propose a file for `fmt`, unless the user has typed a name of their own."""
        box = self.query_one(Input)
        if box.value == self._suggested:
            self._suggested = str(self.suggest_path(fmt))
            box.value = self._suggested
            box.cursor_position = len(box.value)  # ready to edit the name's end

    @on(OptionList.OptionSelected)
    @on(Input.Submitted)
    def _choose(self) -> None:
        typed = self.query_one(Input).value.strip()
        if not typed:
            self.notify("Name the file to write.", severity="warning", markup=False)
            return
        self.dismiss(ExportChoice(self.chosen_format, Path(typed).expanduser().absolute()))
