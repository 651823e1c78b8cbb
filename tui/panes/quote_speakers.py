"""Who is quoted, and how often: pick a speaker to see only their quotes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import Worker

from store.case import CasePool
from store.models import Speaker
from store.safe_text import one_line
from tui.panes.common import report_failed_worker

SHOWN_SPEAKERS = 500  # a longer list costs its measuring; the filter narrows it


class SpeakersScreen(ModalScreen[str | None]):
    """The case's speakers, most quoted first, filtered as you type; dismissed with the name
    chosen, or None."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "dismiss", "Close", id="speakers.close", tooltip="Close the speakers"),
        Binding(
            "down",
            "focus_list",
            "To the list",
            show=False,
            id="speakers.to_list",
            tooltip="Move from the filter to the list",
        ),
    ]

    @dataclass
    class SpeakersCounted(Message):
        speakers: list[Speaker]

    def __init__(self, pool: CasePool) -> None:
        super().__init__()
        self.pool = pool
        self.speakers: list[Speaker] = []
        self.shown: list[Speaker] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="speakers-dialog"):
            yield Static(Content("Speakers"), id="speakers-title")
            yield Input(placeholder="Type to filter the names", id="speakers-filter")
            yield OptionList(id="speakers-list", markup=False)
            yield Static(Content("Counting…"), id="speakers-hint")

    def on_mount(self) -> None:
        self._count(self.pool)

    @work(thread=True, exclusive=True, exit_on_error=False, group="speakers")
    def _count(self, pool: CasePool) -> None:
        self.post_message(self.SpeakersCounted(pool.get().speakers()))

    @on(SpeakersCounted)
    def _list_counted(self, message: SpeakersCounted) -> None:
        self.speakers = message.speakers
        self._show(self.query_one(Input).value)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        report_failed_worker(self, event, "Could not count the speakers")

    @on(Input.Changed, "#speakers-filter")
    def _filter(self, event: Input.Changed) -> None:
        self._show(event.value)

    def _show(self, text: str) -> None:
        needle = text.casefold().strip()
        matching = [speaker for speaker in self.speakers if needle in speaker.name.casefold()]
        self.shown = matching[:SHOWN_SPEAKERS]
        width = len(f"{self.shown[0].quotes:,}") if self.shown else 0
        self.query_one(OptionList).set_options(
            Option(
                Content.assemble(
                    (f"{speaker.quotes:>{width},}  ", "$text-muted"), one_line(speaker.name)
                )
            )
            for speaker in self.shown
        )
        self.query_one(OptionList).highlighted = 0 if self.shown else None
        self.query_one("#speakers-hint", Static).update(Content(self._hint(len(matching))))

    def _hint(self, matching: int) -> str:
        if not self.speakers:
            return "No speaker is named in this case. Esc closes."
        if not matching:
            return "No speaker's name contains that. Esc closes."
        more = (
            f" (the first {SHOWN_SPEAKERS:,} of {matching:,})" if matching > SHOWN_SPEAKERS else ""
        )
        return f"Enter: their quotes{more}.  Esc: close."

    def action_focus_list(self) -> None:
        self.query_one(OptionList).focus()

    @on(Input.Submitted, "#speakers-filter")
    def _choose_highlighted(self) -> None:
        self._choose(self.query_one(OptionList).highlighted)

    @on(OptionList.OptionSelected, "#speakers-list")
    def _choose_selected(self, event: OptionList.OptionSelected) -> None:
        self._choose(event.option_index)

    def _choose(self, index: int | None) -> None:
        if index is not None and index < len(self.shown):
            self.dismiss(self.shown[index].name)
