"""The cells of a document row: what each column says, cut to its width."""

from __future__ import annotations

from rich.cells import cell_len, set_cell_size

from store.models import DocumentSummary
from store.safe_text import one_line
from store.timex.when import short_estimate

GAP = 2
NARROW = 100
"""Below this many cells the columns close up, so that the title keeps room to be read: at
80 columns the wide layout left it 25 cells, less than most headlines' first words."""


def column_gap(width: int) -> int:
    """Cells between columns: one on a narrow terminal."""
    return GAP if width >= NARROW else 1


def column_widths(width: int) -> tuple[int, int, int, int, int]:
    """Cells for title, source, date, words and quotes; the title takes what is left."""
    if width >= NARROW:
        source = max(8, min(22, width // 5))
        fixed = source + 10 + 8 + 8 + GAP * 5
        return max(10, width - fixed), source, 10, 8, 8  # "Quotes ▲" needs eight cells
    # Narrow: the numbers as wide as their headers with the sort's arrow ("Words ▲"), the
    # source a quarter of what the title and it share.
    shared = width - 10 - 7 - 8 - column_gap(width) * 5
    source = max(8, min(22, shared // 4))
    return max(10, shared - source), source, 10, 7, 8


def fit(text: str, width: int) -> str:
    """`text` padded or cut (with an ellipsis) to exactly `width` cells."""
    if cell_len(text) > width:
        return set_cell_size(text, width - 1) + "…"
    padding = " " * (width - cell_len(text))
    # Left-aligned, numbers too: leading spaces are lost when a screenshot SVG becomes a PNG.
    return text + padding


def row_cells(doc: DocumentSummary, title_width: int = 0) -> tuple[str, str, str, str, str]:
    """A document's cells. A primary says how many copies it stands for and the other outlets
    that printed it, kept in sight within `title_width`; a copy (listed by `is:copy`) says it
    is one."""
    published = doc.published.isoformat() if doc.published else "—"
    if doc.published and doc.published_estimated:
        published = short_estimate(doc.published, doc.published_precision)
    count = len(doc.copies)
    mark = f" · +{count} {'copy' if count == 1 else 'copies'}" if count else ""
    if doc.copy_sources:  # a wire story other outlets printed: named beside the count
        mark += ": " + ", ".join(one_line(source) for source in doc.copy_sources)
    mark = " · copy" if doc.copy_of is not None else mark
    title = one_line(doc.title)
    if mark and cell_len(title) + cell_len(mark) > title_width > cell_len(mark) + 1:
        title = set_cell_size(title, title_width - cell_len(mark) - 1) + "…"
    return (
        title + mark,
        one_line(doc.source or "—"),
        published,
        str(doc.words),
        str(doc.quotes),
    )
