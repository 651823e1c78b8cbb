"""How the quote list paints: what one paint reads of the list, and its rows as strips, kept
for the rows painted lately (a frame repaints the rows whose lines changed, and laying a row out,
wrapping and highlights, costs more than the search that found it)."""

from __future__ import annotations

from collections import OrderedDict
from typing import NamedTuple

from textual.content import Content
from textual.strip import Strip
from textual.style import Style

from store.models import QuoteAnnotation, QuoteHit
from tui.panes.quote_rows import only_matches, row_lines

CACHED_ROWS = 48
"""Rows kept laid out, across searches: a key typed on often lists many of the same rows. A
few screens' worth: each row kept holds its strips and their caches (some thirty objects a
line), which every full garbage collection walks; 400 rows made those collections 20-50 ms,
in the middle of a keystroke."""
INDENT = 1
RULE = "─"

LineKey = tuple[object, ...]


class PaintView(NamedTuple):
    """What every line of one paint reads of the list (`QuoteList._view`): read once a paint,
    not once a line."""

    styles: tuple[Style, Style, Style]  # the list's own, its cursor's, its rules'
    width: int
    top: int  # the first line shown, of all the list's lines
    keys: dict[int, object]  # the rows' keys (`row_key`) read so far, by row


class RowStrips:
    """The strips of the rows and rules painted lately, the oldest dropped past `CACHED_ROWS`."""

    def __init__(self) -> None:
        self._lines: OrderedDict[tuple[object, ...], list[Strip]] = OrderedDict()

    def rule(self, width: int, style: Style) -> Strip:
        key = ("rule", width, style)
        strips = self._lines.get(key)
        if strips is None:
            strips = self._lines[key] = [strip(Content(RULE * (width - 2 * INDENT)), style, width)]
        return strips[0]

    def row(
        self,
        hit: QuoteHit,
        annotation: QuoteAnnotation,
        width: int,
        on_cursor: bool,
        base: Style,
        key: object,
    ) -> list[Strip]:
        """The row's lines as painted (`key`: how it looks, `row_key`)."""
        cache_key = (key, width, on_cursor, base)
        strips = self._lines.get(cache_key)
        if strips is None:
            lines = row_lines(hit, annotation, width - 2 * INDENT)
            if on_cursor:  # muted colours are hard to read on the cursor: only matches (and
                # the strike of a quote marked not a quotation) stand out
                lines = [only_matches(line) for line in lines]
            strips = [strip(line, base, width) for line in lines]
            self._lines[cache_key] = strips
            while len(self._lines) > CACHED_ROWS:
                self._lines.popitem(last=False)
        else:
            self._lines.move_to_end(cache_key)
        return strips


def strip(content: Content, style: Style, width: int) -> Strip:
    """`content` indented and filled to `width` on `style`."""
    segments = (Content(" " * INDENT) + content).render_segments(style)
    return Strip(segments).adjust_cell_length(width, style.rich_style)


def line_runs(lines: list[int]) -> list[tuple[int, int]]:
    """Ascending `lines` as runs of consecutive lines: (first, how many)."""
    runs: list[tuple[int, int]] = []
    for y in lines:
        if runs and runs[-1][0] + runs[-1][1] == y:
            runs[-1] = (runs[-1][0], runs[-1][1] + 1)
        else:
            runs.append((y, 1))
    return runs
