"""Tables in trafilatura's markdown made tables markdown reads as tables.

trafilatura writes a table's rows as `| a | b |` lines, but the line of dashes under the
first row only when that row is a header of `<th>` cells. Without it, markdown has no table:
the rows run together into one paragraph of bars ("| Headquarters: | Tokyo | | Founded: |…").
A run of row lines with no dashes under its first line gets them, so each row is a row.
"""

from __future__ import annotations

import re

_ROW = re.compile(r"^\s{0,3}\|.*\|\s*$")
_DELIMITER = re.compile(r"^\s{0,3}\|?(?:\s*:?-+:?\s*\|)+\s*:?-*:?\s*$")
_BAR = re.compile(r"(?<!\\)\|")
_FENCE = re.compile(r"^\s{0,3}(?:```|~~~)")


def delimit_tables(markdown: str) -> str:
    """`markdown` with the line of dashes markdown needs under each table's first row."""
    lines = markdown.split("\n")
    out: list[str] = []
    in_code = False  # a bar line in fenced code is code
    for index, line in enumerate(lines):
        out.append(line)
        in_code ^= bool(_FENCE.match(line))
        if in_code or not _ROW.match(line) or (index and _ROW.match(lines[index - 1])):
            continue
        following = lines[index + 1] if index + 1 < len(lines) else ""
        if not _DELIMITER.match(following):
            out.append("|" + " --- |" * _cell_count(line))
    return "\n".join(out)


def _cell_count(row: str) -> int:
    return max(len(_BAR.findall(row.strip())) - 1, 1)
