"""The reader's article: a document's header, paragraphs and quote speakers in one virtual view.

Each header line, paragraph (or piece of a huge paragraph) and speakers line is a block of the
`TextView`; a block's styles, margins and alignment come from the stylesheet through this
widget's component classes, as the Statics it replaces had them from their classes."""

from __future__ import annotations

from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import pairwise
from typing import ClassVar

from textual.content import Content
from textual.geometry import Spacing
from textual.strip import Strip

from store.models import Document
from store.safe_text import make_visible
from tui.panes.common import Span
from tui.panes.quote_marks import (
    HIGHLIGHT_STYLE,
    QUOTE_STYLE,
    QuoteMarks,
    marked_text,
    visible_with_offsets,
)
from tui.panes.reader.header import header_lines, url_lines
from tui.panes.reader.layout import (
    PIECE_CHARS,
    estimated_lines,
    piece_bounds,
    wrapped_line_count,
)
from tui.panes.reader.view import TextView, selected_range

# Block kinds, kept in a bytearray: a document of 100,000 paragraphs has as many blocks.
HEADER_KINDS = ("title", "meta", "url", "tags", "note", "empty")
TEXT, HEADING, SPEAKERS, END = range(len(HEADER_KINDS), len(HEADER_KINDS) + 4)
KIND_NAMES = (*HEADER_KINDS, "text", "heading", "speakers", "end")
URL_KIND = HEADER_KINDS.index("url")
NO_PARAGRAPH = -1


@dataclass(frozen=True)
class ReadingPlace:
    """Where the reader is in an article, to be found again when its blocks are built anew
    (a quote's speakers line added or gone, a header line changed): the paragraph at the top
    of the view (None: the header), which of its blocks (a huge paragraph is in pieces), and
    how many lines of that block are scrolled past."""

    paragraph: int | None
    piece: int = 0
    lines: int = 0


