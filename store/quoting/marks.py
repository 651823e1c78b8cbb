"""Quote marks: pairing them into spans, masking quoted text, finding sentence bounds.

Only double marks delimit quotes. Single curly marks are nested quotes or apostrophes
(don’t, ’90s, Jones’) and telling them apart needs more than a scanner can know, so they are
never taken as delimiters and stay inside the quoted text.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from typing import Literal

from store.models import Paragraph
from store.quoting.lexicon import ABBREVIATIONS

MARK_RE = re.compile('[“”"«»]')
OPENERS = "“«"
CLOSERS = "”»"
# Characters a straight mark can stand next to and still open or close a quote.
_OPEN_AFTER = "([{—–-/"
_CLOSE_BEFORE = ".,;:!?)]}—–-…’'"
_LEADING_SPACE = re.compile(r"\s*")
# Sentence-final punctuation, perhaps inside a closing mark, before a space or the end.
_FINAL_RE = re.compile(r"[.!?](?=[”»\"]?(?:\s|$))")

Ending = Literal["closed", "cut", "open"]


@dataclass
class Segment:
    """A quoted stretch of one paragraph. `end` is exclusive and excludes the closing mark."""

    paragraph: int
    start: int
    end: int
    ending: Ending  # closed by its own mark, cut by the next opening mark, or open at the end


@dataclass
class Span:
    """A quotation: one segment, or several when a quote runs on over paragraphs."""

    segments: list[Segment]

    @property
    def first(self) -> Segment:
        return self.segments[0]

    @property
    def last(self) -> Segment:
        return self.segments[-1]

    def text(self, texts: list[str]) -> str:
        return "\n".join(texts[s.paragraph][s.start : s.end] for s in self.segments)


def _straight_role(text: str, k: int, is_open: bool) -> str | None:
    """Decide whether a straight mark opens or closes, from its neighbours and the state."""
    before = text[k - 1] if k else " "
    after = text[k + 1] if k + 1 < len(text) else " "
    opens = (before.isspace() or before in _OPEN_AFTER) and not after.isspace()
    closes = not before.isspace() and (after.isspace() or after in _CLOSE_BEFORE)
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    return "close" if is_open else ("open" if opens else None)


def _role(text: str, k: int, is_open: bool) -> str | None:
    ch = text[k]
    if ch in OPENERS:
        return "open"
    if ch in CLOSERS:
        return "close"
    return _straight_role(text, k, is_open)


def trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def scan_paragraph(index: int, text: str) -> list[Segment]:
    """Pair the marks of one paragraph in one pass; an opening mark cuts an unclosed quote."""
    segments: list[Segment] = []
    open_at: int | None = None
    for match in MARK_RE.finditer(text):
        k = match.start()
        role = _role(text, k, open_at is not None)
        if role == "open":
            if open_at is not None:
                segments.append(Segment(index, open_at, trim_end(text, open_at, k), "cut"))
            open_at = k + 1
        elif role == "close" and open_at is not None:
            segments.append(Segment(index, open_at, k, "closed"))
            open_at = None
    if open_at is not None:
        segments.append(Segment(index, open_at, trim_end(text, open_at, len(text)), "open"))
    return [s for s in segments if text[s.start : s.end].strip()]


def _opens_paragraph(text: str, segment: Segment) -> bool:
    return segment.start - 1 == _LEADING_SPACE.match(text).end()


def find_spans(paragraphs: list[Paragraph], skip: set[int]) -> list[Span]:
    """Quote spans in document order; a quote left open at a paragraph's end runs on into the
    next paragraph when that one opens with a quote mark (the newspaper convention)."""
    spans: list[Span] = []
    running: Span | None = None
    for index, paragraph in enumerate(paragraphs):
        if paragraph.kind != "text" or index in skip:
            running = None
            continue
        segments = scan_paragraph(index, paragraph.text)
        if running and segments and _opens_paragraph(paragraph.text, segments[0]):
            running.segments.append(segments.pop(0))
        else:
            running = None
        spans.extend(Span([s]) for s in segments)
        last = spans[-1] if spans else None
        ends_open = last and last.last.paragraph == index and last.last.ending == "open"
        running = last if ends_open else None
    return spans


def mask(texts: list[str], spans: list[Span]) -> list[str]:
    """Copies of the paragraphs with quoted words blanked, so they are never read as
    attributions. Offsets are unchanged."""
    cuts: dict[int, list[Segment]] = {}
    for span in spans:
        for segment in span.segments:
            cuts.setdefault(segment.paragraph, []).append(segment)
    masked = list(texts)
    for index, segments in cuts.items():
        text, pieces, at = texts[index], [], 0
        for segment in segments:
            # A quote's final stop still ends the sentence around it ("….” Fahmi added that").
            end = segment.end - (text[segment.end - 1] in ".!?")
            pieces += [text[at : segment.start], " " * (end - segment.start)]
            at = end
        pieces.append(text[at:])
        masked[index] = "".join(pieces)
    return masked


def _closes_sentence(text: str, k: int) -> bool:
    """Does the stop at k end a sentence, rather than an abbreviation ("Dr.") or initial?"""
    if text[k] != ".":
        return True
    word = re.search(r"[\w.]*$", text[max(0, k - 12) : k]).group().lower()
    return not (word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()))


class Sentences:
    """The sentence ends of one paragraph, found once, so each look-up is a bisection."""

    def __init__(self, text: str) -> None:
        self.text = text
        finals = (m.start() for m in _FINAL_RE.finditer(text))
        self.finals = array("q", (k for k in finals if _closes_sentence(text, k)))

    def start(self, pos: int, reach: int = 400) -> int:
        """Start of the sentence holding `pos`, looking back at most `reach` characters."""
        floor = max(0, pos - reach)
        k = bisect_left(self.finals, pos) - 1
        if k < 0 or self.finals[k] < floor:
            return floor
        return _LEADING_SPACE.match(self.text, self.finals[k] + 1).end()

    def end(self, pos: int, reach: int = 400) -> int:
        """End (exclusive) of the sentence holding `pos`, looking ahead at most `reach`."""
        ceiling = min(len(self.text), pos + reach)
        k = bisect_left(self.finals, pos)
        if k == len(self.finals) or self.finals[k] >= ceiling:
            return ceiling
        return self.finals[k] + 1
