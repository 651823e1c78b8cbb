"""How the reader marks the quotes of a document: each quoted span, the current one, who said it."""

from __future__ import annotations

from dataclasses import dataclass, field

from textual.content import Content

from store.models import Paragraph, QuoteHit
from store.safe_text import make_visible, one_line
from tui.panes.common import Highlights, Span, quote_highlights

HIGHLIGHT_STYLE = "bold $text-warning on $warning-muted"
QUOTE_STYLE = "$text-primary"
SPEAKER_STYLE = "italic $text-muted"
CURRENT_SPEAKER_STYLE = "bold italic $text-warning"
UNKNOWN_SPEAKER = "speaker unknown"


@dataclass
class QuoteMarks:
    """A document's quotes in order, which one is current, and other spans to highlight."""

    quotes: list[QuoteHit] = field(default_factory=list)
    current: int | None = None
    highlights: Highlights = field(default_factory=dict)
    """Spans asked for that are not a quote, such as search matches."""

    def __post_init__(self) -> None:
        self.spans: list[Highlights] = [quote_highlights(hit.quote) for hit in self.quotes]

    @classmethod
    def for_request(
        cls, quotes: list[QuoteHit], paragraphs: int, highlights: Highlights
    ) -> QuoteMarks:
        """Marks for a document of `paragraphs` opened with `highlights`: if they are exactly one
        of its quotes, as when the quote finder opens it, that quote is the current one. A quote
        placed beyond the text (a case file edited by hand) is left out."""
        marks = cls(
            [
                hit
                for hit in quotes
                if 0 <= hit.quote.paragraph <= hit.quote.end_paragraph < paragraphs
            ]
        )
        for index, spans in enumerate(marks.spans):
            if spans == highlights:
                marks.current = index
                return marks
        marks.highlights = highlights
        return marks

    def renewed(
        self, quotes: list[QuoteHit], paragraphs: int, current_id: int | None
    ) -> QuoteMarks:
        """Marks for the same document's `quotes` read anew, with these highlights, `current_id`
        current (if it left: the one after it, so that n and N go on from there)."""
        marks = QuoteMarks.for_request(quotes, paragraphs, {})
        marks.highlights = self.highlights
        ids = [hit.quote.id for hit in marks.quotes]
        if current_id in ids:
            marks.current = ids.index(current_id)
        elif self.current is not None and ids:
            marks.current = min(self.current, len(ids) - 1)
        return marks

    @property
    def current_hit(self) -> QuoteHit | None:
        return self.quotes[self.current] if self.current is not None else None

    def step(self, step: int) -> int | None:
        """The quote `step` places from the current one, wrapping around; from none, the first
        (or, going back, the last)."""
        if not self.quotes:
            return None
        if self.current is None:
            return 0 if step > 0 else len(self.quotes) - 1
        return (self.current + step) % len(self.quotes)

    def paragraphs_of(self, index: int | None) -> set[int]:
        return set(self.spans[index]) if index is not None else set()

    def paragraph(self, index: int, paragraph: Paragraph) -> Content:
        """A paragraph as literal text, its quotes marked, the current one and highlights bold."""
        marks: list[tuple[Span, str]] = [
            (span, QUOTE_STYLE) for spans in self.spans for span in spans.get(index, [])
        ]
        marks += [(span, HIGHLIGHT_STYLE) for span in self.highlights.get(index, [])]
        if self.current is not None:
            current = self.spans[self.current].get(index, [])
            marks += [(span, HIGHLIGHT_STYLE) for span in current]
        return marked_text(paragraph.text, marks)

    def speakers(self, index: int) -> Content | None:
        """ "— Speaker" for each quote ending in paragraph `index`, the current one bold, with
        the role the article gives them ("— Mike Pompeo, Secretary of State") and followed by
        how it was attributed (`attribution_note`)."""
        names: dict[str, bool] = {}
        for number, hit in enumerate(self.quotes):
            if hit.quote.end_paragraph == index:
                name = one_line(hit.quote.speaker or "") or UNKNOWN_SPEAKER
                names[name] = names.get(name, False) or number == self.current
        if not names:
            return None
        current_hit = self.current_hit
        role = one_line(current_hit.quote.role or "") if current_hit is not None else ""
        parts = [
            Content.assemble(
                (f"— {name}, {role}", CURRENT_SPEAKER_STYLE)
                if current and role
                else (f"— {name}", CURRENT_SPEAKER_STYLE if current else SPEAKER_STYLE)
            )
            for name, current in names.items()
        ]
        if (
            current_hit is not None
            and current_hit.quote.end_paragraph == index
            and (note := attribution_note(current_hit))
        ):
            parts.append(Content.styled(note, SPEAKER_STYLE))
        return Content("   ").join(parts)


# How a speaker was found, in words (store/quoting/trust.py's paths).
HOW_WORDS = {
    "direct": "named by a verb of saying",
    "layout": "named by the page's layout",
    "chain": "carried from the quote beside it",
    "pronoun": "named through a pronoun",
    "nominal": "named by a role or description",
    "context": "taken from the sentences around the quote",
    "variant": "named by another outlet's report of it",
    "corrected": "corrected by you",
    "added": "added by you",
}
SHOWN_CUE_CHARS = 40


def attribution_note(hit: QuoteHit) -> str | None:
    """(by “she replied in an email”, named by a verb of saying, 90% sure): how the current
    quote's speaker was found, so the reader can judge it; None when nothing says."""
    quote = hit.quote
    if not quote.speaker or not quote.how:
        return None
    cue = one_line(quote.cue or "")
    if len(cue) > SHOWN_CUE_CHARS:
        cue = cue[:SHOWN_CUE_CHARS].rstrip() + "…"
    parts = [f"by “{cue}”"] if cue and quote.how not in ("corrected", "added") else []
    parts.append(HOW_WORDS.get(quote.how, quote.how))
    if quote.confidence is not None and quote.how not in ("corrected", "added"):
        parts.append(f"{round(quote.confidence * 100)}% sure")
    return f"({', '.join(parts)})"


def marked_text(text: str, marks: list[tuple[Span, str]]) -> Content:
    """`text` with control characters made visible and each span styled, later marks on top."""
    visible, offsets = visible_with_offsets(text)
    last = len(text)
    content = Content(visible)
    for (start, end), style in marks:
        content = content.stylize(style, offsets[min(max(0, start), last)], offsets[min(end, last)])
    return content


def visible_with_offsets(text: str) -> tuple[str, list[int]]:
    """`make_visible(text)`, and where each character of `text` (and its end) landed in it: a
    stand-in such as <U+202E> is longer than the character it shows."""
    visible = make_visible(text)
    if len(visible) == len(text):
        return visible, list(range(len(text) + 1))
    offsets: list[int] = []
    position = 0
    for character in text:
        offsets.append(position)
        position += len(make_visible(character))
    offsets.append(position)
    return visible, offsets
