"""Where each block of a long text starts, in wrapped lines, without wrapping all of it.

A block (a paragraph, a piece of a huge paragraph, a line of raw text) starts with an estimated
height that becomes exact once it is measured, which happens only when it comes into view. No
widget here: plain arithmetic the reader's views build on."""

from __future__ import annotations

from array import array
from collections.abc import Iterable

from rich._wrap import divide_line
from textual.content import Content

PIECE_CHARS = 8192
"""A paragraph longer than this is wrapped a piece at a time, so that a 10 MB line of text is
never wrapped (nor held as Strips) as a whole."""

NEAR_BREAK = 256
"""How far back from a piece's end to look for a space to cut after, so words stay whole."""


class LineIndex:
    """The heights of blocks in order, the line each one starts at and the block at a line.

    A Fenwick tree: changing one height and both look-ups cost O(log n), so a document of
    100,000 paragraphs costs nothing per frame however many heights become exact."""

    def __init__(self, heights: Iterable[int]) -> None:
        self._heights = array("q", heights)
        count = len(self._heights)
        tree = array("q", bytes(8 * (count + 1)))
        for position, height in enumerate(self._heights, 1):
            tree[position] += height
            parent = position + (position & -position)
            if parent <= count:
                tree[parent] += tree[position]
        self._tree = tree
        self._step = 1 << (count.bit_length() - 1) if count else 0
        self.total = sum(self._heights)

    def __len__(self) -> int:
        return len(self._heights)

    def height(self, block: int) -> int:
        return self._heights[block]

    def set_height(self, block: int, height: int) -> int:
        """Make `block` `height` lines tall; returns by how much the total changed."""
        delta = height - self._heights[block]
        if delta:
            self._heights[block] = height
            self.total += delta
            tree, position = self._tree, block + 1
            while position < len(tree):
                tree[position] += delta
                position += position & -position
        return delta

    def top(self, block: int) -> int:
        """The line `block` starts at: the heights of the blocks before it."""
        tree, position, line = self._tree, block, 0
        while position > 0:
            line += tree[position]
            position -= position & -position
        return line

    def locate(self, line: int) -> tuple[int, int]:
        """The block showing `line` and the line's offset in it; past the end, the last block
        (or (0, 0) when there are none)."""
        if not self._heights:
            return 0, 0
        line = min(max(0, line), self.total - 1) if self.total else 0
        tree, position, left, step = self._tree, 0, line, self._step
        while step:
            following = position + step
            if following < len(tree) and tree[following] <= left:
                position, left = following, left - tree[following]
            step >>= 1
        return min(position, len(self._heights) - 1), left


def piece_bounds(text: str, size: int = PIECE_CHARS) -> list[int]:
    """Offsets that cut `text` into pieces of at most `size` characters, each after a space when
    there is one near its end: [0, ..., len(text)]; one piece for any ordinary paragraph."""
    bounds = [0]
    while len(text) - bounds[-1] > size:
        end = bounds[-1] + size
        space = text.rfind(" ", max(bounds[-1] + 1, end - NEAR_BREAK), end)
        bounds.append(space + 1 if space > bounds[-1] else end)
    bounds.append(len(text))
    return bounds


def estimated_lines(characters: int, width: int) -> int:
    """Lines a text of `characters` probably wraps to: words leave the end of a line unfilled."""
    usable = max(1, width - 4) if width > 8 else max(1, width)
    return max(1, -(-characters // usable))


def wrapped_line_count(text: str, width: int) -> int:
    """How many lines `Content(text).wrap(width)` gives, without making them: a text's height
    costs a tenth of wrapping it. Styles never move a break, so the plain text is enough."""
    if "\t" in text or "\n" in text:
        # Tabs are expanded and line breaks kept before wrapping: not worth doing twice here.
        return len(Content(text).wrap(width))
    # The same breaks as Content.wrap, which cuts a line at divide_line's offsets.
    return len(divide_line(text, width, fold=True)) + 1
