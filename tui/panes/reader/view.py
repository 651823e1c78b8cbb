"""The text view the reader's article and raw text are: a `TextLayout` with vi-style keys,
whose text can be selected with the mouse, and which says where in the text it is.

Each painted character carries its place as (character in its block, block), so a selection is
kept in the text's terms and copied from the text itself, wrapped lines joined again, however
much of it has scrolled out of view."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.selection import Selection

from tui.panes.reader.text_layout import TextLayout


class TextView(TextLayout, can_focus=True):
    """Scrolls through blocks a subclass describes, with vi-style keys besides the arrows."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "down,j",
            "scroll_down",
            "Down",
            show=False,
            id="reader.down",
            tooltip="Scroll down a line",
        ),
        Binding("up,k", "scroll_up", "Up", show=False, id="reader.up", tooltip="Scroll up a line"),
        Binding(
            "pagedown,space",
            "page_down",
            "Page down",
            show=False,
            id="reader.page_down",
            tooltip="Scroll down a screen",
        ),
        Binding(
            "pageup",
            "page_up",
            "Page up",
            show=False,
            id="reader.page_up",
            tooltip="Scroll up a screen",
        ),
        Binding(
            "home,g", "scroll_home", "Top", show=False, id="reader.top", tooltip="Scroll to the top"
        ),
        Binding(
            "end,G", "scroll_end", "End", show=False, id="reader.end", tooltip="Scroll to the end"
        ),
    ]

    # ---- selecting with the mouse ---------------------------------------------------------

    def overlaid(self, block: int, content: Content | None) -> Content | None:
        """`content` with the part of it the user has selected shown so."""
        selection = self.text_selection
        if content is None or selection is None:
            return content
        selected = selected_range(selection, block, len(content.plain))
        if selected is None:
            return content
        style = self.screen.get_visual_style("screen--selection")
        return content.stylize(style, *selected)

    def selection_updated(self, selection: Selection | None) -> None:
        self._clear_strips()
        self.refresh()

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The selected text, read from the blocks themselves: a selection may reach far beyond
        what is painted."""
        blocks = len(self._index)
        if not blocks:
            return None
        first = 0 if selection.start is None else selection.start.y
        last = blocks - 1 if selection.end is None else min(selection.end.y, blocks - 1)
        parts: list[str] = []
        for block in range(first, last + 1):
            text = self.block_text(block)
            selected = selected_range(selection, block, len(text))
            if selected is None:
                continue
            if parts:
                parts.append(self._joint(block))
            parts.append(text[slice(*selected)])
        return "".join(parts).strip("\n"), "\n"

    def _joint(self, block: int) -> str:
        """What joins `block`'s text to the block before in copied text."""
        if self.continues_block(block):
            return ""
        return "\n\n" if self.block_gap(block) else "\n"

    # ---- where the view is ------------------------------------------------------------------

    def top_line(self) -> tuple[int, int] | None:
        """The block showing the view's first line, and how many of its lines are above it
        (where it is to be, while the view waits for a size to scroll there)."""
        pending = self._pending
        if pending is not None and not pending.at_end:
            return pending.block, pending.offset or 0
        if not len(self._index):
            return None
        y = round(self.scroll_y)
        block = self._index.locate(y)[0]
        return block, y - self._index.top(block)

    def top_block(self) -> int | None:
        """The block showing the view's first line."""
        if not len(self._index):
            return None
        return self._index.locate(round(self.scroll_y))[0]

    def shown_lines(self) -> list[str]:
        """The text of each line in view, as painted."""
        return [
            self.render_line(y).text.rstrip() for y in range(self.scrollable_content_region.height)
        ]


def selected_range(selection: Selection, block: int, length: int) -> tuple[int, int] | None:
    """The characters of `block` (`length` long) that `selection` takes, if any."""
    span = selection.get_span(block)
    if span is None:
        return None
    start, end = span
    return start, length if end == -1 else end
