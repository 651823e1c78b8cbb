"""Regular expressions built to scan paragraphs fast, matching exactly what their plain
spelling would.

Python's regex engine skips ahead to the characters a pattern can begin with, but only when it
begins with a character, a set of them or alternatives each opening with one; a pattern that
begins with an assertion such as \\b is tried at every position. And alternatives are tried one
by one, so a long list of words costs one test per word at each place it is tried.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator


def alternatives(words: Iterable[str]) -> str:
    """Regex alternatives for `words` (literal text), preferred in the order given, grouped by
    first character ("s(?:aid|ays)|t(?:old|ells)"): words opening with different characters
    never match at the same place, so the grouping keeps every choice the plain list makes.
    Only for patterns matched case-sensitively: under IGNORECASE "S" and "s" groups could."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{re.escape(first)}(?:{'|'.join(rests)})" for first, rests in groups.items())


class Proposed:
    """The matches of `pattern`, found by searching for `proposer` and confirming each place it
    proposes with `pattern`. The proposer must match wherever `pattern` does, as the pattern
    with an opening assertion (\\b, a lookbehind) left out does: worth it when the proposer
    lets the engine skip ahead and the assertion would not."""

    def __init__(self, pattern: re.Pattern[str], proposer: re.Pattern[str]) -> None:
        self.pattern = pattern
        self._proposer = proposer

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches `self.pattern.finditer(text)` gives (`pattern` must not match empty)."""
        at = 0
        while (proposed := self._proposer.search(text, at)) is not None:
            # Nothing matches before the proposed place; `pattern` may match at it.
            match = self.pattern.match(text, proposed.start())
            if match is None:
                at = proposed.start() + 1
            else:
                yield match
                at = match.end()


class WordStart(Proposed):
    """A pattern that matches only at a word boundary, as `\\b` + `pattern` would, found
    without testing the boundary at every position."""

    def __init__(self, pattern: str) -> None:
        super().__init__(re.compile(rf"\b(?:{pattern})"), re.compile(pattern))
