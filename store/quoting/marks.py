"""Quote marks: pairing them into spans, masking quoted text, finding sentence bounds.

Double marks delimit quotes; single curly marks inside them are nested quotes or apostrophes
(don’t, ’90s, Jones’) and stay inside the quoted text. An article that quotes mostly in
‘single’ marks (the British way) has them the other way round: there a ’ closes a quote only
where it cannot be an apostrophe (not between letters), and after punctuation (“,’ he said”)
rather than at a plural possessive (“the Joneses’ plans”) when both come before the next ‘.
"""

from __future__ import annotations

import re
from array import array
from bisect import bisect_left
from dataclasses import dataclass
from typing import Literal

from store.models import Paragraph
from store.quoting.lexicon import ABBREVIATIONS
from store.quoting.unclosed import cue_inside

DOUBLE_MARKS = '“”"«»'
MARK_RE = re.compile(f"[{DOUBLE_MARKS}]")
SINGLE_MARK_RE = re.compile("[‘’]")
# Where the words after a quote stop being its attribution: the next quote's mark.
NEXT_QUOTE_RE = re.compile('[“”"«»‘]')
OPENERS = "“«"
CLOSERS = "”»"
MARKS_ENDING_A_SENTENCE = CLOSERS + '"’'  # as in: It is over.” / It is over.’
# Characters a straight mark can stand next to and still open or close a quote.
_OPEN_AFTER = "([{—–-/"
_CLOSE_BEFORE = ".,;:!?)]}—–-…’'"
_SINGLE_CLOSE_AFTER = ",.!?…"
_SINGLE_CLOSE_BEFORE = ".,;:!?)]}—–-…"
_LEADING_SPACE = re.compile(r"\s*")
# Sentence-final punctuation, perhaps inside a closing mark, before a space or the end; not
# a quote's own "!" or "?" that its sentence goes on after in lower case ('She declared “What
# a night!” and said …').
_FINAL_RE = re.compile(r"[.!?](?=[”»\"’]?(?:\s|$))(?![”»\"’]\s+[a-z])")
_LAST_WORD_RE = re.compile(r"[\w.]*$")
# Initials ("G.K." in "Rep. G.K. Butterfield"): single letters with stops, no sentence end.
_INITIALS_RE = re.compile(r"(?:[a-z]\.)+[a-z]")
# A transcript turn: an upper-case speaker and a colon ("PENCE: …", "MR. HOLT: …").
TRANSCRIPT_SPEAKER = (
    r"(?:(?:MR|MRS|MS|DR|SEN|REP|GOV)\.?\s+)?[A-Z][A-Z’'.-]+(?:\s+[A-Z][A-Z’'.-]+){0,2}"
)
TRANSCRIPT_TURN_RE = re.compile(TRANSCRIPT_SPEAKER + r":\s")

# Where a quotation's text leaves out the cue that interrupted it ("…,” she said, “…"): its
# parts are joined by this (store/quoting/interrupted.py).
ELISION = " … "

Ending = Literal["closed", "cut", "open"]


def spoken_parts(text: str) -> list[str]:
    """The parts of a quote's text that stood in quote marks apart: the whole text unless its
    cue was left out between them."""
    return text.split(ELISION) if ELISION in text else [text]


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
        return "close" if is_open and _typed_as_closer(text, k) else "open"
    if ch in CLOSERS:
        return "close"
    return _straight_role(text, k, is_open)


def _straight_wrapper(text: str) -> tuple[int, ...]:
    """The straight marks wrapping a paragraph that quotes in curly ones ('"Cole defended
    the “plan” line."'): a crawler's or an export's wrapping, not a quotation's marks, as a
    writer keeps to one kind of mark."""
    if '"' not in text or not ("“" in text or "”" in text):
        return ()
    first = len(text) - len(text.lstrip())
    last = len(text.rstrip()) - 1
    if last <= first or text[first] != '"' or text[last] != '"':
        return ()
    if text.count('"') != 2:
        return ()
    return (first, last)


