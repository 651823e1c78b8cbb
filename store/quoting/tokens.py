"""Words and punctuation marks as the subjects parse reads them: `tokenize` and `Token`."""

from __future__ import annotations

import re
from typing import NamedTuple

from store.quoting.lexicon import ABBREVIATIONS

# A word, or one punctuation mark. Words glued by a lost space ("professorThomas W. Malone")
# are split where a lower-case run of two letters or more meets a capitalised word ("iPhone",
# "McDonald" stay whole); digits joined by a slash are one word ("9/11 widow"), and so is a
# web address or an abbreviation whose stops a lower-case letter follows ("fivethirtyeight.com",
# "e.g."), whose inner stop ends no sentence; a plural's possessive keeps its mark ("Sanders’
# campaign").
TOKEN_RE = re.compile(
    r"[a-z]{2,}(?=[A-Z][a-z])|\d+/\d+"
    r"|[^\W_](?:[\w’'&-]*\w)?(?:\.[a-z][\w-]*)*(?:\.|(?<=s)’(?=\s+[a-z]))?|\S"
)


class Token(NamedTuple):
    text: str
    start: int
    end: int

    @property
    def bare(self) -> str:
        return self.text.rstrip(".")

    @property
    def lower(self) -> str:
        return self.text.rstrip(".").lower()  # bare, without a second property call

    @property
    def is_word(self) -> bool:
        return self.text[0].isalnum()

    @property
    def is_cap(self) -> bool:
        return self.is_word and self.text[0].isupper()

    @property
    def ends_sentence(self) -> bool:
        if not self.text.endswith(".") or len(self.text) == 1:
            return False
        if "-" in self.text and len(self.text) <= 8:
            return False  # a party and state after a name: "R-Ky.", "D-Wis."
        return self.lower not in ABBREVIATIONS and not (len(self.bare) == 1 and self.is_cap)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    # tuple.__new__ makes the same Token as Token(...) without the generated __new__'s
    # Python-level call, which was most of the cost of reading subjects.
    new = tuple.__new__
    return [
        new(Token, (m[0], m.start() + offset, m.end() + offset)) for m in TOKEN_RE.finditer(text)
    ]
