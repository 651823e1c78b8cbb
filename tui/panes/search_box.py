"""A one-line box typed into as results come: Textual's Input without a screen layout a key.

Input keeps its text's width as its virtual size, and Widget declares that size a layout
reactive: every key typed laid the whole screen out again (about a third of a keystroke's time
in the quote finder, measured with 100k quotes). A one-line box scrolls its text itself
(`scroll_to_region` reads the virtual size when the cursor moves, with or without a layout),
so a new width needs a repaint, not a layout.
"""

from __future__ import annotations

from textual.geometry import Size
from textual.reactive import Reactive
from textual.widgets import Input


class SearchBox(Input):
    """An Input whose text width changes repaint it without laying out the screen."""

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)
