"""Bold marks that converters put where CommonMark cannot read them as bold, moved to where it can.

A converter writes `<strong>`'s marks where the element starts and ends, whatever is next to
them. CommonMark opens bold only before a word and closes it only after one, and not between
punctuation and a letter, so these marks are left as text (and the words they sit between
run together):
- `**Plan ahead.**Make a list` and `**Pros:**Hardy`: the element's text ends in punctuation
  and the next word follows at once; a space is put after the closing mark.
- `**Learn more! **` and `** Pro tip:**`: a space inside the element, on the wrong side of
  a mark; the space is moved outside.
- `**Make half your plate vegetables.  \\n**Aim for colour`: a line break that ended the
  element's text, written before its closing mark; the mark goes back before the break.
  `**  \\nPro tip:**`: one that began it, written after its opening mark; the mark goes on
  after the break (and a break that began the paragraph goes).
- `**The concepts**We design` and `your competition**Competition**`: a converter that drops
  the line break after a bold lead-in (or before a bold heading) glues it to the next word;
  a bold run that ends or starts against a capitalised word is given its space.
Only a paragraph whose marks pair up is mended, and inline code keeps its stars.
"""

from __future__ import annotations

import re

_PARAGRAPHS = re.compile(r"(\n[^\S\n]*\n)")
_MARKS = re.compile(r"(`+)[^\n]*?\1|(?<![*\\])\*\*(?!\*)")  # inline code is matched whole
_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)", re.MULTILINE)
_HARD_BREAK = re.compile(r"( {2,}|\\)$")
# A capitalised word, after any link bracket or emphasis marks: a bold run's text and a word
# like this on its other side, with no space between, are two phrases a converter ran together.
_GLUED_WORD = re.compile(r"[\[*_]*[A-Z][a-z]")
# Punctuation a word can go on after ("Gallery’**s"): no space is put there.
_IN_WORD = "'’-"


def mend_bold(markdown: str) -> str:
    """`markdown` with bold marks CommonMark would leave as text moved where it reads them."""
    if "**" not in markdown or _FENCE.search(markdown):
        return markdown  # fenced code may hold stars in any order: left as written
    parts = _PARAGRAPHS.split(markdown)
    return "".join(_mend_paragraph(part) if "**" in part else part for part in parts)


def _mend_paragraph(text: str) -> str:
    marks = [m.start() for m in _MARKS.finditer(text) if not m.group(1)]
    if len(marks) % 2:
        return text  # unpaired: which mark closes is a guess
    # Mended from the end, so the offsets of marks not yet mended stay right.
    for opening, closing in reversed(list(zip(marks[::2], marks[1::2], strict=True))):
        text = _mend_closing(text, closing)
        text = _mend_opening(text, opening)
    return text


def _mend_opening(text: str, at: int) -> str:
    after = text[at + 2 : at + 3]
    if at and text[at - 1].isalnum() and _GLUED_WORD.match(text, at + 2):
        return text[:at] + " " + text[at:]
    if after in {" ", "\t", "\n"} and text[at + 2 :].lstrip(" \t").startswith("\n"):
        return _on_after_break(text, at)
    if after in {" ", "\t"}:
        spaces = len(text[at + 2 :]) - len(text[at + 2 :].lstrip(" \t"))
        before = "" if at == 0 or text[at - 1] in " \n" else " "
        return text[:at] + before + "**" + text[at + 2 + spaces :]
    return text


def _mend_closing(text: str, at: int) -> str:
    before = text[at - 1 : at] if at else "\n"
    after = text[at + 2 : at + 3]
    if before == "\n" and at:
        return _back_before_break(text, at)
    if before in {" ", "\t"}:
        stripped = text[:at].rstrip(" \t")
        # The space goes after the mark, unless punctuation that ends the phrase follows.
        gap = "" if not after or after.isspace() or after in ".,;:!?)" else " "
        return stripped + "**" + gap + text[at + 2 :]
    if _is_punctuation(before) and before not in _IN_WORD and after.isalnum():
        return text[: at + 2] + " " + text[at + 2 :]
    if before.isalnum() and _GLUED_WORD.match(text, at + 2):
        return text[: at + 2] + " " + text[at + 2 :]
    return text


def _on_after_break(text: str, at: int) -> str:
    """The opening mark at the end of a line, put at the start of the next line; the line
    break stays, unless the mark began its paragraph or line (then it broke nothing)."""
    newline = text.index("\n", at + 2)
    rest = text[newline + 1 :].lstrip(" \t")
    head = text[:at]
    if not head.strip(" \t") or head.rstrip(" \t").endswith("\n"):
        return head.rstrip(" \t") + "**" + rest
    return head + text[at + 2 : newline + 1] + "**" + rest


def _back_before_break(text: str, at: int) -> str:
    """The closing mark at the start of a line, put back at the end of the line before, ahead
    of the line break that line ends with."""
    line_end = at - 1
    previous = text[:line_end]
    line = previous[previous.rfind("\n") + 1 :]
    hard_break = _HARD_BREAK.search(line)
    cut = line_end - (len(hard_break.group()) if hard_break else 0)
    head = text[:cut].rstrip(" \t")
    return head + "**" + text[cut:line_end] + "\n" + text[at + 2 :]


def _is_punctuation(char: str) -> bool:
    return bool(char) and not char.isalnum() and not char.isspace()
