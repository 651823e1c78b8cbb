"""The reader's raw text view: the text as it was read, a line a block."""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Sequence
from itertools import pairwise

from textual.content import Content

from store.safe_text import make_visible
from tui.panes.reader.layout import (
    PIECE_CHARS,
    estimated_lines,
    piece_bounds,
    wrapped_line_count,
)
from tui.panes.reader.view import TextView


class RawView(TextView):
    """The raw text as it was read, every control character made visible, one block a line
    (a piece of a line when it is very long)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._text = ""
        self._starts: array[int] = array("q")
        self._ends: array[int] = array("q")

    def show_text(self, text: str) -> None:
        self._text = text
        self._starts, self._ends = line_pieces(text)
        self.reset(0)

    @property
    def text(self) -> str:
        return self._text

    def _text_length(self) -> int:
        return len(self._text)

    def estimated_heights(self, width: int) -> Iterable[int]:
        return (
            estimated_lines(end - start, width)
            for start, end in zip(self._starts, self._ends, strict=True)
        )

    def block_text(self, block: int) -> str:
        # Tabs expanded here, not by wrapping, so a character's place in a row is its place in
        # the text.
        return make_visible(self._text[self._starts[block] : self._ends[block]]).expandtabs()

    def block_content(self, block: int) -> Content | None:
        return Content(self.block_text(block))

    def block_lines(self, block: int, width: int) -> int:
        return wrapped_line_count(self.block_text(block), width)

    def continues_block(self, block: int) -> bool:
        return block > 0 and self._starts[block] == self._ends[block - 1]


def line_pieces(text: str) -> tuple[array[int], array[int]]:
    """Where each line of `text` starts and ends (a long line in pieces): the raw view's blocks."""
    starts, ends = array("q"), array("q")
    start = 0
    while True:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        long = end - start > PIECE_CHARS
        bounds: Sequence[int] = piece_bounds(text[start:end]) if long else (0, end - start)
        for low, high in pairwise(bounds):
            starts.append(start + low)
            ends.append(start + high)
        if end >= len(text):
            return starts, ends
        start = end + 1
