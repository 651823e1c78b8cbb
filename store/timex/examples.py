"""Date words inside a quoted example: words given as an instance of a kind, not said of a time.

"Agents are given goals – such as "optimise our AWS costs this quarter" or "secure all
buckets" – and ...": the quarter is the example's, not the page's. A quotation opened after
"such as", "like", "e.g.", "for example", "for instance" or "including" (other quoted examples
may come between: "such as "..." or "...") is an example; a quotation a speaker said ("“We will
cut costs this quarter,” the chief executive said") keeps its dates.
"""

from __future__ import annotations

import re

from store.timex.around import sentence_around

# The marker of an example, then any quoted examples listed before this one, then its opening
# quote mark: searched in the text before that mark. A "like" before a comma introduces what
# someone said ("it's like, “they did it yesterday”"), not an example.
EXAMPLE_BEFORE = re.compile(
    r"\b(?:(?:such[ \t]{1,3}as|e\.g\.|for[ \t]{1,3}(?:example|instance)|including)[,:]?|like)"
    r"[ \t]{0,3}(?:[“\"][^“”\"\n]{0,120}[”\"][ \t]{0,3},?[ \t]{0,3}(?:(?:or|and)[ \t]{1,3})?)*\Z",
    re.IGNORECASE,
)
REACH = 240


def quoted_example(text: str, start: int) -> bool:
    """Whether the date word at `start` is inside a quoted example (see above)."""
    opening = _open_quote(text, max(0, start - REACH), start)
    if opening < 0:  # most date words: no quotation open (found before the costlier sentence)
        return False
    sentence_start, _end = sentence_around(text, start)
    if opening < sentence_start:
        opening = _open_quote(text, sentence_start, start)
        if opening < 0:
            return False
    return EXAMPLE_BEFORE.search(text, max(0, opening - REACH), opening) is not None


def _open_quote(text: str, start: int, end: int) -> int:
    """Where the quotation still open at `end` opens, looking back no further than `start`;
    -1 when none is open. Curly marks say which side they are; straight ones pair up in turn."""
    window = text[start:end]
    curly = window.rfind("“")
    if curly < window.rfind("”"):
        curly = -1
    straight = window.rfind('"') if window.count('"') % 2 else -1
    opening = max(curly, straight)
    return start + opening if opening >= 0 else -1
