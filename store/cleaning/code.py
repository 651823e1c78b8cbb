"""Program code a page did not mark as code: a listing saved as lines of text, a snippet a
converter lost the fence of. The cleaner keeps such a paragraph as a code block, as it keeps a
fenced one, so no consumer reads its strings as anyone's words or its lines as sentences.

Told by its lines: most of them look like code (ending in a brace or a semicolon, opening with
a comment, holding an operator no prose writes), and somewhere it has what prose never writes
(a brace, a call, an assignment or comparison). Prose may end lines with semicolons, a poem
may break its lines anywhere; neither has both.
"""

from __future__ import annotations

import json
import re

# A line of program code: it ends in a brace or a semicolon, opens with a comment, or holds an
# assignment or a comparison no prose writes.
_CODE_LINE = re.compile(r"[{};]\s*$|^\s*(?://|/\*|#include\b)|\s(?::=|!=|==|=>|->)\s")
MIN_LINES = 3
# What prose never writes, though it may end lines with semicolons: braces, a call, an operator.
_CODE_SIGN = re.compile(r"[{}]|\w\(|:=|!=|==|=>")


def looks_like_code(lines: list[str]) -> bool:
    """Whether `lines`, one paragraph's lines as the page broke them, are program code."""
    lines = [line for line in lines if line.strip()]
    if len(lines) < MIN_LINES:
        return False
    code = sum(1 for line in lines if _CODE_LINE.search(line))
    return code * 2 >= len(lines) and any(_CODE_SIGN.search(line) for line in lines)


def code_text(lines: list[str]) -> str:
    """A code block's text: its lines as the page wrote them (their indentation is the
    code's own), without trailing spaces or the blank space around the block."""
    return "\n".join(line.rstrip() for line in lines).strip()


# A data literal a page's script wrote into its text (a widget's settings, a product's record):
# a JSON object or array on one line, with a few keys. Prose never opens on a brace and quotes
# its words as `"key":` pairs.
DATA_KEYS = 3
_DATA_KEY = re.compile(r'"[^"\n]{1,80}"\s*:')


def is_data(text: str) -> bool:
    """Whether `text` is a JSON object or array (a page's data, not its words)."""
    text = text.strip()
    if text[:1] not in "{[" or len(_DATA_KEY.findall(text)) < DATA_KEYS:
        return False
    try:
        return isinstance(json.loads(text), dict | list)
    except ValueError:
        return False
