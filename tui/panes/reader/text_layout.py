"""A virtual text view: blocks of text wrapped to the width only as they come into view.

One widget paints a document of any size through the Line API (`render_line`), as Toolong's log
view does: the reader's article and its raw text are both built on it (through `TextView`). A
block's height is an estimate until the block is first shown; scrolling keeps what is on screen
still when an estimate above it turns exact."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from dataclasses import dataclass

from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.content import Content
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from tui.panes.reader.layout import LineIndex

CACHED_LINES = 3000
"""Wrapped lines kept as Strips: the window and a margin around it, not the whole text."""

MEASURE_ALL_UP_TO = 60_000
"""A text of up to this many characters is wrapped whole when shown, so its scrollbar and ends
are exact from the first frame; a longer one is measured as it is read."""


@dataclass(frozen=True)
class Place:
    """A place to scroll to: a block (at its text, or at a line `offset` into it), or the end."""

    block: int
    offset: int | None = None
    centred: bool = False
    at_end: bool = False


class TextLayout(ScrollView):
    """Lays out, paints and scrolls through blocks a subclass describes."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._index = LineIndex([])
        self._exact = bytearray()
        self._strips: OrderedDict[int, list[Strip]] = OrderedDict()
        self._cached_lines = 0
        self._row_width = 0
        self._wrap_width = 1
        """`text_width(row_width)`, asked once a layout: it reads the stylesheet."""
        self._pending: Place | None = None
        """Where to scroll once the view has a size."""

    # ---- what a subclass says about its blocks ----------------------------------------------

    def text_width(self, row_width: int) -> int:
        """The width text wraps to in a row `row_width` cells wide."""
        return row_width

    def estimated_heights(self, width: int) -> Iterable[int]:
        """Each block's height (blank lines before it included) before it is wrapped."""
        return ()

    def block_gap(self, block: int) -> int:
        """Blank lines before `block`."""
        return 0

    def block_content(self, block: int) -> Content | None:
        """`block` as painted, before wrapping; None for a block with no text."""
        return None

    def block_text(self, block: int) -> str:
        """The plain text of `block_content(block)`, for copying and measuring; subclasses make
        it cheaper."""
        content = self.block_content(block)
        return "" if content is None else content.plain

    def continues_block(self, block: int) -> bool:
        """Whether `block` goes on with the text of the block before (a piece of a long line)."""
        return False

    def render_block(self, block: int, lines: list[Content], starts: list[int]) -> list[Strip]:
        """Rows for `block`'s wrapped `lines` (starting at `starts` in its text), each
        `self.row_width` wide."""
        style = self.visual_style
        return [
            self.row(line, style, style, origin=(start, block))
            for line, start in zip(lines, starts, strict=True)
        ]

    def block_lines(self, block: int, width: int) -> int:
        """How many lines `block` wraps to at `width`; subclasses count from `block_text`."""
        content = self.block_content(block)
        return 0 if content is None else len(self.wrap_block(block, content, width))

    def wrap_block(self, block: int, content: Content, width: int) -> list[Content]:
        """`content` of `block` as lines of `width`: at spaces, by default; a subclass may
        break a block elsewhere (a URL at its slashes). Never drops a character but spaces."""
        return content.wrap(width)

    # ---- layout ---------------------------------------------------------------------------

    def overlaid(self, block: int, content: Content | None) -> Content | None:
        """`content` of `block` with what is painted over it (`TextView`: the selection)."""
        return content

    @property
    def row_width(self) -> int:
        return self._row_width

    @property
    def cached_lines(self) -> int:
        """Wrapped lines held as Strips: the window and a margin, whatever the text's length."""
        return self._cached_lines

    def reset(
        self, block: int | None = None, *, centred: bool = False, offset: int | None = None
    ) -> None:
        """Lay the blocks out anew (new text or width), then bring `block` into view (with
        `offset`: that line of it at the top)."""
        self._pending = Place(block or 0, offset, centred=centred)
        self._row_width = 0
        self._relayout()

    def _relayout(self) -> None:
        row_width = self.scrollable_content_region.width
        if row_width <= 0:
            return  # not laid out yet: on_resize comes back here
        place = self._pending or self._place()
        self._pending = None
        self._row_width = row_width
        width = self._wrap_width = self.text_width(row_width)
        self._index = LineIndex(self.estimated_heights(width))
        self._exact = bytearray(len(self._index))
        self._clear_strips()
        if self._text_length() <= MEASURE_ALL_UP_TO:
            for block in range(len(self._index)):
                self._measure(block)
        self._sync_virtual_size()
        if place.at_end:
            self.action_scroll_end()
        else:
            self.bring_into_view(place.block, place.centred, offset=place.offset)
        # New text of the same height, at the same place (a header's review state), moves
        # nothing that would repaint the view: the lines painted before would stay.
        self.refresh()

    def _text_length(self) -> int:
        """Characters in the whole text, to choose between wrapping it all and on demand."""
        return 0

    def _place(self) -> Place:
        """Where the view is now, to come back to after a relayout."""
        # From the text's length, not max_scroll_y: that may count a scrollbar being resized.
        last_top = self._index.total - self.container_size.height
        if last_top > 0 and round(self.scroll_y) >= last_top:
            return Place(0, at_end=True)
        block, offset = self._index.locate(round(self.scroll_y))
        return Place(block, offset)

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        resized = super()._size_updated(size, virtual_size, container_size, layout)
        # In the layout pass itself, before the frame is painted: laid out on the Resize event
        # that follows, a view just shown (the reader switched to) would paint a blank frame.
        self._check_width()
        return resized

    def watch_show_vertical_scrollbar(self) -> None:
        # A scrollbar that comes or goes changes the width the text has.
        self.call_later(self._check_width)

    def _check_width(self) -> None:
        if self.scrollable_content_region.width != self._row_width:
            self._relayout()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._clear_strips()  # focus or a new theme: other colours

    def _sync_virtual_size(self) -> None:
        size = Size(self._row_width, self._index.total)
        if size != self.virtual_size:
            self.virtual_size = size

    # ---- measuring and painting -----------------------------------------------------------

    def _measure(self, block: int) -> None:
        if not self._exact[block]:
            lines = self.block_lines(block, self._wrap_width)
            self._exact[block] = 1
            self._index.set_height(block, self.block_gap(block) + lines)

    def measure_lines(self, first: int, count: int) -> None:
        """Make the heights of the blocks showing lines [first, first + count) exact."""
        index, line = self._index, max(0, first)
        while line < first + count and line < index.total:
            block, offset = index.locate(line)
            if not self._exact[block]:
                self._measure(block)
                continue  # the same line may now be in another block
            line += index.height(block) - offset
        self._sync_virtual_size()

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        self.measure_lines(round(new_value), self.scrollable_content_region.height)
        super().watch_scroll_y(old_value, new_value)

    def render_line(self, y: int) -> Strip:
        line = round(self.scroll_y) + y
        if line >= self._index.total or not self._row_width:
            return Strip.blank(self.size.width, self._blank_style())
        block, offset = self._index.locate(line)
        strips = self._block_strips(block)
        if offset < len(strips):
            return strips[offset]
        return Strip.blank(self._row_width, self._blank_style())

    def _block_strips(self, block: int) -> list[Strip]:
        if (strips := self._strips.get(block)) is not None:
            self._strips.move_to_end(block)
            return strips
        content = self.overlaid(block, self.block_content(block))
        lines = [] if content is None else self.wrap_block(block, content, self._wrap_width)
        if not self._exact[block]:
            # Shown before it was measured (it cannot be, bar a race with a resize): fix it up.
            self._exact[block] = 1
            self._index.set_height(block, self.block_gap(block) + len(lines))
            self.call_later(self._sync_virtual_size)
        blank = Strip.blank(self._row_width, self._blank_style())
        starts = wrapped_starts("" if content is None else content.plain, lines)
        strips = [blank] * self.block_gap(block) + self.render_block(block, lines, starts)
        self._strips[block] = strips
        self._cached_lines += len(strips)
        while self._cached_lines > CACHED_LINES and len(self._strips) > 1:
            _, dropped = self._strips.popitem(last=False)
            self._cached_lines -= len(dropped)
        return strips

    def _clear_strips(self) -> None:
        self._strips.clear()
        self._cached_lines = 0

    def repaint_blocks(self, blocks: Iterable[int]) -> None:
        """Paint `blocks` anew (their styles changed, not their text)."""
        for block in blocks:
            if (dropped := self._strips.pop(block, None)) is not None:
                self._cached_lines -= len(dropped)
        self.refresh()

    def _blank_style(self) -> RichStyle:
        # Background only, as Textual paints padding and margins.
        return self.visual_style.background_style.rich_style

    def row(
        self,
        line: Content,
        text_style: Style,
        fill: Style,
        *,
        origin: tuple[int, int],
        left: int = 0,
        align: str = "left",
    ) -> Strip:
        """A row: `left` blank cells, `line` aligned on `fill` across the text width, then blank
        to the row's end. Each character carries its place, counted from `origin` (the line's
        first character in its block, the block), for selecting with the mouse."""
        base = self._blank_style()
        width = self._wrap_width
        spare = max(0, width - line.cell_length)
        segments = [Segment(" " * left, base)] if left else []
        if align == "right" and spare:
            segments.append(Segment(" " * spare, fill.background_style.rich_style))
        parse = self.app.stylesheet.parse_style
        column, block = origin
        for text, style in line.render(text_style, end="", parse_style=parse):
            segments.append(
                Segment(text, (text_style + style).rich_style_with_offset(column, block))
            )
            column += len(text)
        if align != "right" and spare:
            segments.append(Segment(" " * spare, fill.background_style.rich_style))
        used = left + width
        if used < self._row_width:
            segments.append(Segment(" " * (self._row_width - used), base))
        return Strip(segments, max(used, self._row_width))

    # ---- selecting with the mouse ---------------------------------------------------------

    # ---- moving ---------------------------------------------------------------------------

    def bring_into_view(
        self, block: int, centred: bool = False, *, offset: int | None = None
    ) -> None:
        """Scroll so `block`'s text starts the view (or sits in its middle): its blank lines
        above are scrolled past. With `offset`, that line of the block starts the view."""
        if not self._row_width:
            self._pending = Place(block, offset, centred)
            return
        if not len(self._index):
            self.scroll_to(y=0, animate=False, force=True)
            return
        block = min(block, len(self._index) - 1)
        height = self.scrollable_content_region.height
        self.measure_lines(self._index.top(block), height * 2)
        first = self._index.top(block) + self.block_gap(block)
        if centred:
            lines = self._index.height(block) - self.block_gap(block)
            first -= max(0, (height - lines) // 2)
        if offset is not None:
            first = self._index.top(block) + min(offset, self._index.height(block) - 1)
        elif block == 0:
            first = 0  # the top of the text, blank lines and all
        self.scroll_to(y=max(0, first), animate=False, force=True)

    def action_scroll_end(self) -> None:
        # Measure the last screen first, so the end is the real end, not an estimate of it.
        height = self.scrollable_content_region.height
        self.measure_lines(self._index.total - height * 2, height * 2)
        self.scroll_to(y=self.max_scroll_y, animate=False, force=True)

    def action_scroll_home(self) -> None:
        self.scroll_to(y=0, animate=False, force=True)


def wrapped_starts(text: str, lines: list[Content]) -> list[int]:
    """Where each of `lines`, `text` wrapped, starts in it: wrapping drops only the spaces it
    breaks at."""
    starts: list[int] = []
    position = 0
    for line in lines:
        plain = line.plain
        found = text.find(plain, position) if plain else -1
        if found >= 0:
            position = found
        starts.append(position)
        position += len(plain)
    return starts
