"""Document text as the timeline shows it: literal, on one line, the dated phrase in view."""

from __future__ import annotations

import re

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style as RichStyle
from textual.content import Content
from textual.style import Style

from store.models import Event, TimelineEntry
from store.safe_text import make_visible, one_line

# Screenshots become PNG through rsvg-convert, which drops the spaces that begin an SVG text
# element, and Textual's SVG joins neighbouring segments of one style into one element: spaces
# that begin a piece of text get a style of their own, so the text after them keeps its column.
SPACES = Style.from_meta({"spaces": True})

EVENT_INDENT = 5
GAP = 2


def columns(width: int, labels: int = 0) -> tuple[int, int, int]:
    """Cells for the time, the sentence and the document on an event line `width` wide. The
    time column widens for `labels`, the widest time the list says, up to a quarter of the line
    (a longer time is said shorter, see `wording.time_label`)."""
    when = max(12, min(26, width // 6), min(labels, 30, width // 4))
    document = max(14, min(44, width // 4))
    sentence = max(10, width - EVENT_INDENT - when - document - GAP * 2)
    return when, sentence, document


def event_line(
    when: Content, sentence: Content, document: Content, width: int, labels: int = 0
) -> Content:
    """The three parts of an event line in their columns (see `columns`), after the indent."""
    when_width, sentence_width, document_width = columns(width, labels)
    return (
        when.truncate(when_width, ellipsis=True, pad=True)
        + " " * GAP
        + sentence.truncate(sentence_width, pad=True)
        + " " * GAP
        + document.truncate(document_width, ellipsis=True)
    )


def sentence_content(event: Event, phrase_style: Style | str, width: int | None = None) -> Content:
    """The event's sentence, as literal text, with its phrase styled; cut to `width` cells so
    that the phrase stays in view."""
    sentence, phrase = event.sentence, event.phrase
    start = _find(sentence, phrase)
    if start < 0:
        content = Content(one_line(sentence))
        return content if width is None else content.truncate(width, ellipsis=True)
    end = start + len(phrase)
    before = _flat(sentence[:start]).lstrip()
    marked = _flat(sentence[start:end])
    after = _flat(sentence[end:]).rstrip()
    if width is not None and cell_len(before + marked) >= width:
        # The phrase would fall off the end: cut the start instead, keeping some of what follows.
        room = width - cell_len(marked) - min(cell_len(after), width // 4)
        before = "…" + _tail(before, max(3, room - 1))
    spaces = len(after) - len(after.lstrip(" "))
    content = (
        Content(before)
        + Content(marked).stylize(phrase_style)
        + Content(after).stylize(SPACES, 0, spaces)
    )
    return content if width is None else content.truncate(width, ellipsis=True)


def document_label(entry: TimelineEntry) -> str:
    """Outlet first, as it is short and always worth seeing, then the title."""
    title = one_line(entry.doc_title)
    return f"{one_line(entry.source)} · {title}" if entry.source else title


def spaces_apart(segments: list[Segment]) -> list[Segment]:
    """`segments` with the spaces that begin one split off in a style of their own (see
    SPACES)."""
    tag = SPACES.rich_style
    apart: list[Segment] = []
    for segment in segments:
        text = segment.text.lstrip(" ")
        if text and len(text) < len(segment.text):
            spaces = segment.text[: len(segment.text) - len(text)]
            apart += [
                Segment(spaces, (segment.style or RichStyle()) + tag),
                Segment(text, segment.style),
            ]
        else:
            apart.append(segment)
    return apart


def _find(sentence: str, phrase: str) -> int:
    """Where `phrase` is in `sentence`, in any case, or -1."""
    if not phrase:
        return -1
    start = sentence.find(phrase)
    if start < 0 and len(sentence.lower()) == len(sentence):  # lower() kept every offset
        start = sentence.lower().find(phrase.lower())
    return start


def _flat(text: str) -> str:
    """Visible text on one line. A space at either end stays: it separates this piece of a
    sentence from the next."""
    return re.sub(r"\s+", " ", make_visible(text))


def _tail(text: str, cells: int) -> str:
    """The end of `text` that fits in `cells` cells."""
    kept = ""
    for char in reversed(text):
        if cell_len(kept) + cell_len(char) > cells:
            break
        kept = char + kept
    return kept
