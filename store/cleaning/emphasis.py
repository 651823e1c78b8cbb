"""Bold marks that crawler markdown leaves as text: emptied bold and bold runs side by side.

Converters write `<strong>` around a picture or a link ("**![…](…)**Name",
"[Private clouds](…)****") and two `<strong>` elements in a row ("**Audience****:**"); CommonMark
reads some of those stars as text. Inline code keeps its stars: they are what the code says.
"""

from __future__ import annotations

import re

# Two bold runs side by side: CommonMark closes the first and leaves the second's marks as text.
# Inline code is kept whole (matched first; no bold run spans a backtick).
_ADJACENT_BOLD = re.compile(r"(`+)[^\n]+?\1|\*\*([^*\n`]+?)\*\*\*\*([^*\n`]+?)\*\*")
# Emptied bold ("[Private clouds](…)****", "****(IaaS)"): a space is kept between the words it
# split.
_EMPTY_EMPHASIS = re.compile(r"\*{4,}(?=[\w(\[])")
_EMPTY_EMPHASIS_END = re.compile(r"\*{4,}")


def join_adjacent_bold(markdown: str) -> str:
    """`markdown` with bold runs side by side made one ("**Audience****:**" → "**Audience:**")."""
    if "****" not in markdown:
        return markdown
    return _ADJACENT_BOLD.sub(_join_bold, markdown)


def _join_bold(match: re.Match[str]) -> str:
    return match.group() if match.group(1) else f"**{match.group(2)}{match.group(3)}**"


def without_empty_emphasis(parts: list[str], code_spans: set[int]) -> str:
    """The pieces of an inline run joined, emptied bold dropped from all but inline code (the
    pieces at `code_spans`): on the whole run, as bold around a picture empties only once the
    picture is gone."""
    if not code_spans:
        return _drop_empty_emphasis("".join(parts))
    out: list[str] = []
    start = 0
    for at in sorted(code_spans):
        out += [_drop_empty_emphasis("".join(parts[start:at])), parts[at]]
        start = at + 1
    out.append(_drop_empty_emphasis("".join(parts[start:])))
    return "".join(out)


def _drop_empty_emphasis(text: str) -> str:
    if "****" not in text:
        return text
    return _EMPTY_EMPHASIS_END.sub("", _EMPTY_EMPHASIS.sub(" ", text))
