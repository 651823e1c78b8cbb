"""A quote as the quote list shows it: a few lines of fixed height, its matches marked, who said
it, where and when, the user's star and note. Document text is kept literal (Content)."""

from __future__ import annotations

import datetime as dt

from textual.content import Content

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
NOTE_MARK = "  ✎ "
ELLIPSIS = "…"
TEXT_LINES = 3
"""Lines of a row's text: the quote (two lines, one beside a note), then its details. Every
row has the same height, so a list of a million places each without reading the others."""
MIN_SHOWN_CHARS = 40
LEAD_CHARS = 60  # kept before a match that lies beyond what the lines can show
_SPACES = str.maketrans("\t\n\r", "   ")


def row_lines(hit: QuoteHit, annotation: QuoteAnnotation, width: int) -> list[Content]:
    """`TEXT_LINES` lines of at most `width` cells: the quote wrapped (cut with an ellipsis
    where it does not fit, around its first match), a star before a starred one, then who
    said it, where and when, then the user's note word for word, if any."""
    width = max(width, 8)
    details = [hit_details(hit).truncate(width, ellipsis=True)]
    if annotation.note:
        note = Content.styled(NOTE_MARK + one_line(annotation.note), NOTE_STYLE)
        details.append(note.truncate(width, ellipsis=True))
    room = TEXT_LINES - len(details)
    lines = _wrapped(quote_content(hit, annotation, room * width), width, room)
    blank = [Content()] * (TEXT_LINES - len(lines) - len(details))
    return [*lines, *details, *blank]


def quote_content(hit: QuoteHit, annotation: QuoteAnnotation, shown_chars: int) -> Content:
    """The quote in quotation marks, cut to about `shown_chars` around its first match, with
    its matches marked, and a star before it when starred."""
    excerpt, spans = excerpt_of(hit.quote.text, hit.highlights, max(MIN_SHOWN_CHARS, shown_chars))
    quote = Content(f"“{excerpt}”")
    for start, end in spans:
        quote = quote.stylize(MATCH_STYLE, start + 1, end + 1)  # + 1: the opening mark
    if annotation.starred:
        quote = Content.assemble((STAR, STAR_STYLE), quote)
    return quote


def _wrapped(content: Content, width: int, room: int) -> list[Content]:
    lines = content.wrap(width)
    if len(lines) <= room:
        return lines
    last = lines[room - 1].rstrip()
    if last.cell_length >= width:
        last = last.truncate(width - 1)
    return [*lines[: room - 1], last + ELLIPSIS]


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


def excerpt_of(text: str, highlights: list[Span], shown_chars: int) -> tuple[str, list[Span]]:
    """`text` on one line, control characters visible, cut to about `shown_chars` around its
    first match, with `highlights` moved to match."""
    shown, offsets = _visible(text)
    last = len(text)
    spans = [
        (offsets[min(start, last)], offsets[min(end, last)])
        for start, end in highlights
        if 0 <= start < end
    ]
    if len(shown) <= shown_chars:
        return shown, spans
    first = min((start for start, _end in spans), default=0)
    lead_chars = min(LEAD_CHARS, shown_chars // 3)
    begin = max(0, first - lead_chars) if first + lead_chars > shown_chars else 0
    end = begin + shown_chars
    lead = ELLIPSIS if begin else ""
    cut = f"{lead}{shown[begin:end].rstrip()}{ELLIPSIS}"
    moved = [
        (max(start, begin) - begin + len(lead), min(stop, end) - begin + len(lead))
        for start, stop in spans
        if start < end and stop > begin
    ]
    return cut, moved


def _visible(text: str) -> tuple[str, list[int]]:
    """`text` on one line, controls made visible, with where each character landed."""
    return visible_with_offsets(text.translate(_SPACES))
