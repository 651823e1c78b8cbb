"""The quote finder's results: each quote with its speaker, outlet and date, matches marked."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from store.models import QuoteAnnotation, QuoteHit
from store.publish.cite import MONTHS
from store.safe_text import one_line
from tui.panes.common import Span
from tui.panes.quote_marks import visible_with_offsets

MATCH_STYLE = "bold $text-warning"
SPEAKER_STYLE = "bold"
DETAILS_STYLE = "$text-muted"
STAR_STYLE = "bold $text-warning"
NOTE_STYLE = "italic $text-muted"
STAR = "★ "
SHOWN_CHARS = 300  # of a long quote: the list is for finding it, the reader for reading it
LEAD_CHARS = 60  # kept before a match that lies beyond SHOWN_CHARS
_SPACES = str.maketrans("\t\n\r", "   ")


class QuoteList(OptionList):
    """The quotes found, best first; `enter` asks for the highlighted one in the reader."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(
            "enter",
            "select",
            "Open",
            id="quotes.open",
            tooltip="Open the quote's article in the reader, at the quote",
        ),
    ]

    @dataclass
    class PassedTop(Message):
        """`up` on the first quote: the user is heading for the search box above."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, markup=False)
        self.hits: list[QuoteHit] = []
        self.annotations: dict[int, QuoteAnnotation] = {}

    @property
    def hit(self) -> QuoteHit | None:
        """The highlighted quote."""
        return self.hits[self.highlighted] if self.highlighted is not None else None

    def show_hits(
        self, hits: list[QuoteHit], annotations: dict[int, QuoteAnnotation] | None = None
    ) -> None:
        """List `hits`, with the user's stars and notes, and highlight the first."""
        self.hits = hits
        self.annotations = dict(annotations or {})
        rows: list[Option | None] = []
        for hit in hits:
            row = quote_row(hit, self._annotation(hit))
            rows += [Option(row, id=str(hit.quote.id)), None]  # None: a rule below
        self.set_options(rows)
        self.highlighted = 0 if hits else None

    @property
    def annotation(self) -> QuoteAnnotation:
        """The highlighted quote's star and note."""
        hit = self.hit
        return self._annotation(hit) if hit is not None else QuoteAnnotation()

    def annotate(self, quote_id: int, annotation: QuoteAnnotation) -> None:
        """Show `quote_id`'s new star and note, if it is listed."""
        self.annotations[quote_id] = annotation
        for hit in self.hits:
            if hit.quote.id == quote_id:
                self.replace_option_prompt(str(quote_id), quote_row(hit, annotation))

    def _annotation(self, hit: QuoteHit) -> QuoteAnnotation:
        quote_id = hit.quote.id
        return self.annotations.get(quote_id, QuoteAnnotation()) if quote_id else QuoteAnnotation()

    def highlight_quote(self, quote_id: int) -> bool:
        """Highlight the quote `quote_id` if it is listed; whether it is."""
        for index, hit in enumerate(self.hits):
            if hit.quote.id == quote_id:
                self.highlighted = index
                return True
        return False

    def action_cursor_up(self) -> None:
        if self.highlighted in (None, 0):
            self.post_message(self.PassedTop())
        else:
            super().action_cursor_up()


def quote_row(hit: QuoteHit, annotation: QuoteAnnotation | None = None) -> Content:
    """Two or more lines: the quote with its matches marked, then who said it, where, when;
    a star before a starred quote and the user's note, word for word, below."""
    excerpt, spans = _excerpt(hit.quote.text, hit.highlights)
    quote = Content(f"“{excerpt}”")
    for start, end in spans:
        quote = quote.stylize(MATCH_STYLE, start + 1, end + 1)  # + 1: the opening mark
    if annotation is not None and annotation.starred:
        quote = Content.assemble((STAR, STAR_STYLE), quote)
    row = Content.assemble(quote, "\n", hit_details(hit))
    if annotation is not None and annotation.note:
        row = Content.assemble(row, "\n", ("  ✎ " + one_line(annotation.note), NOTE_STYLE))
    return row


def hit_details(hit: QuoteHit) -> Content:
    """— Speaker · Outlet · 13 May 2024; the title stands in for a missing outlet."""
    speaker = one_line(hit.quote.speaker or "") or "speaker unknown"
    where = one_line(hit.source or "") or f"“{one_line(hit.doc_title)}”"
    details = [where, day_month_year(hit.published)]
    return Content.assemble(
        ("  — ", DETAILS_STYLE),
        (speaker, SPEAKER_STYLE),
        (" · " + " · ".join(part for part in details if part), DETAILS_STYLE),
    )


def day_month_year(day: dt.date | None) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}" if day else ""


def _excerpt(text: str, highlights: list[Span]) -> tuple[str, list[Span]]:
    """`text` on one line, control characters visible, cut to about `SHOWN_CHARS` around its
    first match, with `highlights` moved to match."""
    shown, offsets = _visible(text)
    last = len(text)
    spans = [
        (offsets[min(start, last)], offsets[min(end, last)])
        for start, end in highlights
        if 0 <= start < end
    ]
    if len(shown) <= SHOWN_CHARS:
        return shown, spans
    first = min((start for start, _end in spans), default=0)
    begin = max(0, first - LEAD_CHARS) if first + LEAD_CHARS > SHOWN_CHARS else 0
    end = begin + SHOWN_CHARS
    lead = "…" if begin else ""
    cut = f"{lead}{shown[begin:end].rstrip()}…"
    moved = [
        (max(start, begin) - begin + len(lead), min(stop, end) - begin + len(lead))
        for start, stop in spans
        if start < end and stop > begin
    ]
    return cut, moved


def _visible(text: str) -> tuple[str, list[int]]:
    """`text` on one line, controls made visible, with where each character landed."""
    return visible_with_offsets(text.translate(_SPACES))