def _typed_as_closer(text: str, k: int) -> bool:
    """Is an opening mark where a closing one belongs ("It's unusual,“ said Noble", "the
    “review“ of it")? So when a quote is open and the mark follows its last word or stop and
    stands before a space, punctuation or the paragraph's end: nothing there to open."""
    before = text[k - 1] if k else " "
    after = text[k + 1] if k + 1 < len(text) else " "
    return (
        not before.isspace()
        and before not in _OPEN_AFTER
        and (after.isspace() or after in _CLOSE_BEFORE)
    )


def _kind(mark: str) -> str:
    """A mark's family: straight, curly or guillemet."""
    return '"' if mark == '"' else "«" if mark in "«»" else "“"


def _nested_close(text: str, marks: list[int], number: int, opener: int) -> int | None:
    """Where the quote that the mark `marks[number]` opens inside the quote opened at `opener`
    closes, when it is a nested quote: a writer keeps to one kind of mark for their own
    quotes, so a pair of the other kind inside an open quote ('"PENCE: … an episode of
    “Shark Tank.” But …') is a quote the speaker quotes. None when the mark is of the same
    kind, or when no mark of its kind closes it before the outer kind's next mark."""
    kind = _kind(text[marks[number]])
    if kind == _kind(text[opener]):
        return None
    for k in marks[number + 1 :]:
        if _kind(text[k]) != kind:
            return None
        return k if _role(text, k, True) == "close" else None
    return None


def trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def scan_paragraph(index: int, text: str, *, single_marks: bool = False) -> list[Segment]:
    """Pair the marks of one paragraph in one pass; an opening mark cuts an unclosed quote.
    With `single_marks`, quotes are in ‘single’ marks and double marks are nested in them."""
    if single_marks:
        return _scan_single_marks(index, text)
    segments: list[Segment] = []
    open_at: int | None = None
    wrapper = _straight_wrapper(text)
    marks = [m.start() for m in MARK_RE.finditer(text) if m.start() not in wrapper]
    nested: set[int] = set()
    for number, k in enumerate(marks):
        if k in nested:
            continue
        role = _role(text, k, open_at is not None)
        if role == "open" and open_at is not None:
            inner = _nested_close(text, marks, number, open_at - 1)
            if inner is not None:
                nested.add(inner)  # the pair stays inside the open quote
                continue
        if role == "open":
            if open_at is not None:
                segments.append(Segment(index, open_at, trim_end(text, open_at, k), "cut"))
            open_at = k + 1
        elif role == "close" and open_at is not None:
            segments.append(Segment(index, open_at, k, "closed"))
            open_at = None
    if open_at is not None:
        segments.append(Segment(index, open_at, trim_end(text, open_at, len(text)), "open"))
    return [_ended_by_cue(text, s) for s in segments if text[s.start : s.end].strip()]


def _ended_by_cue(text: str, segment: Segment) -> Segment:
    """A quote no mark closed ends at a cue inside it (`store.quoting.unclosed`)."""
    if segment.ending == "closed":
        return segment
    end = cue_inside(text, segment.start, segment.end)
    return segment if end is None else Segment(segment.paragraph, segment.start, end, "closed")


def uses_single_marks(texts: list[str]) -> bool:
    """Does the article quote the British way? More quotes open with ‘ than with a double
    mark, or as many and double marks are nested in the single ones (‘He said “no”,’)."""
    # Only a ‘ opens; most texts have none, though many have apostrophes (’) to look at.
    singles = sum(len(_single_marks(text)[0]) for text in texts if "‘" in text)
    doubles = count_double_marks(texts) / 2
    if singles != doubles:
        return singles > doubles
    return singles > 0 and any(_nests_double_marks(k, text) for k, text in enumerate(texts))


def count_double_marks(texts: list[str]) -> int:
    """How many double marks `texts` hold: each counted by a substring count, several times
    faster than a regex search for any of them."""
    joined = "".join(texts)
    return sum(joined.count(mark) for mark in DOUBLE_MARKS)


def _nests_double_marks(index: int, text: str) -> bool:
    segments = _scan_single_marks(index, text) if "‘" in text else []
    return any(MARK_RE.search(text, s.start, s.end) for s in segments)


