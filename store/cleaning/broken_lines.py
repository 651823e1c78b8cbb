"""Paragraphs a page wrote as lines of one block, split at its line breaks.

Some pages lay their text out with `<br>` instead of paragraphs: a whole article, or a whole
other page pasted into one element, is then one markdown paragraph whose lines end in hard
breaks (two spaces or a backslash). Read as one paragraph it is thousands of characters of
text, headings, menus and notices run together. A long paragraph with several hard breaks is
read a line a block, so each line is judged, kept or dropped, on its own. A short one (an
address, a verse, a name over a job title) stays one paragraph.
"""

from __future__ import annotations

from markdown_it.token import Token

# A paragraph this long is more than one paragraph's worth of text (the cleaner reads a table
# cell of that many words as a column of the page, for the same reason).
BROKEN_PARAGRAPH_WORDS = 80
MIN_BREAKS = 2


def broken_lines(children: list[Token]) -> list[list[Token]] | None:
    """The lines of an inline run split at its hard breaks outside links, when the run is a
    page's text laid out with line breaks; None when it reads as one paragraph."""
    lines: list[list[Token]] = [[]]
    in_link = 0
    for child in children:
        if child.type == "hardbreak" and not in_link:
            lines.append([])
            continue
        in_link += (child.type == "link_open") - (child.type == "link_close")
        lines[-1].append(child)
    lines = [line for line in lines if line]
    if len(lines) <= MIN_BREAKS:
        return None
    words = sum(len(child.content.split()) for line in lines for child in line)
    return lines if words >= BROKEN_PARAGRAPH_WORDS else None
