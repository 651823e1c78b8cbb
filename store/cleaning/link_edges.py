"""Links a converter ran into the word before them, or into the link before them.

`Make half your meal[vegetables](…)` and `[Kazba](…)[Above](…)`: the page had a space, a line
break or a separate menu entry between them, which the converter dropped; read as written, the
words run together ("mealvegetables", "KazbaAbove"). A link starting right after a letter or
right after another link to another page is given a space before it; links side by side to one
page are one link the page's markup split ("[Cla](…)[sses](…)"), and stay together. Code, fenced
or inline, is left as written.
"""

from __future__ import annotations

import re

# A link's start right after a letter, and a link right after another link (its target caught).
# (The link is looked for before the letter: most places hold no "[", and fail sooner so.)
_AFTER_WORD = re.compile(r"(?=\[[^\]\n]+\]\([^)\s]*\))(?<=[^\W\d_])")
_AFTER_LINK = re.compile(r"\]\(([^()\s]*)\)(?=\[[^\]\n]+\]\(([^()\s]*)\))")
_CODE_SPAN = re.compile(r"(`+)[^\n]*?\1")
_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)")


def space_glued_links(markdown: str) -> str:
    """`markdown` with a space before each link glued to a word or link before it."""
    if "](" not in markdown:
        return markdown
    lines = markdown.split("\n")
    in_code = False
    for index, line in enumerate(lines):
        if _FENCE.match(line):
            in_code = not in_code
        elif not in_code and "](" in line:
            lines[index] = _outside_code(line)
    return "\n".join(lines)


def _outside_code(line: str) -> str:
    out, start = [], 0
    for span in _CODE_SPAN.finditer(line):
        out += [_spaced(line[start : span.start()]), span.group()]
        start = span.end()
    out.append(_spaced(line[start:]))
    return "".join(out)


def _spaced(text: str) -> str:
    text = _AFTER_WORD.sub(" ", text)
    return _AFTER_LINK.sub(_link_gap, text)


def _link_gap(match: re.Match[str]) -> str:
    return match.group() + (" " if match[1] != match[2] else "")
