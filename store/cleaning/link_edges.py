"""Links a converter ran into the word before them, or into the link before them.

`Make half your meal[vegetables](…)` and `[Kazba](…)[Above](…)`: the page had a space, a line
break or a separate menu entry between them, which the converter dropped; read as written, the
words run together ("mealvegetables", "KazbaAbove"). A link starting right after a letter or
right after another link is given a space before it. Code, fenced or inline, is left as written.
"""

from __future__ import annotations

import re

# A letter, or a link's end, right before a link's start.
_GLUED_LINK = re.compile(r"([^\W\d_]|\]\([^()\s]*\))(?=\[[^\]\n]+\]\([^)\s]*\))")
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
        out += [_GLUED_LINK.sub(r"\1 ", line[start : span.start()]), span.group()]
        start = span.end()
    out.append(_GLUED_LINK.sub(r"\1 ", line[start:]))
    return "".join(out)
