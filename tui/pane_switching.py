"""Moving between the main screen's panes: number keys and tab show one and focus in it."""

from __future__ import annotations

from typing import ClassVar

from textual import on
from textual.binding import Binding, BindingType
from textual.screen import Screen
from textual.widgets import TabbedContent, TabPane

PANES = ("documents", "reader", "quotes", "timeline")


class PaneSwitching(Screen[None]):
    """A screen of panes in a `TabbedContent`, one `TabPane` a pane named in `PANES`: `1`-`4`
    show one, tab and shift+tab the next or previous, and the pane shown gets the focus."""

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
    ]

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