def _single_marks(text: str) -> tuple[list[int], list[tuple[int, bool]]]:
    """The ‘ that can open a quote, and the ’ that can close one, each with whether it surely
    does (after punctuation, or before it) rather than maybe (a plural possessive)."""
    openers: list[int] = []
    closers: list[tuple[int, bool]] = []
    for match in SINGLE_MARK_RE.finditer(text):
        k = match.start()
        before = text[k - 1] if k else " "
        after = text[k + 1] if k + 1 < len(text) else " "
        if match.group() == "‘":
            if (before.isspace() or before in _OPEN_AFTER) and after.isalpha():
                openers.append(k)
        elif not before.isspace() and not (before.isalnum() and after.isalnum()):
            sure = (
                before in _SINGLE_CLOSE_AFTER or after in _SINGLE_CLOSE_BEFORE or k + 1 == len(text)
            )
            closers.append((k, sure))
    return openers, closers


def _scan_single_marks(index: int, text: str) -> list[Segment]:
    """Each ‘ runs to the first sure ’ before the next ‘, else the first ’ that may close it,
    else it is cut by the next ‘ or left open at the paragraph's end."""
    openers, closers = _single_marks(text)
    segments: list[Segment] = []
    for number, opener in enumerate(openers):
        limit = openers[number + 1] if number + 1 < len(openers) else len(text)
        # Openers' ranges do not overlap, so each closer is looked at once.
        low = bisect_left(closers, (opener, True))
        high = bisect_left(closers, (limit, False), low)
        within = closers[low:high]
        close = next((k for k, sure in within if sure), within[0][0] if within else None)
        if close is not None:
            segments.append(Segment(index, opener + 1, close, "closed"))
        else:
            ending: Ending = "cut" if limit < len(text) else "open"
            segments.append(Segment(index, opener + 1, trim_end(text, opener + 1, limit), ending))
    return [s for s in segments if text[s.start : s.end].strip()]


def _skip_space(text: str, pos: int) -> int:
    """Where the spaces from `pos` on end (`pos` itself when there are none)."""
    found = _LEADING_SPACE.match(text, pos)
    return found.end() if found else pos  # "\s*" always matches


def _opens_paragraph(text: str, segment: Segment) -> bool:
    return segment.start - 1 == _skip_space(text, 0)


def _same_kind(paragraphs: list[Paragraph], running: Segment, opening: Segment) -> bool:
    """Does the paragraph open with the kind of mark the running quote opened with? A quote
    goes on in the marks it began in: a passage quoted in straight marks, paragraph by
    paragraph, ends before a paragraph opening with a curly one, a quote of its own."""
    first = paragraphs[running.paragraph].text[running.start - 1]
    return _kind(first) == _kind(paragraphs[opening.paragraph].text[opening.start - 1])


def find_spans(paragraphs: list[Paragraph], skip: set[int]) -> list[Span]:
    """Quote spans in document order; a quote left open at a paragraph's end runs on into the
    next paragraph when that one opens with a quote mark (the newspaper convention)."""
    readable = [p.text for k, p in enumerate(paragraphs) if p.kind == "text" and k not in skip]
    single_marks = uses_single_marks(readable)
    spans: list[Span] = []
    running: Span | None = None
    for index, paragraph in enumerate(paragraphs):
        if paragraph.kind != "text" or index in skip:
            running = None
            continue
        segments = scan_paragraph(index, paragraph.text, single_marks=single_marks)
        # A quoted transcript runs on paragraph by paragraph, but each "NAME: …" turn is a
        # quotation of its own, by its own speaker.
        if (
            running
            and segments
            and _opens_paragraph(paragraph.text, segments[0])
            and not TRANSCRIPT_TURN_RE.match(paragraph.text, segments[0].start)
            and _same_kind(paragraphs, running.first, segments[0])
        ):
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
    found = _LAST_WORD_RE.search(text[max(0, k - 12) : k])
    word = found.group().lower() if found else ""  # "[\w.]*$" matches, empty at least
    if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
        return False
    return _INITIALS_RE.fullmatch(word) is None


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
        return _skip_space(self.text, self.finals[k] + 1)

    def end(self, pos: int, reach: int = 400) -> int:
        """End (exclusive) of the sentence holding `pos`, looking ahead at most `reach`."""
        ceiling = min(len(self.text), pos + reach)
        k = bisect_left(self.finals, pos)
        if k == len(self.finals) or self.finals[k] >= ceiling:
            return ceiling
        return self.finals[k] + 1
