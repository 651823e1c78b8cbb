"""Reading plain text into blocks: paragraphs apart at blank lines, and at line breaks no column
wrapping made."""

from __future__ import annotations

import re
import textwrap

from store.cleaning.blocks import Block, normalize, remove_media_markers
from store.cleaning.code import code_text, looks_like_code

_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# Plain text wrapped at a column: the widths wrapping tools and editors use (60-100), and how
# many mid-sentence breaks show that a file was wrapped rather than broken by hand once or twice.
MIN_WRAP_WIDTH = 40
MAX_WRAP_WIDTH = 100
MIN_WRAPPED_LINES = 2
# A line that ends a sentence (or introduces what follows), closing quotes or brackets after it.
_SENTENCE_END = re.compile(r"[.!?…:][\"'”’)\]]*$")


def text_blocks(text: str) -> list[Block]:
    """Plain text: paragraphs are separated by blank lines, and by a single line break that no
    column wrapping made (see `_paragraph_lines`); the lines of one paragraph join with a space."""
    chunks = _BLANK_LINE.split(text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [[line.strip() for line in chunk.split("\n") if line.strip()] for chunk in chunks]
    width = _wrap_width(lines)
    blocks = []
    for chunk, stripped in zip(chunks, lines, strict=True):
        if looks_like_code(stripped):
            blocks.append(Block("code", code_text(textwrap.dedent(chunk).split("\n"))))
            continue
        for part in _paragraph_lines(stripped, width):
            blocks.append(Block("para", normalize(remove_media_markers(part))))
    return [block for block in blocks if block.text]


def _ends_sentence(line: str) -> bool:
    return _SENTENCE_END.search(line) is not None


def _wrap_width(chunks: list[list[str]]) -> int | None:
    """The column a hard-wrapped file's prose was wrapped at, or None if its lines are not wrapped.

    Wrapping shows as lines broken mid-sentence, followed by more of their paragraph, none longer
    than a terminal's width; a file whose only line breaks end sentences (or run past any such
    width) holds one paragraph (or title) a line. The wrapped lines' longest is the width."""
    inner = [line for chunk in chunks for line in chunk[:-1]]  # lines their paragraph goes on after
    wrapped = [
        len(line)
        for line in inner
        if MIN_WRAP_WIDTH <= len(line) <= MAX_WRAP_WIDTH and not _ends_sentence(line)
    ]
    return max(wrapped) if len(wrapped) >= MIN_WRAPPED_LINES else None


def _goes_on(line: str, next_line: str) -> bool:
    """Whether `next_line` carries on the sentence `line` broke off, whatever the wrapping: it
    starts in lower case after a line that ends no sentence ("the vote\nwas held")."""
    return next_line[:1].islower() and not _ends_sentence(line)


def _paragraph_lines(lines: list[str], width: int | None) -> list[str]:
    """The paragraphs of one blank-line-separated chunk: a line break is a paragraph's end unless
    the sentence goes on in lower case, or the file is wrapped at `width` and the break is where
    wrapping puts one, the line within the width and either mid-sentence or too full for the next
    word. A sentence's end short enough for the next word was broken by hand, as a wrapped
    paragraph's last line is."""
    if not lines:
        return []
    paragraphs = [lines[0]]
    for line in lines[1:]:
        before = paragraphs[-1].rsplit("\n", 1)[-1]
        next_word = len(line.split(maxsplit=1)[0])
        fits = len(before) + 1 + next_word <= (width or 0)
        wrapped = (
            width is not None and len(before) <= width and not (fits and _ends_sentence(before))
        )
        if wrapped or _goes_on(before, line):
            paragraphs[-1] += "\n" + line
        else:
            paragraphs.append(line)
    return paragraphs