class ArticleView(TextView):
    """A document's cleaned text at a comfortable width, its quotes marked; `show` fills it."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "reader-article--column",
        *(f"reader-article--{name}" for name in KIND_NAMES),
    }

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.document: Document | None = None
        self.marks = QuoteMarks()
        self._header: list[Content] = []
        self._kinds = bytearray()
        self._owners = array("i")
        self._starts = array("q")
        self._ends = array("q")
        self._gaps = bytearray()
        self._first_block = array("i")
        self._current: set[int] = set()
        self._quote_spans: dict[int, list[tuple[int, Span]]] = {}
        self._length = 0

    # ---- filling ---------------------------------------------------------------------------

    def show(
        self,
        document: Document,
        marks: QuoteMarks,
        note: str | None,
        tags: list[str],
        paragraph: int | None = None,
        *,
        place: ReadingPlace | None = None,
    ) -> None:
        """Show `document` with its quote `marks`, scrolled to `paragraph`, or to `place` (the
        same document read anew), or the top."""
        self.document, self.marks = document, marks
        self._quote_spans = quote_spans_by_paragraph(marks)
        self._build_blocks(document, note, tags)
        self._current = marks.paragraphs_of(marks.current)
        if place is not None and paragraph is None:
            self._go_back_to(place)
            return
        block = self._first_block[paragraph] if paragraph is not None else 0
        self.reset(block if 0 <= block < len(self._kinds) else 0)

    def show_annotations(self, note: str | None, tags: list[str]) -> None:
        """The user's note and tags changed: the header anew, the reading place kept."""
        if self.document is None:
            return
        place = self.reading_place()
        self._build_blocks(self.document, note, tags)
        self._go_back_to(place)

    def reading_place(self) -> ReadingPlace:
        """Where the view is now, to come back to with `show(place=…)`."""
        top = self.top_line()
        if top is None:
            return ReadingPlace(None)
        block, lines = top
        owner = self._owners[block]
        if self._kinds[block] < TEXT or owner == NO_PARAGRAPH:
            return ReadingPlace(None)  # the header, near enough the top to go back there
        return ReadingPlace(owner, block - self._first_block[owner], lines)

    def _go_back_to(self, place: ReadingPlace) -> None:
        if place.paragraph is None or not 0 <= place.paragraph < self.paragraph_count:
            self.reset(0)
            return
        first, following = self._first_block[place.paragraph : place.paragraph + 2]
        block = min(first + place.piece, following - 1)
        self.reset(block, offset=place.lines)

    def show_quotes(self, marks: QuoteMarks, note: str | None, tags: list[str]) -> None:
        """The document's quotes changed (one added or marked not a quotation, a speaker given):
        their marks, speakers and count anew, the reading place kept."""
        self.marks = marks
        self._quote_spans = quote_spans_by_paragraph(marks)
        self._current = marks.paragraphs_of(marks.current)
        self.show_annotations(note, tags)

    def _build_blocks(self, document: Document, note: str | None, tags: list[str]) -> None:
        kinds, owners, starts, ends = bytearray(), array("i"), array("q"), array("q")
        first_block = array("i")
        header = header_lines(document, note, tags, len(self.marks.quotes))
        self._header = [content for _, content in header]
        for number, (name, content) in enumerate(header):
            kinds.append(HEADER_KINDS.index(name))
            owners.append(number)
            starts.append(0)
            ends.append(len(content))
        speaking = {hit.quote.end_paragraph for hit in self.marks.quotes}
        for index, paragraph in enumerate(document.paragraphs):
            kind = HEADING if paragraph.kind == "heading" else TEXT
            first_block.append(len(kinds))
            length = len(paragraph.text)
            bounds = piece_bounds(paragraph.text) if length > PIECE_CHARS else (0, length)
            for start, end in pairwise(bounds):
                kinds.append(kind)
                owners.append(index)
                starts.append(start)
                ends.append(end)
            if index in speaking:
                kinds.append(SPEAKERS)
                owners.append(index)
                starts.append(0)
                ends.append(0)
        first_block.append(len(kinds))
        kinds.append(END)
        owners.append(NO_PARAGRAPH)
        starts.append(0)
        ends.append(0)
        self._kinds, self._owners, self._starts, self._ends = kinds, owners, starts, ends
        self._first_block = first_block
        self._length = sum(len(paragraph.text) for paragraph in document.paragraphs)

    # ---- the blocks, for TextView ------------------------------------------------------------

    def _text_length(self) -> int:
        return self._length

    def _column(self) -> tuple[int, int, Spacing]:
        """Where the column starts in a row, how wide it is, and its padding."""
        styles = self.get_component_styles("reader-article--column")
        widest = int(styles.max_width.value) if styles.max_width is not None else self.row_width
        width = min(widest, self.row_width)
        return (self.row_width - width) // 2, width, styles.padding

    def text_width(self, row_width: int) -> int:
        _, width, padding = self._column()
        return max(1, width - padding.width)

    def estimated_heights(self, width: int) -> Iterable[int]:
        margins = [
            self.get_component_styles(f"reader-article--{name}").margin for name in KIND_NAMES
        ]
        padding = self._column()[2]
        gaps = bytearray(len(self._kinds))
        previous_bottom = padding.top
        for block, kind in enumerate(self._kinds):
            if kind in (TEXT, HEADING) and self._starts[block] > 0:
                continue  # a piece going on from the one before: no gap
            if kind == END:
                gaps[block] = min(255, padding.bottom + previous_bottom)
                break
            # Vertical margins between neighbours collapse to the larger, as in a container.
            gaps[block] = min(255, max(previous_bottom, margins[kind].top))
            previous_bottom = margins[kind].bottom
        self._gaps = gaps
        starts, ends = self._starts, self._ends
        return (
            gap + (0 if kind == END else estimated_lines(end - start, width))
            for gap, kind, start, end in zip(gaps, self._kinds, starts, ends, strict=True)
        )

    def block_gap(self, block: int) -> int:
        return self._gaps[block]

    def block_content(self, block: int) -> Content | None:
        kind, owner = self._kinds[block], self._owners[block]
        if kind < TEXT:
            return self._header[owner]
        if kind == SPEAKERS:
            return self.marks.speakers(owner)
        if kind == END or self.document is None:
            return None
        text = self.document.paragraphs[owner].text
        marks = self._marks_of(owner)
        return piece_content(text, self._starts[block], self._ends[block], marks)

    def _marks_of(self, index: int) -> list[tuple[Span, str]]:
        # The marks QuoteMarks.paragraph gives, in its order, without a pass over every quote.
        spans = self._quote_spans.get(index, [])
        found = [(span, QUOTE_STYLE) for _, span in spans]
        found += [(span, HIGHLIGHT_STYLE) for span in self.marks.highlights.get(index, [])]
        current = self.marks.current
        return found + [(span, HIGHLIGHT_STYLE) for number, span in spans if number == current]

    def block_text(self, block: int) -> str:
        # From the text itself: copying a long selection marks up no paragraph.
        kind = self._kinds[block]
        if kind in (TEXT, HEADING) and self.document is not None:
            text = self.document.paragraphs[self._owners[block]].text
            return make_visible(text[self._starts[block] : self._ends[block]])
        return super().block_text(block)

    def block_lines(self, block: int, width: int) -> int:
        if self._kinds[block] in (TEXT, HEADING):
            return wrapped_line_count(self.block_text(block), width)
        return super().block_lines(block, width)

    def wrap_block(self, block: int, content: Content, width: int) -> list[Content]:
        if self._kinds[block] == URL_KIND:
            return url_lines(content, width)  # at its slashes, not mid-word at the edge
        return super().wrap_block(block, content, width)

    def continues_block(self, block: int) -> bool:
        return self._kinds[block] in (TEXT, HEADING) and self._starts[block] > 0

    def render_block(self, block: int, lines: list[Content], starts: list[int]) -> list[Strip]:
        kind = self._kinds[block]
        name = f"reader-article--{KIND_NAMES[kind]}"
        style = self.get_visual_style(name)
        align = self.get_component_styles(name).text_align
        left, _, padding = self._column()
        left += padding.left
        return [
            self.row(line, style, style, left=left, align=align, origin=(start, block))
            for line, start in zip(lines, starts, strict=True)
        ]

    # ---- quotes ----------------------------------------------------------------------------

    def show_current_quote(self) -> None:
        """The marks' current quote changed: repaint the paragraphs it left and entered."""
        current = self.marks.paragraphs_of(self.marks.current)
        changed, self._current = self._current | current, current
        self.repaint_blocks(
            block
            for index in changed
            for block in range(self._first_block[index], self._first_block[index + 1])
        )

    def scroll_to_paragraph(self, index: int, *, centred: bool = False) -> None:
        if 0 <= index < len(self._first_block) - 1:
            self.bring_into_view(self._first_block[index], centred)

    # ---- what is shown, for the reader and its tests ----------------------------------------

    @property
    def paragraph_count(self) -> int:
        return max(0, len(self._first_block) - 1)

    def paragraph_content(self, index: int) -> Content:
        """Paragraph `index` as painted: literal text, its quote marks and highlights as spans."""
        assert self.document is not None
        text = self.document.paragraphs[index].text
        return piece_content(text, 0, len(text), self._marks_of(index))

    def paragraph_block(self, index: int) -> int:
        """The first block of paragraph `index`: the `y` of its characters' places."""
        return self._first_block[index]

    def paragraph_kind(self, index: int) -> str:
        return KIND_NAMES[self._kinds[self._first_block[index]]]

    def speakers_content(self, index: int) -> Content | None:
        """The speakers line under paragraph `index`, if a quote ends there."""
        block = self._first_block[index + 1] - 1
        return self.block_content(block) if self._kinds[block] == SPEAKERS else None

    def header(self, name: str) -> Content | None:
        """The header line `name` (title, meta, url, tags, note, empty) if it is shown."""
        for block, kind in enumerate(self._kinds[: len(self._header)]):
            if HEADER_KINDS[kind] == name:
                return self._header[self._owners[block]]
        return None

    def current_quote_paragraphs(self) -> list[int]:
        """The paragraphs painted as holding the current quote."""
        return sorted(self._current)

    def paragraph_at_top(self) -> int | None:
        """The paragraph at the view's first line; None above the first paragraph."""
        block = self.top_block()
        if block is None or self._kinds[block] < TEXT or self._kinds[block] == END:
            return None
        return self._owners[block]

    def selected_span(self) -> tuple[int, Span] | None:
        """The paragraph and the characters of its text that the mouse selection covers, when
        they are words of one paragraph of text (not a heading); None otherwise."""
        selection = self.text_selection
        if selection is None or self.document is None:
            return None
        last_block = len(self._kinds) - 1
        first = 0 if selection.start is None else selection.start.y
        last = last_block if selection.end is None else min(selection.end.y, last_block)
        owner, low, high = NO_PARAGRAPH, -1, -1
        for block in range(first, last + 1):
            piece = self.block_text(block)
            chosen = selected_range(selection, block, len(piece))
            if chosen is None or chosen[0] >= chosen[1]:
                continue  # an end of the drag that takes no character here
            if self._kinds[block] != TEXT or owner not in (NO_PARAGRAPH, self._owners[block]):
                return None
            owner = self._owners[block]
            text = self.document.paragraphs[owner].text
            start, end = text_offsets(text[self._starts[block] : self._ends[block]], chosen)
            low = self._starts[block] + start if low < 0 else low
            high = self._starts[block] + end
        return (owner, (low, high)) if owner != NO_PARAGRAPH else None

    def column_span(self) -> tuple[int, int]:
        """The column's first cell in a row and its width, padding included."""
        left, width, _ = self._column()
        return left, width


