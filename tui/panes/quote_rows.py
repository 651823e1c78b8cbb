"""A quote as the quote list shows it: a few lines of fixed height, its matches marked, who said
it (and how far to trust that), where and when, the user's star and note. Document text is kept
literal (Content)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from textual.content import Content

from store.models import Quote, QuoteAnnotation, QuoteHit
from store.publish.cite import MONTHS
from store.publish.speakers import written_out
from store.safe_text import one_line
from tui.panes.common import Span
from tui.panes.quote_marks import visible_with_offsets

MATCH_STYLE = "bold $text-warning"
SPEAKER_STYLE = "bold"
DETAILS_STYLE = "$text-muted"
STAR_STYLE = "bold $text-warning"
NOTE_STYLE = "italic $text-muted"
UNSURE_STYLE = "$text-warning"
REJECTED_STYLE = "strike $text-muted"
STAR = "★ "
NOTE_MARK = "  ✎ "
ELLIPSIS = "…"
CORRECTED_MARK = " (corrected)"
UNSURE_MARK = "?"
REJECTED_LINE = "  ✗ Not a quotation: it leaves the list at the next search (x again undoes it)"
UNSURE_BELOW = 0.8
"""A speaker found by a path right less often than this (store/quoting/trust.py: through a
pronoun, or from the sentences around the quote, about one time in four wrong) is marked unsure."""
TEXT_LINES = 3
"""Lines of a row's text: the quote (two lines, one beside a note), then its details. Every
row has the same height, so a list of a million places each without reading the others."""
MIN_SHOWN_CHARS = 40
LEAD_CHARS = 60  # kept before a match that lies beyond what the lines can show
_SPACES = str.maketrans("\t\n\r", "   ")


def row_lines(hit: QuoteHit, annotation: QuoteAnnotation, width: int) -> list[Content]:
    """`TEXT_LINES` lines of at most `width` cells: the quote wrapped (cut with an ellipsis
    where it does not fit, around its first match), a star before a starred one, then who
    said it, where and when, then the user's note word for word, if any. A quote just
    marked not a quotation is struck through, and says so instead of its note."""
    width = max(width, 8)
    details = [hit_details(hit).truncate(width, ellipsis=True)]
    if annotation.rejected:
        details.append(Content.styled(REJECTED_LINE, DETAILS_STYLE).truncate(width, ellipsis=True))
    elif annotation.note:
        note = Content.styled(NOTE_MARK + one_line(annotation.note), NOTE_STYLE)
        details.append(note.truncate(width, ellipsis=True))
    room = TEXT_LINES - len(details)
    quote = quote_content(hit, annotation, room * width)
    if annotation.rejected:
        quote = quote.stylize_before(REJECTED_STYLE)
    lines = _wrapped(quote, width, room)
    blank = [Content()] * (TEXT_LINES - len(lines) - len(details))
    return [*lines, *details, *blank]


def row_key(hit: QuoteHit, annotation: QuoteAnnotation) -> tuple[object, ...]:
    """Everything of `hit` and `annotation` that `row_lines` reads: rows with equal keys look
    the same, so the list repaints and lays out only rows whose key changed."""
    quote = hit.quote
    return (
        quote.id,
        quote.text,
        quote.speaker,
        quote.role,
        quote.how,
        quote.confidence,
        hit.source,
        hit.doc_title,
        hit.published,
        tuple(hit.highlights),
        annotation.starred,
        annotation.note,
        annotation.rejected,
    )


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
    """— Speaker, Role · Outlet · 13 May 2024; the title stands in for a missing outlet, the
    role is the one the article gives the speaker, if any. A speaker the user gave is followed
    by "(corrected)", one the extractor was unsure of by "?"."""
    speaker = one_line(hit.quote.speaker or "") or "speaker unknown"
    role = one_line(written_out(hit.quote.role or "")) if hit.quote.speaker else ""
    where = one_line(hit.source or "") or f"“{one_line(hit.doc_title)}”"
    details = [where, day_month_year(hit.published)]
    trust = speaker_trust(hit.quote)
    mark = (
        (CORRECTED_MARK, DETAILS_STYLE)
        if trust == "corrected"
        else (UNSURE_MARK, UNSURE_STYLE)
        if trust == "unsure"
        else ("", DETAILS_STYLE)
    )
    return Content.assemble(
        ("  — ", DETAILS_STYLE),
        (speaker, SPEAKER_STYLE),
        mark,
        (f", {role}" if role else "", DETAILS_STYLE),
        (" · " + " · ".join(part for part in details if part), DETAILS_STYLE),
    )


def speaker_trust(quote: Quote) -> Literal["corrected", "unsure"] | None:
    """Whether the quote's speaker is the user's correction, or the extractor's guess by a
    path that is often wrong; None for a speaker found surely, or no speaker."""
    if quote.how == "corrected":
        return "corrected"
    if quote.speaker and quote.confidence is not None and quote.confidence < UNSURE_BELOW:
        return "unsure"
    return None


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
    begin, end = _word_bounds(shown, begin, begin + shown_chars, first)
    lead = ELLIPSIS if begin else ""
    cut = f"{lead}{shown[begin:end].rstrip()}{ELLIPSIS}"
    moved = [
        (max(start, begin) - begin + len(lead), min(stop, end) - begin + len(lead))
        for start, stop in spans
        if start < end and stop > begin
    ]
    return cut, moved


def _word_bounds(shown: str, begin: int, end: int, first: int) -> tuple[int, int]:
    """The cut moved to whole words ("…the promise", not "…eded to"): the start forward to
    the next word, never past the first match, and the end back to the last space, when a
    space lies in the last third of what is shown."""
    if begin and not shown[begin - 1].isspace():
        space = shown.find(" ", begin, first)
        begin = space + 1 if space != -1 else begin
    if end < len(shown) and not shown[end].isspace():
        space = shown.rfind(" ", begin, end)
        end = space if space > begin + 2 * (end - begin) // 3 else end
    return begin, end


def _visible(text: str) -> tuple[str, list[int]]:
    """`text` on one line, controls made visible, with where each character landed."""
    return visible_with_offsets(text.translate(_SPACES))


def only_matches(line: Content) -> Content:
    """`line` plain but for its matches (and the strike of a quote marked not a quotation):
    the row under the cursor, where muted colours are hard to read."""
    plain = Content(line.plain)
    for span in line.spans:
        if span.style == MATCH_STYLE:
            plain = plain.stylize(span.style, span.start, span.end)
        elif span.style == REJECTED_STYLE:
            plain = plain.stylize("strike", span.start, span.end)
    return plain
