"""A one-line box typed into as results come: Textual's Input without a screen layout a key,
and, if asked, with the key's echo painted in the frame that paints its results.

Input keeps its text's width as its virtual size, and Widget declares that size a layout
reactive: every key typed laid the whole screen out again (about a third of a keystroke's time
in the quote finder, measured with 100k quotes). A one-line box scrolls its text itself
(`scroll_to_region` reads the virtual size when the cursor moves, with or without a layout),
so a new width needs a repaint, not a layout.

A key typed is otherwise painted twice: its echo at once, its results in a later frame, no
sooner than Textual's frame interval (1/60 s) after the first, and the echo's frame takes the
main thread (and the GIL) from the search meanwhile. A box that holds paint keeps the app's
frames (`App.batch_update`) from the moment its text changes until `results_shown()`, or
`HOLD_LIMIT_S` at most, so that one frame shows both.
"""

from __future__ import annotations

from contextlib import ExitStack

from textual.geometry import Size
from textual.reactive import Reactive
from textual.timer import Timer
from textual.widgets import Input

HOLD_LIMIT_S = 0.05
"""The longest a key's echo waits for its results: a slow search shows the echo first."""


class SearchBox(Input):
    """An Input whose text width changes repaint it without laying out the screen; with
    `holds_paint`, a change typed into it is painted with its results."""

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)

    def __init__(self, *args: object, holds_paint: bool = False, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.holds_paint = holds_paint
        self._hold = ExitStack()
        self._hold_timer: Timer | None = None

    @property
    def holding(self) -> bool:
        """Whether the app's frames wait for this box's results."""
        return self._hold_timer is not None

    def _watch_value(self, value: str) -> None:
        # Before Input's own watcher posts Changed, so no frame comes between the change and
        # the hold. Only a change made while the box has focus: what the user types.
        if self.holds_paint and self.is_mounted and self.screen.focused is self:
            self._hold_paint()
        super()._watch_value(value)

    def _hold_paint(self) -> None:
        if self._hold_timer is not None:
            return  # held already: the first key's limit stands, so its echo is not delayed
        self._hold.enter_context(self.app.batch_update())
        self._hold_timer = self.set_timer(HOLD_LIMIT_S, self.results_shown, name="paint-hold")

    def results_shown(self) -> None:
        """The results of what was typed are on their widgets: paint them with the echo.
        Safe to call when nothing is held."""
        if self._release():
            self.app.screen.check_idle()  # its frames were skipped while held: paint now

    def _release(self) -> bool:
        timer, self._hold_timer = self._hold_timer, None
        if timer is None:
            return False
        timer.stop()
        self._hold.close()
        return True

    def on_unmount(self) -> None:
        self._release()  # never leave the app's frames held