def piece_content(text: str, start: int, end: int, marks: list[tuple[Span, str]]) -> Content:
    """Characters [start, end) of a paragraph with its `marks` that fall there: a huge paragraph
    is never marked up as a whole."""
    if start == 0 and end == len(text):
        return marked_text(text, marks)
    inside = [
        ((max(low, start) - start, min(high, end) - start), style)
        for (low, high), style in marks
        if low < end and high > start
    ]
    return marked_text(text[start:end], inside)


def text_offsets(text: str, chosen: Span) -> Span:
    """Characters `chosen` of `text` as painted, where a control character is shown as a
    longer stand-in, as offsets in `text` itself; a stand-in partly chosen counts whole."""
    _, offsets = visible_with_offsets(text)
    start = bisect_right(offsets, chosen[0]) - 1
    end = bisect_left(offsets, chosen[1])
    return max(0, start), min(end, len(text))


def quote_spans_by_paragraph(marks: QuoteMarks) -> dict[int, list[tuple[int, Span]]]:
    """(quote number, span) of each quote, by paragraph, in the quotes' order."""
    found: dict[int, list[tuple[int, Span]]] = {}
    for number, spans in enumerate(marks.spans):
        for index, ranges in spans.items():
            found.setdefault(index, []).extend((number, span) for span in ranges)
    return found
